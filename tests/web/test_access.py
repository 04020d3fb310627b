"""Who can open which page: anonymous users only see the login page."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from tests.factories import make_user

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/queue/",
    "/articles/",
    "/articles/new/",
    "/notifications/",
    "/ratings.css",
]


@pytest.mark.parametrize("url", PAGES)
def test_anonymous_users_are_sent_to_the_login_page(client: Any, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login") + "?next=")


def test_anonymous_users_cannot_reach_article_claim_or_action_urls(
    client: Any, claim_in: Any
) -> None:
    claim = claim_in("assigned")
    for url in (
        f"/articles/{claim.article_id}/",
        f"/claims/{claim.pk}/",
    ):
        assert client.get(url).status_code == 302
    for url in (
        f"/claims/{claim.pk}/start/",
        f"/claims/{claim.pk}/review/",
        f"/claims/{claim.pk}/sources/",
        f"/articles/{claim.article_id}/claims/",
        "/queue/assign/",
        f"/queue/claims/{claim.pk}/assign/",
        "/notifications/read/",
    ):
        response = client.post(url, {})
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login"))
    claim.refresh_from_db()
    assert claim.status == "assigned"


def test_the_login_page_is_open_and_has_no_navigation(client: Any) -> None:
    response = client.get(reverse("login"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="username"' in html and 'name="password"' in html
    assert 'id="main-nav"' not in html


def test_signing_in_leads_to_the_dashboard(client: Any, reviewer: Any) -> None:
    response = client.post(
        reverse("login"), {"username": "rita", "password": "pw-for-tests-123"}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("dashboard")
    assert b"Dashboard" in response.content


def test_a_user_without_a_role_is_refused_with_403(client: Any) -> None:
    nobody = make_user(username="nobody")
    client.force_login(nobody)
    for url in ("/", "/queue/", "/articles/"):
        assert client.get(url).status_code == 403


def test_the_layout_shows_navigation_role_and_a_post_logout(client_for: Any, editor: Any) -> None:
    html = client_for(editor).get("/").content.decode()
    for label in ("Dashboard", "Queue", "Articles", "Admin"):
        assert f">{label}</a>" in html
    assert "role-editor" in html
    assert f'action="{reverse("logout")}"' in html and 'method="post"' in html


def test_admin_link_is_only_for_staff(client_for: Any, reviewer: Any) -> None:
    reviewer.is_staff = False
    reviewer.save()
    html = client_for(reviewer).get("/").content.decode()
    assert ">Admin</a>" not in html


def test_signing_out_is_a_post(client_for: Any, editor: Any) -> None:
    client = client_for(editor)
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert client.get("/").status_code == 302


def test_every_page_sends_the_csrf_token_to_htmx_and_loads_only_local_scripts(
    client_for: Any, editor: Any
) -> None:
    html = client_for(editor).get("/").content.decode()
    assert 'hx-headers=\'{"X-CSRFToken": "' in html
    assert "/static/vendor/htmx.min.js" in html
    assert "<script>" not in html and "style=" not in html and "<style" not in html
    assert "https://" not in html.split("<body")[0]  # no CDN in <head>


def test_static_files_are_served(client: Any) -> None:
    for path in (
        "/static/vendor/htmx.min.js",
        "/static/workbench/app.js",
        "/static/workbench/app.css",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert len(body) > 500, path
