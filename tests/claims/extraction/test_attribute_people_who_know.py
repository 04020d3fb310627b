"""Unnamed people who know something, in the forms business wires use: "..., people
familiar with the matter said, ..." was the outlet's, and so was a later "they said"
("people" had no plural "s"); "People briefed on the talks were adamant." then "And
they insisted ..." names the people whole; "Chief Financial Officer Priya Raman" is Priya
Raman whether or not her given name is known; and "Jersey City" or "Tarn County" is no
"he". Invented sentences."""

from __future__ import annotations

import pytest

from claims.extraction.names import maybe_person
from tests.claims.extraction.claimants import OUTLET, claimants, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tarnwell Bank is weighing a sale of its card arm, two people familiar with the "
            "matter said.",
            "two people familiar with the matter",
        ),
        (
            "Tarnwell Bank is weighing a sale of its card arm, people briefed on the talks "
            "said, a deal that could fetch $2 billion.",
            "people briefed on the talks",
        ),
        # (as before: opening the sentence, or after the preposition)
        (
            "People familiar with the plan said Tarnwell Bank was weighing a sale.",
            "People familiar with the plan",
        ),
        (
            "Tarnwell Bank is weighing a sale, according to three people close to the bank.",
            "three people close to the bank",
        ),
    ],
)
def test_people_who_know_are_the_source(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_they_are_the_people_who_know() -> None:
    body = (
        "Tarnwell Bank has hired advisers, according to two people close to the board. "
        "No final decision has been made, they said."
    )
    assert claimants(body) == ["two people close to the board"] * 2


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "People briefed on the reshuffle were adamant that the founder would not return. "
            "And they insisted that few staff would leave.",
            [OUTLET, "People briefed on the reshuffle"],
        ),
        (
            "People close to Ada Pike's campaign were furious. They said the forum was rigged.",
            [OUTLET, "People close to Ada Pike's campaign"],
        ),
    ],
)
def test_they_after_people_who_know_name_them_whole(body: str, expected: list[str]) -> None:
    assert claimants(body) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chief Financial Officer Priya Raman told investors the bank was sound.", "Priya Raman"),
        ("Chief Operating Officer Chidi Okonkwo said the bank was sound.", "Chidi Okonkwo"),
        # (as before: a given name the lists know)
        ("Chief Financial Officer Mary Raman told investors the bank was sound.", "Mary Raman"),
    ],
)
def test_an_officers_title_is_no_part_of_the_name(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Jersey City", False), ("Tarn County", False), ("Tarn Township", False), ("Ada Pike", True)],
)
def test_a_city_or_county_is_no_person(name: str, expected: bool) -> None:
    # never "he" or "she" (pronouns.py passes over it); a person still can be
    assert maybe_person(name) is expected
