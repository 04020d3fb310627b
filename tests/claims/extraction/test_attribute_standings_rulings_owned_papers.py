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
