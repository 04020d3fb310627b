"""A body the story names beside its kind, or names and then calls by a kind any body may
be: "The union, Keelworkers, said" | "The union estimates ..."; "Hearthwise, a housing
charity, said" | "The charity said"; "Oxfam said" | "The organization said". Invented
sentences and names."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("The union, Keelworkers, said pay had fallen.", "Keelworkers"),
        ("Hearthwise, a housing charity based in Leeds, said rents rose.", "Hearthwise"),
        ("Hearthwise, the housing charity, said rents rose.", "Hearthwise"),
    ],
)
def test_a_body_named_beside_its_kind(first: str, speaker: str) -> None:
    kind = "union" if "union" in first else "charity"
    body = f"{first}\n\nThe {kind} estimates that 40,000 people will be hit."
    assert claimants(body) == [speaker, speaker]


def test_a_person_beside_a_kind_is_no_body() -> None:
    body = "Ada Velling, a charity worker, said rents rose.\n\nThe charity said it was late."
    assert claimants(body)[-1] == "the charity"


@pytest.mark.parametrize("kind", ["charity", "organization", "nonprofit"])
def test_any_body_that_spoke_last_is_the_charity(kind: str) -> None:
    body = f"Kindrel said the parcels were late.\n\nThe {kind} said 900 families waited."
    assert claimants(body) == ["Kindrel", "Kindrel"]


def test_a_body_of_another_kind_named_last_is_the_organization() -> None:
    body = (
        "Kindrel said the parcels were late.\n\n"
        "The Tarn Valley Foundation notes that 900 families waited.\n\n"
        "The organization also points out that rents rose."
    )
    assert claimants(body)[-1] == "the Tarn Valley Foundation"


def test_no_body_long_before_is_the_charity() -> None:
    filler = "\n\n".join(f"The ferry ran late on day {n}." for n in range(2, 12))
    body = f"Kindrel said the parcels were late.\n\n{filler}\n\nThe charity said so."
    assert claimants(body)[-1] == "the charity"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Voters in line will still be allowed to vote, the council said.", "the council"),
        ("Residents will pay £40 more, the council said.", "the council"),
        ("Tallowmere Software will cut 900 jobs, the company said.", "Tallowmere Software"),
    ],
)
def test_a_plural_the_sentence_opens_with_is_not_the_body_that_said_it(
    sentence: str, speaker: str
) -> None:
    assert claimants(sentence) == [speaker]
