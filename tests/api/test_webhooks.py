"""Webhooks: signed POSTs to a local server, retried after a failure, every attempt kept."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest
from django.db import IntegrityError, transaction
from kombu.exceptions import OperationalError
from rest_framework.test import APIClient

from claims.models import Claim, ClaimStatus
from reviews import webhooks
from reviews.models import Webhook, WebhookDelivery
from reviews.tasks import deliver_webhook

pytestmark = pytest.mark.django_db

SECRET = "s3cret-for-tests"


class Receiver:
    """A tiny HTTP server on 127.0.0.1 that answers with the given statuses in turn."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.requests: list[tuple[dict[str, str], bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers), body))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                self.wfile.write(b"ok" if status < 300 else b"try again later")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver_factory() -> Iterator[Callable[[list[int]], Receiver]]:
    made: list[Receiver] = []

    def _make(statuses: list[int]) -> Receiver:
        receiver = Receiver(statuses)
        made.append(receiver)
        return receiver

    yield _make
    for receiver in made:
        receiver.close()


def _approve(
    clients: dict[str, APIClient], claim: Claim, capture: Any, path: str = "approve/", **body: Any
) -> Any:
    with capture(execute=True):
        response = clients["editor"].post(f"/api/v1/claims/{claim.pk}/{path}", body, format="json")
    assert response.status_code == 200, response.content
    return response


def test_publishing_posts_a_signed_verdict_and_retries_a_failed_attempt(
    clients: dict[str, APIClient],
    claim_in: Callable[..., Claim],
    receiver_factory: Callable[[list[int]], Receiver],
    django_capture_on_commit_callbacks: Any,
    admin_user: Any,
) -> None:
    receiver = receiver_factory([500, 200])
    hook = Webhook.objects.create(url=receiver.url, secret=SECRET, created_by=admin_user)
    claim = claim_in(ClaimStatus.IN_REVIEW)

    _approve(clients, claim, django_capture_on_commit_callbacks)

    assert len(receiver.requests) == 2
    for headers, body in receiver.requests:
        expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        assert hmac.compare_digest(headers["X-Signature"], expected)
        assert headers["Content-Type"] == "application/json"
        assert headers["X-Webhook-Event"] == "verdict.published"
        payload = json.loads(body)
        assert payload["event"] == "verdict.published"
        assert payload["id"] == claim.pk
        assert payload["rating"]["slug"] == "false"
        assert payload["claim_text"] == claim.text
    first, second = WebhookDelivery.objects.filter(webhook=hook).order_by("attempt")
    assert (first.attempt, first.status_code, first.delivered_at) == (1, 500, None)
    assert first.error == "HTTP 500" and first.response_excerpt == "try again later"
    assert (second.attempt, second.status_code) == (2, 200)
    assert second.delivered_at is not None and second.error == ""


def test_reopen_and_correction_are_sent_as_their_own_events(
    clients: dict[str, APIClient],
    claim_in: Callable[..., Claim],
    receiver_factory: Callable[[list[int]], Receiver],
    django_capture_on_commit_callbacks: Any,
    reviewer: Any,
) -> None:
    receiver = receiver_factory([])
    Webhook.objects.create(url=receiver.url, secret=SECRET)
    claim = claim_in(ClaimStatus.PUBLISHED)

    _approve(clients, claim, django_capture_on_commit_callbacks, "reopen/", note="Revised.")
    reviewer_api = clients["reviewer"]
    reviewer_api.post(f"/api/v1/claims/{claim.pk}/submit/", {}, format="json")
    _approve(clients, claim, django_capture_on_commit_callbacks)

    events = [json.loads(body)["event"] for _, body in receiver.requests]
    assert events == ["verdict.reopened", "verdict.corrected"]
    corrected = json.loads(receiver.requests[1][1])
    assert corrected["correction_note"] == "Revised."
    assert len(corrected["revisions"]) == 1


def test_a_webhook_only_gets_the_events_it_asked_for(
    clients: dict[str, APIClient],
    claim_in: Callable[..., Claim],
    receiver_factory: Callable[[list[int]], Receiver],
    django_capture_on_commit_callbacks: Any,
) -> None:
    receiver = receiver_factory([])
    Webhook.objects.create(url=receiver.url, secret=SECRET, events=["verdict.reopened"])
    Webhook.objects.create(url=receiver.url, secret=SECRET, active=False)
    _approve(clients, claim_in(ClaimStatus.IN_REVIEW), django_capture_on_commit_callbacks)
    assert receiver.requests == []


def test_a_broker_outage_never_fails_publishing(
    clients: dict[str, APIClient],
    claim_in: Callable[..., Claim],
    django_capture_on_commit_callbacks: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Webhook.objects.create(url="http://127.0.0.1:9/hook", secret=SECRET)

    def broker_down(*args: Any, **kwargs: Any) -> None:
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(deliver_webhook, "delay", broker_down)
    claim = claim_in(ClaimStatus.IN_REVIEW)
    response = _approve(clients, claim, django_capture_on_commit_callbacks)
    assert response.json()["status"] == "published"
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.PUBLISHED


def test_retries_are_bounded_and_every_attempt_is_recorded(
    claim_in: Callable[..., Claim], receiver_factory: Callable[[list[int]], Receiver]
) -> None:
    receiver = receiver_factory([503] * 10)
    claim = claim_in(ClaimStatus.PUBLISHED)  # before the hook: publishing records a delivery
    hook = Webhook.objects.create(url=receiver.url, secret=SECRET)
    payload = webhooks.payload_for(event="verdict.published", claim_id=claim.pk)

    result = deliver_webhook.apply(args=(hook.pk, "verdict.published", payload))

    assert result.get() == "failed"
    attempts = list(WebhookDelivery.objects.filter(webhook=hook).values_list("attempt", flat=True))
    assert sorted(attempts) == list(range(1, webhooks.MAX_ATTEMPTS + 1))
    assert len(receiver.requests) == webhooks.MAX_ATTEMPTS
    assert [webhooks.backoff(n) for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert webhooks.backoff(50) == webhooks.BACKOFF_MAX_SECONDS


def test_an_unreachable_webhook_records_the_error(claim_in: Callable[..., Claim]) -> None:
    hook = Webhook.objects.create(url="http://127.0.0.1:9/hook", secret=SECRET)
    claim = claim_in(ClaimStatus.PUBLISHED)
    payload = webhooks.payload_for(event="verdict.published", claim_id=claim.pk)
    assert payload is not None
    delivery = webhooks.deliver(webhook=hook, event="verdict.published", payload=payload, attempt=1)
    assert delivery.status_code is None
    assert delivery.delivered_at is None
    assert "Connection" in delivery.error or "refused" in delivery.error.lower()


def test_only_http_urls_can_be_webhooks() -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        Webhook.objects.create(url="file:///etc/passwd", secret=SECRET)
    from reviews.admin import WebhookForm

    form = WebhookForm(data={"url": "ftp://example.org/hook", "secret": "x", "active": True})
    assert not form.is_valid()
    assert "url" in form.errors


def test_on_a_worker_a_failed_attempt_is_retried_later_with_backoff(
    claim_in: Callable[..., Claim],
    receiver_factory: Callable[[list[int]], Receiver],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    receiver = receiver_factory([500])
    claim = claim_in(ClaimStatus.PUBLISHED)  # before the hook: publishing records a delivery
    hook = Webhook.objects.create(url=receiver.url, secret=SECRET)
    payload = webhooks.payload_for(event="verdict.published", claim_id=claim.pk)
    scheduled: list[dict[str, Any]] = []

    class Scheduled(Exception):
        pass

    def retry(**kwargs: Any) -> Exception:
        scheduled.append(kwargs)
        return Scheduled()

    monkeypatch.setattr(deliver_webhook, "retry", retry)
    deliver_webhook.push_request(retries=1, is_eager=False)
    try:
        with pytest.raises(Scheduled):
            deliver_webhook.run(hook.pk, "verdict.published", payload)
    finally:
        deliver_webhook.pop_request()

    assert scheduled == [{"countdown": 60, "max_retries": webhooks.MAX_ATTEMPTS - 1}]
    (delivery,) = WebhookDelivery.objects.filter(webhook=hook)
    assert (delivery.attempt, delivery.status_code) == (2, 500)
