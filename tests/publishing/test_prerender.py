"""A verdict's public page is rendered when it is published, corrected or reopened (by a
worker: publishing.tasks) into the shared page cache, so that its first reader gets it for
the stamp and a cache read. What is kept is byte for byte a fresh render, and it is never
served once what the page shows has changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.cache import caches
from django.test import Client

from claims.models import Claim
from publishing import pages, selectors
from reviews import services
from reviews.models import Rating
from tests.publishing.conftest import PublishFn, write

pytestmark = pytest.mark.django_db


def _path(claim: Claim) -> str:
    stamp = selectors.detail_stamp(claim.pk)
    assert stamp is not None
    return stamp.path


def _fresh(path: str) -> bytes:
    """The page rendered afresh: nothing kept."""
    caches[pages.PAGE_CACHE].clear()
    response = Client().get(path)
    assert response.status_code == 200
    return bytes(response.content)


def test_a_published_verdict_is_rendered_before_its_first_reader(
    client: Client,
    publish: PublishFn,
    django_capture_on_commit_callbacks: Any,
    django_assert_num_queries: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        claim = publish(claim_as_stated="Unemployment has halved")
    path = _path(claim)
    # The stamp and the cache read: the worker rendered both pages.
    with django_assert_num_queries(2):
        kept = client.get(path)
    with django_assert_num_queries(2):
        index = client.get("/checks/")
    assert "Unemployment has halved" in kept.content.decode()
    assert "Unemployment has halved" in index.content.decode()
    assert kept.content == _fresh(path)
    assert index.content == _fresh("/checks/")


def test_a_reopened_claim_keeps_its_published_page_and_a_correction_is_rendered_again(
    client: Client,
    publish: PublishFn,
    people: dict[str, Any],
    django_capture_on_commit_callbacks: Any,
    django_assert_num_queries: Any,
) -> None:
    claim = publish(summary="The first summary.")
    path = _path(claim)
    with django_capture_on_commit_callbacks(execute=True):
        services.claim_reopen(claim=claim, by=people["editor"], note="Checking the figure.")
    with django_assert_num_queries(2):
        reopened = client.get(path)
    assert "The first summary." in reopened.content.decode()
    assert reopened.content == _fresh(path)

    write(claim, people["reviewer"], summary="A draft summary.")
    drafting = client.get(path).content.decode()  # its stamp moved: rendered afresh
    assert "The first summary." in drafting and "A draft summary." not in drafting

    with django_capture_on_commit_callbacks(execute=True):
        services.claim_submit(claim=claim, by=people["reviewer"])
        services.claim_approve(claim=claim, by=people["editor2"])
    with django_assert_num_queries(2):
        corrected = client.get(path)
    html = corrected.content.decode()
    assert "A draft summary." in html and "The first summary." not in html
    assert "Summary rewritten" in html
    assert corrected.content == _fresh(path)


def test_the_entity_tag_and_304s_follow_a_prerendered_page(
    client: Client,
    publish: PublishFn,
    correct: Callable[..., Claim],
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        claim = publish()
    path = _path(claim)
    first = client.get(path)
    assert client.get(path, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get(path, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    with django_capture_on_commit_callbacks(execute=True):
        correct(claim, note="Fixed.", summary="The corrected summary.")
    again = client.get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]
    assert "The corrected summary." in again.content.decode()


def test_a_change_to_the_rating_scale_is_never_served_from_a_kept_page(
    client: Client, publish: PublishFn
) -> None:
    claim = publish(rating="false")
    path = _path(claim)
    before = client.get(path)
    index = client.get("/checks/")
    rating = Rating.objects.get(slug="false")
    rating.label = "Wrong"
    rating.description = "Renamed by the editors."
    rating.save()
    after = client.get(path, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert "Renamed by the editors." in after.content.decode()
    assert ">Wrong</option>" in client.get("/checks/").content.decode()
    assert ">Wrong</option>" not in index.content.decode()


def test_a_signed_in_reader_gets_the_same_page_as_everyone(
    client: Client, publish: PublishFn, people: dict[str, Any]
) -> None:
    claim = publish()
    path = _path(claim)
    anonymous = Client().get(path)
    client.force_login(people["editor"])
    signed_in = client.get(path)
    assert signed_in.content == anonymous.content
    assert "private" in signed_in["Cache-Control"]  # the middleware keeps it out of proxies


def test_an_unreachable_page_cache_costs_a_render_never_the_page(
    client: Client, publish: PublishFn, settings: Any
) -> None:
    claim = publish(claim_as_stated="Crime halved")
    path = _path(claim)
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        },
    }
    page = client.get(path)
    assert page.status_code == 200 and "Crime halved" in page.content.decode()
    assert "Crime halved" in client.get("/checks/").content.decode()
    assert pages.prerender(claim_id=claim.pk) is True


def test_the_worker_task_renders_nothing_for_a_claim_without_a_public_verdict(
    publish: PublishFn,
) -> None:
    from publishing.tasks import render_public_pages

    claim = publish()
    assert render_public_pages(claim.pk) == "rendered"
    assert render_public_pages(999_999) == "not public"
