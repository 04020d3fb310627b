"""The dashboard's figures: claims per state, the extraction backlog, verdicts published per
day. Each is cached briefly: counting a million claims on every view is too slow."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

from django.core.cache import cache
from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone

from claims.models import Article, Claim, ClaimStatus
from reviews.models import Review

# The dashboard's counts may be this old: counting a million claims by state reads the whole
# status index (0.1-0.4 s), too much for every page view (benchmarks/queue_page.py).
DASHBOARD_COUNTS_SECONDS = 30


def status_counts() -> dict[str, int]:
    """How many claims are in each state, recomputed at most every DASHBOARD_COUNTS_SECONDS."""

    def count() -> dict[str, int]:
        counts = {status: 0 for status in ClaimStatus.values}
        for row in Claim.objects.values("status").annotate(n=Count("id")).order_by():
            counts[row["status"]] = row["n"]
        return counts

    return _cached("dashboard:status_counts", count)


def extraction_backlog() -> dict[str, int]:
    """Articles per extraction state, recomputed at most every DASHBOARD_COUNTS_SECONDS."""

    def count() -> dict[str, int]:
        rows = Article.objects.values("extraction_status").annotate(n=Count("id")).order_by()
        counts = {"pending": 0, "running": 0, "done": 0, "failed": 0}
        for row in rows:
            counts[row["extraction_status"]] = row["n"]
        return counts

    return _cached("dashboard:extraction_backlog", count)


def _cached(key: str, compute: Callable[[], dict[Any, int]]) -> dict[Any, int]:
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, DASHBOARD_COUNTS_SECONDS)
    return dict(value)


def published_per_day(*, days: int = 30) -> list[tuple[Any, int]]:
    """Claims first published per day over the last `days` days, zero-filled; recomputed at
    most every DASHBOARD_COUNTS_SECONDS (a month of verdicts is tens of thousands of rows).

    A range on `published_at` (which its index serves), not `published_at__date`, which
    computes the date of every review first.
    """
    today = timezone.localdate()
    start = today - timedelta(days=days - 1)

    def count() -> dict[Any, int]:
        since = timezone.make_aware(datetime.combine(start, time.min))
        rows = (
            Review.objects.filter(published_at__gte=since)
            .annotate(day=TruncDate("published_at"))
            .values("day")
            .annotate(n=Count("id"))
            .order_by()
        )
        return {row["day"]: row["n"] for row in rows}

    by_day = _cached(f"dashboard:published_per_day:{start.isoformat()}:{days}", count)
    return [
        (start + timedelta(days=i), by_day.get(start + timedelta(days=i), 0)) for i in range(days)
    ]
