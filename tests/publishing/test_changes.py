from __future__ import annotations

from publishing.changes import Published, changes_between

SOURCE = ["https://stats.example.gov/a", "Release A", "Office", "refutes", None]
BEFORE = Published("Crime halved.", "Mostly false", "Old summary.", "Because.", [SOURCE])


def _after(**changes: object) -> Published:
    values = {**BEFORE.__dict__, **changes}
    return Published(**values)


def test_a_rating_change_names_both_labels() -> None:
    assert changes_between(BEFORE, _after(rating_label="False")) == [
        "Rating changed from Mostly false to False"
    ]


def test_each_changed_part_is_said_in_plain_words_in_page_order() -> None:
    after = _after(
        claim_as_stated="Crime fell by half.",
        summary="New summary.",
        rationale="Because, again.",
        sources=[["https://example.org/b", "", "", "context", None]],
    )
    assert changes_between(BEFORE, after) == [
        "Claim as stated reworded",
        "Summary rewritten",
        "Rationale rewritten",
        "Source added: https://example.org/b",
        "Source removed: Release A",
    ]


def test_a_republication_without_changes_says_so() -> None:
    assert changes_between(BEFORE, _after()) == ["Published again with no change to the verdict"]


def test_a_rating_set_or_removed() -> None:
    assert changes_between(_after(rating_label=None), BEFORE) == ["Rating set to Mostly false"]
    assert changes_between(BEFORE, _after(rating_label=None)) == ["Rating Mostly false removed"]
