"""Claim matching: rank earlier claims and verdicts for newly created claims."""

from __future__ import annotations


def claims_match(*, claim_ids: list[int]) -> int:
    """Compute and store matches for these claims; returns how many were processed."""
    return 0
