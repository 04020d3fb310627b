"""Bulk import over HTTP beside `manage.py import_articles`: the same 10,000 articles.

    .venv/bin/python benchmarks/api_import.py [--rows 10000] [--words 400-800] [--database-url URL]

A fresh benchmark database (SQLite `var/bench-api-import.sqlite3` by default; a PostgreSQL
URL must name a database starting with `bench`, created if missing and emptied of articles
first) is migrated and given one editor with an API token. N news articles are generated
(400-800 words each, as benchmarks/api.py does; generating is not timed) and written as
JSON Lines, a JSON array and CSV. Then, each from an empty article table:

1. `manage.py import_articles <file>.jsonl --no-progress`, called in this process;
2. `POST /api/v1/articles/import/` to a real HTTP server (`manage.py runserver --noreload`,
   a child process on 127.0.0.1) with each body: the wall time is the client's, from the
   first byte sent to the last byte of the per-row report read; the server's CPU time is
   read from /proc before and after;
3. the same JSON Lines body through Django's test Client in this process (no socket).

Extraction is queued as in production: one `extract_claims_batch` message per 100 articles
through the outbox to a real Redis broker (database 15, emptied before and after); no
worker runs. Each process imports one article first (one-off costs: the task modules, the
broker's connection). The figures are one run each, beside the core count and the load.
"""

from __future__ import annotations

import argparse
import csv
import http.client
import io
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import _common  # benchmarks/_common.py: the script directory is on sys.path

DB_PATH = _common.ROOT / "var" / "bench-api-import.sqlite3"
BROKER_URL = "redis://127.0.0.1:6379/15"
FIELDS = ("title", "url", "outlet", "author", "published_at", "body")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def bodies(items: list[Any]) -> dict[str, tuple[str, bytes]]:
    """The articles as JSON Lines, a JSON array and CSV: format -> (media type, bytes)."""
    rows = [
        {
            "title": item.title,
            "url": item.url,
            "outlet": item.outlet,
            "author": item.author,
            "published_at": item.published_at.isoformat(),
            "body": item.body,
        }
        for item in items
    ]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return {
        "jsonl": (
            "application/x-ndjson",
            "".join(json.dumps(row) + "\n" for row in rows).encode(),
        ),
        "json": ("application/json", json.dumps(rows, indent=1).encode()),
        "csv": ("text/csv", out.getvalue().encode()),
    }


def empty_articles() -> None:
    from django.db import connection

    from claims.models import Article
    from core.models import OutboxMessage

    if connection.vendor == "postgresql":
        # TRUNCATE, not DELETE: each run imports the same texts, and the dead rows a DELETE
        # leaves in the unique indexes made every later run's duplicate checks slower.
        tables = ", ".join(
            connection.ops.quote_name(model._meta.db_table) for model in (Article, OutboxMessage)
        )
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {tables} CASCADE")
    else:
        Article.objects.all().delete()
        OutboxMessage.objects.all().delete()
    flush_broker()


def flush_broker() -> None:
    import redis

    redis.Redis.from_url(BROKER_URL).flushdb()


def queued_messages() -> int:
    import redis

    return int(redis.Redis.from_url(BROKER_URL).llen("extraction"))


def article_count() -> int:
    from claims.models import Article

    return Article.objects.count()


def start_server(port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=_common.ROOT,
        env=os.environ.copy(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/api/v1/")
            conn.getresponse().read()
            return proc
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("runserver did not answer within 60 s")


def post_over_http(
    port: int,
    token: str,
    media_type: str,
    body: bytes,
    pid: int,
    path: str = "/api/v1/articles/import/",
) -> dict[str, Any]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    conn.connect()
    cpu_before = cpu_seconds(pid)
    started = time.perf_counter()
    conn.request(
        "POST",
        path,
        body=body,
        headers={"Content-Type": media_type, "Authorization": f"Token {token}"},
    )
    response = conn.getresponse()
    payload = response.read()
    seconds = time.perf_counter() - started
    cpu = cpu_seconds(pid) - cpu_before
    report = json.loads(payload)
    return {
        "status": response.status,
        "seconds": seconds,
        "server_cpu": cpu,
        "created": report.get("created"),
        "report_bytes": len(payload),
        "report": report,
    }


def import_job(
    port: int, token: str, payload: tuple[str, bytes], pid: int, rows: int
) -> list[tuple[str, str, float, float | None, int, int]]:
    """The JSON Lines body as an import job: the request that stores it (202), then the
    worker's part, run in this process as the task runs it."""
    from claims import services

    media_type, body = payload
    one = post_over_http(
        port, token, media_type, body, pid, path="/api/v1/articles/import/?async=1"
    )
    if one["status"] != 202:
        raise SystemExit(f"job: HTTP {one['status']}")
    stored = ("HTTP POST ?async=1, jsonl: 202", "runserver", one["seconds"], one["server_cpu"])
    measured = [(*stored, article_count(), queued_messages())]
    started, cpu_started = time.perf_counter(), time.process_time()
    job = services.import_job_run(job_id=one["report"]["id"])
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    if job is None or job.status != "done" or job.created_count != rows:
        raise SystemExit(f"job: {job and job.status}, created {job and job.created_count}")
    measured.append(
        (
            "import job run (the worker's part)",
            "in-process",
            seconds,
            cpu,
            article_count(),
            queued_messages(),
        )
    )
    empty_articles()
    return measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument(
        "--words",
        default="400-800",
        help="words per item, MIN-MAX: 400-800 (news articles, the default) or 20-60 "
        "(a claim or two each, as the issue's comparison with Label Studio and doccano: "
        "10,000 news-claim sentences)",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also cProfile the in-process JSON Lines import and print where its time goes",
    )
    parser.add_argument(
        "--database-url",
        default=f"sqlite:///{DB_PATH}",
        help="a SQLite file, or a PostgreSQL database whose name starts with 'bench'",
    )
    args = parser.parse_args()
    url: str = args.database_url
    if url.startswith("sqlite"):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{DB_PATH}{suffix}").unlink(missing_ok=True)
    else:
        _common.guard_database_url(url)
        _common.ensure_postgres_database(url)
    _common.setup_django(
        database_url=url,
        REDIS_URL=BROKER_URL,
        CELERY_BROKER_URL=BROKER_URL,
        CELERY_RESULT_BACKEND=BROKER_URL,
        CELERY_TASK_ALWAYS_EAGER="0",
        WORKBENCH_IMPORT_MAX_ROWS=str(max(args.rows, 10_000)),
    )
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.test import Client
    from rest_framework.authtoken.models import Token

    from claims import services as claims_services

    print(
        f"api_import benchmark: {args.rows:,} articles, database "
        f"{_common.database_name(url)} ({'SQLite' if url.startswith('sqlite') else 'PostgreSQL'})"
        f"; {_common.machine_line()}",
        flush=True,
    )
    call_command("migrate", verbosity=0)
    user_model = get_user_model()
    editor, _ = user_model.objects.get_or_create(username="bench-import-editor")
    editor.groups.add(Group.objects.get(name="editor"))
    token, _ = Token.objects.get_or_create(user=editor)
    empty_articles()

    low, _, high = str(args.words).partition("-")
    min_words, max_words = int(low), int(high or low)
    items = _common.article_inputs(args.rows, seed=11, min_words=min_words, max_words=max_words)
    words = sum(len(item.body.split()) for item in items)
    payloads = bodies(items)
    results: list[tuple[str, str, float, float | None, int, int]] = []

    warm_up = bodies(_common.article_inputs(1, seed=12))["jsonl"]
    with tempfile.TemporaryDirectory() as folder:
        # A first import pays one-off costs (the task modules, the broker's connection):
        # one article first, in this process and in the server, then the timed runs.
        path = Path(folder) / "warm-up.jsonl"
        path.write_bytes(warm_up[1])
        call_command("import_articles", str(path), "--no-progress", stdout=io.StringIO())
        empty_articles()
        path = Path(folder) / "articles.jsonl"
        path.write_bytes(payloads["jsonl"][1])
        started, cpu_started = time.perf_counter(), time.process_time()
        call_command("import_articles", str(path), "--no-progress", stdout=io.StringIO())
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    results.append(
        (
            "manage.py import_articles (.jsonl)",
            "-",
            seconds,
            cpu,
            article_count(),
            queued_messages(),
        )
    )
    empty_articles()

    port = free_port()
    server = start_server(port)
    try:
        post_over_http(port, token.key, warm_up[0], warm_up[1], server.pid)
        empty_articles()
        for fmt in ("jsonl", "json", "csv"):
            media_type, body = payloads[fmt]
            one = post_over_http(port, token.key, media_type, body, server.pid)
            if one["status"] != 201 or one["created"] != args.rows:
                raise SystemExit(f"{fmt}: HTTP {one['status']}, created {one['created']}")
            results.append(
                (
                    f"HTTP POST, {fmt} ({len(body) / 1e6:.1f} MB)",
                    "runserver",
                    one["seconds"],
                    one["server_cpu"],
                    article_count(),
                    queued_messages(),
                )
            )
            empty_articles()
        if hasattr(claims_services, "import_job_run"):  # not in the code before the jobs
            results += import_job(port, token.key, payloads["jsonl"], server.pid, args.rows)
    finally:
        server.terminate()
        server.wait(timeout=30)

    client = Client()
    media_type, body = payloads["jsonl"]
    started, cpu_started = time.perf_counter(), time.process_time()
    response = client.post(
        "/api/v1/articles/import/",
        body,
        content_type=media_type,
        HTTP_AUTHORIZATION=f"Token {token.key}",
    )
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    if response.status_code != 201:
        raise SystemExit(f"test Client: HTTP {response.status_code}")
    results.append(
        ("test Client POST, jsonl", "in-process", seconds, cpu, article_count(), queued_messages())
    )
    empty_articles()

    print(
        f"  {args.rows:,} articles, {words / args.rows:.0f} words on average; "
        f"cores: {os.cpu_count()}"
    )
    print(f"  {'path':<38} {'server':<11} {'seconds':>8} {'CPU s':>7} {'stored':>7} {'queued':>7}")
    for label, where, wall, cpu_s, stored, queued in results:
        print(
            f"  {label:<38} {where:<11} {wall:>8.2f} {cpu_s if cpu_s is not None else 0:>7.2f} "
            f"{stored:>7,} {queued:>7,}"
        )
    print(
        "  (CPU s: the importing process's CPU time; for runserver the server process's, read "
        "from /proc. queued: extraction messages sent to Redis db 15, then flushed.)"
    )
    if args.profile:
        profile(client, token.key, payloads["jsonl"])


def profile(client: Any, token: str, payload: tuple[str, bytes]) -> None:
    """The test Client's JSON Lines import again, under cProfile: the functions that took
    the most time, with what they called (wall time: waiting on PostgreSQL included)."""
    import cProfile
    import pstats

    media_type, body = payload
    profiler = cProfile.Profile()
    profiler.enable()
    response = client.post(
        "/api/v1/articles/import/",
        body,
        content_type=media_type,
        HTTP_AUTHORIZATION=f"Token {token}",
    )
    profiler.disable()
    empty_articles()
    if response.status_code != 201:
        raise SystemExit(f"profiled run: HTTP {response.status_code}")
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(
        r"claims|core|psycopg/(cursor|_copy)\.py|json/__init__|celery/app/base", 45
    )
    print("  cProfile of the test Client's JSON Lines import (cumulative):")
    for line in out.getvalue().splitlines():
        if line.strip() and not line.startswith(("   Ordered", "   List")):
            print(f"    {line[:150]}")


if __name__ == "__main__":
    main()
