"""Deployment hardening (issue 14, items 8, 9, 10 and 17): each test replays one attack or
mistake from the report against production-like settings and checks it now fails."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from django.core.cache import caches
from django.core.cache.backends import locmem
from django.core.checks import run_checks
from django.db import connection
from django.test import Client
from rest_framework.test import APIClient

from core.clientip import client_ip
from reviews import webhooks
from reviews.models import Webhook
from tests.conftest import REPO_ROOT
from tests.factories import make_user

PASSWORD = "pw-for-tests-123"  # tests.factories.UserFactory's
UNREACHABLE_DATABASE = "postgres://postgres@127.0.0.1:1/nothing_listens_here"
SMTP_URL = "smtp+tls://mailer:secret@mail.example.org:587"


def production_env(**overrides: str) -> dict[str, str]:
    """The environment of a production process: none of the test run's own settings."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "AXES_", "EMAIL_", "WORKBENCH_", "DATABASE_"))
    }
    env.update(
        {
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_DEBUG": "0",
            "DJANGO_SECURE_HTTPS": "1",
            "DJANGO_ALLOWED_HOSTS": "factcheck.example.org",
            "EMAIL_URL": SMTP_URL,
            "CELERY_TASK_ALWAYS_EAGER": "1",
        }
    )
    env.update(overrides)
    return env


def run_python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


# The web process as gunicorn would run it, asked over plain http by the health probe.
PROBE = """
import json, os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
import django
django.setup()
from django.test import Client
client = Client(HTTP_HOST="factcheck.example.org")
out = {}
for path in ("/healthz", "/queue/"):
    response = client.get(path)
    out[path] = {"status": response.status_code, "location": response.get("Location"),
                 "body": response.content.decode()}
print(json.dumps(out))
"""


def probe(env: dict[str, str]) -> dict[str, Any]:
    result = run_python(PROBE, env)
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


# --- 8. the health check sees the database even with DJANGO_SECURE_HTTPS=1 -------------------


def test_plain_http_healthz_is_answered_not_redirected_with_https_settings(
    tmp_path: Path,
) -> None:
    seen = probe(production_env(DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}"))
    # Attack replayed: with the HTTPS redirect on, /healthz used to answer 301 to https.
    assert seen["/healthz"]["status"] == 200, seen
    assert json.loads(seen["/healthz"]["body"]) == {"status": "ok"}
    # Every other page still goes to https: the exemption is for the probe only.
    assert seen["/queue/"]["status"] == 301
    assert seen["/queue/"]["location"].startswith("https://")


def test_plain_http_healthz_is_503_when_the_database_is_down_with_https_settings() -> None:
    seen = probe(production_env(DATABASE_URL=UNREACHABLE_DATABASE))
    assert seen["/healthz"]["status"] == 503, seen
    assert json.loads(seen["/healthz"]["body"]) == {"status": "unavailable"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _compose_health_command() -> str:
    import yaml

    compose = yaml.safe_load((REPO_ROOT / "docker-compose.yml").read_text("utf-8"))
    kind, command = compose["services"]["web"]["healthcheck"]["test"]
    assert kind == "CMD-SHELL"
    return str(command).replace("$$", "$")  # compose's escaping of a literal $


@pytest.mark.parametrize(("database", "healthy"), [("sqlite", True), ("down", False)])
def test_the_compose_health_check_fails_exactly_when_the_database_is_down(
    tmp_path: Path, database: str, healthy: bool
) -> None:
    port = _free_port()
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}" if database == "sqlite" else UNREACHABLE_DATABASE
    env = production_env(DATABASE_URL=url, DJANGO_ALLOWED_HOSTS="factcheck.example.org,.example")
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "workbench.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
        ],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        command = _compose_health_command().replace("127.0.0.1:8000", f"127.0.0.1:{port}")
        check = subprocess.run(
            ["sh", "-c", command], env=env, capture_output=True, text=True, timeout=30
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert (check.returncode == 0) is healthy, check.stdout + check.stderr


@pytest.mark.django_db
def test_anonymous_healthz_shows_only_the_status(client: Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    # Attack replayed: worker host names (celery@host) were shown to anybody.
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_signed_in_healthz_shows_every_component(client: Client) -> None:
    client.force_login(make_user(username="ops", role="reviewer"))
    body = client.get("/healthz").json()
    assert set(body) == {"status", "database", "redis", "celery"}
    assert body["database"]["ok"] is True


# --- 9. the token endpoint's throttle is global and counts the real client ------------------


@pytest.fixture
def token_rate(settings: Any) -> Iterator[int]:
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "60/min", "token": "3/min"},
    }
    caches["throttle"].clear()
    yield 3
    caches["throttle"].clear()  # the table outlives a transactional test's flush


def _guess(client: APIClient, **headers: Any) -> Any:
    return client.post(
        "/api/v1/auth/token/", {"username": "victim", "password": "guess"}, **headers
    )


def _this_test_database_url() -> str:
    """The database this test run uses, for another process to open."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    assert connection.vendor == "postgresql"
    password = f":{quote(db['PASSWORD'], safe='')}" if db.get("PASSWORD") else ""
    host = db.get("HOST") or "127.0.0.1"
    return f"postgres://{db['USER']}{password}@{host}:{db.get('PORT') or 5432}/{db['NAME']}"


@pytest.mark.django_db(transaction=True)
def test_the_token_throttle_is_counted_across_processes(token_rate: int) -> None:
    make_user(username="victim", role="reviewer")
    for _ in range(token_rate):
        assert _guess(APIClient()).status_code == 400
    # Attack replayed: each gunicorn process counted on its own. A second process, sharing
    # only the database, makes the next attempt from the same address.
    other_process = run_python(
        """
import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
import django
django.setup()
from rest_framework.test import APIClient
response = APIClient().post("/api/v1/auth/token/", {"username": "victim", "password": "x"})
print(response.status_code, response.content.decode())
""",
        {
            **os.environ,
            "DATABASE_URL": _this_test_database_url(),
            "WORKBENCH_TOKEN_THROTTLE_RATE": "3/min",
        },
    )
    assert other_process.returncode == 0, other_process.stderr
    status, body = other_process.stdout.strip().splitlines()[-1].split(" ", 1)
    assert status == "429", other_process.stdout
    assert json.loads(body)["code"] == "throttled"


@pytest.mark.django_db
def test_the_token_throttle_survives_a_process_losing_its_memory(
    token_rate: int, settings: Any
) -> None:
    make_user(username="victim", role="reviewer")
    for _ in range(token_rate):
        assert _guess(APIClient()).status_code == 400
    # A fresh process: no cache object and no local-memory cache content survive.
    locmem._caches.clear()  # type: ignore[attr-defined]
    locmem._expire_info.clear()  # type: ignore[attr-defined]
    for alias in settings.CACHES:
        with contextlib.suppress(AttributeError):  # never opened in this test
            del caches[alias]
    response = _guess(APIClient())
    assert response.status_code == 429
    assert set(response.json()) >= {"detail", "code"}


@pytest.mark.django_db
def test_a_rotating_x_forwarded_for_does_not_reset_the_count_without_a_proxy(
    token_rate: int, settings: Any
) -> None:
    settings.TRUSTED_PROXY_COUNT = 0
    make_user(username="victim", role="reviewer")
    statuses = [
        _guess(APIClient(), HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code
        for n in range(token_rate + 2)
    ]
    # Attack replayed: a new X-Forwarded-For per request was a new client every time.
    assert statuses == [400] * token_rate + [429, 429]


@pytest.mark.django_db
def test_behind_a_proxy_the_right_most_untrusted_address_is_counted(
    token_rate: int, settings: Any
) -> None:
    settings.TRUSTED_PROXY_COUNT = 1
    make_user(username="victim", role="reviewer")
    # The client forges the left part; our proxy appends the address it saw (203.0.113.7).
    statuses = [
        _guess(APIClient(), HTTP_X_FORWARDED_FOR=f"10.0.0.{n}, 203.0.113.7").status_code
        for n in range(token_rate + 1)
    ]
    assert statuses == [400] * token_rate + [429]
    # Another client behind the same proxy has a count of its own.
    assert _guess(APIClient(), HTTP_X_FORWARDED_FOR="203.0.113.8").status_code == 400


def test_client_ip_trusts_only_as_many_forwarded_entries_as_there_are_proxies(
    settings: Any,
) -> None:
    from django.test import RequestFactory

    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.1.1.1", HTTP_X_FORWARDED_FOR="1.1.1.1, 2.2.2.2, 3.3.3.3"
    )
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.1.1.1"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "3.3.3.3"
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request) == "2.2.2.2"
    settings.TRUSTED_PROXY_COUNT = 9  # more proxies than entries: the left-most one
    assert client_ip(request) == "1.1.1.1"


@pytest.mark.django_db
def test_login_lockout_ignores_a_rotating_x_forwarded_for(settings: Any) -> None:
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    settings.TRUSTED_PROXY_COUNT = 0
    make_user(username="victim", role="reviewer")
    client = Client()
    for n in range(3):
        client.post(
            "/accounts/login/",
            {"username": "victim", "password": "wrong"},
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}",
        )
    response = client.post(
        "/accounts/login/",
        {"username": "victim", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="198.51.100.99",
    )
    assert response.status_code in (403, 429)
    assert not response.wsgi_request.user.is_authenticated


@pytest.mark.django_db
def test_login_lockout_behind_a_proxy_counts_each_real_client(settings: Any) -> None:
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    settings.TRUSTED_PROXY_COUNT = 1
    make_user(username="victim", role="reviewer")
    client = Client()  # every request comes from the proxy's REMOTE_ADDR, 127.0.0.1
    for n in range(3):  # the attacker, 203.0.113.7, forging the left part
        client.post(
            "/accounts/login/",
            {"username": "victim", "password": "wrong"},
            HTTP_X_FORWARDED_FOR=f"10.0.0.{n}, 203.0.113.7",
        )
    attacker = client.post(
        "/accounts/login/",
        {"username": "victim", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="203.0.113.7",
    )
    assert attacker.status_code in (403, 429)
    # The account's owner, behind the same proxy, is not locked out by the attacker.
    owner = Client().post(
        "/accounts/login/",
        {"username": "victim", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="198.51.100.20",
    )
    assert owner.status_code == 302
    assert owner.wsgi_request.user.is_authenticated


# --- 10. mail goes to a mail server, or check --deploy says so -------------------------------


def test_check_deploy_warns_when_mail_would_be_printed_to_stdout() -> None:
    env = production_env(DATABASE_URL="postgres://postgres@127.0.0.1:5432/workbench")
    del env["EMAIL_URL"]
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "workbench.W001" in result.stdout + result.stderr
    assert "EMAIL_URL" in result.stdout + result.stderr


def test_check_deploy_is_clean_with_a_mail_server_and_every_production_variable() -> None:
    env = production_env(DATABASE_URL="postgres://postgres@127.0.0.1:5432/workbench")
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_email_url_configures_the_smtp_server() -> None:
    result = run_python(
        """
import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
import django
django.setup()
from django.conf import settings as s
print(s.EMAIL_BACKEND, s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_HOST_USER, s.EMAIL_USE_TLS)
""",
        production_env(),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.core.mail.backends.smtp.EmailBackend",
        "mail.example.org",
        "587",
        "mailer",
        "True",
    ]


@pytest.mark.parametrize(
    ("debug", "backend", "warned"),
    [
        (False, "django.core.mail.backends.console.EmailBackend", True),
        (False, "django.core.mail.backends.filebased.EmailBackend", True),
        (False, "django.core.mail.backends.smtp.EmailBackend", False),
        (True, "django.core.mail.backends.console.EmailBackend", False),
    ],
)
def test_the_mail_check_warns_only_for_local_backends_without_debug(
    settings: Any, debug: bool, backend: str, warned: bool
) -> None:
    settings.DEBUG = debug
    settings.EMAIL_BACKEND = backend
    ids = {message.id for message in run_checks(include_deployment_checks=True)}
    assert ("workbench.W001" in ids) is warned


def test_deploy_checks_warn_about_an_unshared_throttle_and_open_webhooks(settings: Any) -> None:
    settings.DEBUG = False
    settings.CACHES = {
        **settings.CACHES,
        "throttle": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    settings.WEBHOOK_ALLOW_PRIVATE_HOSTS = True
    ids = {message.id for message in run_checks(include_deployment_checks=True)}
    assert {"workbench.W002", "workbench.W003"} <= ids


# --- 17. webhooks stay outside, Cache-Control on private pages --------------------------------


PUBLIC_HOOK = "https://93.184.215.14/hook"  # an address literal: no DNS needed


def _add_webhook(client: Client, url: str) -> Any:
    return client.post(
        "/admin/reviews/webhook/add/",
        {
            "name": "partner",
            "url": url,
            "secret": "s3cret",
            "active": "on",
            "deliveries-TOTAL_FORMS": "0",
            "deliveries-INITIAL_FORMS": "0",
        },
    )


@pytest.fixture
def admin_client_strict(admin_user: Any, settings: Any) -> Client:
    settings.WEBHOOK_ALLOW_PRIVATE_HOSTS = False
    client = Client()
    client.force_login(admin_user)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:6379/",
        "http://localhost:8000/hook",  # a name resolving to loopback
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.5/hook",
        "http://192.168.1.1/hook",
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
    ],
)
def test_the_webhook_form_refuses_internal_addresses(admin_client_strict: Client, url: str) -> None:
    response = _add_webhook(admin_client_strict, url)
    assert response.status_code == 200  # the form again, with the error
    assert "points inside the network" in response.content.decode()
    assert not Webhook.objects.exists()


@pytest.mark.django_db
def test_an_uppercase_scheme_is_stored_lower_case(admin_client_strict: Client) -> None:
    response = _add_webhook(admin_client_strict, "HTTPS://93.184.215.14/hook")
    # Attack replayed: HTTP:// passed the form and then broke the database constraint.
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Webhook.objects.get().url == PUBLIC_HOOK


@pytest.mark.django_db
def test_private_webhooks_are_allowed_when_the_setting_says_so(
    admin_client_strict: Client, settings: Any
) -> None:
    settings.WEBHOOK_ALLOW_PRIVATE_HOSTS = True
    assert _add_webhook(admin_client_strict, "http://127.0.0.1:9000/hook").status_code == 302


class _Listener:
    """A local HTTP endpoint that records whether anybody POSTed to it."""

    def __init__(self) -> None:
        self.hits = 0
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                listener.hits += 1
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://localhost:{self.server.server_address[1]}/internal"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.django_db
def test_delivery_refuses_a_webhook_that_points_inside_at_send_time(settings: Any) -> None:
    listener = _Listener()
    try:
        # Saved while allowed (or before the name was re-pointed); delivery checks again.
        hook = Webhook.objects.create(url=listener.url, secret="s3cret")
        settings.WEBHOOK_ALLOW_PRIVATE_HOSTS = False
        delivery = webhooks.deliver(
            webhook=hook, event="verdict.published", payload={"id": 1}, attempt=1
        )
        assert listener.hits == 0
        assert delivery.delivered_at is None
        assert "points inside the network" in delivery.error
        settings.WEBHOOK_ALLOW_PRIVATE_HOSTS = True
        delivery = webhooks.deliver(
            webhook=hook, event="verdict.published", payload={"id": 1}, attempt=2
        )
        assert listener.hits == 1 and delivery.succeeded
    finally:
        listener.close()


@pytest.mark.django_db
def test_signed_in_pages_are_private_and_not_stored(client: Client) -> None:
    client.force_login(make_user(username="rita2", role="reviewer"))
    for path in ("/", "/queue/", "/api/v1/claims/"):
        response = client.get(path)
        assert response.status_code == 200, path
        directives = {d.strip() for d in response["Cache-Control"].split(",")}
        assert {"private", "no-store"} <= directives, path


@pytest.mark.django_db
def test_token_authenticated_api_answers_are_private_and_not_stored() -> None:
    from rest_framework.authtoken.models import Token

    user = make_user(username="robot", role="reviewer")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    response = client.get("/api/v1/claims/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_anonymous_answers_and_static_files_are_left_cacheable(client: Client) -> None:
    # The same response (a redirect) gets the header only for a signed-in user.
    assert "Cache-Control" not in client.get("/favicon.ico")
    client.force_login(make_user(username="rita3", role="reviewer"))
    assert "no-store" in client.get("/favicon.ico")["Cache-Control"]
    # Static files are answered before the session is read, signed in or not.
    static = client.get("/static/workbench/favicon.svg")
    assert static.status_code == 200
    assert "no-store" not in static.get("Cache-Control", "")
