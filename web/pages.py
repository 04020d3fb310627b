"""Dashboard, notifications and the rating colours stylesheet."""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from claims.models import WORKLOAD_STATUSES, ClaimStatus, ExtractionStatus
from core import roles
from core.responses import stylesheet
from reviews import selectors, services
from reviews.models import Rating
from web.http import is_htmx, redirect_back, render_fragments, role_required

CHART_WIDTH = 600
CHART_HEIGHT = 150
CHART_TOP = 16  # room above the tallest bar for its label
AWAITING = ClaimStatus.IN_REVIEW  # the editor's "awaiting approval" list
# The queue's filters for the dashboard's links: "all of mine" and "awaiting approval".
MINE_QUERY = urlencode([("assignee", "me"), *(("status", status) for status in WORKLOAD_STATUSES)])
AWAITING_QUERY = urlencode({"status": AWAITING})


def chart_bars(rows: list[tuple[date, int]]) -> dict[str, Any]:
    """Geometry for the throughput chart: plain numbers for SVG attributes."""
    count = max(len(rows), 1)
    slot = CHART_WIDTH / count
    peak = max((n for _, n in rows), default=0)
    usable = CHART_HEIGHT - CHART_TOP
    bars = []
    for index, (day, n) in enumerate(rows):
        height = round(n / peak * usable, 1) if peak else 0
        bars.append(
            {
                "x": round(index * slot + 1, 1),
                "y": round(CHART_HEIGHT - height, 1),
                "width": round(slot - 2, 1),
                "height": height,
                "day": day,
                "count": n,
            }
        )
    return {
        "bars": bars,
        "peak": peak,
        "total": sum(n for _, n in rows),
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "first": rows[0][0] if rows else None,
        "last": rows[-1][0] if rows else None,
    }


@require_GET
@role_required
def dashboard(request: HttpRequest) -> HttpResponse:
    user = request.user
    editor = roles.is_editor(user)
    # The cached figures; a transition forgets them, so they agree with the live lists.
    figures = selectors.dashboard_figures(days=30)
    counts, backlog = figures.status_counts, figures.extraction_backlog
    context: dict[str, Any] = {
        "status_cards": [
            {"value": value, "label": label, "count": counts.get(value, 0)}
            for value, label in ClaimStatus.choices
        ],
        "my_claims": list(
            selectors.claim_queue(
                user=user, filters={"assignee": "me", "open": True, "ordering": "due"}
            )[:12]
        ),
        "backlog": [
            {"value": value, "label": label, "count": backlog.get(value, 0)}
            for value, label in ExtractionStatus.choices
        ],
        "chart": chart_bars(figures.published_per_day),
        "is_editor": editor,
        "counts_seconds": selectors.DASHBOARD_COUNTS_SECONDS,
        "mine_query": MINE_QUERY,
        "awaiting_query": AWAITING_QUERY,
    }
    if editor:
        context["overdue"] = list(selectors.overdue_claims()[:12])
        context["awaiting"] = list(
            selectors.claim_queue(user=user, filters={"status": [AWAITING], "ordering": "updated"})[
                :12
            ]
        )
    return render(request, "workbench/dashboard.html", context)


@require_GET
@role_required
def notifications(request: HttpRequest) -> HttpResponse:
    items = list(selectors.notifications_recent(user=request.user, limit=50))
    if is_htmx(request) and request.GET.get("fragment") == "dropdown":
        return render(
            request,
            "workbench/includes/notifications_list.html",
            {"items": items[:8], "compact": True},
        )
    return render(request, "workbench/notifications.html", {"items": items})


@require_POST
@role_required
def notifications_read(request: HttpRequest) -> HttpResponse:
    raw = request.POST.getlist("id")
    ids = [int(value) for value in raw if value.isdigit()] if raw else None
    marked = services.notifications_mark_read(user=request.user, ids=ids)
    messages.success(request, f"Marked {marked} notification{'s' if marked != 1 else ''} as read.")
    if is_htmx(request):
        compact = request.POST.get("compact") == "1"  # the dropdown in the top bar
        items = list(selectors.notifications_recent(user=request.user, limit=8 if compact else 50))
        return render_fragments(
            request,
            [
                (
                    "workbench/includes/notifications_list.html",
                    {"items": items, "compact": compact},
                ),
                ("workbench/includes/notifications_badge.html", {"oob": True}),
            ],
        )
    return redirect_back(request, reverse("web-notifications"))


_SAFE_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def rating_colours() -> list[tuple[int, str]]:
    return list(Rating.objects.order_by("pk").values_list("pk", "colour"))


@require_GET
@role_required
def ratings_css(request: HttpRequest) -> HttpResponse:
    """One class per rating carrying its colour as a custom property.

    CSP forbids inline styles, so the colours come from this small same-origin stylesheet.
    Only ids and validated hex colours are written into it.
    """
    lines = []
    for pk, colour in rating_colours():
        safe = colour if _SAFE_COLOUR.match(colour or "") else "#6b7280"
        lines.append(f".rating-{int(pk)}{{--rating:{safe}}}")
    response = stylesheet(request, lines)
    response["Cache-Control"] = "private, max-age=300"
    return response
