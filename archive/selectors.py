"""Every non-trivial read of the archive."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Subquery

from archive.models import Snapshot, SnapshotStatus
from claims.models import Claim
from reviews.models import Source


def snapshot_for_view(*, pk: int) -> Snapshot | None:
    """A stored copy to show: only a good snapshot has one."""
    return Snapshot.objects.filter(pk=pk, status=SnapshotStatus.OK).first()


def snapshot_public(*, pk: int) -> Snapshot | None:
    """A stored copy the public site may show, in one query: a good snapshot of a source
    whose URL is among its claim's published verdict's sources, as published (the public
    page links them, or the source's newest copy when the revision has none). None for any
    other snapshot: of a claim with no published verdict, or of a source added since."""
    snapshot = (
        Snapshot.objects.filter(pk=pk, status=SnapshotStatus.OK)
        .annotate(
            source_url=F("source__url"),
            published_sources=F("source__claim__review__published_revision__sources"),
        )
        .first()
    )
    if snapshot is None:
        return None
    cited = getattr(snapshot, "published_sources", None)
    if not _cited(cited, getattr(snapshot, "source_url", "")):
        return None
    return snapshot


def _cited(sources: Any, url: str) -> bool:
    """Whether published sources ([url, title, publisher, stance, archived_url] each; no
    list at all while nothing is published) name `url`."""
    if not isinstance(sources, list):
        return False
    return any(isinstance(row, list) and row[:1] == [url] for row in sources)


def snapshots_latest(*, source_ids: Iterable[int]) -> dict[int, Snapshot]:
    """The newest snapshot (good or failed) of each source, in one query: what a page shows
    as "Archived 3 Dec 2026 · view copy" or the failure reason."""
    ids = list(source_ids)
    newest = Snapshot.objects.filter(source=OuterRef("source")).order_by("-fetched_at", "-id")
    rows = Snapshot.objects.filter(source_id__in=ids).filter(pk=Subquery(newest.values("pk")[:1]))
    return {row.source_id: row for row in rows}


def snapshots_shown(*, source_ids: Iterable[int]) -> dict[int, list[Snapshot]]:
    """For each source, in one query: its newest snapshot and, when that one failed, its
    newest good copy too (a failed re-archive leaves the earlier copy in place), newest
    first. What the workspace shows as "Archived 3 Dec 2026 · view copy" or the reason."""
    ids = list(source_ids)
    if not ids:
        return {}
    newest = Snapshot.objects.filter(source=OuterRef("source")).order_by("-fetched_at", "-id")
    newest_ok = newest.filter(status=SnapshotStatus.OK)
    rows = (
        Snapshot.objects.filter(source_id__in=ids)
        .filter(
            Q(pk=Subquery(newest.values("pk")[:1])) | Q(pk=Subquery(newest_ok.values("pk")[:1]))
        )
        .defer("main_text")
        .order_by("source_id", "-fetched_at", "-id")
    )
    shown: dict[int, list[Snapshot]] = {}
    for row in rows:
        shown.setdefault(row.source_id, []).append(row)
    return shown


def _latest_ok() -> QuerySet[Snapshot]:
    return Snapshot.objects.filter(source=OuterRef("pk"), status=SnapshotStatus.OK).order_by(
        "-fetched_at", "-id"
    )


def sources_rotten(*, claim: Claim | int | None = None) -> QuerySet[Source]:
    """Sources whose latest copy is flagged gone or changed by the link-rot sweep, for one
    claim or overall (the dashboard), each annotated with `archive_gone`, `archive_changed`,
    `archive_snapshot_id`, `archive_flagged_at` and `archive_recheck_status`."""
    latest = _latest_ok()
    sources = Source.objects.annotate(
        archive_snapshot_id=Subquery(latest.values("pk")[:1]),
        archive_gone=Subquery(latest.values("gone")[:1]),
        archive_changed=Subquery(latest.values("changed")[:1]),
        archive_flagged_at=Subquery(latest.values("flagged_at")[:1]),
        archive_recheck_status=Subquery(latest.values("recheck_status")[:1]),
    ).filter(Q(archive_gone=True) | Q(archive_changed=True))
    if claim is not None:
        sources = sources.filter(claim=claim)
    return sources.select_related("claim").order_by("claim_id", "created_at", "id")


def rotten_counts() -> dict[str, int]:
    """How many sources are gone and how many changed, over the whole workbench (one
    query)."""
    latest = _latest_ok()
    flags = Source.objects.annotate(
        gone=Subquery(latest.values("gone")[:1]), changed=Subquery(latest.values("changed")[:1])
    )
    counts = flags.aggregate(
        gone_n=Count("pk", filter=Q(gone=True)), changed_n=Count("pk", filter=Q(changed=True))
    )
    return {"gone": counts["gone_n"] or 0, "changed": counts["changed_n"] or 0}


def sources_to_archive(*, missing_only: bool) -> QuerySet[Source]:
    """Every source, or (`missing_only`) those without a good copy yet."""
    sources = Source.objects.order_by("pk")
    if missing_only:
        sources = sources.exclude(
            Exists(Snapshot.objects.filter(source=OuterRef("pk"), status=SnapshotStatus.OK))
        )
    return sources


def snapshot_ids_due(*, before: datetime, batch: int) -> Iterator[list[int]]:
    """The latest good copy of each source, last checked (or, never checked, taken) before
    `before`, in batches of ids."""
    latest = _latest_ok()
    ids = (
        Source.objects.annotate(snapshot_id=Subquery(latest.values("pk")[:1]))
        .filter(snapshot_id__isnull=False)
        .values_list("snapshot_id", flat=True)
    )
    due = (
        Snapshot.objects.filter(pk__in=ids)
        .filter(
            Q(last_checked_at__lt=before) | Q(last_checked_at__isnull=True, fetched_at__lt=before)
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    after = 0
    while True:
        chunk = list(due.filter(pk__gt=after)[:batch])
        if not chunk:
            return
        yield chunk
        after = chunk[-1]


def link_rot(*, limit: int) -> dict[str, Any]:
    """The dashboard's link-rot flag, in two queries: how many sources are gone and how many
    changed, and the first `limit` of them with their claims."""
    counts = rotten_counts()
    return {
        **counts,
        "total": counts["gone"] + counts["changed"],
        "sources": list(sources_rotten()[:limit]),
    }
