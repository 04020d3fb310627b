"""Bad input is a 400 naming the field; a stale version is a 409 naming who changed it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rest_framework.test import APIClient

from claims.models import Claim, ClaimStatus
from reviews import services
from reviews.models import Review, Source

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("status=sleeping", "status"),
        ("assignee=someone", "assignee"),
        ("article=abc", "article"),
        ("claim_type=rumour", "claim_type"),
        ("min_score=high", "min_score"),
        ("min_score=1.5", "min_score"),
        ("ordering=random", "ordering"),
    ],
)
def test_bad_queue_filters_are_400_naming_the_field(
    query: str, field: str, clients: dict[str, APIClient]
) -> None:
    response = clients["editor"].get(f"/api/v1/claims/?{query}")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert field in body["errors"]


@pytest.mark.parametrize(
    "query", ["updated_since=yesterday", "published_after=2025-13-01", "format=xml"]
)
def test_bad_export_parameters_are_400(query: str, clients: dict[str, APIClient]) -> None:
    response = clients["editor"].get(f"/api/v1/verdicts/?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["code"] == "invalid"


def test_queue_filters_select_claims(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim], reviewer: Any
) -> None:
    queued = claim_in(ClaimStatus.QUEUED)
    mine = claim_in(ClaimStatus.ASSIGNED)
    published = claim_in(ClaimStatus.PUBLISHED)
    api = clients["reviewer"]

    def ids(query: str) -> set[int]:
        response = api.get(f"/api/v1/claims/?{query}")
        assert response.status_code == 200, response.content
        return {row["id"] for row in response.json()["results"]}

    assert ids("status=queued") == {queued.pk}
    assert ids("status=queued&status=published") == {queued.pk, published.pk}
    assert ids("assignee=me") == {mine.pk, published.pk}
    assert ids("assignee=none") == {queued.pk}
    assert ids(f"assignee={reviewer.pk}&status=assigned") == {mine.pk}
    assert ids("rating=false") == {published.pk}
    assert ids(f"article={queued.article_id}") == {queued.pk}
    assert ids("q=unemployment&min_score=0.5") == {queued.pk, mine.pk, published.pk}
    assert ids("min_score=0.9") == set()


def test_queue_cursor_pages_through_every_claim_once(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim], editor: Any, reviewer: Any
) -> None:
    claims = [claim_in(ClaimStatus.QUEUED) for _ in range(7)]
    # Some due dates set, some not: the cursor must still visit every claim once.
    for index, claim in enumerate(claims[:4]):
        services.claim_assign(
            claim=claim,
            by=editor,
            assignee=reviewer,
            due_at=None if index % 2 else claim.created_at,
        )
    for ordering in ("-score", "due", "-due", "created", "-updated"):
        seen: list[int] = []
        url: str | None = f"/api/v1/claims/?ordering={ordering}&page_size=2"
        while url:
            response = clients["editor"].get(url)
            assert response.status_code == 200, response.content
            seen += [row["id"] for row in response.json()["results"]]
            url = response.json()["next"]
        assert sorted(seen) == sorted(c.pk for c in claims), ordering


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": "ftp://example.org/file"}, "url"),
        ({"url": "javascript:alert(1)"}, "url"),
        ({"url": "https://example.org", "stance": "agrees"}, "stance"),
        ({"url": "https://example.org", "archived_url": "file:///etc/passwd"}, "archived_url"),
        ({"url": "https://example.org", "accessed_at": "last week"}, "accessed_at"),
        ({}, "url"),
    ],
)
def test_bad_sources_are_400_naming_the_field(
    body: dict[str, Any],
    field: str,
    clients: dict[str, APIClient],
    claim_in: Callable[..., Claim],
) -> None:
    claim = claim_in(ClaimStatus.IN_PROGRESS)
    response = clients["reviewer"].post(f"/api/v1/claims/{claim.pk}/sources/", body, format="json")
    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert not Source.objects.filter(claim=claim).exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"rating": "pants-on-fire", "version": 1}, "rating"),
        ({"rating": "false", "version": "one"}, "version"),
        ({"rating": "false"}, "version"),
        ({"summary": ["a", "list"], "version": 1}, "summary"),
    ],
)
def test_bad_reviews_are_400_naming_the_field(
    body: dict[str, Any],
    field: str,
    clients: dict[str, APIClient],
    claim_in: Callable[..., Claim],
) -> None:
    claim = claim_in(ClaimStatus.IN_PROGRESS)
    response = clients["reviewer"].put(f"/api/v1/claims/{claim.pk}/review/", body, format="json")
    assert response.status_code == 400
    assert field in response.json()["errors"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"article": "x", "span_start": 0, "span_end": 5}, "article"),
        ({"article": 999999, "span_start": 0, "span_end": 5}, "article"),
        ({"article": None, "span_start": -1, "span_end": 5}, "span_start"),
        ({"article": None, "span_start": 0, "span_end": 5, "claim_type": "gossip"}, "claim_type"),
    ],
)
def test_bad_manual_claims_are_400(
    body: dict[str, Any],
    field: str,
    clients: dict[str, APIClient],
    claim_in: Callable[..., Claim],
) -> None:
    claim = claim_in(ClaimStatus.CANDIDATE)
    if body["article"] is None:
        body["article"] = claim.article_id
    response = clients["reviewer"].post("/api/v1/claims/", body, format="json")
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_a_span_outside_the_article_is_400(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim]
) -> None:
    claim = claim_in(ClaimStatus.CANDIDATE)
    response = clients["reviewer"].post(
        "/api/v1/claims/",
        {"article": claim.article_id, "span_start": 5, "span_end": 100000},
        format="json",
    )
    assert response.status_code == 400
    assert "span" in response.json()["detail"]


def test_a_manual_claim_takes_its_text_from_the_span(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim]
) -> None:
    article = claim_in(ClaimStatus.CANDIDATE).article
    response = clients["reviewer"].post(
        "/api/v1/claims/",
        {"article": article.pk, "span_start": 0, "span_end": 12, "claimant": "the ministry"},
        format="json",
    )
    assert response.status_code == 201
    body = response.json()
    assert body["text"] == article.body[0:12].strip()
    assert body["status"] == "candidate"
    assert body["origin"] == "manual"
    for key in (
        "id",
        "article",
        "text",
        "span_start",
        "span_end",
        "claimant",
        "claim_type",
        "checkworthiness",
        "reasons",
        "status",
        "assignee",
        "due_at",
        "version",
        "duplicate_of",
    ):
        assert key in body


def test_a_stale_claim_edit_is_409_naming_who_changed_it_and_when(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim], editor: Any
) -> None:
    claim = claim_in(ClaimStatus.ASSIGNED)
    seen_version = claim.version
    services.claim_update(
        claim=claim, by=editor, changes={"claimant": "the finance minister"}, version=seen_version
    )

    response = clients["reviewer"].patch(
        f"/api/v1/claims/{claim.pk}/",
        {"text": "Unemployment fell.", "version": seen_version},
        format="json",
    )

    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "stale_version"
    assert "changed by" in body["detail"] and editor.get_full_name() in body["detail"]
    assert body["changed_by"] == editor.username
    assert body["changed_at"]
    assert Claim.objects.get(pk=claim.pk).text == claim.text


def test_a_claim_edit_with_the_current_version_saves(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim]
) -> None:
    claim = claim_in(ClaimStatus.ASSIGNED)
    response = clients["reviewer"].patch(
        f"/api/v1/claims/{claim.pk}/",
        {"text": "Unemployment fell to 2 percent.", "version": claim.version},
        format="json",
    )
    assert response.status_code == 200
    assert response.json()["text"] == "Unemployment fell to 2 percent."
    assert response.json()["version"] == claim.version + 1


def test_a_claim_edit_without_a_version_is_400(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim]
) -> None:
    claim = claim_in(ClaimStatus.ASSIGNED)
    response = clients["reviewer"].patch(
        f"/api/v1/claims/{claim.pk}/", {"text": "Changed."}, format="json"
    )
    assert response.status_code == 400
    assert "version" in response.json()["errors"]


def test_a_stale_review_save_is_409_naming_who_changed_it(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim], reviewer: Any
) -> None:
    claim = claim_in(ClaimStatus.IN_PROGRESS)
    first = clients["reviewer"].get(f"/api/v1/claims/{claim.pk}/review/").json()
    services.review_update(claim=claim, by=reviewer, version=first["version"], summary="Mine.")

    response = clients["admin"].put(
        f"/api/v1/claims/{claim.pk}/review/",
        {"summary": "Theirs.", "version": first["version"]},
        format="json",
    )

    assert response.status_code == 409
    assert response.json()["code"] == "stale_version"
    assert reviewer.get_full_name() in response.json()["detail"]
    assert Review.objects.get(claim=claim).summary == "Mine."


def test_the_review_is_written_and_read_back(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim]
) -> None:
    claim = claim_in(ClaimStatus.IN_PROGRESS)
    version = clients["reviewer"].get(f"/api/v1/claims/{claim.pk}/review/").json()["version"]
    response = clients["reviewer"].put(
        f"/api/v1/claims/{claim.pk}/review/",
        {"rating": "mostly-false", "summary": "Off by half.", "rationale": "…", "version": version},
        format="json",
    )
    assert response.status_code == 200
    again = clients["editor"].get(f"/api/v1/claims/{claim.pk}/review/").json()
    assert again["rating"] == "mostly-false"
    assert again["summary"] == "Off by half."
    assert again["version"] == version + 1
    timeline = clients["editor"].get(f"/api/v1/claims/{claim.pk}/timeline/").json()["results"]
    assert any(e["action"] == "review_edited" and e["after"] == "mostly-false" for e in timeline)


def test_unknown_objects_are_404_in_the_error_shape(clients: dict[str, APIClient]) -> None:
    for url in (
        "/api/v1/claims/999999/",
        "/api/v1/claims/999999/review/",
        "/api/v1/claims/999999/timeline/",
        "/api/v1/articles/999999/",
    ):
        response = clients["editor"].get(url)
        assert response.status_code == 404
        assert set(response.json()) == {"detail", "code"}
    response = clients["editor"].post("/api/v1/claims/999999/start/", {}, format="json")
    assert response.status_code == 404
    assert clients["reviewer"].delete("/api/v1/sources/999999/").status_code == 404
    # A path with an encoded line break is still an API path: JSON, not the HTML page.
    for url in ("/api/v1/claims/%0A/review/", "/api/v1/nothing%0Ahere/"):
        response = clients["editor"].get(url)
        assert response.status_code == 404
        assert set(response.json()) == {"detail", "code"}


def test_a_note_with_half_a_span_is_400(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim]
) -> None:
    claim = claim_in(ClaimStatus.IN_PROGRESS)
    response = clients["editor"].post(
        f"/api/v1/claims/{claim.pk}/notes/", {"body": "Here.", "span_start": 3}, format="json"
    )
    assert response.status_code == 400


def test_a_claim_nobody_has_reviewed_has_an_empty_review(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim]
) -> None:
    claim = claim_in(ClaimStatus.QUEUED)
    response = clients["reviewer"].get(f"/api/v1/claims/{claim.pk}/review/")
    assert response.status_code == 200
    body = response.json()
    assert (body["rating"], body["summary"], body["version"]) == (None, "", 1)
    assert body["updated_at"] is None and body["published_at"] is None
    assert not Review.objects.filter(claim=claim).exists()  # reading creates nothing
