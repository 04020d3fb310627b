"""The archived copy of each source, as the sources panel shows it: "Archived 3 Dec 2026 ·
view copy", why there is none ("timed out", "too large", …), "Archiving…" while the first
fetch is under way, and what the link-rot sweep found since ("The page is gone (404) since
5 Dec — the archived copy stays")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from archive import selectors, services
from archive.fetch import Reason
from archive.models import Snapshot, SnapshotStatus
from reviews.models import Source

# A source with no snapshot yet this soon after it was added is still being fetched (the
# first try and its retries with backoff), when sources are archived as they are added;
# later, the fetch was lost (a worker gone, no broker) and the panel says "Not archived
# yet" beside its "Re-archive" button.
PENDING_FOR = timedelta(hours=1)

REASONS = {
    Reason.TIMEOUT: "timed out",
    Reason.TOO_LARGE: "the page is too large",
    Reason.REFUSED_ADDRESS: "refused address (it points inside our own network)",
    Reason.NOT_HTML: "not a web page",
    Reason.UNRESOLVABLE: "the host name was not found",
    Reason.CONNECTION_FAILED: "the connection failed",
    Reason.TOO_MANY_REDIRECTS: "too many redirects",
    Reason.INVALID_URL: "only http:// and https:// pages can be archived",
}


def reason_words(snapshot: Snapshot) -> str:
    """Why a fetch failed, in plain words."""
    if snapshot.failure_reason == Reason.HTTP_ERROR:
        status = snapshot.http_status
        if status is not None and (status >= 500 or status == 429):
            return f"the server answered HTTP {status}, still after retries"
        return f"the server answered HTTP {status}" if status else "the server refused the page"
    return REASONS.get(snapshot.failure_reason, snapshot.get_failure_reason_display().lower())


@dataclass(frozen=True)
class SourceCopy:
    state: str  # "archived", "failed", "pending" or "none"
    copy: Snapshot | None = None  # the newest good copy
    failure: Snapshot | None = None  # the newest attempt, when it failed
    can_rearchive: bool = False

    @property
    def copy_url(self) -> str:
        return reverse("archive:snapshot", args=[self.copy.pk]) if self.copy else ""

    @property
    def text_url(self) -> str:
        return reverse("archive:snapshot-text", args=[self.copy.pk]) if self.copy else ""

    @property
    def reason(self) -> str:
        return reason_words(self.failure) if self.failure else ""

    @property
    def gone(self) -> bool:
        return bool(self.copy and self.copy.gone)

    @property
    def changed(self) -> bool:
        return bool(self.copy and self.copy.changed and not self.copy.gone)

    @property
    def since(self) -> datetime | None:
        return self.copy.flagged_at or self.copy.last_checked_at if self.copy else None

    @property
    def gone_how(self) -> str:
        status = self.copy.recheck_status if self.copy else None
        return str(status) if status else "host not found"


def source_copy(source: Source, shown: list[Snapshot], *, can: bool, now: datetime) -> SourceCopy:
    newest = shown[0] if shown else None
    good = next((s for s in shown if s.status == SnapshotStatus.OK), None)
    failure = newest if newest is not None and newest.status == SnapshotStatus.FAILED else None
    if good is not None:
        return SourceCopy("archived", copy=good, failure=failure, can_rearchive=can)
    if failure is not None:
        return SourceCopy("failed", failure=failure, can_rearchive=can)
    if settings.ARCHIVE_ON_ADD and now - source.created_at < PENDING_FOR:
        return SourceCopy("pending", can_rearchive=can)
    return SourceCopy("none", can_rearchive=can)


def with_copies(sources: Iterable[Source], *, by: Any) -> list[Source]:
    """The sources, each with `archive_copy` (a SourceCopy): one query for all of them.

    The sources come from the workspace's prefetch, which also set each one's claim, so
    the permission check reads no row."""
    sources = list(sources)
    shown = selectors.snapshots_shown(source_ids=[s.pk for s in sources])
    now = timezone.now()
    for source in sources:
        can = services.can_archive(source=source, by=by)
        source.archive_copy = source_copy(  # type: ignore[attr-defined]
            source, shown.get(source.pk, []), can=can, now=now
        )
    return sources
