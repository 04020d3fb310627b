"""`POST /api/v1/articles/import/`: many articles in one request (JSON array, JSON Lines or
CSV, as the body or as an uploaded file), with a report of what became of each row; or, for
a large batch, an import job (202) polled at `GET /api/v1/articles/import/<id>/`."""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import IO, Any

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema
from rest_framework import exceptions, parsers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import selectors, services
from claims.api.serializers import ImportJobSerializer, ImportReportSerializer
from claims.extraction.collector import cyclic_gc_paused
from claims.ingestion import ArticleInput, IngestError
from claims.models import ImportJob, ImportJobStatus
from core.api.base import ApiViewMixin, errors
from core.api.permissions import EditorForWrites, HasRole
from core.errors import InvalidInput, TooLarge

MEDIA_TYPES = {
    "application/json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/x-jsonlines": "jsonl",
    "text/csv": "csv",
}
SUFFIXES = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
ACCEPTED = (
    "send a JSON array (application/json), JSON Lines (application/x-ndjson or "
    "application/jsonl) or CSV (text/csv) as the body, or a multipart/form-data upload "
    "with a `file` (.json, .jsonl, .ndjson or .csv)"
)


@dataclass
class ImportBody:
    format: str
    raw: bytes
    name: str = "the body"


def _read_bounded(stream: IO[bytes] | None) -> bytes:
    """The whole body, refusing one over IMPORT_MAX_BYTES however it was sent."""
    limit = settings.IMPORT_MAX_BYTES
    raw = stream.read(limit + 1) if stream is not None else b""
    if len(raw) > limit:
        raise TooLarge(f"The body is larger than the limit of {limit:,} bytes for an import.")
    return raw


class _RawParser(parsers.BaseParser):
    """The body as bytes, with the format its media type names; read by the import itself."""

    def parse(  # type: ignore[override]
        self,
        stream: IO[Any],
        media_type: str | None = None,
        parser_context: Mapping[str, Any] | None = None,
    ) -> ImportBody:
        return ImportBody(format=MEDIA_TYPES[self.media_type], raw=_read_bounded(stream))


# One parser class per media type: DRF matches a request against `media_type` alone.
RAW_PARSERS = [
    type(f"Raw{fmt.title()}Parser{i}", (_RawParser,), {"media_type": media_type})
    for i, (media_type, fmt) in enumerate(MEDIA_TYPES.items())
]


def _body(request: Request) -> ImportBody:
    """What was sent: the raw body with its format, or the uploaded `file`."""
    try:
        data = request.data
    except exceptions.UnsupportedMediaType:
        raise exceptions.UnsupportedMediaType(
            request.content_type,
            detail=f"Unsupported media type {request.content_type!r}: {ACCEPTED}.",
        ) from None
    if isinstance(data, ImportBody):
        return data
    upload = request.FILES.get("file") if hasattr(request, "FILES") else None
    if upload is None:
        if request.content_type.startswith("multipart/"):
            raise InvalidInput("Upload the rows as a `file` field.")
        raise InvalidInput(f"The body is empty: {ACCEPTED}.")
    name, fmt = _upload_format(upload)
    return ImportBody(format=fmt, raw=_read_bounded(upload), name=name)


def _upload_format(upload: Any) -> tuple[str, str]:
    """An uploaded file's name and row format (by its suffix, else its media type)."""
    name = PurePath(upload.name or "upload").name
    fmt = SUFFIXES.get(PurePath(name).suffix.lower()) or MEDIA_TYPES.get(
        (upload.content_type or "").split(";")[0].strip().lower()
    )
    if fmt is None:
        raise exceptions.UnsupportedMediaType(
            upload.content_type or "", detail=f"{name}: unsupported file type; {ACCEPTED}."
        )
    return name, fmt


def wants_job(request: Request) -> bool:
    """An import job, not an answer in the request: asked for (`?async=1`, `Prefer:
    respond-async`), or a body larger than IMPORT_ASYNC_OVER_BYTES."""
    if request.query_params.get("async", "").lower() in {"1", "true", "yes"}:
        return True
    preferences = request.headers.get("Prefer", "").split(",")
    if any(p.split(";")[0].strip().lower() == "respond-async" for p in preferences):
        return True
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    return length > settings.IMPORT_ASYNC_OVER_BYTES


def _job_source(request: Request) -> tuple[IO[bytes], str, str]:
    """The body of a job as a stream, its format and its name; read in chunks as it is
    stored, never whole into memory."""
    media_type = request.content_type.split(";")[0].strip().lower()
    if media_type in MEDIA_TYPES:
        return request.stream or io.BytesIO(), MEDIA_TYPES[media_type], "the body"
    if media_type.startswith("multipart/"):
        upload = request.FILES.get("file")
        if upload is None:
            raise InvalidInput("Upload the rows as a `file` field.")
        name, fmt = _upload_format(upload)
        return upload, fmt, name
    raise exceptions.UnsupportedMediaType(
        request.content_type, detail=f"Unsupported media type {request.content_type!r}: {ACCEPTED}."
    )


def job_body(job: ImportJob) -> dict[str, Any]:
    """The job as `GET /api/v1/articles/import/<id>/` shows it (ImportJobSerializer)."""
    errors = job.report.get("errors", [])
    open_states = (ImportJobStatus.QUEUED, ImportJobStatus.RUNNING)
    return {
        "id": job.pk,
        "url": reverse("article-import-job", kwargs={"pk": job.pk}),
        "status": job.status,
        "format": job.format,
        "name": job.name,
        "bytes": job.body_bytes,
        "submitted_by": job.submitted_by.get_username() if job.submitted_by else None,
        "rows": job.rows_total,
        "rows_done": job.rows_done,
        "progress": round(job.rows_done / job.rows_total, 4) if job.rows_total else 0.0,
        "created": job.created_count,
        "duplicates": job.duplicate_count,
        "errors": job.error_count,
        "error_rows": errors,
        "error_rows_truncated": job.error_count > len(errors),
        "failure": job.failure,
        "stalled": job.status in open_states
        and job.updated_at < timezone.now() - settings.IMPORT_JOB_STALE_AFTER,
        "attempts": job.attempts,
        "created_at": job.created_at,
        "started_at": job.started_at,
        "finished_at": job.finished_at,
        "updated_at": job.updated_at,
    }


def import_rows(body: ImportBody) -> list[ArticleInput | IngestError]:
    """Every row of the body, parsed (a 400 when the body as a whole is unreadable, a 413
    when it holds more rows than one request may)."""
    rows = services.import_parse(
        raw=body.raw,
        format=body.format,
        name=body.name,
        max_bytes=settings.UPLOAD_MAX_BYTES,
        how=ACCEPTED,
    )
    if len(rows) > settings.IMPORT_MAX_ROWS:
        raise TooLarge(
            f"{body.name} holds {len(rows):,} rows; one import takes at most "
            f"{settings.IMPORT_MAX_ROWS:,}: send them in several requests, or as one job "
            f"(`?async=1`, up to {settings.IMPORT_ASYNC_MAX_ROWS:,} rows)."
        )
    return rows


def report_body(report: services.ImportReport) -> dict[str, Any]:
    rows = []
    for row in report.rows or []:
        item: dict[str, Any] = {"line": row.line, "status": row.status}
        if row.status == "error":
            item["reason"] = row.reason
        else:
            item["id"] = row.id
        rows.append(item)
    return {
        "created": report.imported,
        "duplicates": report.duplicates,
        "errors": len(report.errors),
        "rows": rows,
    }


class ArticleImportView(ApiViewMixin, APIView):
    permission_classes = [EditorForWrites]
    parser_classes = [*RAW_PARSERS, parsers.MultiPartParser]

    def body_limit(self) -> tuple[int, str]:
        if wants_job(self.request):
            limit = settings.IMPORT_ASYNC_MAX_BYTES
            return limit, f"{limit:,} bytes for an import job"
        return settings.IMPORT_MAX_BYTES, (
            f"{settings.IMPORT_MAX_BYTES:,} bytes for an import (up to "
            f"{settings.IMPORT_ASYNC_MAX_BYTES:,} bytes as a job: `?async=1`)"
        )

    @extend_schema(
        summary="Import many articles",
        description=(
            "Editors. A JSON array of article objects, JSON Lines (one object a line) or CSV "
            "(a header naming `body` and any of `title`, `url`, `outlet`, `author`, "
            "`published_at`), as the body (`application/json`, `application/x-ndjson` or "
            "`application/jsonl`, `text/csv`) or as a multipart upload (`file`). At most "
            f"{settings.IMPORT_MAX_ROWS:,} rows and {settings.IMPORT_MAX_BYTES:,} bytes a "
            "request (413 beyond: send several requests); each article at most "
            f"{settings.UPLOAD_MAX_BYTES:,} bytes. Idempotent: a row whose text or URL is "
            "already stored is reported as a `duplicate` of that article, and nothing is "
            "created twice. The valid rows go in even when others are invalid. `rows` has "
            "one entry per row in line order (for a JSON array, the line its object starts "
            "on): `created` or `duplicate` with the article's `id`, or `error` with the "
            "`reason`. Extraction of the new articles is queued in batches. 201 when "
            "anything was created, 200 when every row was a duplicate (or an error), 400 "
            "when no row could be read, 415 for another media type.\n\n"
            "**As a job**: with `?async=1` or `Prefer: respond-async`, or for any body over "
            f"{settings.IMPORT_ASYNC_OVER_BYTES:,} bytes, the body is stored and answered "
            "202 Accepted with the job and `Location: /api/v1/articles/import/<id>/`, where "
            "its status, progress and report are polled; a worker imports it the same way. "
            f"A job takes at most {settings.IMPORT_ASYNC_MAX_BYTES:,} bytes (413 beyond) and "
            f"{settings.IMPORT_ASYNC_MAX_ROWS:,} rows (more fails the job before anything is "
            "imported). An empty or binary body, or a JSON body that is not an array, is "
            "refused at once (400); every other problem is in the job's report."
        ),
        parameters=[
            OpenApiParameter(
                "async",
                OpenApiTypes.STR,
                enum=["1", "true", "yes"],
                description="Import as a job: 202 with the job to poll.",
            ),
            OpenApiParameter(
                "Prefer",
                OpenApiTypes.STR,
                location=OpenApiParameter.HEADER,
                description="`respond-async`: the same as `?async=1` (RFC 7240).",
            ),
        ],
        request={
            "application/json": OpenApiTypes.OBJECT,
            "application/x-ndjson": OpenApiTypes.STR,
            "text/csv": OpenApiTypes.STR,
            "multipart/form-data": {
                "type": "object",
                "properties": {"file": {"type": "string", "format": "binary"}},
                "required": ["file"],
            },
        },
        responses={
            200: ImportReportSerializer,
            201: ImportReportSerializer,
            202: ImportJobSerializer,
            **errors(400, 413, 415),
        },
        examples=[
            OpenApiExample(
                "Two articles",
                request_only=True,
                media_type="application/json",
                value=[
                    {
                        "title": "Jobs report",
                        "url": "https://news.example.org/jobs",
                        "body": "Unemployment fell to 4.2 percent, the ministry said.",
                    },
                    {"body": "The mayor said crime halved since 2010."},
                ],
            )
        ],
    )
    def post(self, request: Request) -> Response:
        if wants_job(request):
            source, fmt, name = _job_source(request)
            job = services.import_job_submit(source=source, format=fmt, name=name, by=request.user)
            body = job_body(job)
            return Response(
                body, status=status.HTTP_202_ACCEPTED, headers={"Location": body["url"]}
            )
        # A dict, an article and a report row per row, none in a cycle: the collector
        # would only walk them (and the rest of the process) again.
        with cyclic_gc_paused():
            rows = import_rows(_body(request))
            report = services.articles_import_rows(
                results=rows, by=request.user, batch_size=services.REQUEST_BATCH
            )
            body = report_body(report)
        if not report.imported and not report.duplicates:
            first = report.errors[0] if report.errors else "no rows"
            return Response(
                {
                    "detail": f"No row could be imported ({first}); each row's reason is in "
                    "`rows`.",
                    "code": "invalid",
                    "rows": body["rows"],
                },
                status=status.HTTP_400_BAD_REQUEST,
            )
        code = status.HTTP_201_CREATED if report.imported else status.HTTP_200_OK
        return Response(body, status=code)


class ImportJobView(ApiViewMixin, APIView):
    permission_classes = [HasRole]

    @extend_schema(
        summary="An import job",
        description=(
            "Its submitter, editors and admins (403 for anyone else). `status` is `queued`, "
            "`running`, `done` or `failed` (`failure` says why; the rows imported before a "
            "failure stay). `rows_done` of `rows` and `progress` grow as the worker "
            "checkpoints each batch of 1,000 rows; `created`, `duplicates` and `errors` count "
            "every row, and `error_rows` lists the first 1,000 refused rows with their line "
            "and reason (`error_rows_truncated` when there were more). `stalled`: no sign of "
            "the worker for a while (it stopped); such a job is queued again automatically "
            "and resumes after its last checkpoint, counting nothing twice."
        ),
        responses={200: ImportJobSerializer, **errors(404)},
    )
    def get(self, request: Request, pk: int) -> Response:
        job = selectors.import_job_for(job_id=pk, user=request.user)
        return Response(job_body(job))
