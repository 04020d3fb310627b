"""ClaimReview JSON-LD out, and read back in by the importer (the importer's own tests:
tests/matching/test_claimreview.py)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from claims.models import Claim
from matching.models import ExternalVerdict
from reviews import services
from reviews.export.claimreview import claimant_type
from reviews.models import Rating
from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db


def _export(api: APIClient, query: str = "") -> list[dict[str, Any]]:
    response = api.get(f"/api/v1/verdicts/?format=claimreview{query}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json; charset=utf-8"
    return list(json.loads(b"".join(response.streaming_content)))  # type: ignore[attr-defined]


def _publish_as(
    rating: str, claim: Claim, *, editor: Any, reviewer: Any, claimant: str = ""
) -> Claim:
    services.claim_triage(claim=claim, by=editor, decision="queue")
    services.claim_assign(claim=claim, by=editor, assignee=reviewer)
    if claimant:
        services.claim_update(claim=claim, by=editor, changes={"claimant": claimant}, version=None)
    services.claim_start(claim=claim, by=reviewer)
    review = services.review_for(claim)
    services.review_update(
        claim=claim, by=reviewer, version=review.version, rating=rating, summary="Checked."
    )
    services.source_add(claim=claim, by=reviewer, url="https://example.org/source")
    services.claim_submit(claim=claim, by=reviewer)
    services.claim_approve(claim=claim, by=editor)
    return Claim.objects.get(pk=claim.pk)


def test_an_ordinal_verdict_as_claimreview_field_by_field(
    clients: dict[str, APIClient], ratings: None, editor: Any, reviewer: Any, settings: Any
) -> None:
    settings.ORGANISATION_NAME = "Fact Desk"
    settings.ORGANISATION_URL = "https://factdesk.example.org/"
    settings.FACTCHECK_URL_PATTERN = "https://factdesk.example.org/checks/{id}/"
    article = make_article(
        url="https://news.example.org/jobs", published_at=datetime(2025, 9, 4, tzinfo=UTC)
    )
    claim = _publish_as(
        "mostly-true", make_claim(article=article), editor=editor, reviewer=reviewer
    )
    other = make_article(
        url="https://wire.example.com/x", published_at=datetime(2025, 9, 6, tzinfo=UTC)
    )
    services.claim_merge(claim=make_claim(article=other), by=editor, canonical=claim)
    published = services.review_for(claim).published_at
    assert published is not None

    (review,) = _export(clients["export"])

    assert review == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"https://factdesk.example.org/checks/{claim.pk}/",
        "claimReviewed": claim.text,
        "datePublished": published.date().isoformat(),
        "author": {
            "@type": "Organization",
            "name": "Fact Desk",
            "url": "https://factdesk.example.org/",
        },
        # The people who wrote the verdict; the organisation is its author.
        "contributor": [{"@type": "Person", "name": reviewer.get_full_name() or reviewer.username}],
        "reviewRating": {
            "@type": "Rating",
            "alternateName": "Mostly true",
            "ratingValue": 4,
            "bestRating": 5,
            "worstRating": 1,
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Organization", "name": "the ministry"},
            "datePublished": "2025-09-04",
            "appearance": [
                {"@type": "CreativeWork", "url": "https://news.example.org/jobs"},
                {"@type": "CreativeWork", "url": "https://wire.example.com/x"},
            ],
            "firstAppearance": {"@type": "CreativeWork", "url": "https://news.example.org/jobs"},
        },
    }


def test_a_non_ordinal_rating_carries_only_its_name(
    clients: dict[str, APIClient], ratings: None, editor: Any, reviewer: Any
) -> None:
    claim = _publish_as(
        "misleading", make_claim(), editor=editor, reviewer=reviewer, claimant="Jane Doe"
    )
    (review,) = _export(clients["editor"])
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Misleading"}
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Jane Doe"}
    assert review["itemReviewed"]["appearance"] == []
    assert "datePublished" not in review["itemReviewed"]  # its article has no date
    assert review["claimReviewed"] == claim.text


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Jane Doe", "Person"),
        ("the ministry", "Organization"),
        ("Ministry of Finance", "Organization"),
        ("Acme Ltd", "Organization"),
        ("Boris", "Person"),
    ],
)
def test_claimants_are_people_or_organisations(name: str, kind: str) -> None:
    assert claimant_type(name) == kind


def test_export_then_import_gives_the_same_claims_and_labels(
    clients: dict[str, APIClient],
    ratings: None,
    editor: Any,
    reviewer: Any,
    tmp_path: Path,
) -> None:
    for rating in ("true", "false", "misleading", "unverifiable"):
        _publish_as(rating, make_claim(), editor=editor, reviewer=reviewer)
    exported = _export(clients["export"])
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(exported), "utf-8")

    out = StringIO()
    call_command("import_claimreview", str(path), stdout=out)

    assert "4 new, 0 updated, 0 unchanged, 0 skipped" in out.getvalue()
    imported = {(v.claim_text, v.textual_rating) for v in ExternalVerdict.objects.all()}
    assert imported == {(r["claimReviewed"], r["reviewRating"]["alternateName"]) for r in exported}
    by_label = {v.textual_rating: v for v in ExternalVerdict.objects.select_related("rating")}
    assert by_label["True"].rating == Rating.objects.get(slug="true")
    assert by_label["Misleading"].rating == Rating.objects.get(slug="misleading")
    assert by_label["False"].publisher == "Example Fact Check"
    assert by_label["False"].claimant == "the ministry"

    again = StringIO()
    call_command("import_claimreview", str(path), stdout=again)
    assert "0 new, 0 updated, 4 unchanged, 0 skipped" in again.getvalue()
    assert ExternalVerdict.objects.count() == 4
