"""The dashboard's link-rot flag and the link-rot page."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import pytest
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from archive.models import Snapshot, SnapshotStatus
from reviews import services
from reviews.models import Source
from tests.factories import make_user
from tests.web.claims.pages import HX

pytestmark = pytest.mark.django_db

SINCE = datetime(2026, 12, 5, 9, 0, tzinfo=timezone.get_current_timezone())


def _archived(claim: Any, by: Any, url: str, **flags: Any) -> Source:
    source = services.source_add(claim=claim, by=by, url=url)
    # What the archive worker and the sweep write (tests/archive covers them).
    Snapshot.objects.create(
        source=source, status=SnapshotStatus.OK, body_file="archive/x.gz", **flags
    )
    return source


def _rot(claim_in: Any, reviewer: Any, n: int) -> list[Source]:
    """n gone, n changed and n steady sources, each on a claim of its own."""
    rotten = []
    for index in range(n):
        rotten.append(
            _archived(
                claim_in("in_progress"),
                reviewer,
                f"https://example.org/gone/{index}",
                gone=True,
                recheck_status=404,
                flagged_at=SINCE,
            )
        )
        rotten.append(
            _archived(
                claim_in("in_progress"),
                reviewer,
                f"https://example.org/changed/{index}",
                changed=True,
                flagged_at=SINCE,
            )
        )
        _archived(claim_in("in_progress"), reviewer, f"https://example.org/steady/{index}")
    return rotten


def test_the_dashboard_loads_the_card_after_the_page(client_for: Any, editor: Any) -> None:
    html = client_for(editor).get(reverse("dashboard")).content.decode()
    card = re.search(r'<section class="card" id="link-rot"[^>]*>', html)
    assert card is not None
    assert 'hx-get="/sources/link-rot/" hx-trigger="load" hx-swap="outerHTML"' in card.group(0)
    # Without JavaScript, the card's link leads to the page.
    assert '<a class="small" href="/sources/link-rot/">All →</a>' in html


def test_the_card_counts_gone_and_changed_and_links_to_their_claims(
    client_for: Any, reviewer: Any, claim_in: Any
) -> None:
    gone, changed = _rot(claim_in, reviewer, 1)
    response = client_for(reviewer).get(reverse("web-link-rot"), headers=HX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "hx-get" not in html  # filled in: it does not load itself again
    assert 'data-rot-total="2"' in html
    assert "1 source gone, 1 changed since archived — the archived copies stay." in html
    for source in (gone, changed):
        assert f'href="/claims/{source.claim_id}/"' in html
    # The day as every page writes it (web.dates: LANGUAGE_CODE's DATE_FORMAT), not "5 Dec".
    since = '<time datetime="2026-12-05T09:00:00+00:00">Dec. 5, 2026</time>'
    assert f"gone (404) since {since}" in html
    assert f"changed since {since}" in html
    copy = Snapshot.objects.get(source=gone)
    assert f'href="/archive/{copy.pk}/"' in html


@override_settings(LANGUAGE_CODE="en-gb", TIME_ZONE="Asia/Kathmandu")
def test_the_card_writes_the_day_in_the_language_and_time_zone(
    client_for: Any, reviewer: Any, claim_in: Any
) -> None:
    _rot(claim_in, reviewer, 1)
    html = client_for(reviewer).get(reverse("web-link-rot"), headers=HX).content.decode()
    # 09:00 UTC is 14:45 in Kathmandu, the same day; British English puts the day first.
    assert html.count(">5 Dec 2026</time>") == 2


def test_no_rot_says_so(client_for: Any, reviewer: Any, claim_in: Any) -> None:
    _archived(claim_in("in_progress"), reviewer, "https://example.org/fine")
    html = client_for(reviewer).get(reverse("web-link-rot"), headers=HX).content.decode()
    assert "0 sources gone, 0 changed since archived." in html
    assert "Every archived source still reads as it did." in html


def test_the_page_lists_them_all(
    client_for: Any, editor: Any, reviewer: Any, claim_in: Any
) -> None:
    rotten = _rot(claim_in, reviewer, 7)
    response = client_for(editor).get(reverse("web-link-rot"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Link rot</h1>" in html
    assert "7 sources gone, 7 changed since archived" in html
    assert all(f'href="/claims/{s.claim_id}/"' in html for s in rotten)


def test_only_people_with_a_role_see_it(client: Client) -> None:
    url = reverse("web-link-rot")
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(make_user(username="visitor"))
    assert client.get(url).status_code == 403
    assert client.post(url).status_code == 405


@pytest.mark.parametrize("size", [2, 20])
def test_the_card_and_page_cost_a_fixed_number_of_queries(
    size: int,
    client_for: Any,
    editor: Any,
    reviewer: Any,
    claim_in: Any,
    django_assert_num_queries: Any,
) -> None:
    _rot(claim_in, reviewer, size)
    client = client_for(editor)
    # Session, user, roles; the counts; the sources with their claims.
    with django_assert_num_queries(5):
        html = client.get(reverse("web-link-rot"), headers=HX).content.decode()
    assert html.count('<li class="claim-item">') == min(2 * size, 5)  # the card's first few
    # The page adds the top bar's unread notifications.
    with django_assert_num_queries(6):
        html = client.get(reverse("web-link-rot")).content.decode()
    assert html.count('<li class="claim-item">') == 2 * size
