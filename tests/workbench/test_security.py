from __future__ import annotations

import os
import secrets
import subprocess
import sys
from typing import Any

import pytest
from django.urls import reverse

from tests.conftest import REPO_ROOT


def test_check_deploy_is_clean_with_production_settings() -> None:
    # As a production process would start: none of the test run's own overrides.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "AXES_", "EMAIL_", "WORKBENCH_", "DATABASE_"))
    }
    env = {
        **env,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_DEBUG": "0",
        "DJANGO_SECURE_HTTPS": "1",
        "DJANGO_ALLOWED_HOSTS": "factcheck.example.org",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/workbench",
        # Without a mail server, check --deploy warns (workbench.W001).
        "EMAIL_URL": "smtp+tls://mailer:secret@mail.example.org:587",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_there_is_no_production_secret_key_default() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SECRET_KEY", "DJANGO_DEBUG")}
    env["DJANGO_ALLOW_INSECURE_KEY"] = "0"
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


@pytest.mark.django_db
def test_pages_carry_csp_frame_and_nosniff_headers(client: Any) -> None:
    response = client.get(reverse("login"))
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_every_page_but_login_needs_a_session(client: Any) -> None:
    for path in ("/", "/queue/", "/articles/", "/admin/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert "login" in response["Location"], path
    assert client.get("/api/v1/claims/").status_code in (401, 403)


@pytest.mark.django_db
def test_repeated_login_failures_lock_the_account_out(client: Any, settings: Any) -> None:
    from tests.factories import make_user

    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    make_user(username="victim", role="reviewer")
    for _ in range(3):
        client.post(reverse("login"), {"username": "victim", "password": "wrong"})
    response = client.post(reverse("login"), {"username": "victim", "password": "pw-for-tests-123"})
    assert response.status_code in (403, 429)
    assert not response.wsgi_request.user.is_authenticated


@pytest.mark.django_db
def test_csrf_is_enforced_on_forms(reviewer: Any) -> None:
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(reviewer)
    response = strict.post(reverse("logout"))
    assert response.status_code == 403
