"""Shared set-up for the web page tests: claims in every state, built through services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core.cache import cache
from django.utils import timezone

from claims.models import Article, Claim
from reviews import services
from tests.factories import make_article, make_claim

ARTICLE_BODY = (
    "Unemployment fell to 3.9 percent in March, the ministry said.\n\n"
    "Officials expect growth of 2 percent next year. Critics disagree.\n\n"
    "The mayor said crime rose by 12 percent since 2020."
)


def fresh(claim: Claim) -> Claim:
    return Claim.objects.select_related("assignee", "updated_by", "article").get(pk=claim.pk)


def advance(
    claim: Claim,
    state: str,
    *,
    editor: Any,
    reviewer: Any,
    approver: Any | None = None,
    due_in: timedelta | None = None,
) -> Claim:
    """Move a candidate claim to `state` the way people would."""
    if state == "candidate":
        return fresh(claim)
    if state == "dismissed":
        services.claim_triage(claim=claim, by=editor, decision="dismiss")
        return fresh(claim)
    services.claim_triage(claim=claim, by=editor, decision="queue")
    if state == "queued":
        return fresh(claim)
    due = timezone.now() + due_in if due_in is not None else None
    services.claim_assign(claim=claim, by=editor, assignee=reviewer, due_at=due)
    if state == "assigned":
        return fresh(claim)
    services.claim_start(claim=claim, by=reviewer)
    services.review_update(
        claim=claim, by=reviewer, version=None, rating="false", summary="We checked it."
    )
    services.source_add(claim=claim, by=reviewer, url="https://stats.example.org/report")
    if state == "in_progress":
        return fresh(claim)
    services.claim_submit(claim=claim, by=reviewer)
    if state == "in_review":
        return fresh(claim)
    services.claim_approve(claim=claim, by=approver or editor)
    if state == "published":
        return fresh(claim)
    raise ValueError(state)


@pytest.fixture(autouse=True)
def fresh_dashboard_counts() -> None:
    """The dashboard's counts are cached for half a minute; every test starts without them."""
    cache.clear()


@pytest.fixture
def article(db: Any) -> Article:
    return make_article(body=ARTICLE_BODY, title="Jobs and growth", outlet="Daily Example")


@pytest.fixture
def claim_in(ratings: None, editor: Any, reviewer: Any, editor2: Any) -> Callable[..., Claim]:
    def _make(state: str, **kwargs: Any) -> Claim:
        return advance(
            make_claim(**kwargs), state, editor=editor, reviewer=reviewer, approver=editor2
        )

    return _make


STATE_CYCLE = ("candidate", "queued", "assigned", "in_progress", "in_review", "published")


@pytest.fixture
def populate(ratings: None, editor: Any, reviewer: Any, editor2: Any) -> Callable[[int], None]:
    """n claims spread over the workflow states, some overdue, some published."""

    def _populate(n: int) -> None:
        for index in range(n):
            state = STATE_CYCLE[index % len(STATE_CYCLE)]
            claim = make_claim(checkworthiness=round((index % 10) / 10 + 0.05, 2))
            advance(
                claim,
                state,
                editor=editor,
                reviewer=reviewer,
                approver=editor2,
                due_in=timedelta(days=-1 if index % 2 else 3),
            )

    return _populate
