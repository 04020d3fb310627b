"""POST /api/v1/sources/<id>/archive/: editors and the claim's assignee only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rest_framework.test import APIClient

from core.api.authentication import export_token_issue
from core.models import OutboxMessage
from reviews.models import ExportToken, Source
from tests.factories import make_user

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("archive_settings")]


@pytest.fixture
def source(add_source: Callable[..., Source]) -> Source:
    return add_source("https://stats.example.org/release")


def _client(user: Any | None) -> APIClient:
    api = APIClient()
    if user is not None:
        api.force_authenticate(user)
    return api


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("anonymous", 401),
        ("norole", 403),
        ("other_reviewer", 403),
        ("reviewer", 202),  # the claim's assignee
        ("editor", 202),
        ("admin", 202),
    ],
)
def test_who_may_re_archive_a_source(
    who: str, expected: int, source: Source, request: pytest.FixtureRequest
) -> None:
    users = {
        "anonymous": None,
        "norole": make_user(username="nobody"),
        "other_reviewer": request.getfixturevalue("other_reviewer"),
        "reviewer": request.getfixturevalue("reviewer"),
        "editor": request.getfixturevalue("editor"),
        "admin": request.getfixturevalue("admin_user"),
    }
    response = _client(users[who]).post(f"/api/v1/sources/{source.pk}/archive/")
    assert response.status_code == expected, response.content
    queued = OutboxMessage.objects.filter(task="archive.tasks.archive_source", args=[source.pk])
    if expected == 202:
        assert response.json() == {"source": source.pk, "status": "queued"}
        assert queued.count() == 1
    else:
        assert set(response.json()) >= {"detail", "code"}
        assert not queued.exists()


def test_an_export_key_cannot_re_archive(source: Source, admin_user: Any) -> None:
    key = export_token_issue(token=ExportToken(name="partner feed"), by=admin_user)
    machine = APIClient()
    machine.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert machine.post(f"/api/v1/sources/{source.pk}/archive/").status_code == 403


def test_a_missing_source_is_404(editor: Any) -> None:
    response = _client(editor).post("/api/v1/sources/999999/archive/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_reading_is_not_an_action(editor: Any, source: Source) -> None:
    assert _client(editor).get(f"/api/v1/sources/{source.pk}/archive/").status_code == 405
