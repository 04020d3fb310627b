"""The four operations two annotation tools were measured on, on SQLite with 10,000 items.

    .venv/bin/python benchmarks/api.py [--items 10000] [--repeat 30]

A fresh SQLite file (var/bench-api.sqlite3) is migrated, then each operation runs in its
own child process, so that its peak RSS is its own (`ru_maxrss` of that process, which
includes Django itself, about 60-70 MB):

1. import 10,000 articles through `claims.services.articles_import` (generated news text,
   400-800 words each; generating it is not timed). Extraction is excluded: the importer
   queues one `extract_claims_batch` task per 100 articles after each batch of 1,000
   commits, as in production, to a real Redis broker (database 14, emptied before and
   after), and no worker runs. The same import with the queueing replaced by a no-op is
   timed too, to show what the broker costs.
2. one list page of 25 through the API, `GET /api/v1/claims/` over 10,000 claims: page 1,
   and page 400 reached by following the cursor (`next`) 399 times, then re-requested;
3. one review write, `PUT /api/v1/claims/{id}/review/` by the assigned reviewer, on a claim
   in progress whose review exists (as `claim_start` leaves it) and changing its rating and
   summary (two timeline events);
4. the export of 10,000 published verdicts in every format: `format=ndjson`, `csv` and
   `claimreview` (whole body streamed and read), and `json` (every cursor page of 200).

Requests go through Django's test Client in-process with token authentication: the real
URL stack, middleware, view and serializer, no network. Timings are medians of `--repeat`
runs (p95 beside them) unless the operation is a one-off (the import). "CPU" is the CPU
time of the measuring process (the in-process server; SQLite runs inside it too, Redis
does not): it stays meaningful when other work shares the cores and stretches wall time.
Label Studio's and doccano's figures are theirs, on their hardware, as given; they are
printed beside ours for orientation, not as a controlled comparison.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import _common  # benchmarks/_common.py: the script directory is on sys.path

DB_PATH = _common.ROOT / "var" / "bench-api.sqlite3"
DB_URL = f"sqlite:///{DB_PATH}"
BROKER_URL = "redis://127.0.0.1:6379/14"

THEIRS = {
    # operation: (Label Studio 1.23.2, doccano 1.8.4, our goal)
    "import": ("1.38 s", "2.27 s", "<= 1 s"),
    "list_page_1": ("34.5 ms", "41.7 ms", "<= 15 ms"),
    "list_page_400": ("34.7 ms", "49.6 ms", "<= 15 ms"),
    "review_write": ("40 ms", "7.5 ms", "<= 5 ms"),
    "export": ("7.5 s", "1.4 s", "<= 0.3 s"),
}


def setup_env() -> None:
    _common.setup_django(
        database_url=DB_URL,
        REDIS_URL=BROKER_URL,
        CELERY_BROKER_URL=BROKER_URL,
        CELERY_RESULT_BACKEND=BROKER_URL,
        CELERY_TASK_ALWAYS_EAGER="0",
    )


def flush_broker() -> None:
    import redis

    redis.Redis.from_url(BROKER_URL).flushdb()


def users() -> tuple[Any, Any, str, str]:
    from django.contrib.auth import get_user_model
    from rest_framework.authtoken.models import Token

    user_model = get_user_model()
    reviewer = user_model.objects.get(username="reviewer01")
    editor = user_model.objects.get(username="editor01")
    return (
        reviewer,
        editor,
        Token.objects.get(user=reviewer).key,
        Token.objects.get(user=editor).key,
    )


# --- the child processes ------------------------------------------------------------------------


def op_setup(items: int) -> dict[str, Any]:
    """Fresh database: migrate, the rating scale, one reviewer and one editor with tokens."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from rest_framework.authtoken.models import Token

    from reviews.services import ratings_load

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    ratings_load(entries=json.loads((_common.ROOT / "seeds" / "ratings.json").read_text()))
    user_model = get_user_model()
    for name, role in (("reviewer01", "reviewer"), ("editor01", "editor")):
        user = user_model.objects.create_user(name, f"{name}@bench.example.org", "x" * 12)
        user.groups.add(Group.objects.get(name=role))
        Token.objects.create(user=user)
    return {"seconds": time.perf_counter() - started}


def op_import(items: int, enqueue: bool) -> dict[str, Any]:
    import importlib
    from unittest import mock

    from claims import services
    from claims.models import Article

    generated = _common.article_inputs(items, seed=1 if enqueue else 2)
    words = sum(len(item.body.split()) for item in generated)
    flush_broker()
    # The importer calls `enqueue_extraction` by the name its own module imported, so
    # the no-op goes there too (claims.services was one module before the re-cut and is
    # a package after it; patching only the package left the queueing in place).
    holders = [services]
    with contextlib.suppress(ImportError):
        holders.append(importlib.import_module("claims.services.importing"))
    with contextlib.ExitStack() as patch:
        if not enqueue:
            for holder in holders:
                patch.enter_context(
                    mock.patch.object(holder, "enqueue_extraction", lambda ids: None)
                )
        started, cpu_started = time.perf_counter(), time.process_time()
        report = services.articles_import(items=generated)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    import redis

    rss = _common.peak_rss_mb()  # before the clean-up below, which is not the import's
    broker = redis.Redis.from_url(BROKER_URL)
    # Every queue's list (extraction has a queue of its own since 2026-12).
    queued = sum(broker.llen(k) for k in broker.keys("*") if broker.type(k) == b"list")
    flush_broker()
    if not enqueue:  # leave the database as the enqueueing import left it
        Article.objects.filter(pk__in=report.article_ids).delete()
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "imported": report.imported,
        "words": words,
        "tasks_queued": queued,
        "peak_rss_mb": rss,
    }


def op_claims(items: int) -> dict[str, Any]:
    """One published claim per imported article (10,000 verdicts), plus claims in progress
    for the review writes. Bulk inserts: this is set-up, not a measured operation."""
    import random

    from django.utils import timezone

    from claims.models import Article, Claim, ClaimStatus
    from reviews.models import (
        Assignment,
        Rating,
        Review,
        RevisionContributor,
        Source,
        VerdictRevision,
    )

    reviewer, editor, _, _ = users()
    rng = random.Random(7)
    ratings = list(Rating.objects.all())
    now = timezone.now()
    articles = list(Article.objects.order_by("id").values_list("id", "body"))[:items]
    claims = []
    for index, (article_id, body) in enumerate(articles):
        end = body.index(". ") + 1 if ". " in body[:600] else min(len(body), 200)
        done = index >= 50  # the first 50 stay in progress, for the review writes
        claims.append(
            Claim(
                article_id=article_id,
                text=body[:end],
                quote=body[:end],
                span_start=0,
                span_end=end,
                claimant=_common.LAST[index % len(_common.LAST)],
                claim_type="statistic",
                checkworthiness=round(rng.random(), 4),
                status=ClaimStatus.PUBLISHED if done else ClaimStatus.IN_PROGRESS,
                assignee=reviewer,
                version=5,
            )
        )
    created = Claim.objects.bulk_create(claims, batch_size=1000)
    published = [c for c in created if c.status == ClaimStatus.PUBLISHED]
    reviews = Review.objects.bulk_create(
        [
            Review(
                claim=claim,
                rating=rng.choice(ratings),
                summary="The figure is right but refers to a different year.",
                rationale="We compared it with the official release. " * 3,
                author=reviewer,
                approver=editor,
                submitted_at=now,
                approved_at=now,
                published_at=now,
                version=3,
            )
            for claim in published
        ],
        batch_size=1000,
    )
    revisions = VerdictRevision.objects.bulk_create(
        [
            VerdictRevision(
                review=review,
                number=1,
                rating=review.rating,
                summary=review.summary,
                rationale=review.rationale,
                author=reviewer,
                approver=editor,
                published_at=now,
                sources=[
                    [
                        f"https://stats.example.gov/release/{review.claim_id}",
                        "Official release",
                        "National Statistics Office",
                        "refutes",
                        None,
                    ]
                ],
            )
            for review in reviews
        ],
        batch_size=1000,
    )
    # The export reads each verdict from its published revision, which credits its writer.
    for review, revision in zip(reviews, revisions, strict=True):
        review.published_revision = revision
    Review.objects.bulk_update(reviews, ["published_revision"], batch_size=1000)
    RevisionContributor.objects.bulk_create(
        [RevisionContributor(revision=revision, user=reviewer) for revision in revisions],
        batch_size=1000,
    )
    Source.objects.bulk_create(
        [
            Source(
                claim=claim,
                url=f"https://stats.example.gov/release/{claim.pk}",
                title="Official release",
                publisher="National Statistics Office",
                stance="refutes",
                added_by=reviewer,
            )
            for claim in published
        ],
        batch_size=1000,
    )
    in_progress = [c for c in created if c.status == ClaimStatus.IN_PROGRESS]
    Assignment.objects.bulk_create(
        [
            Assignment(claim=claim, reviewer=reviewer, assigned_by=editor, assigned_at=now)
            for claim in in_progress
        ]
    )
    # claim_start creates the (empty) review a claim in progress always has.
    Review.objects.bulk_create([Review(claim=claim, author=reviewer) for claim in in_progress])
    return {"claims": len(created), "published": len(published)}


def _get(client: Any, url: str, token: str) -> Any:
    response = client.get(url, HTTP_AUTHORIZATION=f"Token {token}")
    if response.status_code != 200:
        raise SystemExit(f"GET {url}: HTTP {response.status_code} {response.content[:300]!r}")
    return response


def op_list(repeat: int) -> dict[str, Any]:
    from django.test import Client

    _, _, token, _ = users()
    client = Client()
    first = "/api/v1/claims/"
    _get(client, first, token)  # warm-up
    page1, cpu1 = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        _get(client, first, token)
        page1.append(time.perf_counter() - t0)
        cpu1.append(time.process_time() - c0)
    url = first
    walked_started = time.perf_counter()
    for _ in range(399):
        url = _get(client, url, token).json()["next"]
        if not url:
            raise SystemExit("fewer than 400 pages")
    walked = time.perf_counter() - walked_started
    with _common.capture_sql() as captured:
        last = _get(client, url, token).json()
    page400, cpu400 = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        _get(client, url, token)
        page400.append(time.perf_counter() - t0)
        cpu400.append(time.process_time() - c0)
    return {
        "page_1": page1,
        "page_400": page400,
        "page_1_cpu": cpu1,
        "page_400_cpu": cpu400,
        "walk_399_s": walked,
        "rows_on_400": len(last["results"]),
        "queries": len(captured),
    }


def op_review(repeat: int) -> dict[str, Any]:
    from django.test import Client

    from claims.models import Claim, ClaimStatus
    from reviews.models import Review

    reviewer, _, token, _ = users()
    client = Client()
    claim_ids = list(
        Claim.objects.filter(status=ClaimStatus.IN_PROGRESS, assignee=reviewer).values_list(
            "pk", flat=True
        )
    )
    versions = dict(
        Review.objects.filter(claim_id__in=claim_ids).values_list("claim_id", "version")
    )
    samples, cpu = [], []
    queries = 0
    slugs = ["false", "mostly-false", "mixed", "true"]
    for index in range(repeat + 1):
        claim_id = claim_ids[index % len(claim_ids)]
        body = {
            "rating": slugs[index % len(slugs)],
            "summary": f"Draft {index}: the figure refers to a different year.",
            "version": versions.get(claim_id, 1),
        }
        with _common.capture_sql() as captured:
            t0, c0 = time.perf_counter(), time.process_time()
            response = client.put(
                f"/api/v1/claims/{claim_id}/review/",
                data=json.dumps(body),
                content_type="application/json",
                HTTP_AUTHORIZATION=f"Token {token}",
            )
            elapsed, elapsed_cpu = time.perf_counter() - t0, time.process_time() - c0
        if response.status_code != 200:
            raise SystemExit(f"PUT review: HTTP {response.status_code} {response.content[:300]!r}")
        versions[claim_id] = response.json()["version"]
        if index:  # the first write is the warm-up
            samples.append(elapsed)
            cpu.append(elapsed_cpu)
            queries = len(captured)
    return {"write": samples, "write_cpu": cpu, "queries": queries}


def op_export(repeat: int) -> dict[str, Any]:
    from django.test import Client

    _, _, token, _ = users()
    client = Client()
    out: dict[str, Any] = {}
    for fmt in ("ndjson", "csv", "claimreview", "json"):
        samples, cpu = [], []
        size = lines = 0
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            if fmt == "json":  # every cursor page, as a polling client reads them
                url, size, lines = "/api/v1/verdicts/?page_size=200", 0, 0
                while url:
                    response = _get(client, url, token)
                    size += len(response.content)
                    page = json.loads(response.content)
                    lines += len(page["results"])
                    url = page["next"]
            else:
                response = _get(client, f"/api/v1/verdicts/?format={fmt}", token)
                body = b"".join(response.streaming_content)
                size, lines = len(body), body.count(b"\n")
            samples.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        out[fmt] = {"samples": samples, "cpu": cpu, "bytes": size, "lines": lines}
    return out


def child(op: str, items: int, repeat: int) -> None:
    setup_env()
    if op == "setup":
        result = op_setup(items)
    elif op == "import":
        result = op_import(items, enqueue=True)
    elif op == "import-no-enqueue":
        result = op_import(items, enqueue=False)
    elif op == "claims":
        result = op_claims(items)
    elif op == "list":
        result = op_list(repeat)
    elif op == "review":
        result = op_review(repeat)
    elif op == "export":
        result = op_export(max(3, repeat // 6))
    else:
        raise SystemExit(f"unknown op {op}")
    result.setdefault("peak_rss_mb", _common.peak_rss_mb())
    print("RESULT " + json.dumps(result))


def run_child(op: str, items: int, repeat: int) -> dict[str, Any]:
    command = [sys.executable, __file__, "--op", op, "--items", str(items)]
    command += ["--repeat", str(repeat)]
    proc = subprocess.run(
        command, capture_output=True, text=True, timeout=1800, env=os.environ.copy()
    )
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return dict(json.loads(line[len("RESULT ") :]))
    print(proc.stdout[-3000:], proc.stderr[-6000:])
    raise SystemExit(f"{op} failed")


def ms(samples: list[float], p: float = 50) -> float:
    return _common.percentile(samples, p) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--op", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.op:
        child(args.op, args.items, args.repeat)
        return

    print(f"api benchmark: {args.items:,} items on SQLite ({DB_PATH}); {_common.machine_line()}")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{DB_PATH}{suffix}").unlink(missing_ok=True)
    results: dict[str, dict[str, Any]] = {}
    for op in ("setup", "import", "import-no-enqueue", "claims", "list", "review", "export"):
        started = time.perf_counter()
        results[op] = run_child(op, args.items, args.repeat)
        print(
            f"  {op:<18} done in {time.perf_counter() - started:6.1f} s "
            f"(peak RSS {results[op]['peak_rss_mb']:.0f} MB)",
            flush=True,
        )

    imp, imp0 = results["import"], results["import-no-enqueue"]
    lst, rev, exp = results["list"], results["review"], results["export"]
    print(
        f"\n  import: {imp['imported']:,} articles ({imp['words'] / imp['imported']:.0f} words "
        f"on average), {imp['tasks_queued']:,} extraction messages (batches) queued to Redis db 14 "
        f"(flushed); without queueing: {imp0['seconds']:.2f} s ({imp0['cpu_seconds']:.2f} s CPU, "
        f"peak RSS {imp0['peak_rss_mb']:.0f} MB; the generated input alone holds ~50 MB)"
    )
    print(
        f"  list: {lst['queries']} SQL queries per page; page 400 has {lst['rows_on_400']} "
        f"rows; following the cursor 399 times took {lst['walk_399_s']:.1f} s"
    )
    print(f"  review write: {rev['queries']} SQL queries")
    print(f"  export: ndjson {exp['ndjson']['lines']:,} lines; every format:")
    for fmt in ("ndjson", "csv", "claimreview", "json"):
        one = exp[fmt]
        print(
            f"    {fmt:<12} {one['bytes'] / 1e6:5.1f} MB  {ms(one['samples']) / 1000:.2f} s wall "
            f"(median), {ms(one['cpu']) / 1000:.2f} s CPU"
            + (f", {one['lines']:,} items in pages of 200" if fmt == "json" else "")
        )
    rows = [
        ("import 10,000 articles", f"{imp['seconds']:.2f} s", f"{imp['cpu_seconds']:.2f} s",
         "import", imp),
        ("list page 1 (25)", f"{ms(lst['page_1']):.1f} ms (p95 {ms(lst['page_1'], 95):.1f})",
         f"{ms(lst['page_1_cpu']):.1f} ms", "list_page_1", lst),
        ("list page 400 (cursor)",
         f"{ms(lst['page_400']):.1f} ms (p95 {ms(lst['page_400'], 95):.1f})",
         f"{ms(lst['page_400_cpu']):.1f} ms", "list_page_400", lst),
        ("review write (PUT)", f"{ms(rev['write']):.1f} ms (p95 {ms(rev['write'], 95):.1f})",
         f"{ms(rev['write_cpu']):.1f} ms", "review_write", rev),
        ("export 10,000 (ndjson)", f"{ms(exp['ndjson']['samples']) / 1000:.2f} s",
         f"{ms(exp['ndjson']['cpu']) / 1000:.2f} s", "export", exp),
    ]  # fmt: skip
    print(
        f"\n  {'operation':<24} {'ours: wall (median)':<24} {'ours: CPU':>10} {'peak RSS':>9}"
        f"  {'Label Studio':>12} {'doccano':>9}  {'goal':>9}"
    )
    for label, ours, cpu, key, result in rows:
        ls, dc, goal = THEIRS[key]
        print(
            f"  {label:<24} {ours:<24} {cpu:>10} {result['peak_rss_mb']:>6.0f} MB"
            f"  {ls:>12} {dc:>9}  {goal:>9}"
        )
    print(f"  (goal: <= 200 MB peak RSS per process; {_common.machine_line()})")


if __name__ == "__main__":
    main()
