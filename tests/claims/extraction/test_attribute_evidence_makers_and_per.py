"""Evidence with its maker set off after it names the maker ("The figures, compiled by the
Tarn Institute, show" -> "the figures by the Tarn Institute"; not who obtained it), and
"Per the governor's office," opens a source as "Per the Labor Department," does.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The figures, compiled by the Tarn Institute, show that rents rose 30% since 2020.",
            "the figures by the Tarn Institute",
        ),
        (
            "The report, released Tuesday by the Tarn Institute, found that rents rose 30%.",
            "the report by the Tarn Institute",
        ),
        (
            "The survey, conducted by Harbor Polling, finds Pike with a 46% to 44% lead.",
            "the survey by Harbor Polling",
        ),
        # (who obtained it is no maker; a maker named before the comma, as before)
        (
            "An email from Pike's office, obtained by the Ledger, shows that rents rose 30%.",
            "an email from Pike's office",
        ),
        (
            "A report by the Tarn Institute, a research group, found that rents rose 30%.",
            "a report by the Tarn Institute",
        ),
        (
            "Per the governor's office, 14 counties have declared emergencies.",
            "the governor's office",
        ),
        ("Per the Labor Department, 14 counties have lost jobs.", "the Labor Department"),
    ],
)
def test_evidence_and_its_maker(sentence: str, expected: str) -> None:
    assert claimants(sentence)[-1] == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("The Tarn Institute said rents rose 9 percent.", "the Tarn Institute's website"),
        # (a person's "its" is no one's)
        ("Jo Roe said rents rose 9 percent.", "its website"),
    ],
)
def test_its_paper_is_the_body_s_that_spoke_before(before: str, expected: str) -> None:
    body = f"{before}\n\nAccording to its website, the group has 40,000 members."
    assert claimants(body)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # evidence with a participle of who got or made it, before its verb
        (
            "Emails obtained by the Courier show that Renner knew about the leak in May.",
            "Emails obtained by the Courier",
        ),
        (
            "Internal documents reviewed by the Courier indicate the company knew of the defect.",
            "Internal documents reviewed by the Courier",
        ),
        (
            "Wages rose 3 percent, figures compiled by the Tarn Institute show.",
            "figures compiled by the Tarn Institute",
        ),
        # (as before: evidence with no participle)
        ("Court records show Pike paid the fine in 2019.", "Court records"),
    ],
)
def test_evidence_obtained_or_compiled_by_someone_shows(sentence: str, expected: str) -> None:
    assert claimants(sentence)[-1] == expected
