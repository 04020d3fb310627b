"""The dashboard shows one truth: its cached counts agree with the live lists beside them
as soon as a claim changes state (issue: "In review 1 / Published 0" beside an empty
"Awaiting approval" list for half a minute after a publish)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import reverse

from tests.web.test_dashboard import stat_count

pytestmark = pytest.mark.django_db


def awaiting_links(html: str) -> list[str]:
    section = html.split('id="awaiting"')[1].split("</section>")[0]
    return re.findall(r'href="(/claims/\d+/)"', section)


def test_after_a_publish_the_counts_and_the_lists_agree_at_once(
    client_for: Any, editor: Any, claim_in: Any, django_capture_on_commit_callbacks: Any
) -> None:
    waiting = claim_in("in_review")
    client = client_for(editor)
    html = client.get(reverse("dashboard")).content.decode()
    assert stat_count(html, "in_review") == 1 and stat_count(html, "published") == 0
    assert awaiting_links(html) == [f"/claims/{waiting.pk}/"]
    # The counts are now cached; publishing through the workspace forgets them on commit.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("web-claim-action", args=[waiting.pk, "approve"]),
            {"version": waiting.version},
        )
    assert response.status_code == 302
    html = client.get(reverse("dashboard")).content.decode()
    assert awaiting_links(html) == []
    assert stat_count(html, "in_review") == 0
    assert stat_count(html, "published") == 1
    assert "1 in total" in html  # the chart too


@pytest.mark.parametrize(
    ("state", "action", "data", "before", "after"),
    [
        ("candidate", "queue", {}, "candidate", "queued"),
        ("in_progress", "submit", {}, "in_progress", "in_review"),
        ("in_review", "return", {"comment": "Needs a second source."}, "in_review", "in_progress"),
    ],
)
def test_every_transition_moves_the_counts_at_once(
    state: str,
    action: str,
    data: dict[str, str],
    before: str,
    after: str,
    client_for: Any,
    editor: Any,
    reviewer: Any,
    claim_in: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    claim = claim_in(state)
    actor = reviewer if action == "submit" else editor
    client = client_for(actor)
    html = client.get(reverse("dashboard")).content.decode()
    assert stat_count(html, before) == 1 and stat_count(html, after) == 0
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("web-claim-action", args=[claim.pk, action]),
            {"version": claim.version, **data},
        )
    assert response.status_code == 302
    html = client.get(reverse("dashboard")).content.decode()
    assert stat_count(html, before) == 0 and stat_count(html, after) == 1
