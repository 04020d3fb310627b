"""The queue's rows are worked out in Python (web/queue.py, queue_rows): they read as
the template filters they replace would have rendered them, and user text stays escaped."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from claims.models import Claim
from reviews import selectors
from reviews.models import Rating
from tests.factories import make_article, make_claim
from web.queue import queue_rows

pytestmark = pytest.mark.django_db

# What the row template used to print for a claim, through the filters.
FILTERS = Template(
    "{% load humanize core_dates %}"
    "{{ c.text|truncatechars:180 }}|{{ c.checkworthiness|stringformat:'.3f' }}|"
    "{{ c.due_at|date:'c' }}|{{ c.due_at|day }}|"
    "{{ c.updated_at|date:'c' }}|{{ c.updated_at|moment }}|"
    "{{ c.updated_at|naturaltime }}"
)
ROW_KEYS = ("text", "score", "due_iso", "due_day", "updated_iso", "updated_title", "updated_ago")


@pytest.mark.parametrize("zone", ["UTC", "America/St_Johns", "Asia/Kathmandu"])
@pytest.mark.parametrize(
    "text",
    [
        "Short claim.",
        "Long claim " + "x" * 200,
        # Combining accents do not count towards the 180 characters; NFD text comes out NFC.
        "Zielin\u0301ski " + "e\u0301" * 178 + " end",
        "Caf\u0065\u0301 " * 40,
    ],
)
def test_a_row_reads_as_the_template_filters_rendered_it(
    zone: str, text: str, editor: Any, reviewer: Any
) -> None:
    from reviews import services

    claim = make_claim(text=text, checkworthiness=0.83456)
    services.claim_triage(claim=claim, by=editor, decision="queue")
    services.claim_assign(
        claim=claim, by=editor, assignee=reviewer, due_at=timezone.now() - timedelta(hours=30)
    )
    Claim.objects.filter(pk=claim.pk).update(
        updated_at=timezone.now() - timedelta(days=3, hours=5, minutes=7)
    )
    claim = Claim.objects.get(pk=claim.pk)
    with timezone.override(zone):
        expected = FILTERS.render(Context({"c": claim}))
        (row,) = queue_rows(selectors.claim_queue_rows(ids=[claim.pk]))
    assert "|".join(escape(row[key]) for key in ROW_KEYS) == expected
    assert row["overdue"] is True
    assert row["assignee"] == reviewer.get_username()
    assert row["href"] == reverse("web-claim", args=[claim.pk])
    assert row["score_pct"] == "83"


def test_a_row_without_due_date_rating_or_claimant(editor: Any) -> None:
    claim = make_claim(claimant="", article=make_article(outlet=""))
    (row,) = queue_rows(selectors.claim_queue_rows(ids=[claim.pk]))
    assert row["claimant"] == ""  # nothing to say: the row shows no claimant
    assert row["outlet"] == ""
    assert row["due_iso"] == row["due_day"] == row["assignee"] == ""
    assert row["rating"] is None
    assert row["overdue"] is False
    assert row["status_label"] == "Candidate"


def test_rows_come_in_the_order_of_the_ids_given() -> None:
    claims = [make_claim() for _ in range(4)]
    ids = [claims[2].pk, claims[0].pk, claims[3].pk, 999_999]
    assert [row["pk"] for row in selectors.claim_queue_rows(ids=ids)] == ids[:3]


HOSTILE = '<script>window.__xss=1</script>"><img src=x onerror=alert(1)>'


def test_user_text_in_rows_selects_and_suggestions_is_escaped(
    client_for: Any, editor: Any, reviewer: Any, claim_in: Any
) -> None:
    reviewer.first_name = HOSTILE
    reviewer.save()
    Rating.objects.filter(slug="false").update(label=f"False {HOSTILE}", description=HOSTILE)
    claim = claim_in(
        "in_progress",  # rated "false" on the way
        text=f"Claim {HOSTILE}",
        claimant=HOSTILE,
        article=make_article(outlet=f"Outlet {HOSTILE}"[:200]),
    )
    html = client_for(editor).get(reverse("web-queue")).content.decode()
    assert "<script>" not in html and "<img src=x" not in html
    escaped = escape(HOSTILE)
    # The claim's text, claimant, outlet (row and suggestions), rating label and description,
    # and the reviewer's name in both assignee selects.
    assert html.count(escaped) >= 8
    pattern = rf'<tr class="claim-row[^"]*" data-href="/claims/{claim.pk}/">.*?</tr>'
    row = re.search(pattern, html, re.S)
    assert row is not None
    assert f"Claim {escaped}" in row.group(0) and f"False {escaped}" in row.group(0)


def test_the_count_comes_with_the_page_and_an_empty_or_past_the_end_page_is_counted(
    client_for: Any, editor: Any
) -> None:
    claims = [make_claim(checkworthiness=0.5) for _ in range(3)]
    client = client_for(editor)
    html = client.get(f"{reverse('web-queue')}?min_score=0.9").content.decode()
    assert "<strong>0</strong> claims" in html and "No claims match these filters." in html
    html = client.get(f"{reverse('web-queue')}?page=9").content.decode()
    assert "<strong>3</strong> claims" in html
    assert re.findall(r'data-href="/claims/(\d+)/"', html) == [str(c.pk) for c in claims]
