"""Speakers described by their age or by two roles joined, a description's verb after
"would only", the end of an "according to" phrase at a dash, and a role's subject that
stops before its own verb. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"She has always been a fighter," said the 52-year-old.', "the 52-year-old"),
        ('"She has always been a fighter," the 52-year-old said.', "the 52-year-old"),
        ("The 52-year-old said the plant would close.", "the 52-year-old"),
        # (as before: with a noun after the age, the noun is the head)
        ("The 52-year-old teacher said the plant would close.", "the 52-year-old teacher"),
    ],
)
def test_an_age_alone_describes_the_speaker(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_an_age_before_a_thing_is_no_speaker() -> None:
    assert last("The 52-year-old plant closed last year.") == OUTLET


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The former teacher and longtime council member said the budget would be balanced.",
            "the former teacher and longtime council member",
        ),
        (
            "The Ohio Democrat and former county treasurer said the state needed a new tax.",
            "the Ohio Democrat and former county treasurer",
        ),
        # (as before: a role and a role)
        (
            "The Vermont senator and presidential candidate said the bill was weak.",
            "the Vermont senator and presidential candidate",
        ),
        # (as before: two people, the nearer speaks for the pair)
        ("The senator and his wife said the house was sold.", "his wife"),
    ],
)
def test_two_roles_joined_describe_one_speaker(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_description_that_would_only_say() -> None:
    sentence = "The Texas Democrat would only say that the budget was tight."
    assert last(sentence) == "the Texas Democrat"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Most residents - 61 percent in 2019, according to the county survey - still "
            "believe the dam is safe.",
            "the county survey",
        ),
        (
            "The levy would raise $4 billion over ten years, according to the Budget Policy "
            "Institute - a tenth of the state budget.",
            "the Budget Policy Institute",
        ),
        (
            "Most tenants — 70 percent, according to the housing board — pay more than half "
            "their income in rent.",
            "the housing board",
        ),
    ],
)
def test_an_according_phrase_ends_at_a_dash(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_a_role_subject_stops_before_its_verb_and_count() -> None:
    # It had given "the Utah Republican spent two": "years" read as a verb.
    sentence = "The Utah Republican spent two years in a labor camp and says the war changed him."
    assert "spent" not in last(sentence)


def test_an_age_after_a_named_speaker_in_a_story() -> None:
    body = (
        "Dana Pruitt, a nurse, spoke at the hearing.\n\n"
        '"It is a scandal," said the 52-year-old.\n\n'
        "The hearing ended at noon."
    )
    assert claimants(body)[1] == "the 52-year-old"
