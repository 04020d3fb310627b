"""The OpenAPI document and Swagger UI are served and describe the whole contract."""

from __future__ import annotations

import pytest
import yaml
from django.test import Client

pytestmark = pytest.mark.django_db

CONTRACT = {
    "/api/v1/articles/": {"get", "post"},
    "/api/v1/articles/{id}/": {"get", "patch"},
    "/api/v1/articles/{id}/extract/": {"post"},
    "/api/v1/claims/": {"get", "post"},
    "/api/v1/claims/{id}/": {"get", "patch"},
    "/api/v1/claims/assign/": {"post"},
    "/api/v1/claims/{id}/review/": {"get", "put"},
    "/api/v1/claims/{id}/sources/": {"get", "post"},
    "/api/v1/sources/{id}/": {"delete"},
    "/api/v1/claims/{id}/notes/": {"get", "post"},
    "/api/v1/claims/{id}/timeline/": {"get"},
    "/api/v1/ratings/": {"get"},
    "/api/v1/verdicts/": {"get"},
    "/api/v1/auth/token/": {"post"},
    **{
        f"/api/v1/claims/{{id}}/{step}/": {"post"}
        for step in ("triage", "assign", "start", "submit", "approve", "return", "reopen", "merge")
    },
}


def test_the_schema_describes_every_endpoint_with_its_errors() -> None:
    response = Client().get("/api/schema/")
    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    assert schema["openapi"].startswith("3.")
    for path, methods in CONTRACT.items():
        assert path in schema["paths"], path
        assert methods <= set(schema["paths"][path]), path
        for method in methods:
            responses = schema["paths"][path][method]["responses"]
            if path != "/api/v1/auth/token/":
                assert {"401", "403"} <= set(responses), (path, method)
    verdicts = schema["paths"]["/api/v1/verdicts/"]["get"]
    assert set(verdicts["responses"]["200"]["content"]) == {
        "application/json",
        "text/csv",
        "application/x-ndjson",
        "application/ld+json",
    }
    params = {p["name"] for p in verdicts["parameters"]}
    assert {"format", "updated_since", "published_after", "published_before", "rating"} <= params
    assert {"outlet", "claimant", "cursor"} <= params
    queue = {p["name"] for p in schema["paths"]["/api/v1/claims/"]["get"]["parameters"]}
    assert {"status", "assignee", "article", "claim_type", "rating", "min_score", "q"} <= queue
    assert "ordering" in queue


def test_swagger_ui_is_served_from_the_sidecar() -> None:
    response = Client().get("/api/docs/")
    assert response.status_code == 200
    assert b"swagger-ui" in response.content
    assert b"drf_spectacular_sidecar" in response.content
