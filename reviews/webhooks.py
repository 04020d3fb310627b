"""Webhooks: tell subscribers when a verdict is published, corrected or reopened.

`queue_webhooks` runs inside the workflow's transaction (reviews.services calls it last).
It builds the payload once (the verdict's export item, `event` and a fresh `event_id`),
records one pending WebhookDelivery per subscribed active webhook and an outbox message
for each (core.outbox), so a delivery is committed with the change and is never lost to a
broker outage: the outbox sends it after the commit, or its relay once the broker is back.

The task POSTs the JSON body with `X-Signature: sha256=<HMAC-SHA256 of the raw body with
the webhook's secret>`, records every attempt as a WebhookDelivery, and retries failures
with bounded exponential backoff. Delivery is at-least-once with duplicates suppressed on
our side: a message delivered again (relay, worker crash) finds the attempt that already
succeeded for this `event_id` and posts nothing. Receivers may dedupe on `event_id` too.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import urllib.error
import urllib.request
import uuid
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import timezone

from core.outbox import outbox_add
from core.urlsafety import public_url_check
from reviews.export import verdict_item_for_claim
from reviews.models import Webhook, WebhookDelivery

logger = logging.getLogger(__name__)

TIMEOUT_SECONDS = 10
MAX_ATTEMPTS = 5
BACKOFF_BASE_SECONDS = 30
BACKOFF_MAX_SECONDS = 3600
EXCERPT_CHARS = 500


def backoff(attempt: int) -> int:
    """Seconds to wait after failed attempt number `attempt` (1-based): 30s, 60s, 120s…"""
    return int(min(BACKOFF_BASE_SECONDS * 2 ** (attempt - 1), BACKOFF_MAX_SECONDS))


def sign(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def payload_for(*, event: str, claim_id: int) -> dict[str, Any] | None:
    item = verdict_item_for_claim(claim_id)
    if item is None:
        return None
    return {"event": event, "event_id": uuid.uuid4().hex, **item}


def queue_webhooks(*, event: str, claim_id: int) -> int:
    """Record a pending delivery of `event` for this claim to every active webhook that
    wants it, with an outbox message each; call it inside the change's transaction."""
    hooks = [hook for hook in Webhook.objects.filter(active=True) if hook.wants(event)]
    if not hooks:
        return 0
    payload = payload_for(event=event, claim_id=claim_id)
    if payload is None:
        return 0
    for hook in hooks:
        delivery = WebhookDelivery.objects.create(
            webhook=hook, event=event, claim_id=claim_id, payload=payload, attempt=1
        )
        outbox_add(
            task="reviews.tasks.deliver_webhook",
            args=[hook.pk, event, payload],
            kwargs={"delivery_id": delivery.pk},
        )
    return len(hooks)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # A webhook answers where it was registered; following redirects would let it point
    # the workbench at another host.
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def deliver(
    *,
    webhook: Webhook,
    event: str,
    payload: dict[str, Any],
    attempt: int,
    delivery: WebhookDelivery | None = None,
) -> WebhookDelivery:
    """POST one event to one webhook once, and record the attempt (in `delivery`, the
    pending row recorded with the change, or a new row)."""
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if delivery is None:
        delivery = WebhookDelivery.objects.create(
            webhook=webhook,
            event=event,
            claim_id=payload.get("id"),
            payload=payload,
            attempt=attempt,
        )
    else:
        delivery.attempt = attempt
    if not webhook.url.lower().startswith(("http://", "https://")):
        delivery.error = "Only http(s) webhook URLs are allowed."
        delivery.save(update_fields=["attempt", "error"])
        return delivery
    try:  # resolved again now: the name may point inside the network since it was saved
        public_url_check(webhook.url)
    except ValidationError as refused:
        delivery.error = " ".join(refused.messages)
        delivery.save(update_fields=["attempt", "error"])
        return delivery
    request = urllib.request.Request(  # noqa: S310 - scheme checked above
        webhook.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "factcheck-workbench-webhook/1",
            "X-Webhook-Event": event,
            "X-Webhook-Delivery": str(delivery.pk),
            "X-Webhook-Event-Id": str(payload.get("event_id", "")),
            "X-Signature": sign(body, webhook.secret),
        },
    )
    try:
        with _opener.open(request, timeout=TIMEOUT_SECONDS) as response:
            delivery.status_code = response.status
            delivery.response_excerpt = response.read(EXCERPT_CHARS * 4).decode("utf-8", "replace")[
                :EXCERPT_CHARS
            ]
    except urllib.error.HTTPError as error:
        delivery.status_code = error.code
        delivery.response_excerpt = error.read(EXCERPT_CHARS * 4).decode("utf-8", "replace")[
            :EXCERPT_CHARS
        ]
        delivery.error = f"HTTP {error.code}"
    except Exception as exc:  # timeouts, refused connections, TLS errors
        delivery.error = f"{exc.__class__.__name__}: {exc}"[:2000]
    if delivery.status_code is not None and 200 <= delivery.status_code < 300:
        delivery.delivered_at = timezone.now()
    elif not delivery.error:
        delivery.error = f"HTTP {delivery.status_code}"
    delivery.save(
        update_fields=["attempt", "status_code", "response_excerpt", "error", "delivered_at"]
    )
    return delivery


def deliver_attempt(
    *,
    webhook_id: int,
    event: str,
    payload: dict[str, Any],
    attempt: int,
    delivery_id: int | None = None,
) -> WebhookDelivery | None:
    """One attempt for the task; None when the webhook is gone or switched off.

    With `delivery_id` (the pending delivery recorded with the change) an event already
    delivered to this webhook is not posted again: the successful attempt is returned.
    """
    webhook = Webhook.objects.filter(pk=webhook_id, active=True).first()
    if webhook is None:
        return None
    pending = None
    if delivery_id is not None:
        chain = WebhookDelivery.objects.filter(webhook=webhook, event=event)
        event_id = payload.get("event_id")
        same = (
            chain.filter(payload__event_id=event_id) if event_id else chain.filter(pk=delivery_id)
        )
        done = same.filter(delivered_at__isnull=False).order_by("pk").first()
        if done is not None:
            return done
        pending = chain.filter(
            pk=delivery_id, status_code__isnull=True, error="", delivered_at__isnull=True
        ).first()
    return deliver(webhook=webhook, event=event, payload=payload, attempt=attempt, delivery=pending)
