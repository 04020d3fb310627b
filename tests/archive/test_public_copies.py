"""The copy of a source a published verdict cites is public when the public site is on: a
reader follows the fact-check page's link without logging in. Every other copy stays the
workbench's own."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from archive import selectors, services
from archive.models import Snapshot
from reviews import services as review_services
from reviews.models import Source
from tests.archive.conftest import publish_claim
from tests.archive.pages import PageServer, article
from tests.factories import make_user

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("archive_settings"),
    pytest.mark.urls("tests.archive.urls"),
]

PAGE = article("March release", "The rate was 8.4 percent.", extra="<script>alert(1)</script>")
SANDBOX_HEADERS = (
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "X-Frame-Options",
    "Referrer-Policy",
    "Cache-Control",
    "Content-Type",
)


@pytest.fixture(autouse=True)
def public_site(settings: Any) -> None:
    settings.PUBLIC_SITE = True


def _archive(source: Source) -> Snapshot:
    snapshot = services.source_archive(source_id=source.pk)
    assert snapshot is not None and snapshot.body_file
    return snapshot


_publish = publish_claim


@pytest.fixture
def archived(pages: PageServer, add_source: Callable[..., Source]) -> Snapshot:
    """A copy of a source of a claim still being checked."""
    return _archive(add_source(pages.page("/release", PAGE), title="March release"))


@pytest.fixture
def published(archived: Snapshot, editor: Any, reviewer: Any) -> Snapshot:
    """The same copy once the claim's verdict is published."""
    _publish(archived.source.claim, editor=editor, reviewer=reviewer)
    return archived


def test_anyone_may_read_the_copy_of_a_published_source(client: Any, published: Snapshot) -> None:
    response = client.get(f"/archive/{published.pk}/")
    assert response.status_code == 200
    assert response.content == PAGE.encode()
    text = client.get(f"/archive/{published.pk}/text/")
    assert text.status_code == 200
    assert "The rate was 8.4 percent." in text.content.decode()
    # A signed-in account without a role reads it too, as any reader of the public page.
    nobody = make_user(username="nobody")
    client.force_login(nobody)
    assert client.get(f"/archive/{published.pk}/").status_code == 200


def test_the_public_copy_keeps_the_sandbox_headers(
    client_for: Any, reviewer: Any, published: Snapshot
) -> None:
    for path in (f"/archive/{published.pk}/", f"/archive/{published.pk}/text/"):
        anonymous = Client().get(path)
        assert anonymous["Content-Security-Policy"].split(";")[0] == "sandbox"
        assert "allow-" not in anonymous["Content-Security-Policy"]
        assert anonymous["X-Content-Type-Options"] == "nosniff"
        staff = client_for(reviewer).get(path)
        for header in SANDBOX_HEADERS:
            if header == "Cache-Control":
                continue  # a signed-in user's answer is also no-store (workbench.middleware)
            assert anonymous[header] == staff[header], header
        assert anonymous["Cache-Control"] == "private, max-age=3600"


def test_the_copy_of_an_unpublished_claim_asks_to_log_in(
    client: Any, client_for: Any, archived: Snapshot
) -> None:
    for path in (f"/archive/{archived.pk}/", f"/archive/{archived.pk}/text/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")
    assert client_for(make_user(username="nobody")).get(f"/archive/{archived.pk}/").status_code == (
        403
    )
    assert selectors.snapshot_public(pk=archived.pk) is None


def test_no_copy_is_public_while_the_public_site_is_off(
    client: Any, settings: Any, published: Snapshot
) -> None:
    settings.PUBLIC_SITE = False
    response = client.get(f"/archive/{published.pk}/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert client.get(f"/archive/{published.pk}/text/").status_code == 302


def test_a_source_added_after_publication_stays_private(
    client: Any,
    pages: PageServer,
    editor: Any,
    reviewer: Any,
    add_source: Callable[..., Source],
    published: Snapshot,
) -> None:
    claim = published.source.claim
    review_services.claim_reopen(claim=claim, by=editor, note="A newer release came out.")
    later = _archive(add_source(pages.page("/later", PAGE), claim=claim))
    assert client.get(f"/archive/{later.pk}/").status_code == 302
    # The published verdict still cites the first source, whose copy stays public.
    assert client.get(f"/archive/{published.pk}/").status_code == 200


def test_a_copy_taken_after_publication_is_public_too(
    client: Any,
    pages: PageServer,
    editor: Any,
    reviewer: Any,
    add_source: Callable[..., Source],
) -> None:
    # Published with no copy: the revision's archived URL is null, and the public page
    # links the copy the source has by then.
    source = add_source(pages.page("/release", PAGE))
    _publish(source.claim, editor=editor, reviewer=reviewer)
    copy = _archive(source)
    page = client.get(f"/checks/{source.claim_id}/", follow=True)
    assert f'href="{services.snapshot_url(copy)}"' in page.content.decode()
    assert client.get(f"/archive/{copy.pk}/").status_code == 200


def test_a_copy_of_another_claims_source_is_not_public(
    client: Any, pages: PageServer, add_source: Callable[..., Source], published: Snapshot
) -> None:
    # Same URL as the published source, but another claim with no published verdict.
    other = _archive(add_source(published.source.url))
    assert client.get(f"/archive/{other.pk}/").status_code == 302


def test_a_missing_or_failed_copy_is_not_found_for_staff_and_private_otherwise(
    client: Any, client_for: Any, reviewer: Any
) -> None:
    assert client.get("/archive/999999/").status_code == 302
    assert client_for(reviewer).get("/archive/999999/").status_code == 404


def test_the_public_copy_costs_one_query(
    client: Any, django_assert_num_queries: Any, published: Snapshot
) -> None:
    with django_assert_num_queries(1):
        assert client.get(f"/archive/{published.pk}/").status_code == 200
    with django_assert_num_queries(1):
        assert selectors.snapshot_public(pk=published.pk) is not None


def test_the_fact_check_pages_link_opens_signed_out(client: Any, published: Snapshot) -> None:
    page = client.get(f"/checks/{published.source.claim_id}/", follow=True)
    assert page.status_code == 200
    link = services.snapshot_url(published)
    assert f'href="{link}"' in page.content.decode()
    path = re.sub(r"^https://[^/]+", "", link)
    copy = client.get(path)
    assert copy.status_code == 200
    assert copy["Content-Security-Policy"].startswith("sandbox;")
    assert copy.content == PAGE.encode()
