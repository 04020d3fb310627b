"""The transactional outbox: Celery messages written with the change that causes them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class OutboxMessage(models.Model):
    """One Celery task to send, stored in the same transaction as the change behind it.

    A row is pending until it is handed to the broker (`sent_at`); a broker that is down
    leaves it pending for the relay (core.outbox.outbox_relay) to send later, in order.
    """

    task = models.CharField(max_length=200, help_text="The registered Celery task name.")
    args = models.JSONField(default=list, blank=True)
    kwargs = models.JSONField(default=dict, blank=True)
    queue = models.CharField(
        max_length=64, blank=True, help_text="Blank: the queue CELERY_TASK_ROUTES names."
    )
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0, help_text="Tries to hand it to the broker.")
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    # A message no worker could ever run (its task was renamed or removed by a deploy). It
    # is kept for a person to read, but no longer pending: it would otherwise hold every
    # later message back behind it.
    dead = models.BooleanField(default=False)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["sent_at", "id"], name="outbox_sent_idx")]

    def __str__(self) -> str:
        state = f"sent {self.sent_at:%Y-%m-%d %H:%M:%S}" if self.sent_at else "pending"
        return f"{self.task} #{self.pk} ({state})"


class Timestamped(models.Model):
    """When a row was created and last saved."""

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Versioned(Timestamped):
    """A row people edit: its version (optimistic locking: an edit names the version it
    saw, and a stale one is refused with 409) and who saved it last."""

    version = models.PositiveIntegerField(default=1)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True
