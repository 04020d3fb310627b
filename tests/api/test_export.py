"""The verdict export: what appears, in each format, and conditional requests."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.text import slugify
from rest_framework.test import APIClient

from claims.models import Claim, ClaimStatus
from reviews import services
from reviews.models import Review
from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db


def content(response: Any) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return bytes(response.content)


def correct(claim: Claim, *, editor: Any, reviewer: Any, rating: str = "mostly-false") -> Claim:
    """Reopen a published verdict, change its rating and publish the correction."""
    services.claim_reopen(claim=claim, by=editor, note="The office revised its figure.")
    review = services.review_for(claim)
    services.review_update(
        claim=claim, by=reviewer, version=review.version, rating=rating, summary="Revised."
    )
    services.claim_submit(claim=claim, by=reviewer)
    services.claim_approve(claim=claim, by=editor)
    return Claim.objects.get(pk=claim.pk)


@pytest.fixture
def verdicts(claim_in: Callable[..., Claim], editor: Any, reviewer: Any) -> dict[str, Claim]:
    article = make_article(
        url="https://news.example.org/jobs",
        title="Jobs report",
        outlet="The Courier",
        published_at=datetime(2025, 9, 4, tzinfo=UTC),
    )
    published = claim_in(ClaimStatus.PUBLISHED, article=article)
    # A claim from another article merged into the published one is another appearance.
    echo = make_article(
        url="https://wire.example.com/echo",
        title="Echo",
        outlet="Wire",
        published_at=datetime(2025, 9, 5, tzinfo=UTC),
    )
    services.claim_merge(claim=make_claim(article=echo), by=editor, canonical=published)
    corrected = correct(claim_in(ClaimStatus.PUBLISHED), editor=editor, reviewer=reviewer)
    in_review = claim_in(ClaimStatus.IN_REVIEW)
    reopened = claim_in(ClaimStatus.PUBLISHED)
    services.claim_reopen(claim=reopened, by=editor, note="Checking again.")
    return {
        "published": published,
        "corrected": corrected,
        "in_review": in_review,
        "reopened": reopened,
    }


def test_json_export_lists_published_verdicts_with_everything_a_reader_needs(
    clients: dict[str, APIClient], verdicts: dict[str, Claim], settings: Any, reviewer: Any
) -> None:
    settings.FACTCHECK_URL_PATTERN = "https://checks.example.org/{id}/{slug}/"
    response = clients["export"].get("/api/v1/verdicts/")
    assert response.status_code == 200
    items = {item["id"]: item for item in response.json()["results"]}
    # The verdict reopened for a correction is still exported, as published.
    assert set(items) == {
        verdicts["published"].pk,
        verdicts["corrected"].pk,
        verdicts["reopened"].pk,
    }

    claim = verdicts["published"]
    review = Review.objects.get(claim=claim)
    item = items[claim.pk]
    assert item["claim_text"] == claim.text
    assert item["claimant"] == "the ministry"
    assert item["claim_date"] == "2025-09-04T00:00:00.000000Z"
    assert item["appearances"] == [
        {
            "url": "https://news.example.org/jobs",
            "title": "Jobs report",
            "outlet": "The Courier",
            "published_at": "2025-09-04T00:00:00.000000Z",
        },
        {
            "url": "https://wire.example.com/echo",
            "title": "Echo",
            "outlet": "Wire",
            "published_at": "2025-09-05T00:00:00.000000Z",
        },
    ]
    assert item["rating"] == {"label": "False", "slug": "false", "value": 1, "best": 5, "worst": 1}
    assert item["summary"] == review.summary
    assert item["rationale"] == review.rationale
    assert item["sources"] == [
        {
            "url": "https://stats.example.org/release",
            "title": "Release",
            "publisher": "",
            "stance": "context",
            "archived_url": None,
        }
    ]
    assert item["reviewer"] == (reviewer.get_full_name() or reviewer.username)
    assert item["reviewers"] == [item["reviewer"]]
    assert item["approver"]
    assert item["published_at"] and item["updated_at"]
    assert item["corrected_at"] is None and item["correction_note"] is None
    assert item["revisions"] == []
    assert item["url"] == f"https://checks.example.org/{claim.pk}/{slugify(claim.text)}/"
    assert item["url"].startswith(f"https://checks.example.org/{claim.pk}/unemployment-fell-to-")


def test_a_corrected_verdict_shows_its_correction_and_earlier_revision(
    clients: dict[str, APIClient], verdicts: dict[str, Claim]
) -> None:
    response = clients["editor"].get("/api/v1/verdicts/")
    item = next(i for i in response.json()["results"] if i["id"] == verdicts["corrected"].pk)
    assert item["rating"]["slug"] == "mostly-false"
    assert item["summary"] == "Revised."
    assert item["corrected_at"] is not None
    assert item["correction_note"] == "The office revised its figure."
    assert len(item["revisions"]) == 1
    earlier = item["revisions"][0]
    assert earlier["number"] == 1
    assert earlier["rating"] == {"label": "False", "slug": "false", "value": 1}
    assert earlier["superseded_at"] == item["corrected_at"]


def test_claims_never_published_never_appear_in_any_format(
    clients: dict[str, APIClient], verdicts: dict[str, Claim]
) -> None:
    hidden = verdicts["in_review"]
    for fmt in ("json", "csv", "ndjson", "claimreview"):
        body = content(clients["editor"].get(f"/api/v1/verdicts/?format={fmt}")).decode()
        assert f'"id":{hidden.pk},' not in body.replace(" ", "")
        assert f"/checks/{hidden.pk}/" not in body, fmt
        assert f"/checks/{verdicts['published'].pk}/" in body, fmt
        # Reopened for a correction, a verdict stays in every format (as published).
        assert f"/checks/{verdicts['reopened'].pk}/" in body, fmt


def test_csv_has_a_header_and_one_row_per_verdict(
    clients: dict[str, APIClient], verdicts: dict[str, Claim]
) -> None:
    response = clients["export"].get("/api/v1/verdicts/?format=csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(content(response).decode())))
    assert len(rows) == 3
    row = next(r for r in rows if r["id"] == str(verdicts["corrected"].pk))
    assert row["rating_label"] == "Mostly false"
    assert row["rating_value"] == "2" and row["best_rating"] == "5" and row["worst_rating"] == "1"
    assert row["correction_note"] == "The office revised its figure."
    assert row["source_urls"] == "https://stats.example.org/release"
    assert row["appearance_urls"] == ""  # its article has no URL


def test_csv_cells_cannot_run_as_spreadsheet_formulas(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim], editor: Any, reviewer: Any
) -> None:
    claim = claim_in(ClaimStatus.IN_PROGRESS)
    services.claim_update(
        claim=claim, by=editor, changes={"text": '=HYPERLINK("http://evil")'}, version=None
    )
    services.claim_update(claim=claim, by=editor, changes={"claimant": "@SUM(A1)"}, version=None)
    review = services.review_for(claim)
    services.review_update(
        claim=claim,
        by=reviewer,
        version=review.version,
        rating="false",
        summary="+1 and more",
        rationale="-2 percent",
    )
    services.source_add(claim=claim, by=reviewer, url="https://example.org/x")
    services.claim_submit(claim=claim, by=reviewer)
    services.claim_approve(claim=claim, by=editor)
    from reviews.export import csv_safe

    assert csv_safe("\tcmd") == "'\tcmd" and csv_safe("\rcmd") == "'\rcmd"
    assert csv_safe("plain") == "plain" and csv_safe(5) == 5

    rows = list(
        csv.DictReader(
            io.StringIO(content(clients["editor"].get("/api/v1/verdicts/?format=csv")).decode())
        )
    )
    (row,) = rows
    assert row["claim_text"] == '\'=HYPERLINK("http://evil")'
    assert row["claimant"] == "'@SUM(A1)"
    assert row["summary"] == "'+1 and more"
    assert row["rationale"] == "'-2 percent"


def test_ndjson_streams_the_whole_set_one_verdict_per_line(
    clients: dict[str, APIClient], verdicts: dict[str, Claim]
) -> None:
    response = clients["export"].get("/api/v1/verdicts/?format=ndjson&page_size=1")
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "application/x-ndjson; charset=utf-8"
    lines = content(response).decode().splitlines()
    items = [json.loads(line) for line in lines]
    assert {i["id"] for i in items} == {
        verdicts["published"].pk,
        verdicts["corrected"].pk,
        verdicts["reopened"].pk,
    }
    page = clients["export"].get("/api/v1/verdicts/").json()["results"]
    assert sorted(items, key=lambda i: i["id"]) == sorted(page, key=lambda i: i["id"])


def test_the_format_can_be_chosen_with_the_accept_header(
    clients: dict[str, APIClient], verdicts: dict[str, Claim]
) -> None:
    response = clients["export"].get("/api/v1/verdicts/", HTTP_ACCEPT="text/csv")
    assert response["Content-Type"].startswith("text/csv")
    response = clients["export"].get("/api/v1/verdicts/", HTTP_ACCEPT="application/ld+json")
    assert json.loads(content(response))[0]["@type"] == "ClaimReview"


def test_etag_answers_304_until_something_changes(
    clients: dict[str, APIClient],
    verdicts: dict[str, Claim],
    claim_in: Callable[..., Claim],
) -> None:
    api = clients["export"]
    first = api.get("/api/v1/verdicts/?format=ndjson")
    etag = first["ETag"]
    assert etag
    again = api.get("/api/v1/verdicts/?format=ndjson", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert content(again) == b""
    # Another format or filter is another representation.
    assert api.get("/api/v1/verdicts/?format=csv", HTTP_IF_NONE_MATCH=etag).status_code == 200
    claim_in(ClaimStatus.PUBLISHED)
    changed = api.get("/api/v1/verdicts/?format=ndjson", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_last_modified_answers_304_when_nothing_is_newer(
    clients: dict[str, APIClient], verdicts: dict[str, Claim], editor: Any
) -> None:
    api = clients["export"]
    first = api.get("/api/v1/verdicts/")
    last_modified = first["Last-Modified"]
    assert last_modified.endswith("GMT")
    assert api.get("/api/v1/verdicts/", HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    # Reopening a verdict changes its review, so the tag changes; the verdict stays in the
    # export as published until the correction is approved.
    before = {i["id"]: i["summary"] for i in first.json()["results"]}
    services.claim_reopen(claim=verdicts["corrected"], by=editor, note="Again.")
    later = api.get("/api/v1/verdicts/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert later.status_code == 200
    assert {i["id"]: i["summary"] for i in later.json()["results"]} == before


def test_updated_since_and_the_cursor_page_through_changes(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim]
) -> None:
    early = [claim_in(ClaimStatus.PUBLISHED) for _ in range(2)]
    cutoff = timezone.now()
    late = [claim_in(ClaimStatus.PUBLISHED) for _ in range(5)]
    Review.objects.filter(claim__in=early).update(updated_at=datetime(2020, 1, 1, tzinfo=UTC))
    seen: list[int] = []
    url: str | None = "/api/v1/verdicts/?page_size=2&updated_since=" + cutoff.isoformat().replace(
        "+00:00", "Z"
    )
    pages = 0
    while url:
        response = clients["export"].get(url)
        assert response.status_code == 200
        seen += [item["id"] for item in response.json()["results"]]
        url = response.json()["next"]
        pages += 1
    assert seen == [c.pk for c in late]
    assert pages == 3


def test_filters_by_rating_outlet_claimant_and_publication_date(
    clients: dict[str, APIClient], verdicts: dict[str, Claim]
) -> None:
    api = clients["editor"]

    def ids(query: str) -> set[int]:
        return {i["id"] for i in api.get(f"/api/v1/verdicts/?{query}").json()["results"]}

    published, corrected = verdicts["published"].pk, verdicts["corrected"].pk
    reopened = verdicts["reopened"].pk
    assert ids("rating=false") == {published, reopened}
    assert ids("rating=mostly-false") == {corrected}
    assert ids("outlet=the%20courier") == {published}
    assert ids("claimant=ministry") == {published, corrected, reopened}
    assert ids("claimant=nobody") == set()
    assert ids("published_after=2000-01-01T00:00:00Z") == {published, corrected, reopened}
    assert ids("published_before=2000-01-01T00:00:00Z") == set()


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["json", "csv", "ndjson", "claimreview"])
def test_options_describes_the_export_as_json_in_every_format(
    clients: dict[str, APIClient], fmt: str
) -> None:
    """A streamed format's renderer writes no body of its own: OPTIONS once answered 500."""
    response = clients["editor"].options(f"/api/v1/verdicts/?format={fmt}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content)["name"]
