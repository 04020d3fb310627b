from __future__ import annotations

import smtplib
from typing import Any

from celery import shared_task

from reviews import services, webhooks


@shared_task(acks_late=True)
def notify_overdue() -> int:
    return services.overdue_notify()


@shared_task(
    acks_late=True,
    autoretry_for=(OSError, smtplib.SMTPException),
    retry_backoff=30,
    retry_backoff_max=600,
    max_retries=5,
)
def send_notification_email(notification_id: int) -> bool:
    """E-mail one in-app notification; a mail server that is down is retried later."""
    return services.notification_email_send(notification_id=notification_id)


@shared_task(bind=True, acks_late=True, max_retries=4)
def deliver_webhook(
    self: Any,
    webhook_id: int,
    event: str,
    payload: dict[str, Any],
    delivery_id: int | None = None,
) -> str:
    """POST one verdict event to one webhook; failed attempts retry with exponential
    backoff (30 s, 60 s, 120 s, 240 s), five attempts in all, each one recorded.

    `delivery_id` is the pending delivery recorded with the change (queued through the
    outbox): a message sent twice delivers once.
    """
    attempt = self.request.retries + 1
    while True:
        delivery = webhooks.deliver_attempt(
            webhook_id=webhook_id,
            event=event,
            payload=payload,
            attempt=attempt,
            delivery_id=delivery_id,
        )
        if delivery is None:
            return "gone"
        if delivery.succeeded:
            return "delivered"
        if attempt >= webhooks.MAX_ATTEMPTS:
            return "failed"
        if not self.request.is_eager:
            raise self.retry(
                countdown=webhooks.backoff(attempt), max_retries=webhooks.MAX_ATTEMPTS - 1
            )
        # Run eagerly (tests, the quick start without a broker) no worker comes back
        # later, so the next attempt is made now.
        attempt += 1
