"""What goes out after a change: in-app notifications with their e-mails (through the
outbox), webhooks, and the daily overdue reminder."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from claims.models import WORKLOAD_STATUSES, Claim
from core import dates
from core.outbox import outbox_add
from reviews.models import Notification
from reviews.webhooks import queue_webhooks


def claim_link(claim: Claim | int) -> str:
    pk = claim.pk if isinstance(claim, Claim) else claim
    return f"{settings.SITE_URL.rstrip('/')}/claims/{pk}/"


def _notify(recipient: Any, claim: Claim, kind: str, message: str) -> None:
    """In-app notification now; its e-mail through the outbox, committed with the change and
    sent by a worker (a mail server or broker that is down never holds the request)."""
    if recipient is None:
        return
    notification = Notification.objects.create(
        recipient=recipient, claim=claim, kind=kind, message=message
    )
    if recipient.email:
        outbox_add(
            task="reviews.tasks.send_notification_email",
            kwargs={"notification_id": notification.pk},
        )


def notification_email_send(*, notification_id: int) -> bool:
    """E-mail one notification to its recipient (the `send_notification_email` task);
    False when it or its address is gone."""
    notification = (
        Notification.objects.select_related("recipient", "claim").filter(pk=notification_id).first()
    )
    if notification is None or not notification.recipient.email:
        return False
    claim = notification.claim
    body = f"{notification.message}\n"
    if claim is not None:
        body += f"\nClaim: {claim.text}\n\nOpen it: {claim_link(claim)}\n"
    send_mail(
        subject=f"[{settings.ORGANISATION_NAME}] {notification.message}"[:200],
        message=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[notification.recipient.email],
    )
    return True


def _webhooks(event: str, claim: Claim) -> None:
    """Record this event's webhook deliveries with the change itself (reviews.webhooks); the
    outbox sends them after the commit, or later if the broker is down."""
    queue_webhooks(event=event, claim_id=claim.pk)


def notifications_mark_read(*, user: Any, ids: Iterable[int] | None = None) -> int:
    queryset = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if ids is not None:
        queryset = queryset.filter(pk__in=list(ids))
    return queryset.update(read_at=timezone.now())


def overdue_notify() -> int:
    """Remind each reviewer of their overdue claims (run daily by beat)."""
    now = timezone.now()
    overdue = Claim.objects.filter(
        due_at__lt=now, status__in=WORKLOAD_STATUSES, assignee__isnull=False
    ).select_related("assignee")
    sent = 0
    for claim in overdue:
        with transaction.atomic():
            _notify(claim.assignee, claim, "overdue", f"A claim was due {dates.day(claim.due_at)}")
        sent += 1
    return sent
