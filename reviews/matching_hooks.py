"""Claim matching's plugs into claims (claims.hooks): the likely-duplicate flag, and a
matching message for every batch of new claims. (Moves with matching to its own app.)"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import Exists, OuterRef

from claims.hooks import claims_created, register_claim_flag
from core.outbox import outbox_add
from reviews.models import ClaimMatch

MATCH_TASK_CLAIMS = 50  # new claims per `match_new_claims` message


def likely_duplicate_flag() -> Exists:
    """True for claims with an undecided match at or above MATCH_DUPLICATE_SCORE."""
    return Exists(
        ClaimMatch.objects.filter(
            claim=OuterRef("pk"),
            rejected=False,
            confirmed=False,
            score__gte=settings.MATCH_DUPLICATE_SCORE,
        )
    )


def enqueue_matching(sender: Any, *, claim_ids: list[int], **kwargs: Any) -> None:
    """Match new claims against earlier ones: outbox messages in their transaction."""
    for start in range(0, len(claim_ids), MATCH_TASK_CLAIMS):
        outbox_add(
            task="claims.tasks.match_new_claims",
            args=[claim_ids[start : start + MATCH_TASK_CLAIMS]],
        )


def connect() -> None:
    register_claim_flag("likely_duplicate", likely_duplicate_flag)
    claims_created.connect(enqueue_matching, dispatch_uid="matching.enqueue")
