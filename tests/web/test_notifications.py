"""Notifications: the unread count in the layout, the dropdown, the page and mark-read."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import reverse

from reviews.models import Notification, Rating

pytestmark = pytest.mark.django_db


def unread_badge(html: str) -> int:
    match = re.search(r'class="notif-count" data-unread="(\d+)"', html)
    assert match
    return int(match.group(1))


def test_assignment_notifications_show_in_the_layout_and_on_the_page(
    client_for: Any, reviewer: Any, claim_in: Any
) -> None:
    claim = claim_in("assigned")
    client = client_for(reviewer)
    assert unread_badge(client.get("/").content.decode()) == 1
    html = client.get(reverse("web-notifications")).content.decode()
    assert "assigned you a claim" in html and f'href="/claims/{claim.pk}/"' in html
    dropdown = client.get(
        reverse("web-notifications") + "?fragment=dropdown", headers={"HX-Request": "true"}
    ).content.decode()
    assert "assigned you a claim" in dropdown and "<html" not in dropdown


def test_mark_one_or_all_notifications_read(client_for: Any, reviewer: Any, claim_in: Any) -> None:
    claim_in("assigned")
    claim_in("assigned")
    client = client_for(reviewer)
    first = Notification.objects.filter(recipient=reviewer).first()
    assert first is not None
    response = client.post(
        reverse("web-notifications-read"), {"id": first.pk}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert unread_badge(html) == 1 and 'id="notif-menu"' in html and "hx-swap-oob" in html
    response = client.post(reverse("web-notifications-read"))
    assert response.status_code == 302
    assert not Notification.objects.filter(recipient=reviewer, read_at__isnull=True).exists()


def test_users_only_mark_their_own_notifications(
    client_for: Any, reviewer: Any, other_reviewer: Any, claim_in: Any
) -> None:
    claim_in("assigned")
    theirs = Notification.objects.get(recipient=reviewer)
    client_for(other_reviewer).post(reverse("web-notifications-read"), {"id": theirs.pk})
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_ratings_css_gives_each_rating_its_colour_safely(
    client_for: Any, reviewer: Any, ratings: None
) -> None:
    Rating.objects.filter(slug="true").update(colour="#15803d")
    client = client_for(reviewer)
    response = client.get(reverse("web-ratings-css"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    true = Rating.objects.get(slug="true")
    assert f".rating-{true.pk}{{--rating:#15803d}}" in response.content.decode()
    again = client.get(reverse("web-ratings-css"), headers={"If-None-Match": response["ETag"]})
    assert again.status_code == 304


def test_an_invalid_colour_never_reaches_the_stylesheet(
    client_for: Any, reviewer: Any, monkeypatch: Any
) -> None:
    # The database refuses bad colours; the stylesheet refuses them again.
    from web import pages

    monkeypatch.setattr(pages, "rating_colours", lambda: [(7, "red}body{display:none")])
    css = client_for(reviewer).get(reverse("web-ratings-css")).content.decode()
    assert css == ".rating-7{--rating:#6b7280}\n"
