"""The verdict export: which verdicts, what each says, and the formats they leave in.

- `verdicts`: the queryset of exported verdicts and `Verdict`, the one declaration of an
  exported verdict (its fields are the item's keys);
- `rows`: reading Verdicts from the database, chunk by chunk, with a fixed number of
  queries per chunk; `sql`: the database-specific SQL it needs;
- `jsontext`: the export's JSON encoding and the Verdict JSON writer generated from the
  declaration;
- `registry` and one module per format (`json_format`, `csv_format`, `ndjson_format`,
  `claimreview`), each registering itself: name, media type, file extension, stream.

Every public name stays importable from `reviews.export`.
"""

from __future__ import annotations

# Each format module registers itself on import.
from reviews.export import (
    claimreview,
    csv_format,
    json_format,
    ndjson_format,
)
from reviews.export.claimreview import ClaimReviewWriter, claimreview_from_item, stream_claimreview
from reviews.export.csv_format import CSV_COLUMNS, csv_line, csv_row, csv_safe, stream_csv
from reviews.export.jsontext import dumps, html_safe, verdict_json
from reviews.export.ndjson_format import stream_ndjson
from reviews.export.registry import ExportFormat, all_formats, get, register, streamed
from reviews.export.rows import (
    CHUNK_SIZE,
    correction_or_none,
    factcheck_url,
    iso,
    iter_verdict_chunks,
    iter_verdicts,
    rating_scale,
    verdict_item_for_claim,
    verdict_items_for,
    verdicts_for,
)
from reviews.export.single import one_verdict, one_verdict_queryset
from reviews.export.verdicts import (
    APPEARANCE_KEYS,
    EXPORTED_STATUSES,
    RATING_KEYS,
    SOURCE_KEYS,
    Appearance,
    RatingOut,
    SourceOut,
    Verdict,
    etag_for,
    verdict_item,
    verdict_queryset,
    verdict_stamp,
)

# Every format's name, json first (the default); derived from the registry.
FORMATS = tuple(f.name for f in all_formats())

__all__ = [
    "APPEARANCE_KEYS",
    "CHUNK_SIZE",
    "CSV_COLUMNS",
    "EXPORTED_STATUSES",
    "FORMATS",
    "RATING_KEYS",
    "SOURCE_KEYS",
    "Appearance",
    "ClaimReviewWriter",
    "ExportFormat",
    "RatingOut",
    "SourceOut",
    "Verdict",
    "all_formats",
    "claimreview",
    "claimreview_from_item",
    "correction_or_none",
    "csv_format",
    "csv_line",
    "csv_row",
    "csv_safe",
    "dumps",
    "etag_for",
    "factcheck_url",
    "get",
    "html_safe",
    "iso",
    "iter_verdict_chunks",
    "iter_verdicts",
    "json_format",
    "ndjson_format",
    "one_verdict",
    "one_verdict_queryset",
    "rating_scale",
    "register",
    "stream_claimreview",
    "stream_csv",
    "stream_ndjson",
    "streamed",
    "verdict_item",
    "verdict_item_for_claim",
    "verdict_items_for",
    "verdict_json",
    "verdict_queryset",
    "verdict_stamp",
    "verdicts_for",
]
