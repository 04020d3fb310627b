"""A body a possessive names that acts before it speaks is the speaker ("Britain's
competition watchdog on Tuesday blocked the merger, saying ..." was the outlet's); the
words a possessive owns hold no past tense and no determiner ("Tarnland's rail regulator
blocked proposed fare rises" had given "Tarnland's rail regulator blocked"); "Its
chairman, X, argued that" is X, as "His chairman, X," was; and a verb of saying after
"but" is the subject's ("voted for the bill but warned that"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tarnland's rail regulator on Monday blocked the fare rise, saying it would hurt "
            "commuters.",
            "Tarnland's rail regulator",
        ),
        (
            "Tarnland's rail regulator blocked the fare rise, saying it would hurt commuters.",
            "Tarnland's rail regulator",
        ),
        # (as before: a body the owner's campaign is)
        (
            "Ada Pike's campaign put out a statement saying the fare rise was unfair.",
            "Ada Pike's campaign",
        ),
        # what was read before is read as before: the body acts and says nothing
        ("Tarnland's rail regulator fined the operator on Monday.", OUTLET),
    ],
)
def test_an_owned_body_that_acts_then_speaks_is_the_speaker(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarnland's rail regulator blocked the proposed fare rise for the second year.",
        "Tarnland's rail regulator blocked proposed fare rises for the second year.",
    ],
)
def test_a_possessive_owns_no_verb_or_determiner(sentence: str) -> None:
    assert last(sentence) == OUTLET


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Its chairman, Oda Brenn, argued that the fare rise would save rural lines.",
            "Oda Brenn",
        ),
        # (as before)
        ("Its chairman, Oda Brenn, said that the fare rise would save rural lines.", "Oda Brenn"),
    ],
)
def test_its_officer_in_apposition_is_the_speaker(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Assemblyman Ivo Marsh voted for the toll bill but warned that drivers would pay more.",
            "Ivo Marsh",
        ),
        (
            "Ivo Marsh did not name the mayor in his speech but argued that the toll was a tax.",
            "Ivo Marsh",
        ),
        # (as before, after "and")
        ("Ivo Marsh voted for the toll bill and warned that drivers would pay more.", "Ivo Marsh"),
    ],
)
def test_a_verb_of_saying_after_but_is_the_subjects(sentence: str, expected: str) -> None:
    assert last(sentence) == expected
