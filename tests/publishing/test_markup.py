"""The ClaimReview JSON-LD in a fact-check page, read back with a structured-data
extractor (extruct), has every property Google requires, with the published revision's
values, and is the same object the export writes."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import extruct
import pytest
from django.test import Client
from rest_framework.test import APIClient

from claims.models import Claim
from reviews.models import Review
from tests.publishing.conftest import PublishFn

pytestmark = pytest.mark.django_db


def _page(claim: Claim) -> tuple[str, str]:
    client = Client()
    path = client.get(f"/checks/{claim.pk}/")["Location"]
    response = client.get(path)
    assert response.status_code == 200
    return path, response.content.decode()


def _claim_review(html: str, url: str) -> dict[str, Any]:
    data = extruct.extract(html, base_url=url, syntaxes=["json-ld"], uniform=True)["json-ld"]
    reviews = [item for item in data if item.get("@type") == "ClaimReview"]
    assert len(reviews) == 1, data
    return reviews[0]


def test_the_page_carries_every_required_claimreview_property_from_the_published_revision(
    publish: PublishFn, correct: Callable[..., Claim]
) -> None:
    claim = publish(claim_as_stated="Unemployment has halved since 2021", rating="mostly-false")
    # A correction under way after a published one: the markup keeps the published values.
    correct(claim, note="Re-rated.", rating="false", claim_as_stated="Unemployment halved")
    correct(claim, note="Draft.", publish=False, rating="true", claim_as_stated="A draft")
    revision = Review.objects.get(claim=claim).published_revision
    assert revision is not None and revision.rating is not None
    path, html = _page(claim)
    url = f"https://checks.example.org{path}"

    review = _claim_review(html, url)

    assert review["claimReviewed"] == revision.claim_as_stated == "Unemployment halved"
    assert review["url"] == url
    first_published = Review.objects.get(claim=claim).published_at
    assert first_published is not None
    assert review["datePublished"] == first_published.date().isoformat()
    assert review["author"] == {
        "@type": "Organization",
        "name": "Example Fact Check",
        "url": "https://factcheck.example.org/",
    }
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating"
    assert rating["alternateName"] == revision.rating.label == "False"
    assert rating["ratingValue"] == revision.rating.value == 1
    assert rating["bestRating"] == 5
    assert rating["worstRating"] == 1
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Organization", "name": "Ministry of Labour"}
    assert item["datePublished"] == "2026-09-04"
    assert item["appearance"] == [{"@type": "CreativeWork", "url": "https://news.example.org/jobs"}]
    assert review["contributor"] == [{"@type": "Person", "name": "Rita Reviewer"}]


def test_the_page_and_the_export_write_the_same_claimreview(
    publish: PublishFn, people: dict[str, Any]
) -> None:
    claim = publish(claim_as_stated="Crime fell")
    path, html = _page(claim)
    api = APIClient()
    api.force_authenticate(people["editor"])
    exported = json.loads(b"".join(api.get("/api/v1/verdicts/?format=claimreview")))
    assert _claim_review(html, "https://checks.example.org" + path) == exported[0]
    start = html.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">'
    )
    assert json.loads(html[start : html.index("</script>", start)]) == exported[0]


def test_markup_characters_in_the_claim_cannot_end_the_script(publish: PublishFn) -> None:
    hostile = '</script><script>alert("x")</script> & <b>'
    claim = publish(claim_as_stated=hostile, summary="<img src=x onerror=alert(1)>")
    path, html = _page(claim)
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "\\u003c/script\\u003e\\u003cscript\\u003e" in html
    assert _claim_review(html, "https://checks.example.org" + path)["claimReviewed"] == hostile
