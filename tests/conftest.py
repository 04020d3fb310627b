from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from rest_framework.test import APIClient

from reviews.services import ratings_load
from tests.factories import UserFactory

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(condition: bool, reason: str) -> None:
    """Skip locally when a service is missing; in CI a missing service is a failure."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"CI requires this: {reason}")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _role_groups(request: pytest.FixtureRequest) -> None:
    """The role groups come from a data migration; a transactional test that ran earlier
    in this process flushed them, so put them back (as the migration would)."""
    uses_db = request.node.get_closest_marker("django_db") or any(
        name in request.fixturenames for name in ("db", "transactional_db", "live_server")
    )
    if not uses_db:
        return
    request.getfixturevalue(
        "db" if "transactional_db" not in request.fixturenames else "transactional_db"
    )
    from django.contrib.auth.models import Group

    from core.roles import ensure_groups

    if Group.objects.filter(name__in=["reviewer", "editor"]).count() < 2:
        ensure_groups()


@pytest.fixture
def ratings(db: Any) -> None:
    ratings_load(entries=json.loads((REPO_ROOT / "seeds" / "ratings.json").read_text("utf-8")))


@pytest.fixture
def editor(db: Any) -> Any:
    return UserFactory(username="edna", role="editor")


@pytest.fixture
def editor2(db: Any) -> Any:
    return UserFactory(username="eddie", role="editor")


@pytest.fixture
def reviewer(db: Any) -> Any:
    return UserFactory(username="rita", role="reviewer")


@pytest.fixture
def other_reviewer(db: Any) -> Any:
    return UserFactory(username="rafael", role="reviewer")


@pytest.fixture
def admin_user(db: Any) -> Any:
    return UserFactory(username="root", is_superuser=True)


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture
def client_for(client: Any) -> Any:
    def _login(user: Any) -> Any:
        client.force_login(user)
        return client

    return _login


@pytest.fixture
def api_for() -> Any:
    def _client(user: Any | None) -> APIClient:
        api = APIClient()
        if user is not None:
            api.force_authenticate(user)
        return api

    return _client


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: Any, items: list[Any]) -> None:
    """Every test under tests/e2e/ is a browser test and every one under tests/integration/
    needs a worker, whether or not its module says so: `make test` runs those in the serial
    pass, and CI must never run them in the parallel unit pass by accident."""
    for item in items:
        parts = Path(str(item.fspath)).parts
        if "e2e" in parts:
            item.add_marker(pytest.mark.e2e)
        elif "integration" in parts:
            item.add_marker(pytest.mark.integration)
