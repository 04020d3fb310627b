"""The attribution tests' helpers: the claimant of every sentence of an invented article
from an invented outlet, "The Ledger", and of one sentence after a fixed opening
paragraph."""

from __future__ import annotations

from claims.extraction.attribute import attribute
from claims.extraction.segment import segment

OUTLET = "The Ledger"


def claimants(body: str) -> list[str]:
    return [a.claimant for a in attribute(segment(body), outlet=OUTLET)]


# The paragraph the one-sentence tests open with: a person named, nobody quoted yet.
INTRO = "Judge Alma Brisco ruled on the levy on Monday.\n\n"


def last(sentence: str) -> str:
    """The claimant of `sentence` when it follows INTRO."""
    return claimants(INTRO + sentence)[-1]
