"""Template helpers for the workbench pages. They return plain strings: Django escapes them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django import template
from django.core.exceptions import ObjectDoesNotExist
from django.utils import timezone

from claims.models import WORKLOAD_STATUSES, ClaimStatus, ExtractionStatus
from core.templatetags import core_dates
from reviews.models import Notification, Stance

register = template.Library()

STATUS_LABELS = dict(ClaimStatus.choices)
STANCE_LABELS = dict(Stance.choices)
# An article whose claims are still being extracted (the reader polls, the chip spins).
EXTRACTING = (ExtractionStatus.PENDING, ExtractionStatus.RUNNING)


def overdue(due: datetime | None, status: str, now: datetime) -> bool:
    """Past its due date and still someone's work (selectors.overdue_claims lists these)."""
    return bool(due and due < now and status in WORKLOAD_STATUSES)


@register.simple_tag(takes_context=True)
def unread_count(context: template.Context) -> int:
    """Unread notifications of the signed-in user, counted once per request."""
    request = context.get("request")
    user = context.get("user")
    if request is None or user is None or not user.is_authenticated:
        return 0
    cached = getattr(request, "_workbench_unread", None)
    if cached is None:
        cached = Notification.objects.filter(recipient=user, read_at__isnull=True).count()
        request._workbench_unread = cached
    return int(cached)


@register.filter
def safe_url(value: Any) -> str:
    """Only http(s) links become hrefs; anything else (javascript:, data:) becomes ''."""
    url = str(value or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else ""


# The date filters are core's (core/templatetags/core_dates.py), shared with the public
# site: one definition, registered here too so workspace templates load one library.
register.filter("day", core_dates.day)
register.filter("month_day", core_dates.month_day)
register.filter("moment", core_dates.moment)


@register.filter
def pct(value: Any) -> int:
    try:
        return round(float(value) * 100)
    except (TypeError, ValueError):
        return 0


@register.filter
def status_label(value: Any) -> str:
    return str(STATUS_LABELS.get(value, str(value or "").replace("_", " ")))


@register.filter
def stance_label(value: Any) -> str:
    return str(STANCE_LABELS.get(value, value))


@register.filter
def review_of(claim: Any) -> Any:
    """The claim's review, or None (no query when it was select_related)."""
    try:
        return claim.review
    except (ObjectDoesNotExist, AttributeError):
        return None


@register.filter
def is_overdue(claim: Any) -> bool:
    return overdue(getattr(claim, "due_at", None), claim.status, timezone.now())


@register.filter
def is_extracting(status: Any) -> bool:
    return status in EXTRACTING


@register.filter
def reason_text(reason: Any) -> str:
    if isinstance(reason, dict):
        label = reason.get("label") or reason.get("reason") or reason.get("name") or ""
        weight = reason.get("weight")
        if weight is None:
            weight = reason.get("score")
        if label and isinstance(weight, int | float):
            return f"{label} ({weight:+.2f})"
        return str(label or reason)
    return str(reason)


@register.filter
def timeline_value(value: Any, field: str = "") -> str:
    """A before/after value of a timeline event, readable."""
    if value is None or value == "":
        return "—"
    if field == "status":
        return status_label(value)
    if isinstance(value, dict):
        title = value.get("title") or ""
        url = value.get("url") or ""
        return f"{title} ({url})" if title and url else str(title or url or value)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    text = str(value)
    return text if len(text) <= 280 else text[:279] + "…"
