"""Claim matching's rows: verdicts imported from other fact-checkers, and the suggested
matches between a claim and an earlier claim or verdict.

Both tables were created by the reviews app (reviews/migrations/0003, 0004) and keep
their names, indexes and constraints: matching/migrations/0001 took the models over
without touching the database.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q

from claims.models import Claim
from reviews.models import Rating


class ExternalVerdict(models.Model):
    """A verdict published elsewhere (imported ClaimReview or Fact Check Tools results)."""

    claim_text = models.TextField()
    # SHA-256 of claim_text: (url, claim_hash) is the identity of an imported verdict.
    # A hash, not the text itself, so that long claims never overflow the index.
    claim_hash = models.CharField(max_length=64, editable=False)
    claimant = models.CharField(max_length=300, blank=True)
    claim_date = models.DateTimeField(null=True, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    publisher_site = models.CharField(max_length=300, blank=True)
    url = models.URLField(max_length=2000)
    title = models.CharField(max_length=500, blank=True)
    textual_rating = models.CharField(max_length=200, blank=True)
    rating = models.ForeignKey(
        Rating, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    review_date = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=16, blank=True)
    raw = models.JSONField(default=dict, blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "reviews_externalverdict"  # from before matching had its own app
        ordering = ["-review_date", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["url", "claim_hash"], name="external_verdict_unique")
        ]
        indexes = [models.Index(fields=["-review_date"], name="external_review_date_idx")]

    def __str__(self) -> str:
        return f"{self.publisher}: {self.textual_rating} — {self.claim_text[:60]}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.claim_hash = hashlib.sha256(self.claim_text.encode("utf-8")).hexdigest()
        super().save(*args, **kwargs)


class ClaimMatch(models.Model):
    """An earlier claim or verdict that a claim may repeat, found by claim matching.

    Exactly one of `matched_claim` (this newsroom's) and `external` (an imported
    ClaimReview) is set. A rejected pair is kept so it is never suggested again.
    """

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="matches")
    matched_claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    external = models.ForeignKey(
        ExternalVerdict, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    score = models.FloatField()
    reasons = models.JSONField(default=list, blank=True)
    rejected = models.BooleanField(default=False)
    confirmed = models.BooleanField(default=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "reviews_claimmatch"  # from before matching had its own app
        ordering = ["-score", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(matched_claim__isnull=False) & Q(external__isnull=True))
                | (Q(matched_claim__isnull=True) & Q(external__isnull=False)),
                name="match_one_target",
            ),
            models.UniqueConstraint(
                fields=["claim", "matched_claim"],
                condition=Q(matched_claim__isnull=False),
                name="match_claim_pair_unique",
            ),
            models.UniqueConstraint(
                fields=["claim", "external"],
                condition=Q(external__isnull=False),
                name="match_external_pair_unique",
            ),
            models.CheckConstraint(
                condition=~Q(matched_claim=models.F("claim")), name="match_not_itself"
            ),
            models.CheckConstraint(
                condition=Q(score__gte=0) & Q(score__lte=1), name="match_score_range"
            ),
        ]
        indexes = [models.Index(fields=["claim", "rejected", "-score"], name="match_claim_idx")]

    def __str__(self) -> str:
        target = (
            f"claim {self.matched_claim_id}"
            if self.matched_claim_id
            else f"verdict {self.external_id}"
        )
        return f"{self.claim_id} ~ {target} ({self.score:.2f})"
