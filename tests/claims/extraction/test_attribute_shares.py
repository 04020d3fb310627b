"""A share of people as the subject of a verb of saying: "One in four renters in a county
survey said", "those surveyed said", "Many in the crowd said", "Some of the nurses said",
"a number of attendees said". Not a share of things ("Many of the upcoming votes favor
...") nor a share's wish ("All of them wanted ..."). Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants

OPENING = "The county board met in Dover on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "One in four renters in a county survey last spring said the rent had doubled.",
            "one in four renters in a county survey last spring",
        ),
        ("Nearly eight in 10 tenants said they would vote in May.", "nearly eight in 10 tenants"),
        ("Again, those surveyed said the bridge should be repaired first.", "those surveyed"),
        ("Many in the crowd insisted the mayor had misled them.", "many in the crowd"),
        ("Some of the nurses said they had not been paid since March.", "some of the nurses"),
        (
            "In Dover, a number of attendees told reporters the levy was fair.",
            "a number of attendees",
        ),
        (
            "Most of the county council members have already said they would back the plan.",
            "most of the county council members",
        ),
    ],
)
def test_a_share_of_people_is_the_claimant(sentence: str, expected: str) -> None:
    assert claimants(OPENING + sentence)[-1] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Many of the upcoming votes favor the mayor.",
        "All of them wanted a raise.",
        "Most of the new stations opened on time.",
    ],
)
def test_a_share_of_things_or_a_wish_is_nobodys_statement(sentence: str) -> None:
    assert claimants(OPENING + sentence)[-1] == OUTLET


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Some landlords now worry that the levy will empty the depot.", "some landlords"),
        ("County officials emphasized Tuesday that the depot would stay open.", "County officials"),
        ("On Monday, tenant leaders decried the lack of details in the plan.", "tenant leaders"),
    ],
)
def test_a_group_worries_emphasizes_or_decries(sentence: str, expected: str) -> None:
    assert claimants(OPENING + sentence)[-1] == expected
