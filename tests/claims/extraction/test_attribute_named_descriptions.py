"""A person described, then named with "named": "One voter, a nurse named X, told
reporters", "a wheat farmer named X, said" speak as X, not as the description; one left
unnamed speaks as described ("One farmer, who asked not to be named, said").
Invented sentences (no corpus text)."""

from __future__ import annotations

import pytest

from .claimants import claimants

CASES = [
    (
        "One customer, a 71-year-old orchard grower named Tobiah Ferrante, said he had "
        "voted for her rival last time.",
        "Tobiah Ferrante",
    ),
    (
        "One shopper, a night-shift nurse named Ulla Marchetti, told reporters she was "
        "still undecided.",
        "Ulla Marchetti",
    ),
    (
        "A retired bus driver named Osric Penhallow said the new routes made no sense.",
        "Osric Penhallow",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_a_described_person_named_after_the_description_speaks(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected


GUARDS = [
    # no name given: the description speaks, as before
    ("One voter, a night-shift nurse, told reporters she was still undecided.", "one voter"),
]


@pytest.mark.parametrize(("body", "expected"), GUARDS)
def test_a_description_without_a_name_stays(body: str, expected: str) -> None:
    assert claimants(body)[-1] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("One farmer, who asked not to be named, said the subsidy came too late.", "one farmer"),
        ("Her patient said the new dressing had eased the pain.", "her patient"),
        # (a guard: the code before the new occupations got this one right already)
        (
            "One passenger, a retired engineer, told reporters the train sat for hours.",
            "one passenger",
        ),
    ],
)
def test_an_unnamed_occupation_speaks_as_described(body: str, expected: str) -> None:
    # "one", "a" or a possessive before an occupation a story leaves unnamed
    assert claimants(body)[-1] == expected
