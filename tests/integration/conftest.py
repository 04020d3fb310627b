"""A real Celery worker process against real Redis and the test database."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from django.conf import settings
from django.core.servers.basehttp import ThreadedWSGIServer
from django.db import connection

from tests.conftest import REPO_ROOT, require

# Django's test server listens with a backlog of 10. The concurrency tests connect 50
# clients at once, which overflowed it (the kernel's ListenOverflows counter rose on every
# run), and one CI run saw a connection reset. A production server listens with hundreds;
# the live server of these tests does too.
ThreadedWSGIServer.request_queue_size = 256

# A broker database of its own, so a developer's worker never takes the tests' messages.
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL") or (settings.REDIS_URL.rsplit("/", 1)[0] + "/15")


def redis_up(url: str = TEST_REDIS_URL) -> bool:
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except Exception:
        return False
    return True


def database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        user = db.get("USER") or ""
        password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
        host = db.get("HOST") or "127.0.0.1"
        port = db.get("PORT") or 5432
        return f"postgres://{user}{password}@{host}:{port}/{db['NAME']}"
    return f"sqlite:///{db['NAME']}"


class Worker:
    """Start, kill and restart `celery worker` as a child process."""

    def __init__(self, env: dict[str, str], log_dir: Path) -> None:
        self.env = env
        self.log_dir = log_dir
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self, *, beat: bool = False, extra_env: dict[str, str] | None = None) -> None:
        self.starts += 1
        log = (self.log_dir / f"worker-{self.starts}.log").open("wb")
        command = [
            str(Path(sys.executable).parent / "celery"),
            "-A",
            "workbench",
            "worker",
            "--loglevel=INFO",
            "--concurrency=1",
            "--pool=prefork",
            "--without-gossip",
            "--without-mingle",
            f"--hostname=test-{os.getpid()}-{self.starts}@%h",
            # Every queue (interactive, bulk, archive): one test worker does all the work.
            "--queues",
            ",".join(
                [*settings.INTERACTIVE_QUEUES, *settings.BULK_QUEUES, *settings.ARCHIVE_QUEUES]
            ),
        ]
        if beat:
            command += ["--beat", "--schedule", str(self.log_dir / "beat-schedule")]
        self.process = subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            env={**self.env, **(extra_env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: SIGKILL reaches the children
        )
        self.wait_ready()

    def wait_ready(self, timeout: float = 60) -> None:
        from workbench.celery import app

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"the worker exited early; see {self.log_dir}")
            replies = app.control.ping(timeout=0.5) or []
            if any(f"test-{os.getpid()}-{self.starts}@" in name for r in replies for name in r):
                return
        raise RuntimeError(f"the worker did not answer within {timeout}s; see {self.log_dir}")

    def kill(self) -> None:
        """SIGKILL the whole worker (main process and pool children), as a crash would."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()

    def log(self) -> str:
        return "\n".join(
            p.read_text(errors="replace")[-4000:] for p in sorted(self.log_dir.glob("worker-*.log"))
        )


@pytest.fixture
def broker(settings: Any) -> Iterator[str]:
    """Point this process's Celery app at the test broker, publishing for real."""
    require(redis_up(), f"integration tests need Redis at {TEST_REDIS_URL}")
    from workbench.celery import app

    redis.Redis.from_url(TEST_REDIS_URL).flushdb()
    old = {
        key: app.conf[key]
        for key in ("broker_url", "result_backend", "task_always_eager", "broker_transport_options")
    }
    settings.CELERY_TASK_ALWAYS_EAGER = False
    app.conf.update(
        broker_url=TEST_REDIS_URL,
        result_backend=TEST_REDIS_URL,
        task_always_eager=False,
        broker_transport_options={**old["broker_transport_options"], "visibility_timeout": 60},
    )
    _reset_connections(app)
    yield TEST_REDIS_URL
    app.conf.update(**old)
    _reset_connections(app)


def _reset_connections(app: Any) -> None:
    # Pools are created lazily from the current configuration; drop our references so
    # the next publish builds them for the new broker URL.
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def worker(broker: str, transactional_db: Any, tmp_path: Path) -> Iterator[Worker]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "REDIS_URL": broker,
        "CELERY_TASK_ALWAYS_EAGER": "0",
        "CELERY_VISIBILITY_TIMEOUT": "60",
        "DJANGO_SECRET_KEY": "integration-test-key",
        "DJANGO_DEBUG": "0",
        "PYTHONUNBUFFERED": "1",
    }
    if connection.vendor == "sqlite":
        connection.close()  # let the worker write to the file database
    handle = Worker(env, tmp_path)
    yield handle
    handle.stop()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RedisServer:
    """A private redis-server we may stop and start without disturbing anyone else."""

    def __init__(self, port: int, workdir: Path) -> None:
        self.port, self.workdir = port, workdir
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        binary = shutil.which("redis-server")
        assert binary
        self.process = subprocess.Popen(
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.workdir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                redis.Redis(port=self.port, socket_connect_timeout=0.2).ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[RedisServer]:
    require(shutil.which("redis-server") is not None, "redis-server is not installed")
    server = RedisServer(_free_port(), tmp_path)
    server.start()
    yield server
    server.stop()


def wait_for(predicate: Callable[[], Any], *, timeout: float, what: str, worker: Worker) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}\n{worker.log()}")
