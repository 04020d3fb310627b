"""A wire headline in sentence case names its speaker with no article: "Union chief says
levy will pass in May.", "Levy will pass in May, county analyst says.", "Tolls, official
says, paid for the new bridge." Prose with its articles is read as before. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants, last


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


def test_a_bare_office_in_a_headline_is_the_one_the_story_names() -> None:
    # "..., minister says" gave nobody ("minister" was no head a headline names bare)
    body = (
        "Taxes will rise next year, minister says\n\n"
        "Finance Minister Ada Pike said taxes would rise by 2 percent."
    )
    assert claimants(body) == ["Ada Pike", "Ada Pike"]


def test_a_bare_body_in_a_headline_is_the_body() -> None:
    body = "Nurses to strike in January, union says\n\nThe strike will last two days."
    assert claimants(body)[0] == "the union"


def test_a_bare_analyst_in_a_headline_stays_one_of_many() -> None:
    body = "Rates will fall, analyst says\n\nThe bank meets on Tuesday."
    assert claimants(body)[0] == "analyst"


@pytest.mark.parametrize(
    "headline",
    [
        "'We will not raise taxes': A conversation with Senator Ruth Okafor",
        "“We will not raise taxes”: Okafor on the budget",
        "'We will not raise taxes': Q&A with Ruth Okafor",
    ],
)
def test_a_headlines_opening_quotation_is_the_one_named_after_its_colon(headline: str) -> None:
    # the outlet's until now
    body = f"{headline}\n\nSenator Ruth Okafor spoke with the Ledger on Monday."
    assert claimants(body)[0] == "Ruth Okafor"


def test_a_group_after_a_quotations_colon_is_no_speaker() -> None:
    # only a person is named so; a group or a body after the colon is what the story is
    # about ("Senate Democrats on the budget"; without the person check: the group)
    body = "“Cheap talk”: Senate Democrats on the budget\n\nThe vote failed on Monday."
    assert claimants(body)[0] == OUTLET
