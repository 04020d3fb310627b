"""Claim-matching latency per new claim against stored claims on PostgreSQL.

    .venv/bin/python benchmarks/matching.py                     # 10,000 and 1,000,000 claims
    .venv/bin/python benchmarks/matching.py --sizes 10000 --queries 100

For each size it uses a benchmark database filled by benchmarks/seed_scale.py
(`bench_match_<size>`, created and seeded when missing; the 1,000,000 size reuses the
`bench` database when it already holds that many claims) and times what the worker does
for one new claim: fetch candidates through the full-text index, then re-rank them in
Python (`claims.matching_services.claim_rank_matches`). Queries are new claim sentences
of the same generator (half of them paraphrases of stored claims). It prints p50/p95 of
the whole step and of retrieval alone, with the data size and the machine's core count.
A comparison in the same run: the same queries matched by the in-memory BM25 index
(`MatchIndex`) over the same claims, at the 10,000 size.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path

# benchmarks/queue.py would shadow the standard library's `queue` if this folder came
# first on the path (Python puts a script's folder there): put it last instead.
_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if p not in ("", _HERE)]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.append(_HERE)

import _common  # noqa: E402


def _claims_in(url: str) -> int:
    import psycopg

    try:
        with psycopg.connect(url.replace("postgres://", "postgresql://"), connect_timeout=3) as c:
            row = c.execute("SELECT count(*) FROM claims_claim").fetchone()
            return int(row[0]) if row else 0
    except Exception:
        return 0


# Run seed_scale.py with this folder last on the path (see above).
SEED = (
    "import runpy, sys; sys.path[:] = [p for p in sys.path if not p.endswith('benchmarks')]; "
    "sys.path.append('benchmarks'); sys.argv[0] = 'benchmarks/seed_scale.py'; "
    "runpy.run_path('benchmarks/seed_scale.py', run_name='__main__')"
)


def database_for(size: int) -> str:
    base = _common.BENCH_DB_URL.rsplit("/", 1)[0]
    if size >= 1_000_000 and _claims_in(_common.BENCH_DB_URL) >= size:
        return _common.BENCH_DB_URL
    url = f"{base}/bench_match_{size}"
    if _claims_in(url) < size:
        print(f"seeding {size:,} claims into bench_match_{size} …", flush=True)
        subprocess.run(
            [
                sys.executable,
                "-c",
                SEED,
                "--create",
                "--reset",
                "--claims",
                str(size),
                "--articles",
                str(max(size // 20, 1)),
                "--database-url",
                url,
            ],
            check=True,
            cwd=_common.ROOT,
        )
    return url


def paraphrase(text: str, rng: random.Random) -> str:
    swaps = {
        " rose ": " climbed ",
        " fell ": " dropped ",
        " said": " told reporters",
        " percent": "%",
        "According to ": "Figures from ",
    }
    for old, new in swaps.items():
        if old in text and rng.random() < 0.7:
            text = text.replace(old, new, 1)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,1000000")
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    print(f"matching benchmark; {_common.machine_line()}")
    for size in sizes:
        url = database_for(size)
        code = (
            "import sys; sys.path.append('benchmarks'); import matching; "
            f"matching.measure({url!r}, {size}, {args.queries})"
        )
        subprocess.run(
            [sys.executable, "-c", code],
            check=True,
            cwd=_common.ROOT,
            env={**os.environ, "PYTHONPATH": str(_common.ROOT)},
        )


def measure(url: str, size: int, n_queries: int) -> None:
    _common.setup_django(database_url=url)
    from django.conf import settings
    from django.db import connection

    from claims.matching.ranker import MatchCandidate, MatchIndex
    from claims.matching_services import claim_candidates, claim_rank_matches
    from claims.models import Claim

    stored = Claim.objects.count()
    rng = random.Random(7)
    ids = list(Claim.objects.order_by("?").values_list("pk", flat=True)[: n_queries // 2])
    sources = list(Claim.objects.filter(pk__in=ids).values_list("pk", "text"))
    queries = [paraphrase(t, rng) for _, t in sources]
    queries += [_common.claim_sentence(rng)[0] for _ in range(n_queries - len(queries))]

    def new_claim(text: str) -> Claim:
        # Unsaved, in no stored article: every stored claim is a candidate.
        return Claim(text=text, article_id=-1)

    for text in queries[:5]:  # warm the caches the way a running worker has them
        claim_rank_matches(new_claim(text))
    total, retrieval, found, recalled = [], [], 0, 0
    for number, text in enumerate(queries):
        claim = new_claim(text)
        started = time.perf_counter()
        claim_candidates(claim)
        retrieval.append(time.perf_counter() - started)
        started = time.perf_counter()
        matches = claim_rank_matches(claim)  # retrieval and re-rank, as the worker runs it
        total.append(time.perf_counter() - started)
        found += bool(matches)
        if number < len(sources):
            # The paraphrased claim's own source should be among the top matches (or an
            # identical wording of it: the generator repeats sentences).
            source_text = sources[number][1]
            keys = {str(m.key) for m in matches}
            same = set(Claim.objects.filter(text=source_text).values_list("pk", flat=True)[:50])
            recalled += bool(keys & {f"c{pk}" for pk in same})
    print(
        f"\n{stored:,} stored claims ({connection.settings_dict['NAME']}), {len(queries)} new "
        f"claims:\n  match one new claim (retrieve + re-rank): {_common.summary_ms(total)}\n"
        f"  retrieval alone (full-text index):         {_common.summary_ms(retrieval)}\n"
        f"  claims with at least one match: {found}/{len(queries)}\n"
        f"  paraphrases whose source is in the top {settings.MATCH_TOP_K}: "
        f"{recalled}/{len(sources)}"
    )
    if stored <= 50_000:
        docs = [MatchCandidate(key=pk, text=t) for pk, t in Claim.objects.values_list("pk", "text")]
        started = time.perf_counter()
        index = MatchIndex(docs)
        built = time.perf_counter() - started
        times = []
        for text in queries:
            started = time.perf_counter()
            index.search(text, k=5)
            times.append(time.perf_counter() - started)
        print(
            f"  reference, in-memory BM25 MatchIndex over the same claims: "
            f"{_common.summary_ms(times)} (index built in {built:.1f} s, held in memory)"
        )


if __name__ == "__main__":
    main()
