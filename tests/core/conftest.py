"""Celery pointed at a real in-process broker (kombu's memory transport), or at a closed
port, instead of running tasks eagerly."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest
from django.conf import settings

from core import outbox

CLOSED_PORT_BROKER = "redis://127.0.0.1:1/0"


def _reset_connections(app: Any) -> None:
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def use_broker(settings: Any) -> Iterator[Callable[[str], None]]:
    """`use_broker(url)`: publish for real to `url` from now on (not eagerly)."""
    from workbench.celery import app

    old = {key: app.conf[key] for key in ("broker_url", "task_always_eager")}

    # Imported once per process in real life: not what a request with the broker down pays.
    outbox._registry()
    import kombu.transport.redis  # noqa: F401

    def _use(url: str) -> None:
        settings.CELERY_TASK_ALWAYS_EAGER = False
        app.conf.update(broker_url=url, task_always_eager=False)
        _reset_connections(app)
        outbox._fast_path_paused_until = 0.0
        if url.startswith("memory://"):
            _drain()  # the memory broker lives as long as the process: start empty

    yield _use
    if app.conf.broker_url.startswith("memory://"):
        _drain()
    app.conf.update(**old)
    _reset_connections(app)
    outbox._fast_path_paused_until = 0.0


@pytest.fixture
def run_eagerly(settings: Any) -> Iterator[Callable[[], None]]:
    """`run_eagerly()`: from now on tasks run in-process, as in the test settings."""
    from workbench.celery import app

    def _eager() -> None:
        settings.CELERY_TASK_ALWAYS_EAGER = True
        app.conf.update(task_always_eager=True)

    yield _eager
    _eager()


def _drain() -> None:
    sent_messages(*settings.INTERACTIVE_QUEUES, *settings.BULK_QUEUES)


def sent_messages(*queues: str) -> list[tuple[str, str, list[Any], dict[str, Any]]]:
    """Take every message waiting on the memory broker: (queue, task, args, kwargs)."""
    from workbench.celery import app

    taken = []
    with app.connection_for_read() as connection:
        for name in queues:
            queue = connection.SimpleQueue(name)
            while True:
                try:
                    message = queue.get(block=False)
                except queue.Empty:
                    break
                args, kwargs, _ = message.payload
                taken.append((name, message.headers["task"], args, kwargs))
                message.ack()
            queue.close()
    return taken


class WebhookReceiver:
    """A webhook subscriber on 127.0.0.1 that answers 200 and keeps every request's path
    and body."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, bytes]] = []
        requests = self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                requests.append((self.path, body))
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def bodies(self) -> list[bytes]:
        return [body for _, body in self.requests]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def webhook_receiver(settings: Any) -> Iterator[WebhookReceiver]:
    settings.WEBHOOK_ALLOW_PRIVATE_HOSTS = True  # the receiver is on loopback
    receiver = WebhookReceiver()
    yield receiver
    receiver.close()
