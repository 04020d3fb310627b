"""A poll's standings ("put Roe at 48 percent", "had the parties tied"), a holding given
with what a court did ("..., ruling that ..."), and a body's papers by the body's kind
("The office's report said"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants, last


@pytest.mark.parametrize(
    ("sentence", "poll"),
    [
        (
            "Brenmoor's survey of 2,104 adults put the Civic Union on 34 percent.",
            "Brenmoor's survey of 2,104 adults",
        ),
        (
            "A survey by Quillon & Marsh published last week had the two main parties tied "
            "at 32 percent.",
            "a survey by Quillon & Marsh",
        ),
        (
            "The Harrowgate Ledger average of three polls conducted the first week of March "
            "has Varnholt leading by an average of 20 points.",
            "the Harrowgate Ledger average of three polls conducted",
        ),
        (
            "Polling averages compiled by the website TallyDesk show the Civic Union "
            "gaining half a point a month.",
            "Polling averages compiled by the website TallyDesk",
        ),
    ],
)
def test_a_polls_standings_are_its_finding(sentence: str, poll: str) -> None:
    assert last(sentence) == poll


@pytest.mark.parametrize(
    "sentence",
    [
        # (guards: what a paper has, and a poll that was had, are no standings)
        "The report had a long appendix on the history of the port.",
        "A poll had been planned for May.",
    ],
)
def test_having_is_no_standing(sentence: str) -> None:
    assert claimants(sentence)[-1] == OUTLET


def test_a_holding_given_with_what_the_court_did() -> None:
    body = (
        "The Harrowgate Planning Tribunal halted the work on Monday, ruling that the "
        "council had failed to assess the koalas."
    )
    assert claimants(body)[-1] == "the Harrowgate Planning Tribunal"


def test_a_finding_as_a_noun_is_nobodys() -> None:
    # ("finding that" after a determiner is a noun)
    body = "The finding that the claims were stale upset the plaintiffs."
    assert claimants(body)[-1] == OUTLET


@pytest.mark.parametrize(
    ("body", "maker"),
    [
        (
            "The Skerrow Safety Investigation Office published its findings on Monday. "
            "The office's report said the operator had let drills lapse.",
            "the Skerrow Safety Investigation Office",
        ),
        (
            "The Brindlemoor Care Commission inspects the homes. The commission's "
            "inspection reports, published on its website, said staff had sedated residents.",
            "the Brindlemoor Care Commission",
        ),
    ],
)
def test_a_bodys_paper_is_the_bodys(body: str, maker: str) -> None:
    assert claimants(body)[-1] == maker


@pytest.mark.parametrize(
    ("body", "maker"),
    [
        (
            "A report by the Harrowgate Tide Institute found that the levy raised $4 "
            "million. The report also said the levy had cut traffic by 9 percent.",
            "a report by the Harrowgate Tide Institute",
        ),
        (
            "The repair has doubled to $87 million, according to an audit released Monday "
            "by the state Office of Bridge Ruskin. The audit blamed poor early inspections.",
            "the state Office of Bridge Ruskin",
        ),
        (
            "A Brenmoor University poll found that 52 percent back the levy.\n\n"
            "The poll also found that 30 percent oppose it.",
            "a Brenmoor University poll",
        ),
    ],
)
def test_the_paper_is_whoever_it_was_credited_to(body: str, maker: str) -> None:
    assert claimants(body)[-1] == maker


@pytest.mark.parametrize(
    "body",
    [
        # (guards: a poll with no maker named tells nothing more; a group the poll
        # counted is not the poll)
        "A new poll found that 52 percent back the levy. The poll also found that 30 "
        "percent oppose it.",
        "One in four voters in a Brenmoor University poll said they back the levy. The "
        "poll also found that 30 percent oppose it.",
    ],
)
def test_the_paper_stays_the_paper(body: str) -> None:
    assert claimants(body)[-1] == "the poll"
