"""A day or a time between a group and its verb is no part of the group ("Federal
prosecutors on Friday charged ...", "State regulators last week warned ..."). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Federal prosecutors on Friday charged a former county treasurer with theft.",
            "Federal prosecutors",
        ),
        ("Local officials on Monday said the bridge would reopen in May.", "Local officials"),
        (
            "Economists at the port on Tuesday morning said fees would rise 4 percent.",
            "Economists at the port",
        ),
        ("State regulators last week warned that the plant was unsafe.", "State regulators"),
        ("Harbor pilots this month said the channel was too shallow.", "Harbor pilots"),
        # (as before: a place after the group, a clause of its own)
        ("Farmers in Ohio said the levy was unfair.", "Farmers in Ohio"),
        (
            "The groups who wrote to the mayor say they are worried about the levy.",
            "the groups who wrote to the mayor",
        ),
    ],
)
def test_a_day_between_a_group_and_its_verb_is_not_the_groups(sentence: str, expected: str) -> None:
    assert claimants(sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Officials with the state health department confirmed two new cases on Friday.",
            "Officials with the state health department",
        ),
        ("State health officials confirmed two new cases.", "State health officials"),
    ],
)
def test_a_group_that_confirmed_is_the_source(sentence: str, expected: str) -> None:
    assert claimants(sentence)[-1] == expected
