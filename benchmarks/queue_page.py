"""Server time and SQL query count of the claim queue (`/queue/` and `GET /api/v1/claims/`).

    .venv/bin/python benchmarks/seed_scale.py --create --reset --claims 1000 --articles 50 \\
        --database-url postgres://postgres@127.0.0.1:5432/bench_small
    .venv/bin/python benchmarks/seed_scale.py --reset          # 1,000,000 claims into `bench`
    .venv/bin/python benchmarks/queue_page.py [--repeat 30] [--explain]

Each database is measured in its own child process (default: `bench_small` then `bench`);
the table at the end puts the sizes side by side. Requests go through Django's test
Client in-process: the real URL stack, middleware, session or token authentication, view,
serializer and template rendering, but no HTTP parsing or network (see load.py for that).
"Server time" is the wall time of `client.get()`; one warm-up request per scenario is not
counted. "Python CPU" is the CPU time of the Django process per request (PostgreSQL's own
time is not in it): unlike wall time it does not grow when other work shares the cores.
The SQL query count is the number of queries a request ran with the 10 s caches of the
filter choices warm, as most requests find them; "cold" is the count just after they
lapse (both measured after clearing the cache, so neither depends on what ran before).

`--explain` prints EXPLAIN (ANALYZE, BUFFERS) for every query of a scenario slower than
`--explain-ms` (default 2 ms) on the largest database, taken from the SQL the request
actually ran. Timings are printed, never asserted; the goal is p95 <= 50 ms.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Keep this folder last on sys.path (it once held a queue.py that shadowed the stdlib module);
# harmless now, and it keeps the repository root ahead of the scripts.
_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE] + [_HERE]

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
from typing import Any  # noqa: E402

import _common  # noqa: E402  (benchmarks/_common.py)

OPEN = ("candidate", "queued", "assigned", "in_progress", "in_review")
WORK = ("assigned", "in_progress", "in_review")


def qs(*pairs: tuple[str, str]) -> str:
    from urllib.parse import urlencode

    return urlencode(list(pairs))


# (name, who asks: reviewer or editor, query string). The same filters go to both surfaces.
SCENARIOS: list[tuple[str, str, str]] = [
    ("default: all claims, -score", "editor", ""),
    (
        "reviewer's open claims (assignee=me)",
        "reviewer",
        qs(("assignee", "me"), *[("status", s) for s in OPEN]),
    ),
    ("status=queued, -score", "editor", qs(("status", "queued"), ("ordering", "-score"))),
    ("status=queued, -score, page 400", "editor", qs(("status", "queued"), ("page", "400"))),
    ("status=in_review, updated", "editor", qs(("status", "in_review"), ("ordering", "updated"))),
    ("q=unemployment (common word)", "editor", qs(("q", "unemployment"))),
    ("q=Kraków (~1% of claims)", "editor", qs(("q", "Kraków"))),
    ("q=Zielinski promised (rare)", "editor", qs(("q", "Zielinski promised"))),
    ("q=percent & status=queued", "editor", qs(("q", "percent"), ("status", "queued"))),
    ("unassigned queued, due", "editor",
     qs(("assignee", "none"), ("status", "queued"), ("ordering", "due"))),
]  # fmt: skip


def measure(repeat: int, max_seconds: float, explain: bool, explain_ms: float) -> dict[str, Any]:
    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from rest_framework.authtoken.models import Token

    from claims.models import Claim

    user_model = get_user_model()
    users = {
        "reviewer": user_model.objects.get(username=_common.reviewer_names()[0]),
        "editor": user_model.objects.get(username=_common.editor_names()[0]),
    }
    size = Claim.objects.count()
    print(f"--- {size:,} claims in {connection.settings_dict['NAME']}; {_common.machine_line()}")
    results: dict[str, Any] = {"claims": size, "rows": []}
    for surface in ("web", "api"):
        clients = {}
        for role, user in users.items():
            client = Client()
            if surface == "web":
                client.force_login(user)
                headers: dict[str, str] = {}
            else:
                token, _ = Token.objects.get_or_create(user=user)
                headers = {"Authorization": f"Token {token.key}"}
            clients[role] = (client, headers)
        for name, role, query in SCENARIOS:
            if surface == "api" and "page 400" in name:
                continue  # cursor pagination: page 400 costs what page 1 costs (see api.py)
            path = "/queue/" if surface == "web" else "/api/v1/claims/"
            url = f"{path}?{query}" if query else path
            client, headers = clients[role]
            # Counted twice: with the 10 s caches of the filter choices (reviewers with their
            # load, ratings, outlets) cold, as the first request after they lapse, and warm,
            # as most requests find them. Clearing them first makes both counts the same
            # whatever ran before.
            cache.clear()
            with _common.capture_sql() as captured:
                response = client.get(url, headers=headers)
            cold_queries = len(captured)
            with _common.capture_sql() as captured:
                response = client.get(url, headers=headers)
            queries = list(captured)
            status = response.status_code
            samples: list[float] = []
            started = time.perf_counter()
            cpu: list[float] = []
            for _ in range(repeat):
                t0, c0 = time.perf_counter(), time.process_time()
                response = client.get(url, headers=headers)
                samples.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
                status = max(status, response.status_code)
                if time.perf_counter() - started > max_seconds:
                    break
            row = {
                "surface": surface,
                "scenario": name,
                "url": url,
                "status": status,
                "queries": len(queries),
                "cold_queries": cold_queries,
                "p50_ms": _common.percentile(samples, 50) * 1000,
                "p95_ms": _common.percentile(samples, 95) * 1000,
                "n": len(samples),
                "cpu_p50_ms": _common.percentile(cpu, 50) * 1000,
                "slowest_sql_ms": max((q[2] * 1000 for q in queries), default=0.0),
            }
            results["rows"].append(row)
            print(
                f"  {surface:<4} {name:<40} {status} {len(queries):>3} queries "
                f"({cold_queries} cold)  "
                f"p50 {row['p50_ms']:7.1f} ms  p95 {row['p95_ms']:7.1f} ms  "
                f"Python CPU p50 {row['cpu_p50_ms']:6.1f} ms  slowest SQL "
                f"{row['slowest_sql_ms']:6.1f} ms  (n={len(samples)})",
                flush=True,
            )
            if explain:
                explain_queries(connection, name, surface, queries, explain_ms)
    return results


def explain_queries(
    connection: Any, name: str, surface: str, queries: list[tuple[str, Any, float]], ms: float
) -> None:
    for sql, params, seconds in queries:
        if seconds * 1000 < ms or not sql.lstrip().upper().startswith("SELECT"):
            continue
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
            plan = "\n".join("      " + row[0] for row in cursor.fetchall())
        print(f"\n    [{surface}] {name}: {seconds * 1000:.1f} ms\n    {sql[:600]}\n    {params}")
        print(plan + "\n")


def child(args: argparse.Namespace) -> None:
    _common.setup_django(database_url=args.database_url)
    _common.collectstatic()
    results = measure(args.repeat, args.max_seconds, args.explain, args.explain_ms)
    print("RESULT " + json.dumps(results))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--databases",
        default="postgres://postgres@127.0.0.1:5432/bench_small,"
        "postgres://postgres@127.0.0.1:5432/bench",
        help="comma-separated database URLs, smallest first",
    )
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--max-seconds", type=float, default=20.0, help="per scenario")
    parser.add_argument("--explain", action="store_true", help="EXPLAIN slow queries (last DB)")
    parser.add_argument("--explain-ms", type=float, default=2.0)
    parser.add_argument("--database-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.database_url:
        child(args)
        return

    urls = [u for u in args.databases.split(",") if u]
    for url in urls:
        _common.guard_database_url(url)
    print(f"queue benchmark; {_common.machine_line()}")
    collected = []
    for index, url in enumerate(urls):
        command = [
            sys.executable,
            __file__,
            "--database-url",
            url,
            "--repeat",
            str(args.repeat),
            "--max-seconds",
            str(args.max_seconds),
            "--explain-ms",
            str(args.explain_ms),
        ]
        if args.explain and index == len(urls) - 1:
            command.append("--explain")
        proc = subprocess.run(
            command, capture_output=True, text=True, timeout=1800, env=os.environ.copy()
        )
        result = None
        for line in proc.stdout.splitlines():
            if line.startswith("RESULT "):
                result = json.loads(line[len("RESULT ") :])
            else:
                print(line)
        if proc.returncode != 0 or result is None:
            print(proc.stderr[-4000:])
            sys.exit(f"measuring {url} failed")
        collected.append(result)

    print("\nsummary (server time in-process, page of 25; goal p95 <= 50 ms)")
    header = f"{'surface':<5} {'scenario':<40}"
    for result in collected:
        header += f" | {result['claims']:>9,} claims: queries (cold)  p50    p95 "
    print(header)
    keys = [(r["surface"], r["scenario"]) for r in collected[0]["rows"]]
    for surface, scenario in keys:
        line = f"{surface:<5} {scenario:<40}"
        for result in collected:
            row = next(
                r for r in result["rows"] if (r["surface"], r["scenario"]) == (surface, scenario)
            )
            flag = "" if row["status"] == 200 else f" HTTP {row['status']}"
            counts = f"{row['queries']} ({row.get('cold_queries', '?')})"
            line += f" | {counts:>31} {row['p50_ms']:6.1f} {row['p95_ms']:6.1f}{flag:<3}"
        print(line)


if __name__ == "__main__":
    main()
