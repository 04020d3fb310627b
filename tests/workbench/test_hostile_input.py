"""Filters and search given SQL injection, huge values and wrong types: 400 or an empty
result, never a 500."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db

HOSTILE_VALUES = (
    "' OR 1=1 --",
    "1; DROP TABLE claims_claim; --",
    '" UNION SELECT password FROM auth_user --',
    "%' AND 1=1 AND '%'='",
    "x" * 20_000,
    "9" * 400,
    "-1",
    "1e309",
    "NaN",
    "\x00",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "[]",
    "{}",
)
API_FILTERS = (
    "status",
    "assignee",
    "article",
    "claim_type",
    "rating",
    "min_score",
    "q",
    "ordering",
    "cursor",
    "page_size",
)
QUEUE_FILTERS = (
    "status",
    "claim_type",
    "assignee",
    "rating",
    "outlet",
    "min_score",
    "max_score",
    "q",
    "sort",
    "page",
)
VERDICT_FILTERS = (
    "updated_since",
    "published_after",
    "published_before",
    "rating",
    "outlet",
    "claimant",
    "format",
    "cursor",
)


def test_hostile_filter_values_never_break_the_api_or_the_pages(
    api_for: Any, client_for: Any, editor: Any, reviewer: Any, ratings: None
) -> None:
    claim_in("published", editor=editor, reviewer=reviewer)
    api = api_for(editor)
    web = client_for(editor)
    for value in HOSTILE_VALUES:
        for name in API_FILTERS:
            response = api.get("/api/v1/claims/", {name: value})
            assert response.status_code in (200, 400, 404), (name, value[:30], response.status_code)
        for name in VERDICT_FILTERS:
            response = api.get("/api/v1/verdicts/", {name: value})
            assert response.status_code in (200, 400, 404, 406), (
                name,
                value[:30],
                response.status_code,
            )
        for name in QUEUE_FILTERS:
            response = web.get("/queue/", {name: value})
            assert response.status_code in (200, 400), (name, value[:30], response.status_code)
        assert web.get("/articles/", {"q": value}).status_code in (200, 400)
    # The data is intact after all of that.
    assert api.get("/api/v1/claims/").json()["results"]


def test_wrong_types_in_json_bodies_are_400(
    api_for: Any, editor: Any, reviewer: Any, ratings: None
) -> None:
    claim = claim_in("in_progress", editor=editor, reviewer=reviewer)
    api = api_for(reviewer)
    for body in ({"summary": ["a list"]}, {"version": "one"}, {"rating": 5}, {"summary": None}):
        response = api.put(f"/api/v1/claims/{claim.pk}/review/", body, format="json")
        assert response.status_code in (400, 409), (body, response.status_code)
        assert "detail" in response.json()
    response = api.post(
        f"/api/v1/claims/{claim.pk}/sources/", {"url": {"nested": 1}}, format="json"
    )
    assert response.status_code == 400
    response = api_for(editor).post(
        "/api/v1/claims/assign/", {"claims": "all", "assignee": "me"}, format="json"
    )
    assert response.status_code == 400
