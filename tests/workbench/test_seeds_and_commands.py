from __future__ import annotations

from datetime import UTC, datetime
from io import StringIO
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from claims.models import Article
from reviews.models import Rating
from tests.conftest import REPO_ROOT, SHARED_DIR, require
from workbench.management.commands.create_demo_users import COLUMNS, UNCHANGED


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
    password = table_of(out.getvalue())["editor"][1]
    assert get_user_model().objects.get(username="editor").check_password(password)


def table_of(output: str) -> dict[str, tuple[str, str]]:
    """The demo-logins table: username -> (role, password), after checking its header."""
    lines = output.splitlines()
    assert lines[0].split() == ["Role", "Username", "Password"], output
    rows = {}
    for line in lines[2:]:
        role, username, password = line.split(maxsplit=2)
        rows[username] = (role, password)
    return rows


@pytest.mark.django_db
def test_the_demo_logins_print_as_a_table_of_role_username_and_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DEMO_PASSWORD", "demo-secret-42")
    out = StringIO()
    call_command("create_demo_users", stdout=out)
    assert table_of(out.getvalue()) == {
        "editor": ("editor", "demo-secret-42"),
        "reviewer": ("reviewer", "demo-secret-42"),
        "reviewer2": ("reviewer", "demo-secret-42"),
    }
    lines = out.getvalue().splitlines()
    # One column each: every row's username and password start where the header's do.
    for word in ("Username", "Password"):
        column = lines[0].index(word)
        assert all(line[column - 1] == " " and line[column] != " " for line in lines[2:]), lines
    assert "  " + "reviewer" + " " * 2 + "reviewer2" in out.getvalue()


@pytest.mark.django_db
def test_existing_demo_users_keep_their_password_and_the_table_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    call_command("create_demo_users", stdout=StringIO())
    out = StringIO()
    call_command("create_demo_users", stdout=out)
    rows = table_of(out.getvalue())
    assert rows["reviewer2"] == ("reviewer", UNCHANGED)


def test_run_sh_prints_the_admin_row_in_the_tables_columns() -> None:
    script = (REPO_ROOT / "scripts" / "run.sh").read_text()
    widths = "%-{}s%-{}s%s".format(*COLUMNS)
    assert f"printf '  {widths}\\n' admin admin" in script
    assert '"  admin     admin / ' not in script


@pytest.mark.sqlite
@pytest.mark.django_db
def test_manage_py_check_says_nothing_of_w040_on_sqlite() -> None:
    from django.db import connection

    assert connection.vendor == "sqlite"
    out, err = StringIO(), StringIO()
    call_command("check", databases=["default"], stdout=out, stderr=err)
    assert "W040" not in out.getvalue() + err.getvalue()
    assert "no issues" in out.getvalue()


def test_w040_is_silenced_only_where_the_backend_lacks_covering_indexes(settings: Any) -> None:
    from django.db import connection

    silenced = "models.W040" in settings.SILENCED_SYSTEM_CHECKS
    assert silenced == (not connection.features.supports_covering_indexes)
