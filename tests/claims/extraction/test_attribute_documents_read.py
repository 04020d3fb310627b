"""A document whose words are quoted speaks through "read" or "reads": '"...," the
statement read.', '"...," read a sign at the rally.', 'The letter reads: "..."'. Not a
person reading aloud, nor a likeness ("The statement read like a confession."). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import OUTLET, last


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“The depot will close on Monday,” the statement read.", "the statement"),
        ("“Vote no on the levy,” read a sign outside the depot.", "a sign"),
        ("The county's letter reads: “We will not pay the fine.”", "the county's letter"),
        ("“We will not pay the fine,” the county's letter read.", "the county's letter"),
    ],
)
def test_a_document_read_out_is_the_claimant(sentence: str, expected: str) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The clerk read the statement aloud to the board.",
        "The statement read like a confession.",
    ],
)
def test_reading_without_words_quoted_is_nobodys(sentence: str) -> None:
    assert last(sentence) == OUTLET
