"""Reads of claim matching: a claim's suggested matches, and the likely-duplicate flag."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Exists, OuterRef

from claims.models import Claim
from matching.models import ClaimMatch


def is_likely_duplicate(score: float) -> bool:
    """An undecided match this strong flags its claim as a likely duplicate."""
    return score >= settings.MATCH_DUPLICATE_SCORE


def likely_duplicate_flag() -> Exists:
    """`is_likely_duplicate` in SQL, over a claim (OuterRef("pk")): True for claims with an
    undecided match at or above MATCH_DUPLICATE_SCORE (the "likely_duplicate" claim flag)."""
    return Exists(
        ClaimMatch.objects.filter(
            claim=OuterRef("pk"),
            rejected=False,
            confirmed=False,
            score__gte=settings.MATCH_DUPLICATE_SCORE,
        )
    )


def claim_matches(*, claim: Claim) -> list[ClaimMatch]:
    """Suggested earlier claims and verdicts for a claim, best first, with their verdicts.

    Rejected pairs are left out; a confirmed one stays (marked) so the page can say so.
    """
    return list(
        ClaimMatch.objects.filter(claim=claim, rejected=False)
        .select_related(
            "matched_claim__article",
            "matched_claim__review__rating",
            "matched_claim__review__author",
            "external__rating",
        )
        .order_by("-score", "id")[:20]
    )
