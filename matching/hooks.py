"""Claim matching's plugs into claims (claims.hooks): the likely-duplicate flag, and a
matching message for every batch of new claims. Connected by MatchingConfig.ready()."""

from __future__ import annotations

from typing import Any

from claims.hooks import claims_created, register_claim_flag
from core.outbox import outbox_add
from matching.selectors import likely_duplicate_flag

# The task's name from when it lived in claims/tasks.py (matching/tasks.py keeps it):
# pending outbox rows and its queue route (CELERY_TASK_ROUTES) name it.
MATCH_TASK = "claims.tasks.match_new_claims"
MATCH_TASK_CLAIMS = 50  # new claims per `match_new_claims` message


def enqueue_matching(sender: Any, *, claim_ids: list[int], **kwargs: Any) -> None:
    """Match new claims against earlier ones: outbox messages in their transaction."""
    for start in range(0, len(claim_ids), MATCH_TASK_CLAIMS):
        outbox_add(task=MATCH_TASK, args=[claim_ids[start : start + MATCH_TASK_CLAIMS]])


def connect() -> None:
    register_claim_flag("likely_duplicate", likely_duplicate_flag)
    claims_created.connect(enqueue_matching, dispatch_uid="matching.enqueue")
