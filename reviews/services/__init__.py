"""Writes for the review workflow. Every adapter (admin, API, web views) calls these.

Each service locks the claim row (`select_for_update`), checks the policy (403 for the
wrong person, 409 for the wrong state or a stale version), changes the rows, bumps the
version and records the change on the timeline, all in one transaction (see `_base`).
Notifications and webhooks go out after commit.

Split by topic; every name stays importable from `reviews.services`.
"""

from reviews.services._base import ACTION_VERBS, review_for
from reviews.services.assignment import claim_assign, claims_assign_bulk, reviewer_workloads
from reviews.services.claims import CLAIM_EDITABLE, claim_create_manual, claim_update
from reviews.services.evidence import note_add, source_add, source_remove
from reviews.services.notifications import (
    claim_link,
    notification_email_send,
    notifications_mark_read,
    overdue_notify,
)
from reviews.services.verdict import ratings_load, review_mark_changed, review_update
from reviews.services.workflow import (
    claim_approve,
    claim_merge,
    claim_reopen,
    claim_restore,
    claim_return,
    claim_start,
    claim_submit,
    claim_triage,
    submit_missing,
)

__all__ = [
    "ACTION_VERBS",
    "CLAIM_EDITABLE",
    "claim_approve",
    "claim_assign",
    "claim_create_manual",
    "claim_link",
    "claim_merge",
    "claim_reopen",
    "claim_restore",
    "claim_return",
    "claim_start",
    "claim_submit",
    "claim_triage",
    "claim_update",
    "claims_assign_bulk",
    "note_add",
    "notification_email_send",
    "notifications_mark_read",
    "overdue_notify",
    "ratings_load",
    "review_for",
    "review_mark_changed",
    "review_update",
    "reviewer_workloads",
    "source_add",
    "source_remove",
    "submit_missing",
]
