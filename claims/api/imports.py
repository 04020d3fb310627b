"""`POST /api/v1/articles/import/`: many articles in one request (JSON array, JSON Lines or
CSV, as the body or as an uploaded file), with a report of what became of each row."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import IO, Any

from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import exceptions, parsers, status
from rest_framework.exceptions import ParseError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import services
from claims.api.serializers import ImportReportSerializer
from claims.ingestion import (
    ArticleInput,
    IngestError,
    iter_csv,
    iter_json_array,
    iter_jsonl,
    looks_binary,
)
from core.api import parsers as bounded_json
from core.api.base import ApiViewMixin, errors
from core.api.permissions import EditorForWrites
from core.errors import InvalidInput, TooLarge

Reader = Callable[..., Iterator[ArticleInput | IngestError]]
READERS: dict[str, Reader] = {"json": iter_json_array, "jsonl": iter_jsonl, "csv": iter_csv}
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
    name = PurePath(upload.name or "upload").name
    fmt = SUFFIXES.get(PurePath(name).suffix.lower()) or MEDIA_TYPES.get(
        (upload.content_type or "").split(";")[0].strip().lower()
    )
    if fmt is None:
        raise exceptions.UnsupportedMediaType(
            upload.content_type or "", detail=f"{name}: unsupported file type; {ACCEPTED}."
        )
    return ImportBody(format=fmt, raw=_read_bounded(upload), name=name)


def import_rows(body: ImportBody) -> list[ArticleInput | IngestError]:
    """Every row of the body, parsed (a 400 when the body as a whole is unreadable, a 413
    when it holds more rows than one request may)."""
    if not body.raw.strip():
        raise InvalidInput(f"{body.name} is empty: {ACCEPTED}.")
    if looks_binary(body.raw):
        raise InvalidInput(f"{body.name} looks binary (control characters); send UTF-8 text.")
    # Decoded as the importer decodes row files: a row with bad bytes is that row's error.
    text = body.raw.decode("utf-8", "surrogateescape").removeprefix("\ufeff")
    if body.format == "json":
        try:
            bounded_json.check_depth(text)
        except bounded_json.JSONTooDeep as exc:
            # As every endpoint that reads JSON answers it (core.api.parsers.JSONParser).
            raise ParseError(f"JSON parse error - {exc}", code="too_deep") from None
    try:
        rows = list(READERS[body.format](text, max_bytes=settings.UPLOAD_MAX_BYTES))
    except IngestError as error:
        where = f" (line {error.line:,})" if error.line else ""
        raise InvalidInput(
            f"{body.name} is not a JSON array of articles{where}: {error.message}"
        ) from None
    if len(rows) > settings.IMPORT_MAX_ROWS:
        raise TooLarge(
            f"{body.name} holds {len(rows):,} rows; one import takes at most "
            f"{settings.IMPORT_MAX_ROWS:,}: send them in several requests."
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
        return settings.IMPORT_MAX_BYTES, f"{settings.IMPORT_MAX_BYTES:,} bytes for an import"

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
            "when no row could be read, 415 for another media type."
        ),
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
        rows = import_rows(_body(request))
        report = services.articles_import_rows(results=rows, by=request.user)
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
