"""Writes for articles and claims, by topic: `articles` (one article: create, edit, ask for
extraction), `importing` (bulk import), `import_jobs` (a bulk import run by a worker),
`extraction` (running the pipeline and upserting its claims, the stuck-extraction sweep).
Every public name stays importable from `claims.services`."""

from __future__ import annotations

from claims.services.articles import (
    ARTICLE_EDITABLE,
    EXTRACTION_BATCH,
    article_create,
    article_mark_pending,
    article_request_extraction,
    article_update,
    articles_request_extraction,
    check_size,
    enqueue_extraction,
)
from claims.services.extraction import (
    EXTRACTION_BATCH_SECONDS,
    EXTRACTION_CHUNK,
    EXTRACTION_CHUNK_CHARS,
    ExtractionReport,
    article_extract,
    articles_extract_batch,
    articles_stuck,
    articles_sweep_stuck,
)
from claims.services.import_jobs import (
    IMPORT_JOB_ERRORS_LISTED,
    import_job_fail,
    import_job_run,
    import_job_submit,
    import_jobs_sweep_stalled,
)
from claims.services.importing import (
    IMPORT_BATCH,
    REQUEST_BATCH,
    ROW_READERS,
    ImportReport,
    ImportRow,
    articles_import,
    articles_import_rows,
    import_parse,
)

__all__ = [
    "ARTICLE_EDITABLE",
    "EXTRACTION_BATCH",
    "EXTRACTION_BATCH_SECONDS",
    "EXTRACTION_CHUNK",
    "EXTRACTION_CHUNK_CHARS",
    "IMPORT_BATCH",
    "IMPORT_JOB_ERRORS_LISTED",
    "REQUEST_BATCH",
    "ROW_READERS",
    "ExtractionReport",
    "ImportReport",
    "ImportRow",
    "article_create",
    "article_extract",
    "article_mark_pending",
    "article_request_extraction",
    "article_update",
    "articles_extract_batch",
    "articles_import",
    "articles_import_rows",
    "articles_request_extraction",
    "articles_stuck",
    "articles_sweep_stuck",
    "check_size",
    "enqueue_extraction",
    "import_job_fail",
    "import_job_run",
    "import_job_submit",
    "import_jobs_sweep_stalled",
    "import_parse",
]
