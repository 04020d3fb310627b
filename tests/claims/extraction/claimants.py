"""The attribution tests' helper: the claimant of every sentence of an invented article
from an invented outlet, "The Ledger"."""

from __future__ import annotations

from claims.extraction.attribute import attribute
from claims.extraction.segment import segment

OUTLET = "The Ledger"


def claimants(body: str) -> list[str]:
    return [a.claimant for a in attribute(segment(body), outlet=OUTLET)]
