from __future__ import annotations

import json
from io import StringIO
from typing import Any

import jsonschema
import pytest
import yaml
from django.contrib import admin
from django.core.management import call_command
from django.urls import reverse

from tests.conftest import REPO_ROOT, SHARED_DIR, require
from tests.factories import make_article, make_claim


@pytest.mark.django_db
def test_healthz_reports_database_redis_and_workers(client: Any, admin_user: Any) -> None:
    client.force_login(admin_user)  # anonymous callers get only the status
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["ok"] is True
    assert set(body) == {"status", "database", "redis", "celery"}
    assert "ok" in body["redis"]


@pytest.mark.django_db
def test_healthz_reports_redis_down_without_failing(
    client: Any, settings: Any, admin_user: Any
) -> None:
    client.force_login(admin_user)  # anonymous callers get only the status
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    settings.CELERY_TASK_ALWAYS_EAGER = False
    body = client.get("/healthz").json()
    assert body["redis"]["ok"] is False
    assert body["celery"]["ok"] is False
    assert body["status"] == "ok"


@pytest.mark.django_db
def test_every_admin_changelist_and_change_page_renders(
    admin_user: Any, client: Any, ratings: None
) -> None:
    from reviews.models import Assignment, Note, Notification, Review, Source, TimelineEvent

    claim = make_claim()
    review = Review.objects.create(claim=claim, summary="s")
    objects = {
        "article": claim.article,
        "claim": claim,
        "review": review,
        "source": Source.objects.create(claim=claim, url="https://example.org"),
        "note": Note.objects.create(claim=claim, body="check this"),
        "assignment": Assignment.objects.create(
            claim=claim, reviewer=admin_user, assigned_at=claim.created_at
        ),
        "timelineevent": TimelineEvent.objects.create(claim=claim, action="created"),
        "notification": Notification.objects.create(recipient=admin_user, kind="x", message="m"),
    }
    [make_article() for _ in range(3)]
    client.force_login(admin_user)
    for model in admin.site._registry:
        opts = model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        assert client.get(url).status_code == 200, url
        obj: Any = objects.get(str(opts.model_name)) or model._default_manager.first()
        if obj is not None:
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
            assert client.get(url).status_code == 200, url
    response = client.get(
        reverse("admin:claims_claim_changelist"), {"status": "candidate", "q": "fell"}
    )
    assert response.status_code == 200


def test_compose_file_is_valid_and_has_the_five_services() -> None:
    schema_path = SHARED_DIR / "data" / "compose" / "compose-spec.json"
    require(schema_path.exists(), "shared compose schema is not beside the repository")
    schema = json.loads(schema_path.read_text("utf-8"))
    compose = yaml.safe_load((REPO_ROOT / "docker-compose.yml").read_text("utf-8"))
    # the schema names draft-07 without the "#" the validator's registry keys it by
    jsonschema.Draft7Validator.check_schema(schema)
    jsonschema.Draft7Validator(schema).validate(compose)
    services = compose["services"]
    assert {"postgres", "redis", "web", "worker", "beat"} <= set(services)
    for name in ("postgres", "redis", "web", "worker", "beat"):
        assert "healthcheck" in services[name], name
    for name in ("web", "worker", "beat"):
        assert services[name]["build"]["dockerfile"] == "Dockerfile"
        assert ".env" in services[name]["env_file"]
    assert "postgres-data" in compose["volumes"]


def test_every_setting_is_documented_in_env_example() -> None:
    documented = {
        line.split("=", 1)[0]
        for line in (REPO_ROOT / ".env.example").read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    }
    settings_source = "".join(
        (REPO_ROOT / "workbench" / name).read_text("utf-8")
        for name in ("settings.py", "celery_settings.py", "pipeline_settings.py")
    )
    import re

    used = set(re.findall(r'env\.\w+\(\s*"([A-Z_]+)"', settings_source))
    assert used <= documented, used - documented


@pytest.mark.django_db
def test_django_checks_and_migrations_are_clean() -> None:
    call_command("check", stdout=StringIO())
    call_command("makemigrations", "--check", "--dry-run", stdout=StringIO())
