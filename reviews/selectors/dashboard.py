"""The dashboard's figures: claims per state, the extraction backlog, verdicts published per
day. Each is cached briefly: counting a million claims on every view is too slow. A workflow
transition forgets them all (forget_dashboard_counts), so the counts never disagree with the
live lists beside them (awaiting approval, overdue, my work)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from datetime import time as clock
from typing import Any

from django.core.cache import cache, caches
from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone

from claims.models import Article, Claim, ClaimStatus
from reviews.models import Review

# The dashboard's counts may be this old: counting a million claims by state reads the whole
# status index (0.1-0.4 s), too much for every page view (benchmarks/queue_page.py). A
# transition does not wait for it: it bumps DASHBOARD_VERSION_KEY, which names the cached
# figures. Measured at 200,000 claims on SQLite: counted on every view, the three figures
# cost 3 queries and ~170 ms; cached, one read of the version (~0.4 ms).
DASHBOARD_COUNTS_SECONDS = 30

# The generation of the cached figures. It lives in the cache every process shares (the
# database cache by default, see settings.CACHES), so a transition handled by one gunicorn
# process is seen by all; the figures themselves stay in each process's memory.
DASHBOARD_VERSION_KEY = "dashboard:version"
SHARED_CACHE = "throttle"


def _version() -> int:
    # A first value from the clock, never a small number: a version key that was evicted
    # must not come back as a number that still names figures cached before.
    version = caches[SHARED_CACHE].get_or_set(DASHBOARD_VERSION_KEY, time.time_ns, None)
    return int(version) if version is not None else time.time_ns()


def forget_dashboard_counts() -> None:
    """A claim changed state: the next dashboard counts afresh. Called after commit (the
    services use transaction.on_commit), so no view can cache the old figures under the new
    version."""
    shared = caches[SHARED_CACHE]
    try:
        shared.incr(DASHBOARD_VERSION_KEY)
    except ValueError:  # not set (or evicted): any new value will do
        shared.set(DASHBOARD_VERSION_KEY, time.time_ns(), None)


@dataclass(frozen=True)
class DashboardFigures:
    status_counts: dict[str, int]
    extraction_backlog: dict[str, int]
    published_per_day: list[tuple[Any, int]]


def dashboard_figures(*, days: int = 30) -> DashboardFigures:
    """The three cached figures of the dashboard, their version read once."""
    version = _version()
    return DashboardFigures(
        status_counts(version=version),
        extraction_backlog(version=version),
        published_per_day(days=days, version=version),
    )


def status_counts(*, version: int | None = None) -> dict[str, int]:
    """How many claims are in each state, recomputed at most every DASHBOARD_COUNTS_SECONDS
    and after every transition. `version`: the figures' version, if the caller read it."""

    def count() -> dict[str, int]:
        counts = {status: 0 for status in ClaimStatus.values}
        for row in Claim.objects.values("status").annotate(n=Count("id")).order_by():
            counts[row["status"]] = row["n"]
        return counts

    return _cached("dashboard:status_counts", count, version)


def extraction_backlog(*, version: int | None = None) -> dict[str, int]:
    """Articles per extraction state, recomputed at most every DASHBOARD_COUNTS_SECONDS."""

    def count() -> dict[str, int]:
        rows = Article.objects.values("extraction_status").annotate(n=Count("id")).order_by()
        counts = {"pending": 0, "running": 0, "done": 0, "failed": 0}
        for row in rows:
            counts[row["extraction_status"]] = row["n"]
        return counts

    return _cached("dashboard:extraction_backlog", count, version)


def _cached(key: str, compute: Callable[[], dict[Any, int]], version: int | None) -> dict[Any, int]:
    key = f"{key}:{_version() if version is None else version}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, DASHBOARD_COUNTS_SECONDS)
    return dict(value)


def published_per_day(*, days: int = 30, version: int | None = None) -> list[tuple[Any, int]]:
    """Claims first published per day over the last `days` days, zero-filled; recomputed at
    most every DASHBOARD_COUNTS_SECONDS (a month of verdicts is tens of thousands of rows).

    A range on `published_at` (which its index serves), not `published_at__date`, which
    computes the date of every review first.
    """
    today = timezone.localdate()
    start = today - timedelta(days=days - 1)

    def count() -> dict[Any, int]:
        since = timezone.make_aware(datetime.combine(start, clock.min))
        rows = (
            Review.objects.filter(published_at__gte=since)
            .annotate(day=TruncDate("published_at"))
            .values("day")
            .annotate(n=Count("id"))
            .order_by()
        )
        return {row["day"]: row["n"] for row in rows}

    by_day = _cached(f"dashboard:published_per_day:{start.isoformat()}:{days}", count, version)
    return [
        (start + timedelta(days=i), by_day.get(start + timedelta(days=i), 0)) for i in range(days)
    ]
