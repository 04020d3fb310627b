"""Two people named by surname speak together, each by the full name given before ("Pell
and Lind said" had given "Ann Lind" alone), a later "they" is the two and a later "he"
the nearer; one described by state and party is the person named before ("the Harbor
Republican on Tuesday dismissed ..."), and a party's member is never the "he" of a later
sentence; a medium that cites its sources between commas still reports. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants

NAMED = "Jim Pell runs the Acme mill in Dover. Ann Lind is a lawyer.\n\n"


def test_two_surnames_are_the_two_full_names() -> None:
    body = NAMED + "Pell and Lind said in a joint statement that the mill was safe."
    assert claimants(body)[-1] == "Jim Pell and Ann Lind"


def test_after_two_speakers_they_is_both_and_he_the_nearer() -> None:
    body = (
        "Todd Orrin and Carl Vell are running for the seat.\n\n"
        "Orrin and Vell, a Dover Republican, argued that the agency is not needed."
        " Counties handle that already, they said.\n\n"
        'Anyone who thinks otherwise "takes a dim view of the counties," he said.'
    )
    assert claimants(body) == [
        OUTLET,
        "Todd Orrin and Carl Vell",
        "Todd Orrin and Carl Vell",
        "Carl Vell",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "In a statement, the Harbor Republican on Tuesday dismissed Pellow's plan to raise"
        " the toll.",
        "The Harbor Republican dismissed Pellow's plan to raise the toll.",
        # what was read before is read as before
        "The Harbor Republican said the toll was too high.",
    ],
)
def test_one_described_by_state_and_party_is_the_person_named_before(sentence: str) -> None:
    body = (
        "Senate leader Tad Orrin is criticizing Governor Ada Pellow as a weak leader.\n\n"
        f"{sentence} He says the council will watch the toll closely."
    )
    assert claimants(body)[-2:] == ["Tad Orrin", "Tad Orrin"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Courier, citing unnamed sources, reported that the mill would close.", "the Courier"),
        (
            "The Courier, quoting two officials, reported on Monday that the mill would close.",
            "the Courier",
        ),
        # what was read before is read as before
        ("Citing unnamed sources, the Courier reported that the mill would close.", "the Courier"),
    ],
)
def test_a_medium_citing_its_sources_still_reports(sentence: str, expected: str) -> None:
    assert claimants(sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Both" was read into the first name, and a surname beside a full name was no pair
        ("Both Pike and Roe say the levy is fair.", "Ada Pike and Ted Roe"),
        ("But both Pike and Ted Roe say the levy is fair.", "Ada Pike and Ted Roe"),
        ("Ted Roe and Pike say the levy is fair.", "Ted Roe and Ada Pike"),
        # a pronoun is no name of a pair
        ("He and Ted Roe both condemned the levy in statements.", "Ted Roe"),
    ],
)
def test_two_named_by_surname_and_in_full(sentence: str, expected: str) -> None:
    body = f"Mayor Ada Pike and Councilman Ted Roe met on Monday.\n\n{sentence}"
    assert claimants(body)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one of a person's aides, unnamed, gave the person
        ("A Pike aide said the levy was fair.", "a Pike aide"),
        ("One Pike aide said the levy was fair.", "one Pike aide"),
        # one named by whom they stand against gave the outlet
        ("Her Republican opponent said the levy was unfair.", "her Republican opponent"),
        ("Pike's challenger said the levy was unfair.", "Pike's challenger"),
    ],
)
def test_an_aide_or_an_opponent_unnamed(sentence: str, expected: str) -> None:
    body = f"Mayor Ada Pike spoke on Monday.\n\n{sentence}"
    assert claimants(body)[-1] == expected


@pytest.mark.parametrize(
    "sentence",
    ["Pike, Roe and Lind said the levy was fair.", "Pike, Roe, and Lind said the levy was fair."],
)
def test_three_named_by_surname_are_the_three(sentence: str) -> None:
    # the list gave only its last name
    body = f"Mayor Ada Pike and Councilman Ted Roe met Mara Lind on Monday.\n\n{sentence}"
    assert claimants(body)[-1] == "Ada Pike, Ted Roe and Mara Lind"


def test_places_listed_before_a_name_are_no_speakers() -> None:
    body = "Councilman Ted Roe spoke on Monday.\n\nOhio, Texas and Roe said the levy was fair."
    assert "Ohio" not in claimants(body)[-1]


_PAIR_MET = "Ada Pike and Jo Renner met in Dover on Tuesday to discuss the levy.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The former said the levy would raise $4 million.", "Ada Pike"),
        ("The latter disagreed, saying the figure was closer to $2 million.", "Jo Renner"),
        ("The latter said the figure was closer to $2 million.", "Jo Renner"),
        ("Both women said they wanted a deal by May.", "Ada Pike and Jo Renner"),
        # (a role after "The former": as before)
        ("The former mayor said the levy would raise $4 million.", "the former mayor"),
    ],
)
def test_the_former_the_latter_and_both_are_the_pair_named_before(
    sentence: str, expected: str
) -> None:
    assert claimants(_PAIR_MET + sentence)[-1] == expected
