"""Re-anchoring a claim's span on its edited text (claims/anchoring.py)."""

from __future__ import annotations

import pytest

from claims.anchoring import find_span, quotes_span

BODY = (
    "WASHINGTON (AP) — Illinois's unemployment rate has halved since 2021, the agency "
    "said on Monday.\n\nLawmakers disputed it. Illinois's unemployment rate has halved "
    "since 2021, they wrote, is a stretch."
)


def test_the_span_follows_text_found_word_for_word() -> None:
    text = "Illinois's unemployment rate has halved since 2021"
    start = BODY.index(text)
    assert find_span(BODY, text, near=0) == (start, start + len(text))


def test_of_several_occurrences_the_nearest_to_the_old_span_wins() -> None:
    text = "Illinois's unemployment rate has halved since 2021"
    first = BODY.index(text)
    second = BODY.index(text, first + 1)
    assert find_span(BODY, text, near=0) == (first, first + len(text))
    assert find_span(BODY, text, near=second - 10) == (second, second + len(text))
    assert find_span(BODY, text, near=len(BODY)) == (second, second + len(text))


def test_case_and_white_space_may_differ() -> None:
    body = "The MINISTRY said:\n  exports rose\t14 percent in May."
    span = find_span(body, "the ministry said: exports rose 14 percent", near=0)
    assert span == (0, body.index(" in May"))
    assert body[span[0] : span[1]] == "The MINISTRY said:\n  exports rose\t14 percent"


def test_surrounding_white_space_of_the_text_is_ignored() -> None:
    assert find_span("a b c", "  b ", near=0) == (2, 3)


@pytest.mark.parametrize("text", ["Illinois's jobless rate has halved", "", "   "])
def test_text_not_in_the_body_has_no_span(text: str) -> None:
    assert find_span(BODY, text, near=0) is None


def test_characters_that_lower_case_into_two_map_back_to_one() -> None:
    body = "Der Minister İzmir sagte: 40 Prozent."
    span = find_span(body, "İZMIR SAGTE", near=0)
    assert span is not None
    assert body[span[0] : span[1]] == "İzmir sagte"


def test_quotes_span_tells_whether_the_claim_still_quotes_its_passage() -> None:
    start = BODY.index("Lawmakers")
    end = BODY.index("it.") + len("it.")
    assert quotes_span(BODY, "Lawmakers disputed it.", start, end)
    assert quotes_span(BODY, " lawmakers   disputed IT. ", start, end)
    assert not quotes_span(BODY, "Lawmakers disputed the figure.", start, end)
    assert not quotes_span(BODY, "Lawmakers disputed", start, end)
