"""Sources set off by what describes them (a clause, a participle, a trade before the
name), bodies taught by "soccer club X", and papers of "its" own. Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants, last


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # a role, its holder, then "has warned staff that"
        (
            "The club's chief executive, Fiona Dunlavey, has warned staff that "
            "redundancies may be necessary.",
            "Fiona Dunlavey",
        ),
        (
            "Meanwhile, the club's chief executive, Fiona Dunlavey, has warned staff that "
            "redundancies may be necessary.",
            "Fiona Dunlavey",
        ),
        # a kin noun owned, then a clause; the family in the reported clause is reported
        (
            "The swimmer's mother, who asked not to be named to protect her daughter, said "
            "the family believed the pills came from a prescription.",
            "the swimmer's mother",  # (its article kept, as "the governor's spokesman")
        ),
        # an unnamed aide set off by a long participle
        (
            "An aide to the governor, speaking on condition of anonymity because no "
            "decision had been made, said she was concerned about the cost.",
            "an aide to the governor",
        ),
        # an unnamed official of a body not named
        (
            "But a senior official at another club, who has been briefed on the review, "
            "said the panel was concerned.",
            "a senior official at another club",
        ),
        # a body, described, then "found that"
        (
            "The Independent Quarrington Tribunal, a three-member panel, found that the "
            "explanation was not credible.",
            "the Independent Quarrington Tribunal",
        ),
        # a body someone has, named after its trade
        (
            "Its sponsor, sportswear maker Strydova, said it had suspended the contract.",
            "Strydova",
        ),
    ],
)
def test_who_the_description_sets_off(sentence: str, who: str) -> None:
    assert last(sentence) == who


def test_a_kind_before_a_name_teaches_the_kind() -> None:
    body = (
        "Second-tier soccer club Ashcombe Wanderers have agreed to a takeover. The deal "
        "should close in January, according to the club."
    )
    assert claimants(body)[-1] == "Ashcombe Wanderers"


@pytest.mark.parametrize(
    ("body", "owner"),
    [
        (
            "Brennock United, which was relegated in 2023, has been losing about £2m a "
            "month, according to its most recent accounts.",
            "Brennock United",
        ),
        (
            "The Marrowby Integrity Commission met on Monday. The commission has charged "
            "14 athletes this year, according to figures published on its website.",
            "the Marrowby Integrity Commission",
        ),
    ],
)
def test_its_own_papers_are_the_bodys(body: str, owner: str) -> None:
    assert claimants(body)[-1] == owner


def test_its_papers_after_a_person_stay_the_papers() -> None:
    # (guard: a person opening the sentence owns no "its")
    assert last("Ada Kestwick has been losing money, according to its accounts.") == (
        "its accounts"
    )


def test_she_after_an_owned_mother_who_spoke_is_the_mother() -> None:
    body = (
        "Rafe Dunlavey, the coach, denied any involvement. ''I never gave her anything,'' "
        "he said.\n\n"
        "The swimmer's mother, who asked not to be named, said the family believed the "
        "pills came from a prescription. She said the family had a doctor's note."
    )
    assert claimants(body)[-1] == "the swimmer's mother"


def test_he_after_an_owned_mother_is_not_the_mother() -> None:
    # (guard: the description's gender disagrees)
    body = (
        "Rafe Dunlavey, the coach, denied any involvement.\n\n"
        "One swimmer's mother, who asked not to be named, said the family believed the "
        "pills came from a prescription. He said the family had no note."
    )
    assert claimants(body)[-1] == "Rafe Dunlavey"


@pytest.mark.parametrize(
    ("body", "who"),
    [
        # a body with a day before its verb, then its holding
        (
            "KORVEN, Sweden (AP) — The Sports Appeals Kestwick on Friday overturned the "
            "ban of a weightlifter, ruling that the laboratory had mixed up two samples.",
            "the Sports Appeals Kestwick",
        ),
        # a laboratory described, then named
        (
            "The laboratory, the Nordvik Institute for Doping Marrowby, said it had "
            "changed its labeling procedures.",
            "the Nordvik Institute for Doping Marrowby",
        ),
        # a report and the inquiry it holds are the office's that released it
        (
            "An independent inquiry has found that officers understated the force they "
            "used, according to a report released Tuesday by the city's Office of Police "
            "Kestwick.\n\nThe report recommends that the city refer 14 officers to "
            "prosecutors.",
            "the city's Office of Police Kestwick",
        ),
    ],
)
def test_bodies_by_what_they_did(body: str, who: str) -> None:
    assert claimants(body)[-1] == who
