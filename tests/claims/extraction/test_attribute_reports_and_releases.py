"""Groups that report or conclude ("..., the researchers reported.", "Health officials
reported that ...", "some economists have concluded that ...") and figures cited "according
to" with whoever released them ("according to figures released by the X", "a poll
released Wednesday by the X"). Invented sentences (no corpus text)."""

from __future__ import annotations

import pytest

from .claimants import OUTLET, last

CASES = [
    (
        "The enzyme digested most of the plastic sample in four weeks, the researchers reported.",
        "the researchers",
    ),
    ("County health officials reported that nine residents fell ill.", "County health officials"),
    # a study's authors; a possessive before the group, taken whole (it gave "s researchers")
    ("Patients scored 18 percent higher on the tests, the authors reported.", "the authors"),
    (
        "Patients scored 18 percent higher on the tests, the study's researchers reported.",
        "the study's researchers",
    ),
    (
        "Even so, some economists have concluded that the levy will not cover the gap.",
        "some economists",
    ),
    (
        "Ticket sales dropped by a fifth, according to figures released by the Tarnwick "
        "Rugby Union.",
        "the Tarnwick Rugby Union",
    ),
    (
        "The contest is now a dead heat, according to a poll released Tuesday by the "
        "Quillan Institute for Public Opinion.",
        "the Quillan Institute for Public Opinion",
    ),
    # the cited noun also stands before "according to": the one after it counts
    (
        "The figures were grim: bookings fell by a third, according to figures released "
        "by the Tarnwick Tourism Board.",
        "the Tarnwick Tourism Board",
    ),
    (
        "The contest is now a dead heat, according to a survey released by Brackwater "
        "Polling on Sunday.",
        "Brackwater Polling",
    ),
    (
        "Turnout rose among young men, according to early returns of an exit poll "
        "conducted by Fenwick Research for a group of broadcasters.",
        "Fenwick Research",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_who_reports_or_released_the_figures(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


GUARDS = [
    # a medium that reports stays the medium; a poll named by no one stays the poll
    ("The Harbor Courier reported that nine residents fell ill.", "the Harbor Courier"),
    ("The contest is now a dead heat, according to a poll released Tuesday.", "a poll"),
    # reported by someone, in the passive: nobody's words here
    ("The outbreak was first reported in March.", "The Ledger"),
]


@pytest.mark.parametrize(("sentence", "expected"), GUARDS)
def test_media_and_unnamed_polls_stay(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A body that released a study, with what the study found in a participle.
        (
            "The Corran Institute released a study Tuesday finding that rents rose 9 percent.",
            "the Corran Institute",
        ),
        (
            "The Budget Office published a report estimating that the levy raises $4 million.",
            "the Budget Office",
        ),
        (
            "Halden County issued its annual audit, concluding that 12 contracts were never bid.",
            "Halden County",
        ),
        # A release with nothing reported is no attribution.
        ("The Corran Institute released a report on housing.", "The Ledger"),
        ("The Budget Office published a photo of the new building.", "The Ledger"),
    ],
)
def test_a_body_that_released_a_study_reports_its_findings(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "forecast" as a verb (past or present), not as a noun.
        (
            "The Office for Budget Responsibility forecast growth of 1.1 percent next year.",
            "the Office for Budget Responsibility",
        ),
        ("The Corran Institute forecasts that rents will rise 4 percent.", "the Corran Institute"),
        ("The Corran Institute forecasted a recession in the spring.", "the Corran Institute"),
        ("The Corran Institute forecast is gloomy.", "The Ledger"),
        ("The Corran Institute forecast for growth was cut.", "The Ledger"),
    ],
)
def test_forecast_as_a_verb_reports(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A body or a person set off by commas after a description, then a finding.
        (
            "The country's statistics agency, INEGI, reported that unemployment was 2.6 percent.",
            "INEGI",
        ),
        ("The audit office, Tarn Audit, found that 12 contracts were never bid.", "Tarn Audit"),
        ("The union's treasurer, Ada Quist, reported that dues rose 4 percent.", "Ada Quist"),
        # no finding: not a report
        ("The union's treasurer, Ada Quist, reported for work on Monday.", "The Ledger"),
        ("The agency, INEGI, reported record sales.", "The Ledger"),
    ],
)
def test_a_finding_reported_after_a_name_set_off_by_commas(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what a body's own paper shows, released by it
        (
            "Brisco's office released figures showing that crime fell 12% last year.",
            "Brisco's office",
        ),
        ("The campaign released a memo arguing that Hale cannot win.", "the campaign"),
        ("Police released video showing the officer fired first.", "Police"),
        # (showing off a product is no finding)
        ("The company released a new phone showing off its camera.", OUTLET),
    ],
)
def test_a_paper_released_showing_is_the_releasers(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'In selling the bonds, Brisco released a video that said, "The port will double '
            'its traffic."',
            "Alma Brisco",
        ),
        ("Brisco aired an ad that claimed that the levy cut 4,000 jobs.", "Alma Brisco"),
        # (a paper that says nothing in words: no one's, as before)
        ("Brisco posted a photo that said nothing.", "The Ledger"),
    ],
)
def test_what_the_subjects_video_or_ad_said_is_the_subjects(sentence: str, speaker: str) -> None:
    assert last(sentence) == speaker
