"""A wire headline in sentence case names its speaker with no article: "Union chief says
levy will pass in May.", "Levy will pass in May, county analyst says.", "Tolls, official
says, paid for the new bridge." Prose with its articles is read as before. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Union chief says levy will pass in May.", "Union chief"),
        ("Levy will pass in May, county analyst says.", "county analyst"),
        ("Tolls, official says, paid for the new bridge.", "official"),
        ("But expert says more towns will raise fees.", "expert"),
        ("Lusk campaign says turnout was low.", "Lusk campaign"),
    ],
)
def test_a_bare_role_in_a_headline_is_the_speaker(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The union chief says the levy will pass.", "the union chief"),
        ("A county official says the levy will pass.", "a county official"),
        ("This report says nothing new.", OUTLET),
        ("In the report, the county says nothing new.", "the county"),
    ],
)
def test_prose_with_its_articles_is_read_as_before(sentence: str, expected: str) -> None:
    assert last(sentence) == expected
