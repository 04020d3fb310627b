"""A column's first person: the one writer its byline names holds the narration in "I"
("By Jane Porter" | "I have covered the port for ten years"); a news story's narration
and a quotation's "I" are not the writer's. Invented text."""

from __future__ import annotations

import pytest

from claims.extraction.pipeline import analyse
from claims.extraction.segment import byline_author

COLUMN = (
    "By Jane Porter\n\n"
    "I have covered the port of Tarn for ten years. In that time, fees have tripled.\n\n"
    '"It is a scandal," said Ada Lind, who runs the cafe. "I lose $400 a week."\n\n'
    "My own view is that the council has failed the town."
)


def claimants(body: str) -> list[str]:
    return [a.candidate.claimant for a in analyse(body, outlet="The Ledger") if a.candidate]


def test_the_writers_first_person_is_the_writers() -> None:
    assert claimants(COLUMN) == [
        "Jane Porter",
        "The Ledger",  # no "I": the column's narration, as a news story's
        "Ada Lind",
        "Ada Lind",  # a quotation's "I" is the speaker's
        "Jane Porter",
    ]


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Jane Porter", "Jane Porter"),
        ("By JANE PORTER, Associated Press", "Jane Porter"),
        ("By Jane Porter and Tom Hale", "Jane Porter and Tom Hale"),
        ("By Monday morning, the ferry had sunk.", None),  # no byline
    ],
)
def test_whom_a_byline_names(byline: str, author: str | None) -> None:
    assert byline_author(f"{byline}\n\nI went to the port.") == author


def test_without_a_byline_the_first_person_stays_the_outlets() -> None:
    body = COLUMN.split("\n\n", 1)[1]
    assert claimants(body)[0] == "The Ledger"


@pytest.mark.parametrize(
    "byline",
    [
        "By Staff Reports",
        "By Associated Press",
        "By Editorial Board",
        "By Jane Porter and Tom Hale",
    ],
)
def test_a_byline_of_no_one_person_names_no_writer(byline: str) -> None:
    # a desk, an agency, a board, or two writers: whose "I" is unknown
    body = f"{byline}\n\nI have covered the port of Tarn for ten years."
    assert claimants(body) == ["The Ledger"]


def test_an_author_field_of_a_desk_names_no_writer() -> None:
    body = "I have covered the port of Tarn for ten years."
    cands = analyse(body, outlet="The Ledger", author="Staff Reports")
    assert [a.candidate.claimant for a in cands if a.candidate] == ["The Ledger"]


def test_i_e_is_no_first_person() -> None:
    body = "By Jane Porter\n\nThe fee, i.e. the levy on boats, rose 8% last year."
    assert claimants(body) == ["The Ledger"]
