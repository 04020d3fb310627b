"""Import jobs: a bulk import too large to answer in its request, run by a worker.

`import_job_submit` stores the body and queues `claims.tasks.run_import_job`;
`import_job_run` imports it batch by batch, checkpointing the job in each batch's
transaction; `import_jobs_sweep_stalled` queues again the jobs whose worker stopped.
"""

from __future__ import annotations

import logging
import secrets
import tempfile
from contextlib import suppress
from typing import IO, Any

from django.conf import settings
from django.core.files import File
from django.db import DatabaseError, transaction
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from claims.extraction.collector import cyclic_gc_paused
from claims.ingestion import looks_binary
from claims.models import ImportJob, ImportJobStatus
from claims.services.importing import IMPORT_BATCH, ROW_READERS, articles_import_rows, import_parse
from core.errors import DomainError, InvalidInput, TooLarge
from core.outbox import outbox_add

logger = logging.getLogger(__name__)

RUN_TASK = "claims.tasks.run_import_job"
# Bad rows listed with their line and reason in a job's report (error_count counts all).
IMPORT_JOB_ERRORS_LISTED = 1000
_CHUNK = 1024 * 1024


def import_job_submit(*, source: IO[bytes], format: str, name: str, by: Any) -> ImportJob:
    """Store the body read from `source` (at most IMPORT_ASYNC_MAX_BYTES: TooLarge beyond,
    nothing kept) and queue its import; the job as it stands once committed (`queued`,
    or already over where tasks run in-process).

    Only what can be told from the body as a whole is checked here (empty, binary, a JSON
    array's opening bracket): its rows are read by the worker.
    """
    if format not in ROW_READERS:
        raise InvalidInput(f"Unknown import format {format!r}; use {', '.join(ROW_READERS)}.")
    limit = settings.IMPORT_ASYNC_MAX_BYTES
    with tempfile.SpooledTemporaryFile(max_size=8 * _CHUNK) as spool:
        size = 0
        head = b""
        while chunk := source.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise TooLarge(
                    f"{name} is larger than the limit of {limit:,} bytes for an import job."
                )
            if len(head) < 4096:
                head += chunk[: 4096 - len(head)]
            spool.write(chunk)
        _check_head(head, format=format, name=name, whole=size == len(head))
        spool.seek(0)
        job = ImportJob(
            submitted_by=by if getattr(by, "is_authenticated", False) else None,
            format=format,
            name=name[:255],
            body_bytes=size,
        )
        job.body.save(f"{secrets.token_hex(12)}.{format}", File(spool), save=False)
    try:
        with transaction.atomic():
            job.save()
            outbox_add(task=RUN_TASK, args=[job.pk])
    except BaseException:
        job.body.delete(save=False)  # no job, no stored body
        raise
    # In-process tasks (the quick start without Redis) ran the import at commit: answer
    # with the job as it now stands, not the "queued" it was saved as.
    job.refresh_from_db()
    return job


def _check_head(head: bytes, *, format: str, name: str, whole: bool) -> None:
    """`head`: the body's first 4 kB (`whole`: all of it)."""
    if whole and not head.strip():
        raise InvalidInput(f"{name} is empty.")
    if looks_binary(head):
        raise InvalidInput(f"{name} looks binary (control characters); send UTF-8 text.")
    if format == "json" and not head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"["):
        raise InvalidInput(f"{name} is not a JSON array of articles: it must start with '['.")


def import_job_run(*, job_id: int) -> ImportJob | None:
    """Import a job's body: the job, or None when it is gone.

    A job is taken when it is queued, or running with a heartbeat older than
    IMPORT_JOB_STALE_AFTER (its worker stopped); otherwise (done, failed, or running
    elsewhere) it is returned untouched. The run resumes after the rows already done.
    """
    run = _take(job_id)
    if run is None:
        return ImportJob.objects.filter(pk=job_id).first()
    job, attempt = run
    try:
        with cyclic_gc_paused():  # as a request's import (claims.api.imports)
            _import(job, attempt)
    except _Lost:
        logger.info("import job %s was taken over by another run", job_id)
    except DomainError as error:  # the body cannot be imported: no retry will change that
        import_job_fail(job_id=job_id, reason=error.message, attempt=attempt)
    except Exception as error:
        # Let another run take it at once (the task retries database and broker errors);
        # with the database gone too, the sweep does it once the heartbeat is stale. The
        # error is kept for the reason the job gives if it never finishes.
        with suppress(DatabaseError):
            ImportJob.objects.filter(
                pk=job_id, attempts=attempt, status=ImportJobStatus.RUNNING
            ).update(
                status=ImportJobStatus.QUEUED,
                updated_at=timezone.now(),
                failure=f"{type(error).__name__}: {error}"[:500],
            )
        raise
    return ImportJob.objects.filter(pk=job_id).first()


def import_job_fail(*, job_id: int, reason: str, attempt: int | None = None) -> bool:
    """Mark a queued or running job failed with `reason` (only `attempt`'s run, if given);
    its stored body is deleted. False when the job was not in that state."""
    jobs = ImportJob.objects.filter(
        pk=job_id, status__in=[ImportJobStatus.QUEUED, ImportJobStatus.RUNNING]
    )
    if attempt is not None:
        jobs = jobs.filter(attempts=attempt)
    now = timezone.now()
    failed = jobs.update(
        status=ImportJobStatus.FAILED, failure=reason[:2000], finished_at=now, updated_at=now
    )
    if failed:
        _delete_body(job_id)
    return bool(failed)


def import_jobs_sweep_stalled() -> list[int]:
    """Queue again each queued or running job not heard of for IMPORT_JOB_STALE_AFTER (a
    lost message, a killed worker); fail those that used up IMPORT_JOB_MAX_ATTEMPTS runs.
    The ids queued again."""
    now = timezone.now()
    stalled = list(
        ImportJob.objects.filter(
            status__in=[ImportJobStatus.QUEUED, ImportJobStatus.RUNNING],
            updated_at__lt=now - settings.IMPORT_JOB_STALE_AFTER,
        ).values_list("id", "status", "attempts", "rows_done", "failure")
    )
    queued: list[int] = []
    for job_id, status, attempts, rows_done, last_error in stalled:
        if attempts >= settings.IMPORT_JOB_MAX_ATTEMPTS:
            why = f"with {last_error}" if last_error else "(its worker was lost or timed out)"
            import_job_fail(
                job_id=job_id,
                attempt=attempts,
                reason=(
                    f"The import stopped {attempts} time{'s' if attempts != 1 else ''} "
                    f"without finishing {why}, the last "
                    f"time after {rows_done:,} rows; the rows imported so far are kept. Send "
                    "the body again: rows already imported are reported as duplicates."
                ),
            )
            continue
        with transaction.atomic():
            # Back to queued (the stopped run, if it still lives, stops at its next batch),
            # and a new heartbeat: it is not queued again before the next stale period.
            if ImportJob.objects.filter(pk=job_id, status=status, attempts=attempts).update(
                status=ImportJobStatus.QUEUED, updated_at=now
            ):
                outbox_add(task=RUN_TASK, args=[job_id])
                queued.append(job_id)
    return queued


class _Lost(Exception):
    """Another run took the job over (this one was taken for stopped)."""


def _take(job_id: int) -> tuple[ImportJob, int] | None:
    now = timezone.now()
    taken = ImportJob.objects.filter(
        Q(status=ImportJobStatus.QUEUED)
        | Q(status=ImportJobStatus.RUNNING, updated_at__lt=now - settings.IMPORT_JOB_STALE_AFTER),
        pk=job_id,
    ).update(
        status=ImportJobStatus.RUNNING,
        attempts=F("attempts") + 1,
        started_at=Coalesce("started_at", now),
        updated_at=now,
    )
    if not taken:
        return None
    job = ImportJob.objects.select_related("submitted_by").get(pk=job_id)
    return job, job.attempts


def _import(job: ImportJob, attempt: int) -> None:
    if not job.body:
        raise InvalidInput("The job's stored body is missing; send it again.")
    try:
        with job.body.open("rb") as stored:
            raw = stored.read()
    except OSError as error:
        raise InvalidInput(
            f"The job's stored body could not be read ({type(error).__name__}); send it again."
        ) from None
    rows = import_parse(
        raw=raw, format=job.format, name=job.name, max_bytes=settings.UPLOAD_MAX_BYTES
    )
    del raw
    if len(rows) > settings.IMPORT_ASYNC_MAX_ROWS:
        raise TooLarge(
            f"{job.name} holds {len(rows):,} rows; one import job takes at most "
            f"{settings.IMPORT_ASYNC_MAX_ROWS:,}: send them as several jobs."
        )
    _checkpoint(job, attempt, rows_total=len(rows))
    errors: list[dict[str, Any]] = list(job.report.get("errors", []))
    went_in = job.created_count + job.duplicate_count
    for start in range(job.rows_done, len(rows), IMPORT_BATCH):
        batch = rows[start : start + IMPORT_BATCH]
        with transaction.atomic():
            report = articles_import_rows(results=batch, by=job.submitted_by)
            bad = [
                {"line": row.line, "reason": row.reason}
                for row in report.rows or []
                if row.status == "error"
            ]
            listed = len(errors)
            errors += bad[: max(0, IMPORT_JOB_ERRORS_LISTED - listed)]
            changes: dict[str, Any] = {
                "rows_done": start + len(batch),
                "created_count": F("created_count") + report.imported,
                "duplicate_count": F("duplicate_count") + report.duplicates,
                "error_count": F("error_count") + len(bad),
            }
            if len(errors) > listed:
                changes["report"] = {"errors": errors}
            _checkpoint(job, attempt, **changes)
        went_in += report.imported + report.duplicates
        del batch, report
    if not went_in:  # as the request answers it: 400
        first = f"line {errors[0]['line']}: {errors[0]['reason']}" if errors else "no rows"
        raise InvalidInput(f"No row could be imported ({first}); each row's reason is listed.")
    now = timezone.now()
    if not ImportJob.objects.filter(
        pk=job.pk, attempts=attempt, status=ImportJobStatus.RUNNING
    ).update(status=ImportJobStatus.DONE, finished_at=now, updated_at=now, failure=""):
        raise _Lost
    _delete_body(job.pk)


def _checkpoint(job: ImportJob, attempt: int, **changes: Any) -> None:
    """Record progress and beat the heart, if this run still holds the job (else _Lost,
    which rolls back the batch it came with)."""
    if not ImportJob.objects.filter(
        pk=job.pk, attempts=attempt, status=ImportJobStatus.RUNNING
    ).update(updated_at=timezone.now(), **changes):
        raise _Lost


def _delete_body(job_id: int) -> None:
    job = ImportJob.objects.filter(pk=job_id).only("id", "body").first()
    if job is not None and job.body:
        job.body.delete(save=False)
        ImportJob.objects.filter(pk=job_id).update(body="")
