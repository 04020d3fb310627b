"""Every write of the archive: take a snapshot, ask for one, re-check one (link rot)."""

from __future__ import annotations

import gzip
import hashlib
import logging
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from archive import fetch
from archive.models import Snapshot, SnapshotStatus
from core import roles
from core.errors import Forbidden, NotFound
from core.outbox import outbox_add
from reviews.models import Source
from reviews.services import review_mark_changed

logger = logging.getLogger(__name__)

ARCHIVE_TASK = "archive.tasks.archive_source"
RECHECK_TASK = "archive.tasks.recheck_snapshot"
BLOB_DIR = "archive"
# The path of a copy under the site; workbench/urls.py includes archive.urls at "archive/".
COPY_PATH = "/archive/{id}/"
# A stored page younger than this is never pruned: a worker may be about to insert its row
# (a fetch with every retry takes well under an hour).
PRUNE_GRACE = timedelta(hours=6)


class ArchiveRetry(Exception):
    """A fetch failed in a way worth another try (5xx, 429, a timeout, a dropped
    connection); the task retries it with backoff and records the failure at the last."""

    def __init__(self, error: fetch.FetchError) -> None:
        super().__init__(error.message)
        self.error = error


def fetch_policy() -> fetch.Policy:
    return fetch.Policy(
        max_bytes=settings.ARCHIVE_MAX_BYTES,
        connect_timeout=settings.ARCHIVE_CONNECT_TIMEOUT,
        total_timeout=settings.ARCHIVE_TIMEOUT,
        allow_private=settings.ARCHIVE_ALLOW_PRIVATE_HOSTS,
        allowed_networks=fetch.networks(settings.ARCHIVE_ALLOWED_NETWORKS),
    )


def snapshot_url(snapshot: Snapshot | int) -> str:
    """The absolute workbench URL of a stored copy (what Source.archived_url holds)."""
    pk = snapshot.pk if isinstance(snapshot, Snapshot) else snapshot
    return settings.SITE_URL.rstrip("/") + COPY_PATH.format(id=pk)


def _copy_prefix() -> str:
    return settings.SITE_URL.rstrip("/") + COPY_PATH.split("{", 1)[0]


# --- taking a snapshot ---------------------------------------------------------------------


def source_archive(*, source_id: int, final_attempt: bool = True) -> Snapshot | None:
    """Fetch a source's URL and store what came back: a copy, or the reason there is none.

    Returns None when the source no longer exists. A retryable failure raises ArchiveRetry
    unless this is the `final_attempt`, which records it. On success the source's
    `archived_url` points at the new copy, unless a person gave another archive's URL.
    """
    found = Source.objects.filter(pk=source_id).values_list("url", "claim_id").first()
    if found is None:
        return None
    url, claim_id = found
    try:
        page = fetch.fetch(url, policy=fetch_policy())
    except fetch.FetchError as error:
        if error.retryable and not final_attempt:
            raise ArchiveRetry(error) from error
        return _failed(source_id, error)
    sha = hashlib.sha256(page.body).hexdigest()
    title, text = page_text(page)
    # The file first, then the row: a worker killed in between leaves an orphan file.
    name = blob_store(page.body, sha)
    with transaction.atomic():
        if not Source.objects.filter(pk=source_id).exists():
            return None  # removed while we fetched
        snapshot = Snapshot.objects.create(
            source_id=source_id,
            status=SnapshotStatus.OK,
            http_status=page.status,
            final_url=page.url[:2000],
            content_type=page.content_type[:200],
            sha256=sha,
            size=len(page.body),
            title=title[:500],
            main_text=text,
            text_sha256=_text_hash(text, page.body),
            body_file=name,
        )
        # A URL a person gave (another archive's copy) is kept; ours is replaced.
        linked = (
            Source.objects.filter(pk=source_id)
            .filter(Q(archived_url="") | Q(archived_url__startswith=_copy_prefix()))
            .update(archived_url=snapshot_url(snapshot))
        )
        if linked:
            # A published verdict's page and export show the copy now, not only once the
            # verdict is published again (they read it live beside the revision's sources).
            review_mark_changed(claim_id=claim_id)
    # The blob may have been an orphan the pruner removed between blob_store and the
    # commit (it checks for a row before deleting): the row is in now, so write it again.
    if not default_storage.exists(name):
        blob_store(page.body, sha)
    return snapshot


def _failed(source_id: int, error: fetch.FetchError) -> Snapshot | None:
    with transaction.atomic():
        if not Source.objects.filter(pk=source_id).exists():
            return None
        return Snapshot.objects.create(
            source_id=source_id,
            status=SnapshotStatus.FAILED,
            failure_reason=error.reason,
            failure_message=error.message[:2000],
            http_status=error.status,
            final_url=error.url[:2000] if error.url.startswith(("http://", "https://")) else "",
        )


def page_text(page: fetch.Page) -> tuple[str, str]:
    """The title and main text of a fetched page (trafilatura for HTML)."""
    import trafilatura  # heavy; only the archive worker needs it
    from trafilatura.utils import decode_file

    html = _decode(page.body, page.content_type) or decode_file(page.body)
    if page.mime == "text/plain":
        return "", html.strip()
    try:
        text = trafilatura.extract(html, include_comments=False, favor_precision=True) or ""
        metadata = trafilatura.extract_metadata(html)
    except Exception:  # a page the parser cannot read still has its raw copy
        logger.warning("trafilatura could not read the page at %s", page.url, exc_info=True)
        return "", ""
    return (metadata.title or "") if metadata else "", text


def _decode(body: bytes, content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            try:
                return body.decode(value.strip("\"' "), errors="replace")
            except LookupError:
                return ""
    return ""


def _text_hash(text: str, body: bytes) -> str:
    # A page without main text (a bare frame, a script shell) is compared by its bytes.
    return hashlib.sha256(text.encode("utf-8") if text.strip() else body).hexdigest()


def blob_name(sha: str) -> str:
    return f"{BLOB_DIR}/{sha}.gz"


def blob_store(body: bytes, sha: str) -> str:
    """Store the compressed body under its hash; return the storage name.

    Content-addressed, so the same page archived twice is stored once. A file found there
    already is checked first: one a killed worker left half-written is replaced."""
    name = blob_name(sha)
    if default_storage.exists(name):
        try:
            if hashlib.sha256(blob_read(name)).hexdigest() == sha:
                return name
        except (OSError, EOFError, gzip.BadGzipFile):
            pass
        default_storage.delete(name)
    # mtime=0: the same body always compresses to the same bytes.
    return default_storage.save(name, ContentFile(gzip.compress(body, mtime=0)))


def snapshot_body(snapshot: Snapshot) -> bytes:
    """The page as it was archived (empty for a failed snapshot)."""
    return blob_read(snapshot.body_file.name) if snapshot.body_file.name else b""


def blob_read(name: str) -> bytes:
    with default_storage.open(name, "rb") as handle:
        return gzip.decompress(handle.read())


def blobs_prune(*, grace: timedelta | None = None) -> list[str]:
    """Delete the stored pages no snapshot refers to (a worker killed between the file and
    the row, a snapshot deleted in the admin); return their names.

    Safe beside a worker taking a new snapshot: only files older than `grace` are
    candidates (a file being written or just written is young), each is checked against
    the snapshots again just before it goes, and read first so that a snapshot that
    appeared meanwhile gets its page back; source_archive also writes the page again when
    it finds it gone after its commit."""
    grace = PRUNE_GRACE if grace is None else grace
    cutoff = timezone.now() - grace
    try:
        _, files = default_storage.listdir(BLOB_DIR)
    except FileNotFoundError:
        return []
    names = [f"{BLOB_DIR}/{file}" for file in files]
    used = set(
        Snapshot.objects.filter(body_file__in=names).values_list("body_file", flat=True).distinct()
    )
    pruned = []
    for name in names:
        if name in used or default_storage.get_modified_time(name) >= cutoff:
            continue
        if Snapshot.objects.filter(body_file=name).exists():
            continue
        with default_storage.open(name, "rb") as handle:
            kept = handle.read()
        default_storage.delete(name)
        if Snapshot.objects.filter(body_file=name).exists():  # taken meanwhile: put it back
            default_storage.save(name, ContentFile(kept))
            continue
        pruned.append(name)
    if pruned:
        logger.info("pruned %d archived pages no snapshot refers to", len(pruned))
    return pruned


# --- on demand -------------------------------------------------------------------------------


def can_archive(*, source: Source, by: Any) -> bool:
    """Editors and admins; the reviewer the source's claim is assigned to."""
    if roles.is_editor(by):
        return True
    return bool(
        roles.is_reviewer(by)
        and source.claim.assignee_id is not None
        and source.claim.assignee_id == by.pk
    )


@transaction.atomic
def source_archive_request(*, source: Source | int, by: Any) -> Source:
    """Queue a new snapshot of a source (the outbox sends it after the commit)."""
    pk = source.pk if isinstance(source, Source) else source
    found = Source.objects.select_related("claim").filter(pk=pk).first()
    if found is None:
        raise NotFound(f"Source {pk} does not exist.")
    if not can_archive(source=found, by=by):
        raise Forbidden(
            "Only an editor, or the reviewer the claim is assigned to, can re-archive its sources."
        )
    outbox_add(task=ARCHIVE_TASK, args=[found.pk])
    return found


# --- link rot ----------------------------------------------------------------------------------


def snapshot_recheck(*, snapshot_id: int, final_attempt: bool = True) -> Snapshot | None:
    """Fetch a copy's URL again and flag the copy `gone` (404/410, host gone) or `changed`
    (other main text). The copy stays. A failure that says nothing about the page (a
    timeout, a 5xx after retries) only records the check time."""
    snapshot = (
        Snapshot.objects.select_related("source")
        .filter(pk=snapshot_id, status=SnapshotStatus.OK)
        .first()
    )
    if snapshot is None:
        return None
    now = timezone.now()
    flags: dict[str, Any] = {"last_checked_at": now}
    try:
        page = fetch.fetch(snapshot.source.url, policy=fetch_policy())
    except fetch.FetchError as error:
        if error.retryable and not final_attempt:
            raise ArchiveRetry(error) from error
        if error.gone:
            flags.update(gone=True, recheck_status=error.status)
    else:
        _, text = page_text(page)
        flags["gone"] = False
        flags["changed"] = _text_hash(text, page.body) != snapshot.text_sha256
        flags["recheck_status"] = page.status
    # `flagged_at` says since when ("gone since 5 Dec"): set when a flag first appears,
    # cleared when the page is back as it was.
    if "gone" in flags:
        flagged = flags["gone"] or flags.get("changed", snapshot.changed)
        if not flagged:
            flags["flagged_at"] = None
        elif snapshot.flagged_at is None:
            flags["flagged_at"] = now
    Snapshot.objects.filter(pk=snapshot.pk).update(**flags)
    snapshot.refresh_from_db()
    return snapshot


def snapshots_queue_recheck(*, ids: list[int]) -> int:
    """Queue a re-check of each snapshot (the sweep calls this batch by batch)."""
    with transaction.atomic():
        for pk in ids:
            outbox_add(task=RECHECK_TASK, args=[pk])
    return len(ids)


def recheck_due_before(*, min_age_hours: float | None = None) -> datetime:
    """Copies last checked (or taken) before this moment are due for a re-check. By default
    half the sweep interval ago, so a copy is checked on every run, or every other one."""
    hours = settings.ARCHIVE_SWEEP_HOURS / 2 if min_age_hours is None else min_age_hours
    return timezone.now() - timedelta(hours=hours)
