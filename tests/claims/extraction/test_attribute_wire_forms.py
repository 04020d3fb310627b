"""Forms of attribution common in wire copy that were the outlet's: a role's office ("The
governor's office said"), a report or poll with how it was made set off by commas ("The
report, released Tuesday by the Tarn Institute, found"), a sample's size with a comma in
its number ("A survey of 1,000 adults found"), "was quoted as saying", a group with who
asked them ("Economists polled by the Ledger expect"), an officer named after a
possessive pronoun ("Its president, Lena Marsh, called the vote ...") and a group that
"has found that". Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, claimants, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The governor's office said the plant would close.", "the governor's office"),
        ("The mayor's office said the plant would close.", "the mayor's office"),
        ("The company's legal team said the plant would close.", "the company's legal team"),
        # verbs of reporting and estimating too
        (
            "The comptroller's office reported that bills were paid on time.",
            "the comptroller's office",
        ),
        ("The mayor's office estimated that repairs would cost $2 million.", "the mayor's office"),
        # what was read before is read as before (its article kept since 2026.12-242)
        ("The governor's spokesman said the plant would close.", "the governor's spokesman"),
        # (her office: the office of the judge the story named, since 2026.12-196)
        ("Her office said the plant would close.", "Alma Brisco's office"),
    ],
)
def test_a_roles_office_speaks(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The report, released Tuesday by the Tarn Institute, found that rents rose 9 percent.",
            "the report by the Tarn Institute",  # (its maker kept since 2026.12-248)
        ),
        (
            "The survey of 1,000 adults, conducted by a Dover firm, found that 52 percent back"
            " the levy.",
            "the survey of 1,000 adults",
        ),
        (
            "The survey of 1,000 adults found that 52 percent back the levy.",
            "the survey of 1,000 adults",
        ),
        ("A poll of 1,200 voters showed Brisco ahead by four points.", "a poll of 1,200 voters"),
        # what was read before is read as before
        ("The report found that rents rose 9 percent.", "the report"),
    ],
)
def test_a_report_or_poll_with_how_it_was_made(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Brisco was quoted as saying the levy would be struck down.",
        "Brisco was quoted by the Ledger as saying the levy would be struck down.",
        "She was quoted as saying the levy would be struck down.",
    ],
)
def test_quoted_as_saying(sentence: str) -> None:
    assert last(sentence) == "Alma Brisco"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Economists polled by the Ledger expect rates to fall.",
            "Economists polled by the Ledger",
        ),
        (
            "Residents interviewed on Friday said the plant should stay open.",
            "Residents interviewed on Friday",
        ),
        (
            "Analysts surveyed by FactSet had expected revenue of $2.1 billion.",
            "Analysts surveyed by FactSet",
        ),
        ("Analysts had expected revenue of $2.1 billion.", "Analysts"),
        # what was read before is read as before
        ("Economists expect rates to fall.", "Economists"),
    ],
)
def test_a_group_with_who_asked_them(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


def test_the_office_is_not_the_governor() -> None:
    # (the office of the governor the story named, as "Her office said" is, since
    # 2026.12-242; not the governor herself)
    body = (
        "Governor Ada Pellow toured the plant on Monday.\n\n"
        "The governor's office said the plant would close."
    )
    assert claimants(body)[-1] == "Ada Pellow's office"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('Its president, Lena Marsh, called the vote "short-sighted."', "Lena Marsh"),
        ("Its president, Lena Marsh, said the vote was short-sighted.", "Lena Marsh"),
        ('The group\'s president, Lena Marsh, called the vote "rash."', "Lena Marsh"),
        # a call is no naming without the words quoted; a kin's apposition as before
        ("The group's president, Lena Marsh, called the mayor on Tuesday.", OUTLET),
        ('His wife, Lena Marsh, called the vote "short-sighted."', "Lena Marsh"),
    ],
)
def test_whose_officer_in_apposition_speaks(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Researchers have found that the checks are easy to dodge.", "Researchers"),
        ("Scientists have found that the reef is shrinking.", "Scientists"),
        # a trail found is no finding reported
        ("Hikers found the trail closed on Monday.", OUTLET),
    ],
)
def test_a_group_that_has_found_that(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('Archbishop Tomas Verel said the parish was "relieved."', "Tomas Verel"),
        ("Imam Tal Bey said the mosque would reopen.", "Tal Bey"),
        ("Detective Ada Roe said the man was held.", "Ada Roe"),
        # what was read before is read as before
        ("Pastor Jim Vell said the church would reopen.", "Jim Vell"),
        ("Chief Superintendent Ada Roe said the man was held.", "Ada Roe"),
        ("Bishop Tomas Verel said the parish was relieved.", "Tomas Verel"),
    ],
)
def test_titles_of_faith_and_office_are_stripped(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Brightwater Chase & Co. said profit rose 8 percent.", "Brightwater Chase & Co"),
        ('"Sales fell," said Tarn & Pell.', "Tarn & Pell"),
        ("The U.N. refugee agency said 2 million people had fled.", "the U.N. refugee agency"),
        ("The U.S. trade envoy said talks would resume.", "the U.S. trade envoy"),
        (
            "Officials at the Tarn Port Authority said the pier would close.",
            "Officials at the Tarn Port Authority",
        ),
        # what was read before is read as before
        ('"Talks will resume," the U.S. trade envoy said.', "the U.S. trade envoy"),
        ("Tarn & Pell said sales fell.", "Tarn & Pell"),
        ("The refugee agency said 2 million people had fled.", "the refugee agency"),
        ("Ada Roe of the Tarn Port Authority said the pier would close.", "Ada Roe"),
    ],
)
def test_organisations_keep_their_whole_names(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A manner verb with where the words were posted before what they said.
        ("Former Mayor Ines Vale posted on Truth Social that the count was rigged.", "Ines Vale"),
        ("Ines Vale posted to X that the count was rigged.", "Ines Vale"),
        ("Ines Vale posted on Facebook a photo of the flood.", "The Ledger"),
    ],
)
def test_words_posted_on_a_platform(sentence: str, expected: str) -> None:
    assert last(sentence) == expected
