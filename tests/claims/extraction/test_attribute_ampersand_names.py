"""A body whose name holds an ampersand speaks under its whole name: glued between
capitals ("S&P Global Ratings", "AT&T", "M&T Bank") or set between words ("Marks &
Spencer chief executive Stu Roe"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.claims.extraction.claimants import claimants


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("S&P Global Ratings said the port outlook remained negative.", "S&P Global Ratings"),
        ("AT&T said it would cut 2,000 jobs in Dover.", "AT&T"),
        ("According to M&T Bank, deposits fell 2% in March.", "M&T Bank"),
        ("Analysts at S&P said the harbor bank's capital was adequate.", "Analysts at S&P"),
        ('"We expect a slowdown," said Marks & Spencer chief executive Stu Roe.', "Stu Roe"),
        # (as before: spaced between names, and the plain spelling's own)
        ("Johnson & Johnson said sales rose 4% in the quarter.", "Johnson & Johnson"),
        ("SXP Holdings said sales rose 4% in the quarter.", "SXP Holdings"),
        # (a term, not a name: a headline's "Q&A with" still names the one interviewed)
        ("'We will not raise the levy': Q&A with Ada Pike", "Ada Pike"),
    ],
)
def test_a_name_with_an_ampersand_is_kept_whole(sentence: str, expected: str) -> None:
    assert claimants(sentence)[-1] == expected
