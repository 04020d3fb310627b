"""Server time and query count of the public pages: a fact-check page and `/checks/`.

    .venv/bin/python benchmarks/public_pages.py [--rows 100000] [--repeat 300] \\
        [--database-url postgres://postgres@127.0.0.1:5432/bench_public] \\
        [--page-cache rediscache://127.0.0.1:6379/13] [--max-seconds 30] [--explain]

Fills a PostgreSQL benchmark database (default `bench_public`; only names starting with
`bench` are touched) with N published verdicts through benchmarks/export.py's COPY
generator (claims merged into them, one or two sources each, a tenth corrected once), or
reuses one that already holds N. Then requests, signed out, through Django's test Client
in-process (URL stack, middleware, view, template; no HTTP parsing or network):

* a fact-check page at its canonical URL, a different verdict each time, rendered on read:
  every cache the pages use is emptied before each request (not timed), so each is a true
  first read, as after a deploy or for a page nobody read for an hour;
* the same, but each page first rendered as the worker does when a verdict is published
  (`publishing.pages.prerender`, not timed): a reader's first read after publication.
  Skipped on code without it (the script runs on the code before the change too);
* a hundred of them read again (each read once first, not timed);
* `/checks/` rendered on read and kept; page 50 by its Older link (a position) where the
  code has one, and by `?page=50`; a rating filter, a claimant filter; a search for a
  common word, a claim number and a word nothing holds.

`--page-cache` points the shared page cache (WORKBENCH_PAGE_CACHE_URL) elsewhere than the
database, e.g. Redis database 13, which this script empties. One warm-up request per
scenario is not counted; a scenario stops after `--max-seconds` (at least 20 requests).
Prints rows, cores, the load average, p50/p95 of wall time and of the process's CPU time
per scenario, and the queries of one request made the same way. Targets: p95 <= 20 ms
for a fact-check page and <= 30 ms for `/checks/` at 100,000 verdicts. Timings are
printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [str(ROOT)] + [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE]
sys.path.append(_HERE)

import _common  # noqa: E402  (benchmarks/_common.py)
import export  # noqa: E402  (benchmarks/export.py: the COPY generator of published verdicts)

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/bench_public"
Prepare = Callable[[str], None]


def _forget_pages(_path: str = "") -> None:
    """Empty every cache the public pages may keep a page in (not the login throttle's)."""
    from django.conf import settings
    from django.core.cache import caches

    for alias in settings.CACHES:
        if alias != "throttle":
            caches[alias].clear()


def _measure(
    paths: list[str], repeat: int, explain: bool, prepare: Prepare | None, max_seconds: float
) -> tuple[list[float], list[float], int]:
    """Wall and CPU seconds per request over `repeat` requests cycling through `paths` (or
    as many as fit in `max_seconds`), each after `prepare(path)` (not timed); the query
    count of one more request made the same way. CPU time is this process's alone
    (PostgreSQL's is not in it): unlike wall time it hardly grows when other work shares
    the cores."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    if prepare:
        prepare(paths[0])
        response = client.get(paths[0])  # warm-up
    else:  # read again: every page once first
        for path in paths:
            response = client.get(path)
    assert response.status_code == 200, (paths[0], response.status_code)
    samples, cpu = [], []
    deadline = time.monotonic() + max_seconds
    for index in range(repeat):
        if index >= 20 and time.monotonic() > deadline:
            break
        path = paths[index % len(paths)]
        if prepare:
            prepare(path)
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(path)
        samples.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        assert response.status_code == 200, (path, response.status_code)
    if prepare:
        prepare(paths[-1])
    with CaptureQueriesContext(connection) as queries:
        client.get(paths[-1])
    if explain:
        for query in queries.captured_queries:
            if not query["sql"].startswith("SELECT"):
                continue
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN ANALYZE " + query["sql"])
                plan = "\n".join("      " + row[0] for row in cursor.fetchall())
            print(f"    {query['time']} s  {query['sql'][:300]}\n{plan}")
    return samples, cpu, len(queries.captured_queries)


def _older_link(path: str, pages: int) -> str | None:
    """The URL `pages` Older links down from `path`, or None on code without them."""
    import re

    from django.test import Client

    client = Client()
    for _ in range(pages):
        html = client.get(path).content.decode()
        found = re.search(r'<a href="([^"]+)" rel="next">', html)
        if found is None:
            return None
        path = "/checks/" + found.group(1).replace("&amp;", "&")
    return path if "before=" in path else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=300)
    parser.add_argument(
        "--max-seconds", type=float, default=30.0, help="per scenario (at least 20 requests)"
    )
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--page-cache", default="", help="WORKBENCH_PAGE_CACHE_URL")
    parser.add_argument("--regenerate", action="store_true", help="refill even if N match")
    parser.add_argument("--explain", action="store_true", help="EXPLAIN the last request's SQL")
    args = parser.parse_args()
    _common.guard_database_url(args.database_url)
    if not args.database_url.startswith("postgres"):
        sys.exit("this benchmark measures PostgreSQL: give a postgres:// database URL")
    if args.page_cache:
        if args.page_cache.startswith("rediscache") and not args.page_cache.endswith("/13"):
            sys.exit("a Redis page cache here must be database 13 (the benchmarks' own)")
        os.environ["WORKBENCH_PAGE_CACHE_URL"] = args.page_cache

    export.ensure_database(args.database_url)
    os.environ["WORKBENCH_PUBLIC_SITE"] = "1"
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
    os.environ.setdefault("DJANGO_DEBUG", "0")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    export.setup_django(args.database_url)
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if args.regenerate or export.published_count() != args.rows:
        export.generate(args.rows)
    _common.collectstatic()

    from publishing import selectors

    try:
        from publishing import pages as kept_pages
    except ImportError:  # the code before pages were rendered ahead
        kept_pages = None  # type: ignore[assignment]

    public = selectors.published_reviews()
    rows = public.count()
    ids = list(public.order_by("?").values_list("claim_id", flat=True)[: args.repeat])
    rng = random.Random(7)
    rng.shuffle(ids)
    paths = {}
    for claim_id in ids:
        stamp = selectors.detail_stamp(claim_id)
        assert stamp is not None
        paths[stamp.path] = claim_id
    detail = list(paths)
    claimant = export.PEOPLE[0]

    def prerender(path: str) -> None:
        _forget_pages()
        assert kept_pages is not None
        kept_pages.prerender(claim_id=paths[path])

    cache = settings.CACHES.get("pages", settings.CACHES["default"])["BACKEND"].rsplit(".", 1)[-1]
    print(f"public pages benchmark; {_common.machine_line()}")
    print(f"rows: {rows:,} published verdicts; cores: {os.cpu_count()}; page cache: {cache}")
    scenarios: list[tuple[str, list[str], float | None, Prepare | None]] = [
        ("fact-check page, rendered on read", detail, 20.0, _forget_pages),
    ]
    if kept_pages is not None:
        scenarios.append(("fact-check page, kept at publication", detail, 20.0, prerender))
    scenarios += [
        # The same pages again: kept rendered under their entity tag, as a page being read
        # by many people is.
        ("fact-check page, read again", detail[:100], 20.0, None),
        ("/checks/, rendered on read", ["/checks/"], 30.0, _forget_pages),
        ("/checks/, kept", ["/checks/"], 30.0, None),
    ]
    older = _older_link("/checks/", 49)
    if older is not None:
        scenarios.append(("/checks/ page 50 by Older link", [older], None, _forget_pages))
    scenarios += [
        ("/checks/?page=50", ["/checks/?page=50"], None, _forget_pages),
        ("/checks/?rating=false", ["/checks/?rating=false"], 30.0, _forget_pages),
        (f"/checks/?claimant={claimant}", [f"/checks/?claimant={claimant}"], 30.0, _forget_pages),
        ("/checks/?q=wages (common)", ["/checks/?q=wages"], None, _forget_pages),
        ("/checks/?q=claim 4242 (rare)", ["/checks/?q=claim%204242"], None, _forget_pages),
        ("/checks/?q=zzzz (no match)", ["/checks/?q=zzzz"], None, _forget_pages),
    ]
    for name, urls, target, prepare in scenarios:
        samples, cpu, queries = _measure(urls, args.repeat, args.explain, prepare, args.max_seconds)
        ms = [s * 1000 for s in samples]
        p50, p95 = _common.percentile(ms, 50), _common.percentile(ms, 95)
        cpu_ms = [s * 1000 for s in cpu]
        verdict = "" if target is None else (" ok" if p95 <= target else " OVER")
        goal = "" if target is None else f" (target p95 <= {target:.0f} ms{verdict})"
        print(
            f"  {name:38s} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  "
            f"(CPU p50 {_common.percentile(cpu_ms, 50):5.1f} ms, "
            f"p95 {_common.percentile(cpu_ms, 95):5.1f} ms)  "
            f"queries {queries}  n={len(ms)}{goal}",
            flush=True,
        )
    print(f"done; load average {os.getloadavg()[0]:.1f}")
    if args.page_cache.startswith("rediscache"):
        _forget_pages()


if __name__ == "__main__":
    main()
