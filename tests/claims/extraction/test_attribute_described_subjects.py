"""Subjects described at length before their verb: kin named by a given name alone, a
court that rules and then says, people the reporter spoke with, "have in the past said",
one unnamed person with a relative clause or an adverb before the verb; and the lower-case
opener of such a claimant wherever the sentence puts it. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pruitt's son, Arlo, said she had done nothing wrong.", "Arlo"),
        (
            "Pruitt's son, Arlo, defended his mother on Tuesday, saying she had done nothing "
            "wrong.",
            "Arlo",
        ),
        # (as before: a full name in apposition to anyone's description)
        ("Pruitt's lawyer, Arlo Benn, said she had done nothing wrong.", "Arlo Benn"),
    ],
)
def test_kin_in_apposition_to_a_given_name(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_place_in_apposition_to_kin_is_no_name() -> None:
    assert last("Pruitt's sister, Boston, said it.") != "Boston"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The appeals court rejected the appeal and said the county had acted within its "
            "powers.",
            "the appeals court",
        ),
        (
            "The district court overruled and said the county had acted within its powers.",
            "the district court",
        ),
        (
            "The grand jury heard from 30 witnesses before saying it found no crime.",
            "the grand jury",
        ),
        # (as before: a judge of a court is the judge)
        (
            "In May, a county court judge sided with the tenants, saying the eviction rule "
            "was void.",
            "a county court judge",
        ),
    ],
)
def test_a_court_that_rules_and_then_says(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Several residents we spoke with on Friday said the floods had ruined their crops.",
            "several residents we spoke with on Friday",
        ),
        (
            "Several residents I have interviewed said the floods had ruined their crops.",
            "several residents I have interviewed",
        ),
        (
            "Tolliver's close friends and aides have in the past said that he would never run for "
            "governor.",
            "Tolliver's close friends and aides",
        ),
    ],
)
def test_people_the_reporter_met_and_what_they_said_before(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Another farmer who sells at the market here and who asked not to be identified "
            "told us he saw the trucks.",
            "another farmer",
        ),
        ("One reader even noted that the mayor was chosen in 1938.", "one reader"),
        ('One man wrote, "She can barely walk."', "one man"),
        # (as before)
        ("A farmer who sells at the market here said he saw the trucks.", "a farmer"),
    ],
)
def test_one_unnamed_person_before_a_clause_or_an_adverb(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Some parents said they had to pay for the buses.", "some parents"),
        (
            "No one had signed up, and some parents said they had to pay for the buses.",
            "some parents",
        ),
    ],
)
def test_a_group_reads_the_same_at_a_sentence_start_and_inside(
    sentence: str, expected: str
) -> None:
    assert last(sentence) == expected


def test_an_adverb_alone_before_said_is_no_speaker() -> None:
    assert last("Even so, the levy passed in June.") == OUTLET
