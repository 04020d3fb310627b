"""Unnamed sources referred back to: "the source said", "the people said" after "a source
close to the council", "two people familiar with the talks"; "the spokeswoman" after "a
spokeswoman for the agency, Tamsin Greer,"; and a group inside what someone reports is not
the one reporting ("A source ... said officers had warned ..."). Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants, last


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "A source close to the harbor board said wardens had warned the board twice. "
            "The board could now face a bill, the source said.",
            "a source close to the harbor board",
        ),
        (
            "Talks on the pier lease have stalled, according to two people familiar with the "
            "talks.\n\nThe board wants at least 35 percent, the people said.",
            "two people familiar with the talks",
        ),
        (
            "A spokeswoman for the board, Tamsin Greer, said the board had studied the plan. "
            "The board is also looking at new moorings, the spokeswoman added.",
            "Tamsin Greer",
        ),
    ],
)
def test_the_unnamed_source_referred_back_to(body: str, speaker: str) -> None:
    assert claimants(body)[-1] == speaker


def test_an_unnamed_source_long_before_is_not_referred_back_to() -> None:
    body = (
        "A source close to the harbor board said wardens had warned the board.\n\n"
        + "The pier was built in 1911. " * 13
        + "\n\nThe board could now face a bill, the source said."
    )
    assert claimants(body)[-1] == "the source"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A source close to the harbor board said officers had warned the board.",
            "a source close to the harbor board",
        ),
        ("A spokesman said officers had warned the board.", "a spokesman"),
    ],
)
def test_a_group_in_what_is_reported_does_not_report(sentence: str, speaker: str) -> None:
    assert last(sentence) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A report by the Harrow Tide Institute, a nonpartisan research group, found that "
            "levies rarely pay for themselves.",
            "a report by the Harrow Tide Institute",
        ),
        (
            "A study by the Harrow Tide Institute, which tracks port budgets, found that "
            "levies rarely pay for themselves.",
            "a study by the Harrow Tide Institute",
        ),
    ],
)
def test_a_report_whose_maker_is_described(sentence: str, speaker: str) -> None:
    assert last(sentence) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a clause without commas after an unnamed person
        (
            "A Danish official who spoke on condition of anonymity said the envoy had been warned.",
            "a Danish official",
        ),
        # a body a place owns, after "according to"
        (
            "The county logged 23 overdoses, according to the state's Office of Harbor Safety.",
            "the state's Office of Harbor Safety",
        ),
        # a role a country owns, with what it is for, then the name
        (
            '"These networks think they can hide," Denmark\'s junior minister for the Middle '
            "East, Ilse Varga, told parliament.",
            "Ilse Varga",
        ),
    ],
)
def test_unnamed_owned_and_titled(sentence: str, speaker: str) -> None:
    assert last(sentence) == speaker
