"""Archived copies of sources: one Snapshot per fetch, so re-archiving keeps the history."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone

from archive.fetch import Reason
from reviews.models import Source


class SnapshotStatus(models.TextChoices):
    OK = "ok", "Archived"
    FAILED = "failed", "Failed"


class FailureReason(models.TextChoices):
    TIMEOUT = Reason.TIMEOUT, "Timed out"
    TOO_LARGE = Reason.TOO_LARGE, "Too large"
    REFUSED_ADDRESS = Reason.REFUSED_ADDRESS, "Refused address"
    HTTP_ERROR = Reason.HTTP_ERROR, "HTTP error"
    NOT_HTML = Reason.NOT_HTML, "Not a web page"
    UNRESOLVABLE = Reason.UNRESOLVABLE, "Host not found"
    CONNECTION_FAILED = Reason.CONNECTION_FAILED, "Connection failed"
    TOO_MANY_REDIRECTS = Reason.TOO_MANY_REDIRECTS, "Too many redirects"
    INVALID_URL = Reason.INVALID_URL, "Invalid URL"


class Snapshot(models.Model):
    """A fetch of a source's URL: the stored copy, or why there is none.

    The raw page is stored gzip-compressed through Django's storage API under
    `archive/<sha256 of the body>.gz` (`body_file`); the row is created only after the
    file is written, so a worker killed mid-fetch leaves at most an orphan file, never a
    row pointing at half a page. The link-rot sweep re-checks the latest good copy of each
    source and sets `gone` / `changed`; the copy itself never changes.
    """

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="snapshots")
    status = models.CharField(max_length=16, choices=SnapshotStatus.choices)
    failure_reason = models.CharField(max_length=32, choices=FailureReason.choices, blank=True)
    failure_message = models.TextField(blank=True)
    http_status = models.PositiveSmallIntegerField(null=True, blank=True)
    final_url = models.URLField(max_length=2000, blank=True)
    content_type = models.CharField(max_length=200, blank=True)
    fetched_at = models.DateTimeField(default=timezone.now)
    sha256 = models.CharField(max_length=64, blank=True, help_text="SHA-256 of the raw body.")
    size = models.PositiveIntegerField(default=0, help_text="Bytes of the raw body.")
    title = models.CharField(max_length=500, blank=True)
    main_text = models.TextField(blank=True)
    text_sha256 = models.CharField(
        max_length=64, blank=True, help_text="SHA-256 of the main text: the sweep compares it."
    )
    body_file = models.FileField(max_length=300, blank=True)
    # The link-rot sweep (ok snapshots only).
    last_checked_at = models.DateTimeField(null=True, blank=True)
    gone = models.BooleanField(default=False, help_text="404/410 or the host no longer resolves.")
    changed = models.BooleanField(default=False, help_text="The main text differs now.")
    flagged_at = models.DateTimeField(
        null=True, blank=True, help_text="When the sweep first found the page gone or changed."
    )
    recheck_status = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The HTTP status of the last re-check, if one came."
    )

    class Meta:
        ordering = ["-fetched_at", "-id"]
        get_latest_by = ["fetched_at", "id"]
        indexes = [
            models.Index(fields=["source", "-fetched_at", "-id"], name="snapshot_source_latest_idx")
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=SnapshotStatus.values), name="snapshot_status_valid"
            ),
            models.CheckConstraint(
                condition=(Q(status=SnapshotStatus.OK) & Q(failure_reason=""))
                | (Q(status=SnapshotStatus.FAILED) & ~Q(failure_reason="")),
                name="snapshot_failure_reason_iff_failed",
            ),
        ]

    def __str__(self) -> str:
        state = "ok" if self.status == SnapshotStatus.OK else self.failure_reason
        return f"Snapshot {self.pk} of source {self.source_id} ({state})"
