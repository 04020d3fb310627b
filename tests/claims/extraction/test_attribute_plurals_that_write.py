"""Two named people or a group reporting in the plural's present ("Foner and Alba write in
their book that ...", "the authors argue that ...", "they write, ''...''"), with plural
titles before the pair ("Professors", "Drs."). Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Professors Ada Foner and Jo Alba write in their new book that faith divides.",
            ["Ada Foner and Jo Alba"],
        ),
        ("Drs. Ada Foner and Jo Alba argue that the levy is unfair.", ["Ada Foner and Jo Alba"]),
        (
            "Ada Foner and Jo Alba write in their book that faith divides.\n\n"
            "In Europe, they write, ''claims based on religion have less acceptance.''",
            ["Ada Foner and Jo Alba", "Ada Foner and Jo Alba"],
        ),
        ("The authors conclude that the levy cost 400 jobs.", ["the authors"]),
        # (no verb before what it reports: as before)
        ("The levy diminished the port's brand, critics argue.", ["critics"]),
        ("They write books about the port.", ["The Ledger"]),
        ("We note the rise in fees.", ["The Ledger"]),
    ],
)
def test_the_plurals_present_before_what_it_reports(body: str, expected: list[str]) -> None:
    assert claimants(body) == expected
