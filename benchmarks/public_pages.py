"""Server time and query count of the public pages: a fact-check page and `/checks/`.

    .venv/bin/python benchmarks/public_pages.py [--rows 100000] [--repeat 300] \\
        [--database-url postgres://postgres@127.0.0.1:5432/bench_public] [--explain]

Fills a PostgreSQL benchmark database (default `bench_public`; only names starting with
`bench` are touched) with N published verdicts through benchmarks/export.py's COPY
generator (claims merged into them, one or two sources each, a tenth corrected once), or
reuses one that already holds N. Then requests, signed out, through Django's test Client
in-process (URL stack, middleware, view, template; no HTTP parsing or network):

* a fact-check page at its canonical URL, a different verdict each time (first reads), then
  100 of them again (rendered pages are kept in the process's cache under their ETag);
* `/checks/` (the first page), then page 50, a rating filter and a claimant filter.

One warm-up request per scenario is not counted. Prints rows, cores, p50/p95 of wall time
and of the process's CPU time per scenario, and the queries each request ran. Targets:
p95 <= 20 ms for a fact-check page and <= 30 ms for `/checks/` at 100,000 verdicts.
Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [str(ROOT)] + [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE]
sys.path.append(_HERE)

import _common  # noqa: E402  (benchmarks/_common.py)
import export  # noqa: E402  (benchmarks/export.py: the COPY generator of published verdicts)

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/bench_public"


def _measure(paths: list[str], repeat: int, explain: bool) -> tuple[list[float], list[float], int]:
    """Wall and CPU seconds per request over `repeat` requests cycling through `paths`;
    the query count of the last one. CPU time is this process's alone (PostgreSQL's is
    not in it): unlike wall time it hardly grows when other work shares the cores."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    response = client.get(paths[0])  # warm-up
    assert response.status_code == 200, (paths[0], response.status_code)
    samples, cpu = [], []
    for index in range(repeat):
        path = paths[index % len(paths)]
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(path)
        samples.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        assert response.status_code == 200, (path, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(paths[-1])
    if explain:
        for query in queries.captured_queries:
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN ANALYZE " + query["sql"])
                plan = "\n".join("      " + row[0] for row in cursor.fetchall())
            print(f"    {query['time']} s  {query['sql'][:300]}\n{plan}")
    return samples, cpu, len(queries.captured_queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=300)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--regenerate", action="store_true", help="refill even if N match")
    parser.add_argument("--explain", action="store_true", help="EXPLAIN the last request's SQL")
    args = parser.parse_args()
    _common.guard_database_url(args.database_url)
    if not args.database_url.startswith("postgres"):
        sys.exit("this benchmark measures PostgreSQL: give a postgres:// database URL")

    export.ensure_database(args.database_url)
    os.environ["WORKBENCH_PUBLIC_SITE"] = "1"
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
    os.environ.setdefault("DJANGO_DEBUG", "0")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    export.setup_django(args.database_url)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if args.regenerate or export.published_count() != args.rows:
        export.generate(args.rows)
    _common.collectstatic()

    from publishing import selectors

    public = selectors.published_reviews()
    rows = public.count()
    ids = list(public.order_by("?").values_list("claim_id", flat=True)[: args.repeat])
    rng = random.Random(7)
    rng.shuffle(ids)
    pages = []
    for claim_id in ids:
        stamp = selectors.detail_stamp(claim_id)
        assert stamp is not None
        pages.append(stamp.path)
    claimant = export.PEOPLE[0]

    print(f"public pages benchmark; {_common.machine_line()}")
    print(f"rows: {rows:,} published verdicts; cores: {os.cpu_count()}")
    scenarios = [
        ("fact-check page, first read", pages, 20.0),
        # The same pages again: kept rendered under their entity tag (publishing.views),
        # as a page being read by many people is.
        ("fact-check page, read again", pages[:100], 20.0),
        ("/checks/ (first page)", ["/checks/"], 30.0),
        ("/checks/?page=50", ["/checks/?page=50"], None),
        ("/checks/?rating=false", ["/checks/?rating=false"], None),
        (f"/checks/?claimant={claimant}", [f"/checks/?claimant={claimant}"], None),
    ]
    for name, paths, target in scenarios:
        samples, cpu, queries = _measure(paths, args.repeat, args.explain)
        ms = [s * 1000 for s in samples]
        p50, p95 = _common.percentile(ms, 50), _common.percentile(ms, 95)
        cpu_ms = [s * 1000 for s in cpu]
        verdict = "" if target is None else (" ok" if p95 <= target else " OVER")
        goal = "" if target is None else f" (target p95 <= {target:.0f} ms{verdict})"
        print(
            f"  {name:32s} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  "
            f"(CPU p50 {_common.percentile(cpu_ms, 50):5.1f} ms, "
            f"p95 {_common.percentile(cpu_ms, 95):5.1f} ms)  "
            f"queries {queries}  n={len(ms)}{goal}"
        )


if __name__ == "__main__":
    main()
