"""The OpenAPI document and Swagger UI are served and describe the whole contract."""

from __future__ import annotations

import re

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


def test_swagger_ui_is_served_from_the_sidecar_with_no_inline_script_or_style() -> None:
    """The CSP allows only same-origin files; that the UI really renders is proven in
    Chromium (tests/e2e/test_csp.py)."""
    response = Client().get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "script-src 'self'" in response["Content-Security-Policy"]
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, re.S)
    assert [src for src, _ in scripts] == [
        ' src="/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js"',
        ' src="/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-standalone-preset.js"',
        ' src="/static/workbench/api-docs.js"',
    ]
    assert all(not body.strip() for _, body in scripts), "an inline script is blocked by the CSP"
    assert "<style" not in html and "style=" not in html
    root = re.search(r'<div id="swagger-ui"([^>]*)>', html)
    assert root is not None
    assert 'data-schema-url="/api/schema/"' in root.group(1)
    assert 'data-csrf-header="X-CSRFTOKEN"' in root.group(1)


def test_the_swagger_initialiser_is_a_static_file() -> None:
    response = Client().get("/static/workbench/api-docs.js")
    assert response.status_code == 200
    body = response.getvalue()
    assert b"SwaggerUIBundle(" in body and b"dataset" in body
