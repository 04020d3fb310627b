"""Admins issue export keys and register webhooks in the admin."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client
from rest_framework.test import APIClient

from core.api.authentication import hash_key
from reviews.models import ExportToken, Webhook, WebhookDelivery

pytestmark = pytest.mark.django_db


def test_an_admin_creates_an_export_key_that_is_shown_once(admin_user: Any) -> None:
    browser = Client()
    browser.force_login(admin_user)

    response = browser.post("/admin/reviews/exporttoken/add/", {"name": "Partner feed"})

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    match = re.search(
        r'<code id="export-key">(wbx_[A-Za-z0-9_-]+)</code>', response.content.decode()
    )
    assert match, "the new key is shown on the page"
    key = match.group(1)
    token = ExportToken.objects.get(name="Partner feed")
    assert token.key_hash == hash_key(key)
    assert token.created_by == admin_user
    # Never in a cookie (the messages cookie is signed, not encrypted) nor in the session.
    assert all(key not in morsel.value for morsel in browser.cookies.values())
    assert all(key not in str(value) for value in browser.session.values())
    for later in (f"/admin/reviews/exporttoken/{token.pk}/change/", "/admin/reviews/exporttoken/"):
        assert key not in browser.get(later).content.decode()

    machine = APIClient()
    machine.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert machine.get("/api/v1/verdicts/").status_code == 200
    assert machine.get("/api/v1/claims/").status_code == 403


def test_an_admin_revokes_export_keys(admin_user: Any) -> None:
    from core.api.authentication import export_token_issue

    key = export_token_issue(token=ExportToken(name="old"), by=admin_user)
    token = ExportToken.objects.get()
    browser = Client()
    browser.force_login(admin_user)
    browser.post(
        "/admin/reviews/exporttoken/",
        {"action": "revoke", "_selected_action": [token.pk]},
        follow=True,
    )
    token.refresh_from_db()
    assert token.revoked
    machine = APIClient()
    machine.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert machine.get("/api/v1/verdicts/").status_code == 401


def test_webhook_deliveries_are_visible_in_the_admin(admin_user: Any) -> None:
    browser = Client()
    browser.force_login(admin_user)
    response = browser.post(
        "/admin/reviews/webhook/add/",
        {
            "name": "Newsroom CMS",
            "url": "https://cms.example.org/hooks/verdicts",
            "secret": "shared",
            "events": ["verdict.published"],
            "active": "on",
            "deliveries-TOTAL_FORMS": "0",
            "deliveries-INITIAL_FORMS": "0",
        },
        follow=True,
    )
    assert response.status_code == 200
    hook = Webhook.objects.get()
    assert hook.events == ["verdict.published"]
    assert hook.created_by == admin_user
    WebhookDelivery.objects.create(
        webhook=hook, event="verdict.published", payload={}, status_code=500, error="HTTP 500"
    )
    page = browser.get(f"/admin/reviews/webhook/{hook.pk}/change/").content.decode()
    assert "HTTP 500" in page
    assert browser.get("/admin/reviews/webhookdelivery/").status_code == 200
