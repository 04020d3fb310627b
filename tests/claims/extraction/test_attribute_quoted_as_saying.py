"""A medium that quotes or cites someone "as saying" reports that person's words, not
its own ("State media quoted Commerce Minister Wang Tao as saying ...", "The paper quoted
him as saying ..."). Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'State media quoted Commerce Minister Wang Tao as saying the country would "open up."',
            ["Wang Tao"],
        ),
        ("The Courier quoted Ada Pike as saying the levy was unfair.", ["Ada Pike"]),
        (
            "Jo Renner spoke in Dover on Tuesday.\n\n"
            "The paper quoted him as saying the levy was unfair.",
            ["The Ledger", "Jo Renner"],
        ),
        # (quoted in the passive: as before)
        ("Ada Pike was quoted as saying the levy was unfair.", ["Ada Pike"]),
    ],
)
def test_the_one_quoted_as_saying_is_the_speaker(body: str, expected: list[str]) -> None:
    assert claimants(body) == expected
