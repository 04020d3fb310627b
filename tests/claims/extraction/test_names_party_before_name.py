"""A party's adjective before a person's name is no part of it ("Republican Gil Hart", as
"Democrat Ann Marsh"), but a body's name keeps it ("Republican National Committee") and a
headline's role after it names nobody new ("Republican Donor Adelson"). Invented
sentences."""

from __future__ import annotations

import pytest

from claims.extraction.names import clean_name
from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize(
    "body",
    [
        "Republican Gil Hart said the harbor fund was sound.",
        "Her predecessor, Republican Gil Hart, denied that.",
        "The race pits Democrat Ann Marsh against Republican Gil Hart. Hart said the fund "
        "was sound.",
    ],
)
def test_a_party_before_a_name_is_no_part_of_it(body: str) -> None:
    assert claimants(body)[-1] == "Gil Hart"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Republican Gil Hart", "Gil Hart"),
        ("Independent Bernie Sanders", "Bernie Sanders"),
        # bodies keep their party's word
        ("Republican National Committee", "Republican National Committee"),
        ("Republican Jewish Coalition", "Republican Jewish Coalition"),
        ("Democratic Party", "Democratic Party"),
    ],
)
def test_clean_name_drops_a_party_before_a_person_only(phrase: str, expected: str) -> None:
    assert clean_name(phrase) == expected
