"""Fixtures for the API tests: clients per role and claims in every workflow state, set up
through the services (never raw ORM writes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rest_framework.test import APIClient

from claims.models import Claim, ClaimStatus
from core.api.authentication import export_token_issue
from reviews import services
from reviews.models import ExportToken
from tests.factories import make_claim, make_user

ROLES = ("anonymous", "norole", "reviewer", "other_reviewer", "editor", "admin", "export")


@pytest.fixture(autouse=True)
def fast_password_hashing(settings: Any) -> None:
    # The role fixtures create half a dozen users per test; PBKDF2 would take seconds.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def norole(db: Any) -> Any:
    return make_user(username="nobody")


@pytest.fixture
def export_key(admin_user: Any) -> str:
    return export_token_issue(token=ExportToken(name="partner feed"), by=admin_user)


@pytest.fixture
def clients(
    reviewer: Any, other_reviewer: Any, editor: Any, admin_user: Any, norole: Any, export_key: str
) -> dict[str, APIClient]:
    """One API client per role; the export client sends its key like a machine would."""
    result: dict[str, APIClient] = {}
    for name, user in (
        ("norole", norole),
        ("reviewer", reviewer),
        ("other_reviewer", other_reviewer),
        ("editor", editor),
        ("admin", admin_user),
    ):
        client = APIClient()
        client.force_authenticate(user)
        result[name] = client
    result["anonymous"] = APIClient()
    machine = APIClient()
    machine.credentials(HTTP_AUTHORIZATION=f"Token {export_key}")
    result["export"] = machine
    return result


def advance(claim: Claim, state: str, *, editor: Any, reviewer: Any) -> Claim:
    """Walk a candidate claim through the workflow to `state` using the services."""
    if state == ClaimStatus.CANDIDATE:
        return claim
    if state == ClaimStatus.DISMISSED:
        return services.claim_triage(claim=claim, by=editor, decision="dismiss")
    if state == ClaimStatus.DUPLICATE:
        canonical = make_claim()
        return services.claim_merge(claim=claim, by=editor, canonical=canonical)
    services.claim_triage(claim=claim, by=editor, decision="queue")
    if state == ClaimStatus.QUEUED:
        return Claim.objects.get(pk=claim.pk)
    services.claim_assign(claim=claim, by=editor, assignee=reviewer)
    if state == ClaimStatus.ASSIGNED:
        return Claim.objects.get(pk=claim.pk)
    services.claim_start(claim=claim, by=reviewer)
    if state == ClaimStatus.IN_PROGRESS:
        return Claim.objects.get(pk=claim.pk)
    review = services.review_for(claim)
    services.review_update(
        claim=claim,
        by=reviewer,
        version=review.version,
        rating="false",
        summary="The figure was 4.2 percent, not 2 percent.",
        rationale="The ministry's own release gives 4.2 percent.",
    )
    services.source_add(
        claim=claim, by=reviewer, url="https://stats.example.org/release", title="Release"
    )
    services.claim_submit(claim=claim, by=reviewer)
    if state == ClaimStatus.IN_REVIEW:
        return Claim.objects.get(pk=claim.pk)
    services.claim_approve(claim=claim, by=editor)
    assert state == ClaimStatus.PUBLISHED
    return Claim.objects.get(pk=claim.pk)


@pytest.fixture
def claim_in(ratings: None, editor: Any, reviewer: Any) -> Callable[..., Claim]:
    def _make(state: str, **kwargs: Any) -> Claim:
        return advance(make_claim(**kwargs), state, editor=editor, reviewer=reviewer)

    return _make
