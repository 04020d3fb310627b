from __future__ import annotations

from datetime import UTC, datetime
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from claims.models import Article
from reviews.models import Rating
from tests.conftest import REPO_ROOT, SHARED_DIR, require


def test_the_seed_article_is_kept_byte_for_byte() -> None:
    original = SHARED_DIR / "seeds" / "000_cb8a2c0b20e0e221.txt"
    require(original.exists(), "shared seeds are not beside the repository")
    assert (REPO_ROOT / "seeds" / original.name).read_bytes() == original.read_bytes()


@pytest.mark.django_db
def test_load_seeds_twice_gives_one_article_and_one_scale() -> None:
    call_command("load_seeds", stdout=StringIO())
    call_command("load_seeds", stdout=StringIO())
    assert Article.objects.count() == 1
    article = Article.objects.get()
    assert article.published_at == datetime(2025, 9, 4, tzinfo=UTC)
    assert article.body.startswith("Russia once again rejected")
    assert "You can now listen" not in article.body
    assert article.outlet == "Fox News"
    assert article.title.startswith("Russia once again rejected the idea")
    assert Rating.objects.count() == 7


@pytest.mark.django_db
def test_the_default_scale_is_ordinal_five_to_one_plus_two_labels() -> None:
    call_command("load_seeds", stdout=StringIO())
    values = {r.slug: r.value for r in Rating.objects.all()}
    assert values == {
        "true": 5,
        "mostly-true": 4,
        "mixed": 3,
        "mostly-false": 2,
        "false": 1,
        "misleading": None,
        "unverifiable": None,
    }
    assert all(r.description for r in Rating.objects.all())
    assert [r.slug for r in Rating.objects.all()][:2] == ["true", "mostly-true"]


@pytest.mark.django_db
def test_create_demo_users_makes_an_editor_and_two_reviewers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DEMO_PASSWORD", "demo-secret-42")
    out = StringIO()
    call_command("create_demo_users", stdout=out)
    call_command("create_demo_users", stdout=StringIO())
    users = {u.username: u for u in get_user_model().objects.all()}
    assert set(users) == {"editor", "reviewer", "reviewer2"}
    assert users["editor"].groups.filter(name="editor").exists()
    assert users["reviewer2"].groups.filter(name="reviewer").exists()
    assert users["reviewer"].check_password("demo-secret-42")
    assert "demo-secret-42" in out.getvalue()


@pytest.mark.django_db
def test_demo_passwords_are_random_and_printed_without_demo_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    out = StringIO()
    call_command("create_demo_users", stdout=out)
    password = out.getvalue().split("editor / ")[1].split()[0]
    assert get_user_model().objects.get(username="editor").check_password(password)
