"""How fast the NDJSON verdict export streams, against PostgreSQL's own COPY.

    .venv/bin/python benchmarks/export.py [--rows 100000] [--big] [--database-url URL]

1. Fills a benchmark PostgreSQL database (default `bench_export`; only databases whose name
   starts with `bench` are touched) with N published verdicts using COPY FROM STDIN:
   articles, claims (5% more claims merged into them as duplicates), reviews, one or two
   sources each, one published revision each and, for 10%, an earlier superseded one (a
   correction). A database that already holds exactly N verdicts is reused.
2. Starts gunicorn (one sync worker) on 127.0.0.1 as a subprocess and streams
   `GET /api/v1/verdicts/?format=ndjson` through the whole HTTP stack with http.client,
   authenticated with an export key, sampling the worker's RSS while it streams.
3. Runs `COPY (SELECT … the same columns …) TO STDOUT` in the same run for comparison.

Prints rows/s, the ratio to COPY, the worker's RSS before and its peak (VmHWM) after,
the data size and os.cpu_count(). `--big` means 1,000,000 verdicts.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
# The script's own folder comes first on sys.path, where benchmarks/queue.py would shadow
# the standard library's `queue`; the repository root is what this script needs.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != _HERE]
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/bench_export"

WORDS = """
unemployment inflation wages budget deficit hospital waiting list crime rate school funding
energy prices housing migration tax revenue pension growth exports police officers teachers
nurses vaccine emissions rail fares
""".split()  # noqa: SIM905
PEOPLE = ["the minister", "Jane Doe", "the ministry", "John Smith", "the mayor", "the council"]
OUTLETS = ["The Courier", "Daily Post", "Evening Star", "Wire Service", "Morning Herald"]


def setup_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-secret-key")
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
    import django

    django.setup()


def ensure_database(url: str) -> None:
    import psycopg

    name = urlsplit(url).path.lstrip("/")
    if not name.startswith("bench"):
        sys.exit(f"refusing to fill database {name!r}: use a name starting with 'bench'")
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def published_count() -> int:
    from claims.models import Claim

    return Claim.objects.filter(status="published").count()


def generate(n: int) -> None:
    """N published verdicts, written with COPY (a few seconds per 100,000)."""
    from django.contrib.auth.models import Group, User
    from django.db import connection

    from reviews.models import Rating
    from reviews.services import ratings_load

    tables = [
        "reviews_verdictrevision",
        "reviews_source",
        "reviews_review",
        "reviews_timelineevent",
        "reviews_webhookdelivery",
        "claims_claim",
        "claims_article",
    ]
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
    ratings_load(entries=json.loads((ROOT / "seeds" / "ratings.json").read_text("utf-8")))
    rating_ids = list(Rating.objects.values_list("id", flat=True))
    reviewer, _ = User.objects.get_or_create(username="bench-reviewer", first_name="Rita")
    editor, _ = User.objects.get_or_create(username="bench-editor", first_name="Edna")
    reviewer.groups.add(Group.objects.get(name="reviewer"))
    editor.groups.add(Group.objects.get(name="editor"))

    rng = random.Random(4711)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    per_article = 4
    articles = (n + per_article - 1) // per_article
    duplicates = n // 20
    raw = connection.connection  # psycopg connection under Django's wrapper
    started = time.perf_counter()
    with raw.cursor() as cur:
        with cur.copy(
            "COPY claims_article (id, title, url, outlet, author, published_at, language, body,"
            " content_hash, extraction_status, extraction_error, extractor_version,"
            " extraction_attempts, created_at, updated_at) FROM STDIN"
        ) as copy:
            for a in range(1, articles + duplicates + 1):
                published = now - timedelta(days=rng.randint(0, 900), minutes=a % 1440)
                body = " ".join(rng.choice(WORDS) for _ in range(60)) + f". Story {a}."
                copy.write_row(
                    (
                        a,
                        f"Report {a} on {rng.choice(WORDS)}",
                        f"https://news.example.org/{a}",
                        rng.choice(OUTLETS),
                        "",
                        published,
                        "en",
                        body,
                        f"{a:064x}",
                        "done",
                        "",
                        "bench",
                        1,
                        published,
                        published,
                    )
                )
        claim_cols = (
            "id, article_id, text, span_start, span_end, quote, claimant, claim_type,"
            " checkworthiness, reasons, origin, duplicate_of_id, status, assignee_id,"
            " priority, edited_by_human, version, created_at, updated_at, worth_checking"
        )
        with cur.copy(f"COPY claims_claim ({claim_cols}) FROM STDIN") as copy:
            for c in range(1, n + duplicates + 1):
                is_duplicate = c > n
                article = articles + (c - n) if is_duplicate else (c - 1) // per_article + 1
                text = (
                    f"{rng.choice(WORDS).capitalize()} rose by {rng.randint(2, 90)} percent "
                    f"in {2000 + c % 25}, claim {c}."
                )
                copy.write_row(
                    (
                        c,
                        article,
                        text,
                        (c - 1) % per_article * 100,
                        (c - 1) % per_article * 100 + len(text),
                        text,
                        rng.choice(PEOPLE),
                        "statistic",
                        round(rng.random(), 3),
                        '["contains a number or statistic"]',
                        "extracted",
                        rng.randint(1, n) if is_duplicate else None,
                        "duplicate" if is_duplicate else "published",
                        reviewer.pk,
                        0,
                        False,
                        7,
                        now,
                        now,
                        False,
                    )
                )
        review_cols = (
            "id, claim_id, rating_id, summary, rationale, author_id, approver_id, submitted_at,"
            " approved_at, published_at, corrected_at, correction_note, version, created_at,"
            " updated_at"
        )
        corrected = set(rng.sample(range(1, n + 1), n // 10))
        times: dict[int, datetime] = {}
        # What each verdict says: its current revision says the same (the export reads it).
        said: dict[int, tuple[int, str, str]] = {}
        with cur.copy(f"COPY reviews_review ({review_cols}) FROM STDIN") as copy:
            for r in range(1, n + 1):
                published = now + timedelta(seconds=r)
                times[r] = published
                fixed = published + timedelta(days=3) if r in corrected else None
                said[r] = (
                    rng.choice(rating_ids),
                    f"The official figure for claim {r} was different; see the sources.",
                    "The statistics office's release for that year gives another figure, "
                    "and the claimant's own department confirmed it. " * 2,
                )
                copy.write_row(
                    (
                        r,
                        r,
                        *said[r],
                        reviewer.pk,
                        editor.pk,
                        published,
                        fixed or published,
                        published,
                        fixed,
                        "The office revised its figure." if fixed else "",
                        3,
                        published,
                        fixed or published,
                    )
                )
        with cur.copy(
            "COPY reviews_source (claim_id, url, title, publisher, excerpt, stance,"
            " accessed_at, archived_url, added_by_id, created_at) FROM STDIN"
        ) as copy:
            for c in range(1, n + 1):
                for s in range(1 + (c % 2)):
                    copy.write_row(
                        (
                            c,
                            f"https://stats.example.org/tables/{c}/{s}",
                            f"Table {c}.{s}",
                            "Statistics Office",
                            "",
                            "refutes" if s else "context",
                            now,
                            "",
                            reviewer.pk,
                            now,
                        )
                    )
        with cur.copy(
            "COPY reviews_verdictrevision (review_id, number, rating_id, summary, rationale,"
            " author_id, approver_id, published_at, superseded_at, correction_note, sources)"
            " FROM STDIN"
        ) as copy:
            for r in range(1, n + 1):
                number = 1
                if r in corrected:
                    superseded = times[r] + timedelta(days=3)
                    copy.write_row(
                        (
                            r,
                            1,
                            rng.choice(rating_ids),
                            "First version.",
                            "",
                            reviewer.pk,
                            editor.pk,
                            times[r],
                            superseded,
                            "",
                            "[]",
                        )
                    )
                    number = 2
                sources = [
                    [
                        f"https://stats.example.org/tables/{r}/{s}",
                        f"Table {r}.{s}",
                        "Statistics Office",
                        "refutes" if s else "context",
                        None,
                    ]
                    for s in range(1 + (r % 2))
                ]
                copy.write_row(
                    (
                        r,
                        number,
                        *said[r],
                        reviewer.pk,
                        editor.pk,
                        times[r],
                        None,
                        "",
                        json.dumps(sources),
                    )
                )
        # Each review points at its current revision, which credits the reviewer.
        cur.execute(
            "UPDATE reviews_review r SET published_revision_id = v.id"
            " FROM reviews_verdictrevision v"
            " WHERE v.review_id = r.id AND v.superseded_at IS NULL"
        )
        cur.execute(
            "INSERT INTO reviews_revisioncontributor (revision_id, user_id, position)"
            " SELECT id, author_id, 0 FROM reviews_verdictrevision"
        )
    with connection.cursor() as cursor:
        for table in (
            "claims_article",
            "claims_claim",
            "reviews_review",
            "reviews_source",
            "reviews_verdictrevision",
            "reviews_revisioncontributor",
        ):
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
            )
        cursor.execute("ANALYZE")
    print(f"generated {n:,} verdicts in {time.perf_counter() - started:.1f}s", flush=True)


# The export's columns, as one query: the verdict, its claim and article, rating, people,
# its sources, the articles of claims merged into it and its superseded revisions.
COPY_SQL = """
COPY (
  SELECT r.id, c.id, c.text, c.claimant, a.published_at, a.url, a.title, a.outlet,
         rt.label, rt.slug, rt.value, r.summary, r.rationale,
         au.username, au.first_name, au.last_name, ap.username, ap.first_name, ap.last_name,
         r.published_at, r.updated_at, r.corrected_at, r.correction_note,
         (SELECT json_agg(json_build_array(s.url, s.title, s.publisher, s.stance,
                                           s.archived_url) ORDER BY s.created_at, s.id)
            FROM reviews_source s WHERE s.claim_id = c.id),
         (SELECT json_agg(json_build_array(da.url, da.title, da.outlet, da.published_at))
            FROM claims_claim d JOIN claims_article da ON da.id = d.article_id
           WHERE d.duplicate_of_id = c.id),
         (SELECT json_agg(json_build_array(v.number, vr.label, vr.slug, vr.value, v.summary,
                                           v.published_at, v.superseded_at, v.correction_note)
                          ORDER BY v.number)
            FROM reviews_verdictrevision v LEFT JOIN reviews_rating vr ON vr.id = v.rating_id
           WHERE v.review_id = r.id AND v.superseded_at IS NOT NULL)
    FROM reviews_review r
    JOIN claims_claim c ON c.id = r.claim_id
    JOIN claims_article a ON a.id = c.article_id
    LEFT JOIN reviews_rating rt ON rt.id = r.rating_id
    LEFT JOIN auth_user au ON au.id = r.author_id
    LEFT JOIN auth_user ap ON ap.id = r.approver_id
   WHERE c.status = 'published' AND r.published_at IS NOT NULL
   ORDER BY r.updated_at, r.id
) TO STDOUT
"""


def time_copy(url: str) -> tuple[float, int, int]:
    import psycopg

    with psycopg.connect(url) as conn, conn.cursor() as cur:
        started = time.perf_counter()
        size = rows = 0
        with cur.copy(COPY_SQL) as copy:
            for block in copy:
                size += len(block)
                rows += bytes(block).count(b"\n")
        return time.perf_counter() - started, rows, size


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def memory_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def worker_pid(master: int, timeout: float = 30) -> int:
    deadline = time.time() + timeout
    while time.time() < deadline:
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        if children:
            return int(children[0])
        time.sleep(0.1)
    raise RuntimeError("gunicorn started no worker")


def get(port: int, path: str, key: str, sink: Any = None) -> tuple[int, int, int]:
    """GET path; returns (status, bytes, lines), reading the body in 1 MiB pieces."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    conn.request("GET", path, headers={"Authorization": f"Token {key}", "Host": "127.0.0.1"})
    response = conn.getresponse()
    size = lines = 0
    while block := response.read(1 << 20):
        size += len(block)
        lines += block.count(b"\n")
        if sink is not None:
            sink(block)
    conn.close()
    return response.status, size, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--big", action="store_true", help="1,000,000 verdicts")
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--regenerate", action="store_true", help="refill even if N match")
    args = parser.parse_args()
    n = 1_000_000 if args.big else args.rows

    ensure_database(args.database_url)
    setup_django(args.database_url)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if args.regenerate or published_count() != n:
        generate(n)
    else:
        print(f"reusing {n:,} verdicts already in the database", flush=True)

    from core.api.authentication import export_token_issue
    from reviews.models import ExportToken

    key = export_token_issue(token=ExportToken(name="benchmark"))
    from django.db import connections

    connections.close_all()

    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": args.database_url,
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CELERY_TASK_ALWAYS_EAGER": "1",
        "LOG_LEVEL": "WARNING",
    }
    server = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "workbench.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--timeout",
            "900",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        deadline = time.time() + 60
        while True:
            try:
                status, _, _ = get(port, "/api/v1/verdicts/?page_size=1", key)
                break
            except OSError:
                if time.time() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        assert status == 200, status
        worker = worker_pid(server.pid)
        rss_before = memory_kb(worker, "VmRSS")
        samples: list[int] = []
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                samples.append(memory_kb(worker, "VmRSS"))
                time.sleep(0.1)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        started = time.perf_counter()
        status, size, lines = get(port, "/api/v1/verdicts/?format=ndjson", key)
        http_seconds = time.perf_counter() - started
        done.set()
        sampler.join()
        peak = memory_kb(worker, "VmHWM")
        assert status == 200, status
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)

    copy_seconds, copy_rows, copy_size = time_copy(args.database_url)
    print()
    print(f"verdicts                  {n:,} (os.cpu_count() = {os.cpu_count()})")
    print(
        f"NDJSON over HTTP          {lines:,} rows, {size / 1e6:,.1f} MB in {http_seconds:.2f}s"
        f" = {lines / http_seconds:,.0f} rows/s ({size / 1e6 / http_seconds:.1f} MB/s)"
    )
    print(
        f"COPY … TO STDOUT          {copy_rows:,} rows, {copy_size / 1e6:,.1f} MB in "
        f"{copy_seconds:.2f}s = {copy_rows / copy_seconds:,.0f} rows/s"
    )
    print(f"HTTP / COPY time          {http_seconds / copy_seconds:.2f}x")
    print(
        f"worker RSS                before {rss_before / 1024:.0f} MB, while streaming "
        f"max {max(samples or [0]) / 1024:.0f} MB, peak (VmHWM) {peak / 1024:.0f} MB"
    )


if __name__ == "__main__":
    main()
