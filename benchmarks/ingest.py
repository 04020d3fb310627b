"""End-to-end ingestion: N articles through the importer and real Celery workers.

    .venv/bin/python benchmarks/ingest.py [--articles 10000] [--concurrency CORES] [--keep]

Generates N news articles (400-800 words each; generating is not timed), starts `celery -A
workbench worker --concurrency=<cores>` (one pool process per core, each prefetching one
message: CELERY_WORKER_PREFETCH_MULTIPLIER=1) as a subprocess against the PostgreSQL
benchmark database (`bench`, or DATABASE_URL) and Redis database 13 (emptied before and
after), imports the articles with `claims.services.articles_import` (which queues one
`extract_claims_batch` task per `EXTRACTION_BATCH` articles after each batch commits) and
waits until every one of them is `done` (or `failed`). It prints articles/s end to end
(from the start of the import to the last article done), how the backlog drained, the
workers' CPU time per article, and what the extraction pipeline itself took
(`Article.extraction_ms`). Claim matching tasks queued by the extraction run on the same
workers, as in production; the script reports how many were still queued when the last
article was done. `--matching off` starts the workers so that those tasks return at once,
to measure extraction alone (at a million claims in the database, matching one claim takes
seconds and the workers stall on it: see README).

Bounded: the wait ends after --timeout seconds (default 900) whatever happened. The
imported articles (and their claims) are deleted afterwards unless --keep is given, so the
benchmark database keeps its size for the other benchmarks.
"""

from __future__ import annotations

import argparse
import os
import resource
import signal
import subprocess
import sys
import time
from typing import Any

import _common  # benchmarks/_common.py: the script directory is on sys.path

BROKER_URL = "redis://127.0.0.1:6379/13"


# Starts a real worker whose processes skip the claim-matching work (the task still runs,
# returning at once): `--matching off`, to measure extraction on its own.
_WORKER_WITHOUT_MATCHING = """
import sys
from celery.signals import worker_process_init

@worker_process_init.connect
def _skip_matching(**kwargs):
    try:
        from matching import services
    except ImportError:  # the code before the re-cut (benchmarks/before_after.sh)
        from claims import matching_services as services
    services.claims_match = lambda *, claim_ids: 0

from workbench.celery import app
app.worker_main(sys.argv[1:])
"""


def all_queues() -> list[str]:
    from django.conf import settings

    routed = {route["queue"] for route in settings.CELERY_TASK_ROUTES.values()}
    return sorted(routed | {settings.CELERY_TASK_DEFAULT_QUEUE})


def queued(broker: Any) -> int:
    """Messages waiting in all the queues."""
    return sum(int(broker.llen(name)) for name in all_queues())


def start_worker(concurrency: int, env: dict[str, str], matching: bool) -> subprocess.Popen[bytes]:
    options = [
        "worker",
        f"--concurrency={concurrency}",
        "--loglevel=WARNING",
        "--without-gossip",
        "--without-mingle",
        "-n",
        f"bench-ingest-{os.getpid()}@%h",
        # Every queue (a worker without -Q takes only the default one, and extraction and
        # matching have queues of their own).
        "-Q",
        ",".join(all_queues()),
    ]
    if matching:
        command = [str(_common.ROOT / ".venv" / "bin" / "celery"), "-A", "workbench", *options]
    else:
        command = [sys.executable, "-c", _WORKER_WITHOUT_MATCHING, *options]
    return subprocess.Popen(command, cwd=_common.ROOT, env=env, start_new_session=True)


def wait_for_worker(app: Any, name_part: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        replies = app.control.ping(timeout=1.0) or []
        if any(name_part in name for reply in replies for name in reply):
            return
    raise SystemExit("the Celery worker did not answer a ping in time")


def stop_worker(proc: subprocess.Popen[bytes]) -> None:
    """Warm shutdown of the worker we started; a hard stop of its process group if stuck."""
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument(
        "--concurrency", type=int, default=os.cpu_count() or 2, help="worker pool processes"
    )
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds to wait at most")
    parser.add_argument("--keep", action="store_true", help="keep the imported articles")
    parser.add_argument(
        "--matching",
        choices=["on", "off"],
        default="on",
        help="off: the workers skip claim matching (its tasks still run, doing nothing)",
    )
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()

    url = _common.setup_django(
        REDIS_URL=BROKER_URL,
        CELERY_BROKER_URL=BROKER_URL,
        CELERY_RESULT_BACKEND=BROKER_URL,
        CELERY_TASK_ALWAYS_EAGER="0",
    )
    import redis
    from django.db.models import Avg, Count, Q, Sum

    from claims import services
    from claims.models import Article, Claim, ExtractionStatus
    from workbench.celery import app

    broker = redis.Redis.from_url(BROKER_URL)
    print(
        f"ingest: {args.articles:,} articles, {args.concurrency} worker processes, "
        f"database {_common.database_name(url)} ({Claim.objects.count():,} claims before), "
        f"broker Redis db 13, claim matching {args.matching}, {services.EXTRACTION_BATCH} "
        f"articles per extraction message; {_common.machine_line()}"
    )
    started = time.perf_counter()
    items = _common.article_inputs(args.articles, seed=args.seed)
    words = sum(len(item.body.split()) for item in items)
    print(
        f"  generated {len(items):,} articles, {words / len(items):.0f} words on average, "
        f"in {time.perf_counter() - started:.1f} s (not timed)"
    )

    broker.flushdb()
    env = os.environ.copy()
    worker = start_worker(args.concurrency, env, args.matching == "on")
    ids: list[int] = []
    try:
        wait_for_worker(app, f"bench-ingest-{os.getpid()}", timeout=90)
        t0 = time.perf_counter()
        report = services.articles_import(items=items)
        imported_at = time.perf_counter() - t0
        ids = report.article_ids
        print(
            f"  import: {report.imported:,} articles stored and queued in {imported_at:.1f} s "
            f"({report.imported / imported_at:,.0f}/s); {report.duplicates} duplicates; "
            f"{queued(broker):,} messages waiting in the queues right after"
        )
        finished = None
        last_print = 0.0
        deadline = t0 + args.timeout
        while time.perf_counter() < deadline:
            rows = dict(
                Article.objects.filter(pk__in=ids)
                .values_list("extraction_status")
                .annotate(n=Count("id"))
                .order_by()
                .values_list("extraction_status", "n")
            )
            settled = rows.get(ExtractionStatus.DONE, 0) + rows.get(ExtractionStatus.FAILED, 0)
            elapsed = time.perf_counter() - t0
            if elapsed - last_print >= 15:
                last_print = elapsed
                print(
                    f"  {elapsed:6.0f} s: {settled:>6,} of {len(ids):,} settled "
                    f"({settled / elapsed:5.1f}/s), queued {queued(broker):,}",
                    flush=True,
                )
            if settled >= len(ids):
                finished = elapsed
                break
            time.sleep(1.0)
        queued_after = queued(broker)
    finally:
        stop_worker(worker)
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    worker_cpu = cpu.ru_utime + cpu.ru_stime

    articles = Article.objects.filter(pk__in=ids)
    stats = articles.aggregate(
        done=Count("id", filter=Q(extraction_status=ExtractionStatus.DONE)),
        failed=Count("id", filter=Q(extraction_status=ExtractionStatus.FAILED)),
        ms=Avg("extraction_ms"),
        ms_total=Sum("extraction_ms"),
    )
    claims = Claim.objects.filter(article_id__in=ids).count()
    print(
        f"  settled: {stats['done']:,} done, {stats['failed']:,} failed; {claims:,} claims "
        f"created ({claims / max(stats['done'], 1):.1f} per article)"
    )
    if finished is not None:
        print(
            f"  END TO END: {len(ids):,} articles in {finished:.1f} s = "
            f"{len(ids) / finished:.1f} articles/s ({finished / 60:.1f} min; goal 10,000 in "
            "<= 5 min = 33.3/s)"
        )
    else:
        print(f"  NOT FINISHED within {args.timeout:.0f} s")
    print(
        f"  workers' CPU {worker_cpu:.1f} s = {1000 * worker_cpu / max(len(ids), 1):.1f} ms per "
        f"article (all worker processes); extraction pipeline alone "
        f"{stats['ms'] or 0:.1f} ms per article on average "
        f"({(stats['ms_total'] or 0) / 1000:.1f} s in all); matching tasks still queued at "
        f"the end: {queued_after:,}"
    )
    if not args.keep and ids:
        t1 = time.perf_counter()
        for start in range(0, len(ids), 200):  # in slices: Django loads what it cascades to
            Article.objects.filter(pk__in=ids[start : start + 200]).delete()
        print(f"  removed the imported articles and claims in {time.perf_counter() - t1:.1f} s")
    broker.flushdb()


if __name__ == "__main__":
    main()
