from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from claims.models import Claim
from core.models import Versioned


class Rating(models.Model):
    """One label of the configurable rating scale.

    `value` is the ordinal used as ClaimReview's ratingValue (1 = worst); labels such as
    Misleading or Unverifiable that do not sit on the scale have none.
    """

    label = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.CharField(max_length=500, blank=True)
    colour = models.CharField(max_length=7, default="#6b7280", help_text="CSS hex colour")
    order = models.PositiveSmallIntegerField(default=0)
    value = models.PositiveSmallIntegerField(null=True, blank=True)
    is_active = models.BooleanField(default=True)
    # The public pages show a rating's label and definition: their entity tags follow this.
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["order", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(value__isnull=True) | Q(value__gte=1), name="rating_value_positive"
            ),
            models.CheckConstraint(
                condition=Q(colour__regex=r"^#[0-9A-Fa-f]{6}$"), name="rating_colour_hex"
            ),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def is_ordinal(self) -> bool:
        return self.value is not None


class Review(Versioned):
    claim = models.OneToOneField(Claim, on_delete=models.CASCADE, related_name="review")
    rating = models.ForeignKey(
        Rating, null=True, blank=True, on_delete=models.PROTECT, related_name="reviews"
    )
    # The claim in the reviewer's words, as ClaimReview's `claimReviewed` ("Illinois's
    # unemployment rate has halved since 2021"); blank means the claim's own text, the
    # sentence as the article has it, which stays the claim's appearance.
    # db_default too: rows written outside the ORM (the benchmarks' COPY) get it blank.
    claim_as_stated = models.TextField(
        blank=True,
        default="",
        db_default="",
        help_text="The claim as stated, in a sentence; blank uses the claim's text.",
    )
    summary = models.TextField(blank=True, help_text="What we found, in a few sentences.")
    rationale = models.TextField(blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviews_written",
    )
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviews_approved",
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    # Set when a published verdict was reopened and published again.
    corrected_at = models.DateTimeField(null=True, blank=True)
    correction_note = models.TextField(blank=True)
    # Everyone who changed the verdict's content (rating, summary, rationale, sources) since
    # it was last published, in the order they first did; none of them may approve it
    # (four-eyes). Emptied when it is published: the published revision keeps them.
    contributors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, editable=False, related_name="+"
    )
    # The revision the export serves: the latest published one, kept while a correction is
    # under way and replaced when the correction is approved.
    published_revision = models.OneToOneField(
        "VerdictRevision",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        indexes = [
            models.Index(fields=["published_at"], name="review_published_idx"),
            models.Index(fields=["updated_at"], name="review_updated_idx"),
        ]

    def __str__(self) -> str:
        return f"Review of claim {self.claim_id}"


class VerdictRevision(models.Model):
    """A snapshot of every published verdict, kept when it is later corrected."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    # As published: the review's claim as stated, or the claim's text when it had none.
    claim_as_stated = models.TextField(blank=True, default="", db_default="")
    rating = models.ForeignKey(Rating, null=True, on_delete=models.PROTECT, related_name="+")
    summary = models.TextField(blank=True)
    rationale = models.TextField(blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField()
    superseded_at = models.DateTimeField(null=True, blank=True)
    correction_note = models.TextField(blank=True)
    # The sources as published: [url, title, publisher, stance, archived_url or null] each,
    # in the order they were added; a correction's source edits do not change them.
    sources = models.JSONField(default=list, blank=True, editable=False)
    # The people who wrote this revision: the previous revision's writers, then whoever
    # changed the content for this one, each once, in that order.
    contributors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        editable=False,
        related_name="+",
        through="RevisionContributor",
    )

    class Meta:
        ordering = ["review", "number"]
        constraints = [
            models.UniqueConstraint(fields=["review", "number"], name="revision_number_unique")
        ]

    def __str__(self) -> str:
        return f"Revision {self.number} of {self.review}"


class RevisionContributor(models.Model):
    """One writer of a published revision; `position` keeps the order they are credited in."""

    revision = models.ForeignKey(VerdictRevision, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["revision", "position"]
        constraints = [
            models.UniqueConstraint(fields=["revision", "user"], name="revision_contributor_once")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} wrote {self.revision_id}"


class Stance(models.TextChoices):
    SUPPORTS = "supports", "Supports"
    REFUTES = "refutes", "Refutes"
    CONTEXT = "context", "Context"


class Source(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="sources")
    url = models.URLField(max_length=2000)
    title = models.CharField(max_length=500, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    excerpt = models.TextField(blank=True)
    stance = models.CharField(max_length=16, choices=Stance.choices, default=Stance.CONTEXT)
    accessed_at = models.DateTimeField(null=True, blank=True)
    archived_url = models.URLField(max_length=2000, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(stance__in=Stance.values), name="source_stance_valid"
            ),
            models.CheckConstraint(
                condition=Q(url__startswith="http://") | Q(url__startswith="https://"),
                name="source_url_http",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.url


class Note(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField()
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)
    resolved = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(span_start__isnull=True) & Q(span_end__isnull=True))
                | Q(span_end__gt=models.F("span_start")),
                name="note_span_valid",
            ),
            models.CheckConstraint(condition=~Q(body=""), name="note_body_not_empty"),
        ]

    def __str__(self) -> str:
        return self.body[:60]


class Assignment(models.Model):
    """Who held a claim and when: one row per assignment, ended when it changes hands."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="assignments")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignments"
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    assigned_at = models.DateTimeField()
    due_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-assigned_at", "-id"]
        constraints = [
            # At most one current assignment per claim.
            models.UniqueConstraint(
                fields=["claim"], condition=Q(ended_at__isnull=True), name="assignment_one_open"
            )
        ]

    def __str__(self) -> str:
        return f"{self.claim_id} → {self.reviewer_id}"


class TimelineEvent(models.Model):
    """Every change to a claim: who, when, what, before → after."""

    class Action(models.TextChoices):
        CREATED = "created", "Created"
        TRANSITION = "transition", "Status changed"
        ASSIGNED = "assigned", "Assigned"
        EDITED = "edited", "Edited"
        REVIEW_EDITED = "review_edited", "Review edited"
        SOURCE_ADDED = "source_added", "Source added"
        SOURCE_REMOVED = "source_removed", "Source removed"
        NOTE_ADDED = "note_added", "Note added"
        MERGED = "merged", "Merged"
        MATCH_REJECTED = "match_rejected", "Match rejected"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="timeline")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=32, choices=Action.choices)
    field = models.CharField(max_length=64, blank=True)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    message = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["claim", "created_at"], name="timeline_claim_idx")]

    def __str__(self) -> str:
        return f"{self.get_action_display()} on {self.claim_id}"


class Notification(models.Model):
    """An in-app notification; the same event is also e-mailed."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=32)
    message = models.CharField(max_length=500)
    read_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["recipient", "read_at"], name="notification_unread_idx")]

    def __str__(self) -> str:
        return self.message


# --- API machinery: webhooks, export tokens, verdicts imported from other fact-checkers -------


class WebhookEvent(models.TextChoices):
    PUBLISHED = "verdict.published", "Verdict published"
    CORRECTED = "verdict.corrected", "Verdict corrected"
    REOPENED = "verdict.reopened", "Verdict reopened"


class Webhook(models.Model):
    """An http(s) endpoint told about verdict events, with a body signed by its secret."""

    name = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=2000)
    secret = models.CharField(
        max_length=200, help_text="Shared secret for the X-Signature HMAC-SHA256 header."
    )
    events = models.JSONField(
        default=list,
        blank=True,
        help_text="Event names to send (verdict.published, verdict.corrected, "
        "verdict.reopened); empty means all.",
    )
    active = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(url__startswith="http://") | Q(url__startswith="https://"),
                name="webhook_url_http",
            )
        ]

    def __str__(self) -> str:
        return self.name or self.url

    def wants(self, event: str) -> bool:
        return not self.events or event in self.events


class WebhookDelivery(models.Model):
    """One attempt to deliver one event to one webhook."""

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=64)
    claim_id = models.BigIntegerField(null=True, blank=True)
    payload = models.JSONField()
    attempt = models.PositiveSmallIntegerField(default=1)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    response_excerpt = models.TextField(blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "webhook deliveries"
        indexes = [models.Index(fields=["webhook", "-created_at"], name="delivery_webhook_idx")]

    def __str__(self) -> str:
        return f"{self.event} → {self.webhook_id} (attempt {self.attempt})"

    @property
    def succeeded(self) -> bool:
        return self.delivered_at is not None


class ExportToken(models.Model):
    """A read-only key for machine clients: it can read `/api/v1/verdicts/` and nothing else.

    Only a SHA-256 hash of the key is stored; the key itself is shown once, on creation.
    """

    name = models.CharField(max_length=200)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(max_length=16, editable=False, help_text="Start of the key.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"
