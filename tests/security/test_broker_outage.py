"""Issue #14, item 3: with Redis down, an approve waited 30 s and answered 500, its webhook
deliveries were never created, and a claim marked by hand took ~20 s.

Here the broker is a closed port (no Redis at all): requests answer at once and succeed,
what they must trigger waits in the outbox, and once tasks can run again the relay
delivers each webhook exactly once, matches the new claim and extracts the new article.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pytest
from rest_framework.test import APIClient

from claims.models import Article, ClaimStatus, ExtractionStatus
from core import outbox
from core.models import OutboxMessage
from matching.models import ClaimMatch
from reviews.models import Webhook, WebhookDelivery
from reviews.tasks import deliver_webhook
from tests.api.conftest import advance
from tests.core.conftest import CLOSED_PORT_BROKER, WebhookReceiver
from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db

QUICK = 2.0  # seconds: what a request may take with the broker down


def _api(user: Any) -> APIClient:
    api = APIClient()
    api.force_authenticate(user)
    return api


def _timed_post(api: APIClient, path: str, body: dict[str, Any], capture: Any) -> tuple[Any, float]:
    started = time.monotonic()
    with capture(execute=True):
        response = api.post(path, body, format="json")
    return response, time.monotonic() - started


def test_approve_with_the_broker_down_answers_at_once_and_delivers_each_webhook_once_later(
    ratings: None,
    editor: Any,
    reviewer: Any,
    webhook_receiver: WebhookReceiver,
    use_broker: Callable[[str], None],
    run_eagerly: Callable[[], None],
    django_capture_on_commit_callbacks: Any,
) -> None:
    hooks = [Webhook.objects.create(url=webhook_receiver.url, secret=f"s{n}") for n in (1, 2)]
    claim = advance(make_claim(), ClaimStatus.IN_REVIEW, editor=editor, reviewer=reviewer)
    OutboxMessage.objects.all().delete()  # the set-up's own e-mails, never sent in this test
    use_broker(CLOSED_PORT_BROKER)

    response, took = _timed_post(
        _api(editor), f"/api/v1/claims/{claim.pk}/approve/", {}, django_capture_on_commit_callbacks
    )

    assert response.status_code == 200, response.content
    assert response.json()["status"] == ClaimStatus.PUBLISHED
    assert took < QUICK, f"approve took {took:.2f}s with the broker down"
    # The deliveries exist, pending, with the change; so do their messages and the e-mail's.
    deliveries = WebhookDelivery.objects.filter(claim_id=claim.pk)
    assert sorted(d.webhook_id for d in deliveries) == sorted(h.pk for h in hooks)
    assert all(d.delivered_at is None and d.status_code is None for d in deliveries)
    pending = list(OutboxMessage.objects.filter(sent_at__isnull=True).values_list("task", "kwargs"))
    assert sorted(task for task, _ in pending) == [
        "reviews.tasks.deliver_webhook",
        "reviews.tasks.deliver_webhook",
        "reviews.tasks.send_notification_email",
    ]
    assert webhook_receiver.bodies == []

    run_eagerly()
    assert outbox.outbox_relay() == 3
    assert outbox.outbox_relay() == 0
    assert len(webhook_receiver.bodies) == 2  # one per webhook
    events = {json.loads(body)["event_id"] for body in webhook_receiver.bodies}
    assert len(events) == 1  # the same event, sent to both
    assert all(d.delivered_at is not None for d in deliveries.all())
    assert WebhookDelivery.objects.filter(claim_id=claim.pk).count() == 2  # no extra attempt

    # The same message delivered again (a relay that died before marking it, a worker
    # crash) finds the delivery done and posts nothing.
    message = OutboxMessage.objects.filter(task="reviews.tasks.deliver_webhook").first()
    assert message is not None
    assert deliver_webhook.apply(args=message.args, kwargs=message.kwargs).get() == "delivered"
    assert len(webhook_receiver.bodies) == 2


def test_a_manual_claim_with_the_broker_down_answers_at_once_and_is_matched_later(
    reviewer: Any,
    use_broker: Callable[[str], None],
    run_eagerly: Callable[[], None],
    django_capture_on_commit_callbacks: Any,
) -> None:
    sentence = "Unemployment fell to 4.2 percent in May, the lowest level since 1990."
    earlier = make_claim(text=sentence)
    article = make_article(body=f"Officials spoke on Monday. {sentence} Critics disagreed.")
    start = article.body.index(sentence)
    use_broker(CLOSED_PORT_BROKER)

    response, took = _timed_post(
        _api(reviewer),
        "/api/v1/claims/",
        {"article": article.pk, "span_start": start, "span_end": start + len(sentence)},
        django_capture_on_commit_callbacks,
    )

    assert response.status_code == 201, response.content
    assert took < QUICK, f"a manual claim took {took:.2f}s with the broker down"
    claim_id = response.json()["id"]
    assert OutboxMessage.objects.filter(
        task="claims.tasks.match_new_claims", args=[[claim_id]], sent_at__isnull=True
    ).exists()
    assert not ClaimMatch.objects.filter(claim_id=claim_id).exists()

    run_eagerly()
    assert outbox.outbox_relay() == 1
    assert ClaimMatch.objects.filter(claim_id=claim_id, matched_claim=earlier).count() == 1


def test_a_new_article_with_the_broker_down_answers_at_once_and_is_extracted_later(
    editor: Any,
    use_broker: Callable[[str], None],
    run_eagerly: Callable[[], None],
    django_capture_on_commit_callbacks: Any,
) -> None:
    use_broker(CLOSED_PORT_BROKER)
    body = "Prices rose 5.2 percent in May, the statistics office said on Tuesday."

    response, took = _timed_post(
        _api(editor), "/api/v1/articles/", {"body": body}, django_capture_on_commit_callbacks
    )

    assert response.status_code == 201, response.content
    assert took < QUICK, f"creating an article took {took:.2f}s with the broker down"
    article = Article.objects.get(pk=response.json()["id"])
    assert article.extraction_status == ExtractionStatus.PENDING

    run_eagerly()
    assert outbox.outbox_relay() == 1
    article.refresh_from_db()
    assert article.extraction_status == ExtractionStatus.DONE
    assert article.claims.count() >= 1
