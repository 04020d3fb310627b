"""A stored copy is shown sandboxed: its scripts never run in the workbench's origin."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.urls import reverse

from archive import services
from archive.models import Snapshot
from reviews.models import Source
from tests.archive.pages import PageServer, article
from tests.factories import make_user

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("archive_settings"),
    pytest.mark.urls("tests.archive.urls"),
]

HOSTILE = article(
    "Hostile page",
    "The figure was 4.2 percent.",
    extra=(
        "<script>document.cookie='stolen=1';fetch('/api/v1/claims/')</script>"
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">'
        "<base href='https://evil.example/'>"
    ),
).replace("<article>", "<article><img src=x onerror=alert(1)><iframe src='/admin/'></iframe>")


@pytest.fixture
def snapshot(pages: PageServer, add_source: Callable[..., Source]) -> Snapshot:
    taken = services.source_archive(source_id=add_source(pages.page("/p", HOSTILE)).pk)
    assert taken is not None and taken.body_file
    return taken


def test_the_copy_url_is_the_one_sources_carry(snapshot: Snapshot) -> None:
    path = reverse("archive:snapshot", args=[snapshot.pk])
    assert services.snapshot_url(snapshot) == "https://workbench.example.org" + path


def test_the_copy_is_served_sandboxed(client_for: Any, reviewer: Any, snapshot: Snapshot) -> None:
    response = client_for(reviewer).get(f"/archive/{snapshot.pk}/")
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    directives = [d.strip() for d in policy.split(";")]
    assert directives[0] == "sandbox"  # no allow-scripts, no allow-same-origin
    assert "default-src 'none'" in directives
    assert "script-src" not in policy and "allow-" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert response["Content-Type"] == "text/html; charset=utf-8"
    # The page itself is what was archived, byte for byte: the sandbox makes it inert.
    assert response.content == HOSTILE.encode()


def test_the_text_view_serves_the_main_text_as_plain_text(
    client_for: Any, editor: Any, snapshot: Snapshot
) -> None:
    response = client_for(editor).get(f"/archive/{snapshot.pk}/text/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Security-Policy"].startswith("sandbox;")
    assert response["X-Content-Type-Options"] == "nosniff"
    text = response.content.decode()
    assert text.startswith("Hostile page\n\n")
    assert "The figure was 4.2 percent." in text
    assert "<script" not in text


def test_an_anonymous_visitor_is_sent_to_log_in(client: Any, snapshot: Snapshot) -> None:
    response = client.get(f"/archive/{snapshot.pk}/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_an_account_without_a_role_sees_no_copy(client_for: Any, snapshot: Snapshot) -> None:
    assert (
        client_for(make_user(username="nobody")).get(f"/archive/{snapshot.pk}/").status_code == 403
    )


def test_a_failed_snapshot_has_no_copy(
    client_for: Any, reviewer: Any, pages: PageServer, add_source: Callable[..., Source]
) -> None:
    failed = services.source_archive(source_id=add_source(pages.page("/x", "", status=404)).pk)
    assert failed is not None
    assert client_for(reviewer).get(f"/archive/{failed.pk}/").status_code == 404
    assert client_for(reviewer).get("/archive/999999/").status_code == 404


@pytest.mark.parametrize(
    ("stored", "served"),
    [
        ("text/html; charset=windows-1250", "text/html; charset=windows-1250"),
        ("text/plain", "text/plain"),
        ('text/html; charset="utf-8"', "text/html; charset=utf-8"),
        ("text/html; charset=x<y>", "text/html"),
        ("image/svg+xml", "text/plain"),
        ("", "text/html"),
    ],
)
def test_the_served_type_is_rebuilt_from_safe_parts(
    client_for: Any, reviewer: Any, snapshot: Snapshot, stored: str, served: str
) -> None:
    Snapshot.objects.filter(pk=snapshot.pk).update(content_type=stored)
    response = client_for(reviewer).get(f"/archive/{snapshot.pk}/")
    assert response["Content-Type"] == served
