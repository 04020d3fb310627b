"""Role matrix for every endpoint other than the workflow transitions (see
test_transitions.py): anonymous, no role, reviewer (the assignee), another reviewer,
editor, admin and an export key."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from rest_framework.test import APIClient

from claims.models import Claim, ClaimStatus
from reviews import services
from tests.api.conftest import ROLES

pytestmark = pytest.mark.django_db

OK_FOR_ALL = {"reviewer": 200, "other_reviewer": 200, "editor": 200, "admin": 200}
NOBODY = {"anonymous": 401, "norole": 403, "export": 403}


@dataclass
class Case:
    method: str
    url: Callable[[dict[str, Any]], str]
    expected: dict[str, int]
    state: str = ClaimStatus.IN_PROGRESS
    body: Callable[[dict[str, Any]], Any] = lambda ctx: None
    fmt: str = "json"


def _article_body(ctx: dict[str, Any]) -> dict[str, Any]:
    return {"title": "Budget", "body": f"The deficit doubled in {ctx['role']} land last year."}


CASES: dict[str, Case] = {
    "GET /articles/": Case("get", lambda c: "/api/v1/articles/", OK_FOR_ALL),
    "POST /articles/": Case(
        "post",
        lambda c: "/api/v1/articles/",
        {"reviewer": 403, "other_reviewer": 403, "editor": 201, "admin": 201},
        body=_article_body,
    ),
    "GET /articles/{id}/": Case("get", lambda c: f"/api/v1/articles/{c['article']}/", OK_FOR_ALL),
    "PATCH /articles/{id}/": Case(
        "patch",
        lambda c: f"/api/v1/articles/{c['article']}/",
        {"reviewer": 403, "other_reviewer": 403, "editor": 200, "admin": 200},
        body=lambda c: {"outlet": "The Courier"},
    ),
    "POST /articles/{id}/extract/": Case(
        "post",
        lambda c: f"/api/v1/articles/{c['article']}/extract/",
        {"reviewer": 403, "other_reviewer": 403, "editor": 200, "admin": 200},
    ),
    "GET /claims/": Case("get", lambda c: "/api/v1/claims/", OK_FOR_ALL),
    "POST /claims/": Case(
        "post",
        lambda c: "/api/v1/claims/",
        {"reviewer": 201, "other_reviewer": 201, "editor": 201, "admin": 201},
        body=lambda c: {"article": c["article"], "span_start": 0, "span_end": 12},
    ),
    "GET /claims/{id}/": Case("get", lambda c: f"/api/v1/claims/{c['claim']}/", OK_FOR_ALL),
    "PATCH /claims/{id}/": Case(
        "patch",
        lambda c: f"/api/v1/claims/{c['claim']}/",
        {"reviewer": 200, "other_reviewer": 403, "editor": 200, "admin": 200},
        body=lambda c: {"claimant": "the minister", "version": c["version"]},
    ),
    "GET /claims/{id}/review/": Case(
        "get", lambda c: f"/api/v1/claims/{c['claim']}/review/", OK_FOR_ALL
    ),
    "PUT /claims/{id}/review/": Case(
        "put",
        lambda c: f"/api/v1/claims/{c['claim']}/review/",
        {"reviewer": 200, "other_reviewer": 403, "editor": 403, "admin": 200},
        body=lambda c: {"rating": "mixed", "summary": "Partly right.", "version": 1},
    ),
    "GET /claims/{id}/sources/": Case(
        "get", lambda c: f"/api/v1/claims/{c['claim']}/sources/", OK_FOR_ALL
    ),
    "POST /claims/{id}/sources/": Case(
        "post",
        lambda c: f"/api/v1/claims/{c['claim']}/sources/",
        {"reviewer": 201, "other_reviewer": 403, "editor": 403, "admin": 201},
        body=lambda c: {"url": "https://stats.example.org/table-4", "stance": "refutes"},
    ),
    "DELETE /sources/{id}/": Case(
        "delete",
        lambda c: f"/api/v1/sources/{c['source']}/",
        {"reviewer": 204, "other_reviewer": 403, "editor": 403, "admin": 204},
    ),
    "GET /claims/{id}/notes/": Case(
        "get", lambda c: f"/api/v1/claims/{c['claim']}/notes/", OK_FOR_ALL
    ),
    "POST /claims/{id}/notes/": Case(
        "post",
        lambda c: f"/api/v1/claims/{c['claim']}/notes/",
        {"reviewer": 201, "other_reviewer": 403, "editor": 201, "admin": 201},
        body=lambda c: {"body": "Check the March release."},
    ),
    "GET /claims/{id}/timeline/": Case(
        "get", lambda c: f"/api/v1/claims/{c['claim']}/timeline/", OK_FOR_ALL
    ),
    "GET /ratings/": Case("get", lambda c: "/api/v1/ratings/", OK_FOR_ALL),
    "GET /verdicts/": Case(
        "get",
        lambda c: "/api/v1/verdicts/",
        {**OK_FOR_ALL, "export": 200},
        state=ClaimStatus.PUBLISHED,
    ),
    "GET /verdicts/?format=csv": Case(
        "get",
        lambda c: "/api/v1/verdicts/?format=csv",
        {**OK_FOR_ALL, "export": 200},
        state=ClaimStatus.PUBLISHED,
    ),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(CASES))
def test_role_matrix(
    name: str,
    role: str,
    clients: dict[str, APIClient],
    claim_in: Callable[..., Claim],
    reviewer: Any,
) -> None:
    case = CASES[name]
    claim = claim_in(case.state)
    source = (
        services.source_add(claim=claim, by=reviewer, url="https://example.org/a")
        if (case.state == ClaimStatus.IN_PROGRESS)
        else None
    )
    claim.refresh_from_db()
    ctx = {
        "role": role,
        "claim": claim.pk,
        "article": claim.article_id,
        "version": claim.version,
        "source": source.pk if source else None,
    }
    expected = {**NOBODY, **case.expected}[role]
    client = clients[role]
    body = case.body(ctx)
    response = getattr(client, case.method)(case.url(ctx), body, format=case.fmt)
    assert response.status_code == expected, (name, role, response.content)
    if expected >= 400:
        assert set(response.json()) >= {"detail", "code"}


def test_an_anonymous_call_is_told_how_to_authenticate(clients: dict[str, APIClient]) -> None:
    response = clients["anonymous"].get("/api/v1/claims/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json()["code"] == "not_authenticated"


def test_users_get_their_token_and_can_use_it(reviewer: Any) -> None:
    api = APIClient()
    response = api.post(
        "/api/v1/auth/token/",
        {"username": reviewer.username, "password": "pw-for-tests-123"},
        format="json",
    )
    assert response.status_code == 200
    api.credentials(HTTP_AUTHORIZATION=f"Token {response.json()['token']}")
    assert api.get("/api/v1/claims/").status_code == 200


def test_a_wrong_password_gets_no_token(reviewer: Any) -> None:
    response = APIClient().post(
        "/api/v1/auth/token/", {"username": reviewer.username, "password": "nope"}, format="json"
    )
    assert response.status_code == 400
    assert "token" not in response.json()


def test_a_revoked_export_key_is_refused(clients: dict[str, APIClient]) -> None:
    from reviews.models import ExportToken

    assert clients["export"].get("/api/v1/verdicts/").status_code == 200
    ExportToken.objects.update(revoked=True)
    response = clients["export"].get("/api/v1/verdicts/")
    assert response.status_code == 401
    assert "revoked" in response.json()["detail"]


def test_export_keys_are_stored_only_as_a_hash_and_record_their_use(
    export_key: str, clients: dict[str, APIClient]
) -> None:
    from reviews.models import ExportToken

    token = ExportToken.objects.get()
    assert export_key not in (token.key_hash, token.prefix)
    assert token.key_hash != export_key and len(token.key_hash) == 64
    assert token.last_used_at is None
    clients["export"].get("/api/v1/verdicts/")
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_an_export_key_cannot_write(clients: dict[str, APIClient], claim_in: Any) -> None:
    claim = claim_in(ClaimStatus.CANDIDATE)
    response = clients["export"].post(
        f"/api/v1/claims/{claim.pk}/triage/", {"decision": "queue"}, format="json"
    )
    assert response.status_code == 403
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.CANDIDATE
