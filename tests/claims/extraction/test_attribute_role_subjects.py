"""A role a sentence opens with, its verb of saying further on ("The judge paused for a
moment, and then said ...", "The president left no doubt ..., saying that ..."), and a
description with a party or a nationality among its words after a fronted phrase ("In an
interview with radio hosts ..., the Democratic county executive stated that ..."): the
role's, which the article's names resolve; one unnamed ("In May, a county court judge
sided with ..., saying ..."); someone's body or kin ("Brisco’s campaign mailed a release
saying ..."). Not a thing ("The plan failed in May, and then said nothing") nor a
role followed by a noun ("The deputy head of the port authority resigned, saying ...").
Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # INTRO names Judge Alma Brisco: "the judge" is her
        ("The judge paused for a moment, and then said the filing was late.", "Alma Brisco"),
        ("The judge left no doubt about the levy, saying that it would stand.", "Alma Brisco"),
        (
            "The president left no doubt about the plan, saying that the levy would pass.",
            "the president",
        ),
        (
            "In an interview with radio hosts Dan Pruitt and Kay Lomax, the Democratic "
            "county executive stated that the levy was illegal.",
            "the Democratic county executive",
        ),
        (
            "Reacting to the ruling, the retired surgeon acknowledged that the clinic had closed.",
            "the retired surgeon",
        ),
        # one unnamed, after a fronted phrase
        (
            "In May, a county court judge sided with the tenants, saying the eviction rule "
            "was void.",
            "a county court judge",
        ),
        # someone's body or kin, with a far verb
        (
            "Shortly after the hearing, Brisco’s campaign mailed a release saying the count "
            "was rigged.",
            "Brisco’s campaign",
        ),
        ("Brisco's sister visited the farm, saying the levy had ruined it.", "Brisco's sister"),
    ],
)
def test_a_role_opening_the_sentence_is_the_claimant(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan failed in May, and then said nothing.",
        "The deputy head of the port authority resigned, saying the budget was short.",
        "Brisco's plan failed in May, and then said nothing.",
    ],
)
def test_no_role_no_claimant(sentence: str) -> None:
    assert last(sentence) == OUTLET


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a day between the role and its verb gave the outlet
        (
            "A federal judge on Tuesday blocked the levy, saying it placed a burden on farmers.",
            "a federal judge",
        ),
        (
            "The judge last week blocked the levy, ruling that it placed a burden on farmers.",
            "Alma Brisco",
        ),
    ],
)
def test_a_day_between_a_role_and_its_verb(sentence: str, speaker: str) -> None:
    assert last(sentence) == speaker


def test_who_heard_testimony_stands_between_the_verb_and_that() -> None:
    # "testified before the Senate Judiciary Committee that" gave the outlet
    sentence = "Ada Pike testified before the Senate Judiciary Committee that the levy was void."
    assert last(sentence) == "Ada Pike"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # where the one described spoke, set off between the description and the verb
        (
            "The state's budget director, in testimony before lawmakers, said the fund "
            "would run dry by 2030.",
            "the state's budget director",
        ),
        (
            "The port director, speaking at a hearing on Tuesday, said the dredging was late.",
            "the port director",
        ),
        # what a role concluded, estimated, projected, testified or confirmed
        (
            "The inspector general concluded that the agency failed to track the money.",
            "the inspector general",
        ),
        ("The port director testified that the dredging was late.", "the port director"),
    ],
)
def test_a_role_with_where_it_spoke_or_what_it_concluded(sentence: str, expected: str) -> None:
    assert last(sentence) == expected
