"""Build claims in every workflow state through the services, as a user would."""

from __future__ import annotations

from typing import Any

from claims.models import Claim
from reviews import services
from tests.factories import make_claim

STATES = (
    "candidate",
    "queued",
    "dismissed",
    "assigned",
    "in_progress",
    "in_review",
    "published",
    "duplicate",
)


def complete_review(claim: Claim, reviewer: Any, *, rating: str = "false") -> None:
    services.review_update(
        claim=claim, by=reviewer, version=None, rating=rating, summary="We checked it."
    )
    services.source_add(claim=claim, by=reviewer, url="https://stats.example.org/report")


def claim_in(state: str, *, editor: Any, reviewer: Any, approver: Any | None = None) -> Claim:
    claim = make_claim()
    if state == "candidate":
        return _fresh(claim)
    if state == "dismissed":
        services.claim_triage(claim=claim, by=editor, decision="dismiss")
        return _fresh(claim)
    if state == "duplicate":
        canonical = make_claim()
        services.claim_merge(claim=claim, by=editor, canonical=canonical)
        return _fresh(claim)
    services.claim_triage(claim=claim, by=editor, decision="queue")
    if state == "queued":
        return _fresh(claim)
    services.claim_assign(claim=claim, by=editor, assignee=reviewer)
    if state == "assigned":
        return _fresh(claim)
    services.claim_start(claim=claim, by=reviewer)
    complete_review(claim, reviewer)
    if state == "in_progress":
        return _fresh(claim)
    services.claim_submit(claim=claim, by=reviewer)
    if state == "in_review":
        return _fresh(claim)
    services.claim_approve(claim=claim, by=approver or editor)
    if state == "published":
        return _fresh(claim)
    raise ValueError(state)


def _fresh(claim: Claim) -> Claim:
    return Claim.objects.select_related("assignee", "updated_by").get(pk=claim.pk)
