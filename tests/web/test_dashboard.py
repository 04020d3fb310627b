"""The dashboard: counts per state, my work, overdue, backlog and the throughput chart."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.core.cache import cache
from django.urls import reverse

from claims.models import ExtractionStatus
from reviews import selectors
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_counts_per_state_link_to_the_filtered_queue(
    client_for: Any, editor: Any, claim_in: Any
) -> None:
    claim_in("candidate")
    claim_in("candidate")
    claim_in("queued")
    html = client_for(editor).get(reverse("dashboard")).content.decode()
    candidate = re.search(
        r'href="/queue/\?status=candidate">\s*<span class="stat-count">(\d+)</span>', html
    )
    queued = re.search(
        r'href="/queue/\?status=queued">\s*<span class="stat-count">(\d+)</span>', html
    )
    assert candidate and candidate.group(1) == "2"
    assert queued and queued.group(1) == "1"


def test_a_reviewer_sees_their_own_assignments_only(
    client_for: Any, reviewer: Any, other_reviewer: Any, editor: Any, claim_in: Any
) -> None:
    mine = claim_in("assigned")
    theirs = claim_in("queued")
    from reviews import services

    services.claim_assign(claim=theirs, by=editor, assignee=other_reviewer)
    html = client_for(reviewer).get(reverse("dashboard")).content.decode()
    my_work = html.split('id="my-work"')[1].split("</section>")[0]
    assert f'href="/claims/{mine.pk}/"' in my_work
    assert f'href="/claims/{theirs.pk}/"' not in my_work
    # Overdue and approval lists are for editors.
    assert 'id="overdue"' not in html and 'id="awaiting"' not in html


def test_editors_see_overdue_claims_and_verdicts_awaiting_approval(
    client_for: Any, editor: Any, claim_in: Any
) -> None:
    late = claim_in("assigned")
    from django.utils import timezone

    from reviews import services

    services.claim_assign(
        claim=late, by=editor, assignee=late.assignee, due_at=timezone.now() - timedelta(days=2)
    )
    waiting = claim_in("in_review")
    html = client_for(editor).get(reverse("dashboard")).content.decode()
    overdue = html.split('id="overdue"')[1].split("</section>")[0]
    awaiting = html.split('id="awaiting"')[1].split("</section>")[0]
    assert f'href="/claims/{late.pk}/"' in overdue and "is-overdue" in overdue
    assert f'href="/claims/{waiting.pk}/"' in awaiting


def test_extraction_backlog_counts_articles_by_status(client_for: Any, editor: Any) -> None:
    make_article(extraction_status=ExtractionStatus.PENDING)
    make_article(extraction_status=ExtractionStatus.PENDING)
    make_article(extraction_status=ExtractionStatus.FAILED)
    html = client_for(editor).get(reverse("dashboard")).content.decode()
    backlog = html.split('id="backlog"')[1].split("</section>")[0]
    rows = dict(re.findall(r'extraction-(\w+)">.*?</dt><dd>(\d+)</dd>', backlog, re.S))
    assert rows["pending"] == "2" and rows["failed"] == "1" and rows["running"] == "0"


def test_the_chart_is_inline_svg_with_30_bars_and_no_inline_styles(
    client_for: Any, editor: Any, claim_in: Any
) -> None:
    claim_in("published")
    html = client_for(editor).get(reverse("dashboard")).content.decode()
    svg = html.split('<svg class="chart"')[1].split("</svg>")[0]
    bars = re.findall(
        r'<rect class="chart-bar[^"]*" x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)"', svg
    )
    assert len(bars) == 30
    assert float(bars[-1]) > 0  # today's publication has a visible bar
    assert sum(1 for height in bars if float(height) > 0) == 1
    assert "style" not in svg
    assert "1 in total" in html


@pytest.mark.parametrize("size", [5, 60])
def test_dashboard_query_count_does_not_grow_with_data(
    size: int,
    populate: Any,
    client_for: Any,
    editor: Any,
    reviewer: Any,
    django_assert_num_queries: Any,
) -> None:
    populate(size)
    selectors.forget_dashboard_counts()  # the figures' version exists, as after any transition
    editor_client = client_for(editor)
    # Session, user, roles, unread notifications, the figures' version, my claims, overdue,
    # awaiting approval; then the counts per state, the extraction backlog and the chart,
    # which are cached.
    with django_assert_num_queries(11):
        assert editor_client.get(reverse("dashboard")).status_code == 200
    with django_assert_num_queries(8):
        assert editor_client.get(reverse("dashboard")).status_code == 200
    reviewer_client = client_for(reviewer)
    with django_assert_num_queries(6):
        assert reviewer_client.get(reverse("dashboard")).status_code == 200


def stat_count(html: str, status: str) -> int:
    found = re.search(
        rf'href="/queue/\?status={status}">\s*<span class="stat-count">(\d+)</span>', html
    )
    assert found
    return int(found.group(1))


def test_counts_of_new_claims_are_at_most_half_a_minute_old(
    client_for: Any, editor: Any, claim_in: Any, monkeypatch: Any
) -> None:
    claim_in("candidate")
    client = client_for(editor)
    assert stat_count(client.get(reverse("dashboard")).content.decode(), "candidate") == 1
    claim_in("candidate")
    # Counting a million claims is too slow for every view: the cards lag a little.
    assert stat_count(client.get(reverse("dashboard")).content.decode(), "candidate") == 1
    html = client.get(reverse("dashboard")).content.decode()
    assert "new claims and extraction progress show within 30 seconds" in html
    monkeypatch.setattr(selectors.dashboard, "DASHBOARD_COUNTS_SECONDS", 0)
    cache.clear()  # what half a minute does
    assert stat_count(client.get(reverse("dashboard")).content.decode(), "candidate") == 2
    claim_in("candidate")
    assert stat_count(client.get(reverse("dashboard")).content.decode(), "candidate") == 3
