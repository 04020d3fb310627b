"""A team's titles before a name are no part of it: "Coach Andy Reid" and "Quarterback
Patrick Mahomes" were kept whole as the claimant, and "the coach" did not resolve.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Coach Ada Pike said the team had played its worst game.", "Ada Pike"),
        ("Quarterback Tomas Vey said he should have thrown the ball away.", "Tomas Vey"),
        ("Rookie Linda Marsh said the crowd had carried the team.", "Linda Marsh"),
        ('"We ran out of time," said Quarterback Tomas Vey.', "Tomas Vey"),
        # (as before: a lower-case position)
        ("Tarn linebacker Ivo Brenn said the team had studied the tape.", "Ivo Brenn"),
    ],
)
def test_a_teams_title_is_no_part_of_the_name(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_the_coach_is_the_coach_named_before() -> None:
    body = (
        "Coach Ada Pike did not mince words after the loss.\n\n"
        "The coach said the team had played its worst game of the year."
    )
    assert claimants(body)[-1] == "Ada Pike"
