"""Naming without quotation marks is the namer's words: "Roe called the verdict a warning"
and "Roe called him a loyal friend" were the outlet's, since "called" counted only
before a quotation; a phone call, "called it a day" and a session called stay nobody's.
A title's full stop no longer ends "sees ... as" or "described ... as" ("Mr. Obama sees Mr.
Netanyahu as ..." was the outlet's). Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("District Attorney Ivo Marsh called the ruling a gift to polluters.", "Ivo Marsh"),
        ("Oda Brenn called him a patient, generous and honest neighbour.", "Oda Brenn"),
        (
            "Ivo Marsh, speaking to a church group in Dover, called the levy an insult to farmers.",
            "Ivo Marsh",
        ),
        ("The union has called the offer an opening bid.", "the union"),
        # (as before: with a quotation)
        ('Ivo Marsh called the levy "an insult."', "Ivo Marsh"),
    ],
)
def test_naming_without_quotation_marks_is_the_namers(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # what was read before is read as before: no words named
        "Ivo Marsh called it a day after the vote.",
        "Ivo Marsh called the mayor of Dover a week after the flood.",
        "Ivo Marsh called a special session of the council for May.",
        "Ivo Marsh called Oda Brenn on Tuesday.",
    ],
)
def test_a_call_that_names_nothing_is_nobodys(sentence: str) -> None:
    assert last(sentence) == OUTLET


def test_the_brother_who_names_him_speaks_on() -> None:
    body = (
        "Tomas Vey, 40, worked as a surveyor for a mining firm, the Ledger reported.\n\n"
        "His brother Ivo Vey called him a kind and steady man. \u201cHe was a new father,\u201d "
        "he said."
    )
    assert claimants(body)[-2:] == ["Ivo Vey", "Ivo Vey"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mr. Marsh sees Mr. Brenn as a captive of the toll lobby.", "Marsh"),
        ("Mrs. Pike described Dr. Vey as a careless steward of the fund.", "Pike"),
        # (as before: no title between)
        ("Ivo Marsh sees the mayor as a captive of the toll lobby.", "Ivo Marsh"),
        # what was read before is read as before: "as" in the next sentence
        ("Ivo Marsh sees the toll plan. As a result, the mayor left.", OUTLET),
    ],
)
def test_a_titles_full_stop_does_not_end_seeing_as(sentence: str, expected: str) -> None:
    assert claimants(sentence)[0] == expected
