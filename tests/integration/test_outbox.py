"""Issue #14, item 3, end to end: Redis stops while editors approve claims, articles are
imported and a claim is marked by hand. Every request still answers within a couple of
seconds; once Redis is back, a real worker (with beat running the outbox relay) delivers
every webhook exactly once and extracts every article exactly once."""

from __future__ import annotations

import json
import time
from collections import Counter
from typing import Any

import pytest
from rest_framework.test import APIClient

from claims.models import Article, ClaimStatus, ExtractionStatus
from core.models import OutboxMessage
from reviews.models import Webhook
from tests.api.conftest import advance
from tests.core.conftest import WebhookReceiver
from tests.factories import make_article, make_claim, make_user
from tests.integration.conftest import RedisServer, Worker, _reset_connections, wait_for

pytestmark = pytest.mark.integration

CLAIMS = 4
ARTICLES = 6
QUICK = 2.5  # seconds: the longest a request may take while Redis is down


@pytest.mark.timeout(600)
def test_a_redis_outage_delays_webhooks_and_extraction_but_loses_and_repeats_nothing(
    worker: Worker, private_redis: RedisServer, settings: Any, ratings: None
) -> None:
    from workbench.celery import app

    url = f"redis://127.0.0.1:{private_redis.port}/0"
    app.conf.update(broker_url=url, result_backend=url)
    _reset_connections(app)
    settings.WEBHOOK_ALLOW_PRIVATE_HOSTS = True
    worker.env.update({"REDIS_URL": url, "WORKBENCH_WEBHOOK_ALLOW_PRIVATE_HOSTS": "1"})
    worker.start(beat=True, extra_env={"OUTBOX_RELAY_SECONDS": "2"})

    receiver = WebhookReceiver()
    editor = make_user(username="edna", role="editor")
    reviewer = make_user(username="rita", role="reviewer")
    hooks = [
        Webhook.objects.create(url=f"{receiver.url}/{n}", secret=f"secret-{n}") for n in (1, 2)
    ]
    claims = [
        advance(make_claim(), ClaimStatus.IN_REVIEW, editor=editor, reviewer=reviewer)
        for _ in range(CLAIMS)
    ]
    sentence = "Unemployment fell to 4.2 percent in May, the lowest level since 1990."
    marked = make_article(body=f"Officials spoke on Monday. {sentence} Critics disagreed.")
    start = marked.body.index(sentence)
    api = APIClient()
    api.force_authenticate(editor)

    took: dict[str, float] = {}

    def timed(name: str, path: str, body: dict[str, Any], status: int) -> Any:
        started = time.monotonic()
        response = api.post(path, body, format="json")
        took[name] = time.monotonic() - started
        assert response.status_code == status, (name, response.content)
        return response.json()

    # One approve while Redis is up: delivered at once (and this process's first request
    # pays for its imports here, not during the outage).
    timed("approve before", f"/api/v1/claims/{claims[0].pk}/approve/", {}, 200)
    wait_for(
        lambda: len(receiver.requests) == len(hooks),
        timeout=60,
        what="the deliveries of the approve before the outage",
        worker=worker,
    )
    took.clear()

    private_redis.stop()
    for claim in claims[1:]:
        timed(f"approve {claim.pk}", f"/api/v1/claims/{claim.pk}/approve/", {}, 200)
    article_ids = [
        timed(
            f"article {n}",
            "/api/v1/articles/",
            {"body": f"Item {n}: prices rose {n}.5 percent in May, the statistics office said."},
            201,
        )["id"]
        for n in range(ARTICLES)
    ]
    manual = timed(
        "manual claim",
        "/api/v1/claims/",
        {"article": marked.pk, "span_start": start, "span_end": start + len(sentence)},
        201,
    )
    assert max(took.values()) < QUICK, took
    assert len(receiver.requests) == len(hooks)
    assert OutboxMessage.objects.filter(sent_at__isnull=True).count() >= (
        (CLAIMS - 1) * len(hooks) + ARTICLES + 1
    )

    time.sleep(2)
    private_redis.start()

    expected = CLAIMS * len(hooks)
    wait_for(
        lambda: len(receiver.requests) >= expected,
        timeout=180,
        what=f"{expected} webhook deliveries after Redis returned",
        worker=worker,
    )
    wait_for(
        lambda: (
            Article.objects.filter(
                pk__in=article_ids, extraction_status=ExtractionStatus.DONE
            ).count()
            == ARTICLES
        ),
        timeout=180,
        what="every article extracted after Redis returned",
        worker=worker,
    )
    wait_for(
        lambda: not OutboxMessage.objects.filter(sent_at__isnull=True).exists(),
        timeout=60,
        what="the outbox to empty",
        worker=worker,
    )
    time.sleep(6)  # a few more relay runs: nothing may be sent twice
    receiver.close()

    deliveries = Counter(
        (path, json.loads(body)["event_id"], json.loads(body)["id"])
        for path, body in receiver.requests
    )
    assert len(receiver.requests) == expected, deliveries
    assert set(deliveries.values()) == {1}
    assert {claim_id for _, _, claim_id in deliveries} == {c.pk for c in claims}
    assert {path for path, _, _ in deliveries} == {"/hook/1", "/hook/2"}
    attempts = Article.objects.filter(pk__in=article_ids).values_list(
        "extraction_attempts", flat=True
    )
    assert list(attempts) == [1] * ARTICLES
    assert OutboxMessage.objects.filter(
        task="claims.tasks.match_new_claims", args=[[manual["id"]]], sent_at__isnull=False
    ).exists()


@pytest.mark.timeout(300)
def test_a_worker_sends_what_the_outbox_holds_as_soon_as_it_starts(worker: Worker) -> None:
    # Written while no broker took it, and no beat runs here: only the worker's start sends it.
    article = make_article(body="Prices rose 5.2 percent in May, the statistics office said.")
    message = OutboxMessage.objects.create(task="claims.tasks.extract_claims", args=[article.pk])
    worker.start()
    wait_for(
        lambda: Article.objects.get(pk=article.pk).extraction_status == ExtractionStatus.DONE,
        timeout=120,
        what="the article held in the outbox to be extracted",
        worker=worker,
    )
    message.refresh_from_db()
    assert message.sent_at is not None and message.attempts == 1
