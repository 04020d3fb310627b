"""Published fact-checks made through the workflow's services, and the public site on."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from django.core.cache import cache

from claims.models import Claim
from reviews import services
from tests.factories import make_article, make_claim, make_user


@pytest.fixture(autouse=True)
def public_site(settings: Any) -> None:
    settings.PUBLIC_SITE = True
    settings.SITE_URL = "https://checks.example.org"
    settings.FACTCHECK_URL_PATTERN = "https://checks.example.org/checks/{id}/{slug}/"
    # Users are made for every test here; a slow hash only slows the set-up.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Rendered pages are kept in the process's cache (publishing.views): start empty.
    cache.clear()


@pytest.fixture
def people(db: Any) -> dict[str, Any]:
    return {
        "reviewer": make_user(
            username="pub-rita", first_name="Rita", last_name="Reviewer", role="reviewer"
        ),
        "editor": make_user(
            username="pub-edna", first_name="Edna", last_name="Editor", role="editor"
        ),
        "editor2": make_user(username="pub-eddie", first_name="", last_name="", role="editor"),
    }


def write(claim: Claim, by: Any, **fields: Any) -> None:
    review = services.review_for(claim)
    services.review_update(claim=claim, by=by, version=review.version, **fields)


PublishFn = Callable[..., Claim]


@pytest.fixture
def publish(people: dict[str, Any], ratings: None) -> PublishFn:
    """publish(claim=None, rating="false", summary=..., claim_as_stated=..., sources=[...])."""
    articles = itertools.count()

    def _publish(
        claim: Claim | None = None,
        *,
        rating: str = "false",
        summary: str = "The figure was 8.4 percent, not 4.2.",
        rationale: str = "The statistics office's release says otherwise.",
        claim_as_stated: str | None = None,
        sources: list[dict[str, Any]] | None = None,
        claimant: str = "Ministry of Labour",
    ) -> Claim:
        reviewer, editor = people["reviewer"], people["editor"]
        if claim is None:
            n = next(articles)
            article = make_article(
                url="https://news.example.org/jobs" + (f"-{n}" if n else ""),
                title="Jobs report",
                outlet="The Courier",
                published_at=datetime(2026, 9, 4, tzinfo=UTC),
            )
            claim = make_claim(article=article, claimant=claimant)
        services.claim_triage(claim=claim, by=editor, decision="queue")
        services.claim_assign(claim=claim, by=editor, assignee=reviewer)
        services.claim_start(claim=claim, by=reviewer)
        write(
            claim,
            reviewer,
            rating=rating,
            summary=summary,
            rationale=rationale,
            claim_as_stated=claim_as_stated,
        )
        for source in sources or [
            {"url": "https://stats.example.gov/release", "title": "March release"}
        ]:
            services.source_add(claim=claim, by=reviewer, **source)
        services.claim_submit(claim=claim, by=reviewer)
        services.claim_approve(claim=claim, by=editor)
        claim.refresh_from_db()
        return claim

    return _publish


@pytest.fixture
def correct(people: dict[str, Any]) -> Callable[..., Claim]:
    """Reopen a published claim, change its verdict, and publish the correction."""

    def _correct(claim: Claim, *, note: str, publish: bool = True, **fields: Any) -> Claim:
        reviewer, editor = people["reviewer"], people["editor2"]
        services.claim_reopen(claim=claim, by=people["editor"], note=note)
        write(claim, reviewer, **fields)
        if publish:
            services.claim_submit(claim=claim, by=reviewer)
            services.claim_approve(claim=claim, by=editor)
        claim.refresh_from_db()
        return claim

    return _correct
