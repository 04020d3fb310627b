"""A published verdict stays in every export format while it is corrected (issue 14, item 4).

The attack: reopen a published verdict and it vanished from the export (19 -> 18 verdicts
in NDJSON and ClaimReview) until the correction was approved, and the edits under way
could leak. Now every format serves the published revision (rating, texts, sources,
writers, dates, correction note) until the correction is approved, then the new one.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from rest_framework.test import APIClient

from claims.models import Claim
from reviews import services
from reviews.models import Review
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db

FORMATS = ("json", "csv", "ndjson", "claimreview")


def _read(api: APIClient, fmt: str, query: str = "") -> list[dict[str, Any]]:
    """The exported verdicts of one format, each as a dict (CSV rows as read)."""
    response: Any = api.get(f"/api/v1/verdicts/?format={fmt}{query}")
    assert response.status_code == 200
    if fmt == "json":
        return list(response.json()["results"])
    body = b"".join(response.streaming_content).decode("utf-8")
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(body)))
    if fmt == "ndjson":
        return [json.loads(line) for line in body.splitlines()]
    return list(json.loads(body))


def _shown(fmt: str, item: dict[str, Any]) -> tuple[Any, ...]:
    """What a reader sees of one verdict in that format: rating, summary, writers, dates."""
    if fmt == "csv":
        return (
            item["rating_slug"],
            item["summary"],
            item["reviewer"],
            item["source_urls"],
            item["published_at"],
            item["corrected_at"],
            item["correction_note"],
        )
    if fmt == "claimreview":
        return (
            item["reviewRating"]["alternateName"],
            item["datePublished"],
            tuple(person["name"] for person in item.get("contributor", [])),
        )
    return (
        item["rating"]["slug"],
        item["summary"],
        item["rationale"],
        item["reviewer"],
        tuple(item["reviewers"]),
        tuple(source["url"] for source in item["sources"]),
        item["approver"],
        item["published_at"],
        item["corrected_at"],
        item["correction_note"],
        len(item["revisions"]),
    )


def _key(fmt: str, item: dict[str, Any]) -> str:
    return str(item["url"] if fmt == "claimreview" else item["id"])


def _snapshot(api: APIClient) -> dict[str, dict[str, tuple[Any, ...]]]:
    return {
        fmt: {_key(fmt, item): _shown(fmt, item) for item in _read(api, fmt)} for fmt in FORMATS
    }


@pytest.fixture
def three(ratings: None, editor: Any, reviewer: Any) -> list[Claim]:
    return [claim_in("published", editor=editor, reviewer=reviewer) for _ in range(3)]


@pytest.fixture
def api(editor: Any) -> APIClient:
    client = APIClient()
    client.force_authenticate(editor)
    return client


def _correct_in_progress(claim: Claim, *, editor: Any, writer: Any) -> None:
    """Reopen, reassign and rewrite everything a correction can change."""
    services.claim_reopen(claim=claim, by=editor, note="The office revised its figure.")
    services.claim_assign(claim=claim, by=editor, assignee=writer)
    services.claim_start(claim=claim, by=writer)
    review = Review.objects.get(claim=claim)
    services.review_update(
        claim=claim,
        by=writer,
        version=review.version,
        rating="true",
        summary="Corrected: the claim holds.",
        rationale="The revised release confirms it.",
    )
    for source in claim.sources.all():
        services.source_remove(source=source, by=writer)
    services.source_add(claim=claim, by=writer, url="https://stats.example.org/revised")


def test_every_format_serves_the_published_revision_until_the_correction_is_approved(
    three: list[Claim], api: APIClient, editor: Any, editor2: Any, other_reviewer: Any
) -> None:
    before = _snapshot(api)
    assert {fmt: len(items) for fmt, items in before.items()} == dict.fromkeys(FORMATS, 3)
    target = three[1]

    _correct_in_progress(target, editor=editor, writer=other_reviewer)
    assert _snapshot(api) == before  # in progress: 3 verdicts, each as published

    services.claim_submit(claim=target, by=other_reviewer)
    assert _snapshot(api) == before  # in review: still as published

    services.claim_approve(claim=target, by=editor2)
    after = _snapshot(api)
    assert {fmt: len(items) for fmt, items in after.items()} == dict.fromkeys(FORMATS, 3)
    changed = {fmt: [k for k in after[fmt] if after[fmt][k] != before[fmt][k]] for fmt in FORMATS}
    assert {fmt: len(keys) for fmt, keys in changed.items()} == dict.fromkeys(FORMATS, 1)
    item = next(i for i in _read(api, "json") if i["id"] == target.pk)
    assert item["rating"]["slug"] == "true"
    assert item["summary"] == "Corrected: the claim holds."
    assert [s["url"] for s in item["sources"]] == ["https://stats.example.org/revised"]
    assert item["correction_note"] == "The office revised its figure."
    assert item["corrected_at"] is not None
    assert item["revisions"][0]["rating"]["slug"] == "false"
    assert len(item["reviewers"]) == 2  # the first writer and the corrector


def test_a_second_correction_under_way_shows_the_first_correction_as_published(
    three: list[Claim], api: APIClient, editor: Any, editor2: Any, other_reviewer: Any
) -> None:
    target = three[0]
    _correct_in_progress(target, editor=editor, writer=other_reviewer)
    services.claim_submit(claim=target, by=other_reviewer)
    services.claim_approve(claim=target, by=editor2)
    published = _snapshot(api)

    services.claim_reopen(claim=target, by=editor2, note="A second look at the release.")

    assert _snapshot(api) == published
    item = next(i for i in _read(api, "json") if i["id"] == target.pk)
    assert item["correction_note"] == "The office revised its figure."


def test_the_rating_filter_matches_the_published_rating_during_a_correction(
    three: list[Claim], api: APIClient, editor: Any, other_reviewer: Any
) -> None:
    _correct_in_progress(three[2], editor=editor, writer=other_reviewer)

    for fmt in FORMATS:
        assert len(_read(api, fmt, "&rating=false")) == 3, fmt
        assert _read(api, fmt, "&rating=true") == [], fmt
