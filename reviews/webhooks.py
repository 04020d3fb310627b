"""Webhooks: tell subscribers when a verdict is published, corrected or reopened.

`queue_webhooks` runs after the workflow's transaction commits (reviews.services calls it
on commit). It builds the payload once (the verdict's export item plus `event`) and queues
one Celery task per subscribed active webhook; a broker that is down is logged, never
raised, so publishing never fails because of a webhook. The task POSTs the JSON body with
`X-Signature: sha256=<HMAC-SHA256 of the raw body with the webhook's secret>`, records every
attempt as a WebhookDelivery, and retries failures with bounded exponential backoff.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import urllib.error
import urllib.request
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import timezone

from reviews.models import Webhook, WebhookDelivery
from workbench.urlsafety import public_url_check

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
    from reviews.export import verdict_item_for_claim

    item = verdict_item_for_claim(claim_id)
    if item is None:
        return None
    return {"event": event, **item}


def queue_webhooks(*, event: str, claim_id: int) -> int:
    """Queue a delivery of `event` for this claim to every active webhook that wants it."""
    try:
        hooks = [hook for hook in Webhook.objects.filter(active=True) if hook.wants(event)]
        if not hooks:
            return 0
        payload = payload_for(event=event, claim_id=claim_id)
        if payload is None:
            return 0
    except Exception:
        logger.exception("could not prepare webhooks for %s on claim %s", event, claim_id)
        return 0
    from reviews.tasks import deliver_webhook

    queued = 0
    for hook in hooks:
        try:
            deliver_webhook.delay(hook.pk, event, payload)
            queued += 1
        except Exception as exc:  # broker down (or, eagerly, the delivery itself failed)
            logger.warning(
                "could not queue webhook %s for %s on claim %s (%s)",
                hook.pk,
                event,
                claim_id,
                exc.__class__.__name__,
            )
    return queued


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # A webhook answers where it was registered; following redirects would let it point
    # the workbench at another host.
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def deliver(
    *, webhook: Webhook, event: str, payload: dict[str, Any], attempt: int
) -> WebhookDelivery:
    """POST one event to one webhook once, and record the attempt."""
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    delivery = WebhookDelivery.objects.create(
        webhook=webhook,
        event=event,
        claim_id=payload.get("id"),
        payload=payload,
        attempt=attempt,
    )
    if not webhook.url.lower().startswith(("http://", "https://")):
        delivery.error = "Only http(s) webhook URLs are allowed."
        delivery.save(update_fields=["error"])
        return delivery
    try:  # resolved again now: the name may point inside the network since it was saved
        public_url_check(webhook.url)
    except ValidationError as refused:
        delivery.error = " ".join(refused.messages)
        delivery.save(update_fields=["error"])
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
    delivery.save(update_fields=["status_code", "response_excerpt", "error", "delivered_at"])
    return delivery


def deliver_attempt(
    *, webhook_id: int, event: str, payload: dict[str, Any], attempt: int
) -> WebhookDelivery | None:
    """One attempt for the task; None when the webhook is gone or switched off."""
    webhook = Webhook.objects.filter(pk=webhook_id, active=True).first()
    if webhook is None:
        return None
    return deliver(webhook=webhook, event=event, payload=payload, attempt=attempt)
