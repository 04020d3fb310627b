from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from core.models import Timestamped, Versioned


def content_hash_for(body: str) -> str:
    """Hash of the normalised text: the same article is never ingested twice.

    Whitespace runs and Unicode forms are folded so a re-pasted copy with other line
    breaks is still recognised as the same text: sha256 of `" ".join(NFC(body).split())`
    in UTF-8.
    """
    text = unicodedata.normalize("NFC", body)
    return hashlib.sha256(_folded_utf8(text, text.encode("utf-8"))).hexdigest()


def fold_whitespace(text: str) -> str:
    """`" ".join(text.split())`, without splitting typical prose into words."""
    raw = text.encode("utf-8", "surrogatepass")
    return _folded_utf8(text, raw).decode("utf-8", "surrogatepass")


# Every byte that can start whitespace other than " " and "\n" in UTF-8: \t \v \f \r,
# \x1c-\x1f, and the lead bytes of U+0085, U+00A0 (\xc2), U+1680 (\xe1), U+2000-U+200A,
# U+2028, U+2029, U+202F, U+205F (\xe2) and U+3000 (\xe3). Everything else is deleted.
_NOT_SPACE_LEADS = bytes(
    b for b in range(256) if b not in b"\t\x0b\x0c\r\x1c\x1d\x1e\x1f\xc2\xe1\xe2\xe3"
)
# \xe2 also starts the dashes, quotes and the euro sign of ordinary prose: these are the
# whitespace ones.
_E2_SPACE = re.compile(rb"\xe2(?:\x80[\x80-\x8a\xa8\xa9\xaf]|\x81\x9f)")


def _folded_utf8(text: str, raw: bytes) -> bytes:
    """`" ".join(text.split())` in UTF-8, `raw` being `text` in UTF-8.

    Articles are lines of single-spaced words whose only whitespace is " " and "\n": for
    them, found with a few byte scans at C speed, turning the line breaks into spaces gives
    the same result when that leaves no double space and none at either end, without
    making a string of every word (hashing was a third of a bulk import's CPU time).
    Anything else takes the general path.
    """
    leads = raw.translate(None, _NOT_SPACE_LEADS)
    if not leads or (not leads.strip(b"\xe2") and not _E2_SPACE.search(raw)):
        if b"\n" in raw:
            raw = raw.replace(b"\n\n", b"\n").replace(b"\n", b" ")
        if b"  " not in raw and raw[:1] != b" " and raw[-1:] != b" ":
            return raw
    return " ".join(text.split()).encode("utf-8", "surrogatepass")


class ExtractionStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class Article(Timestamped):
    title = models.CharField(max_length=500)
    url = models.URLField(max_length=1000, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    author = models.CharField(max_length=300, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=16, default="en")
    body = models.TextField()
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    extraction_status = models.CharField(
        max_length=16, choices=ExtractionStatus.choices, default=ExtractionStatus.PENDING
    )
    extraction_error = models.TextField(blank=True)
    extractor_version = models.CharField(max_length=40, blank=True)
    extraction_queued_at = models.DateTimeField(null=True, blank=True)
    extraction_started_at = models.DateTimeField(null=True, blank=True)
    extraction_finished_at = models.DateTimeField(null=True, blank=True)
    extraction_ms = models.PositiveIntegerField(null=True, blank=True)
    extraction_attempts = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles_created",
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=~Q(url=""), name="article_url_unique_when_present"
            ),
            models.CheckConstraint(
                condition=Q(extraction_status__in=ExtractionStatus.values),
                name="article_extraction_status_valid",
            ),
            models.CheckConstraint(condition=~Q(body=""), name="article_body_not_empty"),
        ]
        indexes = [
            models.Index(
                fields=["extraction_status", "extraction_queued_at"], name="article_extraction_idx"
            ),
            models.Index(fields=["outlet"], name="article_outlet_idx"),
            models.Index(fields=["-published_at"], name="article_published_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.content_hash = content_hash_for(self.body)
        super().save(*args, **kwargs)


class ClaimStatus(models.TextChoices):
    CANDIDATE = "candidate", "Candidate"
    QUEUED = "queued", "Queued"
    DISMISSED = "dismissed", "Dismissed"
    ASSIGNED = "assigned", "Assigned"
    IN_PROGRESS = "in_progress", "In progress"
    IN_REVIEW = "in_review", "In review"
    PUBLISHED = "published", "Published"
    DUPLICATE = "duplicate", "Duplicate"


OPEN_STATUSES = (
    ClaimStatus.CANDIDATE,
    ClaimStatus.QUEUED,
    ClaimStatus.ASSIGNED,
    ClaimStatus.IN_PROGRESS,
    ClaimStatus.IN_REVIEW,
)
# A reviewer's workload: claims they hold that are not finished.
WORKLOAD_STATUSES = (ClaimStatus.ASSIGNED, ClaimStatus.IN_PROGRESS, ClaimStatus.IN_REVIEW)


class ClaimType(models.TextChoices):
    QUOTE = "quote", "Quote"
    STATISTIC = "statistic", "Statistic"
    COMPARISON = "comparison", "Comparison"
    CAUSAL = "causal", "Causal"
    PREDICTION = "prediction", "Prediction"
    EVENT = "event", "Event"
    OTHER = "other", "Other"


class ClaimOrigin(models.TextChoices):
    EXTRACTED = "extracted", "Extracted"
    MANUAL = "manual", "Manual"
    IMPORTED = "imported", "Imported"


# The sort key of a claim without a due date: such claims sort after every dated one, on
# every database, and a cursor always has a position (see `due_sort`).
NO_DUE_DATE = datetime(9999, 12, 31, tzinfo=UTC)


def due_sort() -> Coalesce:
    """`due_at`, never NULL: the queue's due-date order, matched by the claim indexes."""
    return Coalesce("due_at", Value(NO_DUE_DATE), output_field=models.DateTimeField())


class Claim(Versioned):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    text = models.TextField()
    span_start = models.PositiveIntegerField()
    span_end = models.PositiveIntegerField()
    # The text of the span when the claim was made, so it can be re-anchored if the
    # article body is edited later.
    quote = models.TextField(blank=True)
    claimant = models.CharField(max_length=300, blank=True)
    claim_type = models.CharField(max_length=16, choices=ClaimType.choices, default=ClaimType.OTHER)
    checkworthiness = models.FloatField(default=0.0)
    reasons = models.JSONField(default=list, blank=True)
    # On its article's short list: the extractor's cut-off (score and share of the article's
    # sentences, see claims/extraction/pipeline.py). Set by extraction only.
    worth_checking = models.BooleanField(default=False)
    origin = models.CharField(
        max_length=16, choices=ClaimOrigin.choices, default=ClaimOrigin.EXTRACTED
    )
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )
    status = models.CharField(
        max_length=16, choices=ClaimStatus.choices, default=ClaimStatus.CANDIDATE
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
    )
    due_at = models.DateTimeField(null=True, blank=True)
    priority = models.SmallIntegerField(default=0)
    # Set once a person edits the claim: re-extraction never overwrites it afterwards.
    edited_by_human = models.BooleanField(default=False)

    class Meta:
        ordering = ["-checkworthiness", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(span_start__gte=0) & Q(span_end__gt=models.F("span_start")),
                name="claim_span_valid",
                violation_error_message="A claim's span must satisfy 0 <= span_start < span_end.",
            ),
            models.CheckConstraint(
                condition=Q(status__in=ClaimStatus.values),
                name="claim_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(claim_type__in=ClaimType.values),
                name="claim_type_valid",
            ),
            models.CheckConstraint(
                condition=Q(checkworthiness__gte=0) & Q(checkworthiness__lte=1),
                name="claim_checkworthiness_range",
            ),
            # Extraction upserts on this key, so re-running it never duplicates claims.
            models.UniqueConstraint(
                fields=["article", "span_start", "span_end"],
                condition=Q(origin="extracted"),
                name="claim_extracted_span_unique",
            ),
            models.CheckConstraint(
                condition=~Q(duplicate_of=models.F("id")),
                name="claim_not_duplicate_of_itself",
            ),
        ]
        # The queue's orders, with `id` last so that an index alone yields a page (no sort):
        # all claims by score, and one state by score, by last change or by due date (on
        # `due_sort()`, what the queue and the API order by; it also serves "overdue"). Text
        # search (`q`) uses trigram GIN indexes on PostgreSQL; see claims migration 0002.
        indexes = [
            models.Index(fields=["-checkworthiness", "id"], name="claim_score_idx"),
            models.Index(
                fields=["status", "-checkworthiness", "id"], name="claim_status_score_idx"
            ),
            models.Index(fields=["status", "updated_at", "id"], name="claim_status_updated_idx"),
            # Covering: a state's queue by due date (unassigned or not) is an index-only walk,
            # which the planner prefers to walking every dated claim in claim_duesort_idx.
            models.Index(
                F("status"),
                due_sort(),
                F("id"),
                include=["due_at", "assignee"],
                name="claim_status_duesort_idx",
            ),
            # Covering the queue's orders: one reviewer's claims (hundreds at a million) are
            # read and sorted from the index alone, whatever the order.
            models.Index(
                fields=["assignee", "status"],
                include=["id", "checkworthiness", "due_at", "updated_at", "created_at"],
                name="claim_assignee_status_idx",
            ),
            models.Index(fields=["article", "span_start"], name="claim_article_span_idx"),
            models.Index(due_sort(), F("id"), name="claim_duesort_idx"),
            models.Index(fields=["-updated_at"], name="claim_updated_idx"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class TextEmbedding(models.Model):
    """A sentence vector of the optional embedding re-ranker (MATCH_EMBEDDINGS), kept so
    that a stored claim is encoded once, not once per claim it is compared with.

    Keyed by a hash of the encoder's name and the exact text encoded: the same wording in
    two claims (or a claim and an external verdict) shares one row, and an edited text
    simply gets a new one. Rows are a cache: deleting them costs only re-encoding.
    """

    key = models.CharField(max_length=64, primary_key=True)
    vector = models.BinaryField()  # float32, little-endian, unit length
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.key


class ImportJobStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class ImportJob(models.Model):
    """A bulk import too large to answer in its request (`POST /api/v1/articles/import/`
    with `?async=1`, or a large body): the body is stored, a worker imports it, and the
    submitter polls `GET /api/v1/articles/import/<id>/`.

    The worker checkpoints after each batch, in the transaction that stored the batch:
    `rows_done`, the counts and the listed errors always match what is in the database, so a
    run that stopped (a killed worker) is resumed from there, never counted twice.
    `updated_at` is its heartbeat.
    """

    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="import_jobs",
    )
    status = models.CharField(
        max_length=16, choices=ImportJobStatus.choices, default=ImportJobStatus.QUEUED
    )
    format = models.CharField(max_length=8, help_text="json, jsonl or csv")
    name = models.CharField(max_length=255, help_text="The uploaded file's name, or 'the body'.")
    # Deleted once the job is done or failed; the report stays.
    body = models.FileField(upload_to="imports/", max_length=255, blank=True)
    body_bytes = models.PositiveBigIntegerField(default=0)
    rows_total = models.PositiveIntegerField(null=True, blank=True, help_text="Once parsed.")
    rows_done = models.PositiveIntegerField(default=0)
    created_count = models.PositiveIntegerField(default=0)
    duplicate_count = models.PositiveIntegerField(default=0)
    error_count = models.PositiveIntegerField(default=0)
    # {"errors": [{"line": 12, "reason": "..."}, ...]}: the first IMPORT_JOB_ERRORS_LISTED
    # bad rows in line order (error_count counts them all).
    report = models.JSONField(default=dict, blank=True)
    failure = models.TextField(blank=True, help_text="Why the job failed.")
    attempts = models.PositiveIntegerField(default=0, help_text="Runs started (1 unless resumed).")
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now, help_text="The worker's heartbeat.")

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "updated_at"], name="importjob_status_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ImportJobStatus.values), name="importjob_status_valid"
            )
        ]

    def __str__(self) -> str:
        return f"import job {self.pk} ({self.status})"
