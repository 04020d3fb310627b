"""Who gets into the Django admin (issue 17, item 15): editors and admins; a reviewer, staff
flag or not, is sent to the admin's login page from every page, change pages included."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from core import roles
from tests.factories import make_claim, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fast_passwords(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def pages_of(claim: Any) -> list[str]:
    return [
        "/admin/",
        reverse("admin:claims_claim_changelist"),
        reverse("admin:claims_claim_change", args=[claim.pk]),
        reverse("admin:claims_article_change", args=[claim.article_id]),
        reverse("admin:reviews_rating_changelist"),
    ]


@pytest.mark.parametrize("is_staff", [False, True])
def test_a_reviewer_is_sent_to_the_login_page_from_every_admin_page(is_staff: bool) -> None:
    reviewer = make_user(username="rita", role="reviewer", is_staff=is_staff)
    browser = Client()
    browser.force_login(reviewer)
    for url in pages_of(make_claim()):
        response = browser.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/login/"), url
    assert not roles.can_use_admin(reviewer)


def test_an_editor_keeps_the_admin_with_its_change_pages() -> None:
    editor = make_user(username="edna", role="editor", is_staff=True)
    browser = Client()
    browser.force_login(editor)
    for url in pages_of(make_claim()):
        assert browser.get(url).status_code == 200, url


def test_the_demo_users_make_only_the_editor_staff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEMO_PASSWORD", "demo-secret-42")
    call_command("create_demo_users", stdout=StringIO())
    users = {user.username: user for user in get_user_model().objects.all()}
    assert {name: user.is_staff for name, user in users.items()} == {
        "editor": True,
        "reviewer": False,
        "reviewer2": False,
    }
    assert [name for name, user in users.items() if roles.can_use_admin(user)] == ["editor"]
