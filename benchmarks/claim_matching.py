"""Claim-matching latency per new claim against stored claims on PostgreSQL.

    .venv/bin/python benchmarks/claim_matching.py                     # 10,000 and 1,000,000 claims
    .venv/bin/python benchmarks/claim_matching.py --sizes 10000 --queries 100

For each size it uses a benchmark database filled by benchmarks/seed_scale.py
(`bench_match_<size>`, created and seeded when missing; the 1,000,000 size reuses the
`bench` database when it already holds that many claims) and times what the worker does
for one new claim: fetch candidates through the full-text index, then re-rank them in
Python (`matching.services.claim_rank_matches`). Queries are new claim sentences
of the same generator (half of them paraphrases of stored claims). It prints p50/p95 of
the whole step and of retrieval alone, the CPU time per claim (this process and its
PostgreSQL backend, which other work on the machine does not inflate), how many
paraphrases find their source in the top matches, the data size, the machine's core count
and load average.

Comparisons in the same run: each query is matched by the retrieval as first shipped
(query words by the shipped IDF, unbounded tiers; `legacy_claim_candidates`) and by the
current one, one after the other; at the 10,000 size, also by the in-memory BM25 index
(`MatchIndex`) over the same claims. `--explain` prints EXPLAIN (ANALYZE, BUFFERS) of the
current retrieval for one paraphrase.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

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
    parser.add_argument(
        "--explain", action="store_true", help="also print the retrieval's EXPLAIN (ANALYZE)"
    )
    parser.add_argument(
        "--embeddings",
        action="store_true",
        help="instead: the lexical re-ranker against MATCH_EMBEDDINGS on the same claims",
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    print(f"matching benchmark; {_common.machine_line()}")
    for size in sizes:
        url = database_for(size)
        run = "measure_embeddings" if args.embeddings else "measure"
        code = (
            "import sys; sys.path.append('benchmarks'); import claim_matching; "
            f"claim_matching.{run}({url!r}, {size}, {args.queries})"
            + (f"; claim_matching.explain({url!r})" if args.explain else "")
        )
        subprocess.run(
            [sys.executable, "-c", code],
            check=True,
            cwd=_common.ROOT,
            env={**os.environ, "PYTHONPATH": str(_common.ROOT)},
        )


# The retrieval this benchmark compares against (as of the first matching commit): query
# words ranked by the shipped IDF, then three tiers without any cost bound, the broadest
# being "any of the four rarest words". Kept here, not in the app, for the comparison only.
def legacy_claim_candidates(claim: Any) -> list[Any]:
    from itertools import combinations

    from django.db.models import QuerySet

    from matching.models import ExternalVerdict
    from matching.search import (
        CANDIDATES_PER_SOURCE,
        matchable_claims,
        query_terms,
        rows_as_candidates,
    )

    def fts_rows(
        queryset: QuerySet[Any], column: str, terms: list[str], fields: tuple[str, ...]
    ) -> list[tuple[Any, ...]]:
        table = queryset.model._meta.db_table
        vector = f'to_tsvector(\'english\', "{table}"."{column}")'
        top = terms[:4]
        tiers = []
        if len(terms) >= 3:
            tiers.append(" & ".join(terms[:3]))
        if len(top) >= 2:
            tiers.append(" | ".join(f"({a} & {b})" for a, b in combinations(top, 2)))
        tiers.append(" | ".join(top))
        rows: list[tuple[Any, ...]] = []
        seen: set[Any] = set()
        for tsquery in tiers:
            missing = CANDIDATES_PER_SOURCE - len(rows)
            if missing <= 0:
                break
            found = queryset.extra(  # noqa: S610
                where=[f"{vector} @@ to_tsquery('english', %s)"], params=[tsquery]
            ).values_list(*fields)[: missing + len(seen)]
            for row in found:
                if row[0] not in seen and len(rows) < CANDIDATES_PER_SOURCE:
                    seen.add(row[0])
                    rows.append(row)
        return rows

    terms = query_terms(claim.text)
    if not terms:
        return []
    return rows_as_candidates(
        fts_rows(matchable_claims(claim), "text", terms, ("id", "text")),
        fts_rows(ExternalVerdict.objects.all(), "claim_text", terms, ("id", "claim_text", "title")),
    )


class BackendCpu:
    """CPU seconds used by this connection's PostgreSQL backend (same machine only)."""

    def __init__(self, connection: Any) -> None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            self.path = Path(f"/proc/{cursor.fetchone()[0]}/stat")

    def seconds(self) -> float:
        try:
            fields = self.path.read_text().rsplit(")", 1)[1].split()
        except OSError:
            return float("nan")
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(url: str, size: int, n_queries: int) -> None:
    _common.setup_django(database_url=url)
    from django.conf import settings
    from django.db import connection

    from claims.models import Claim
    from matching import search, services
    from matching.engine import MatchCandidate, MatchIndex

    stored = Claim.objects.count()
    rng = random.Random(7)
    ids = list(Claim.objects.order_by("?").values_list("pk", flat=True)[: n_queries // 2])
    sources = list(Claim.objects.filter(pk__in=ids).values_list("pk", "text"))
    queries = [paraphrase(t, rng) for _, t in sources]
    queries += [_common.claim_sentence(rng)[0] for _ in range(n_queries - len(queries))]
    # The paraphrased claim's own source counts as found, and so does any identical
    # wording of it (the generator repeats sentences); looked up through the index.
    same: list[set[str]] = []
    with connection.cursor() as cursor:
        for _, text in sources:
            cursor.execute(
                "SELECT id FROM claims_claim WHERE to_tsvector('english', text) @@ "
                "plainto_tsquery('english', %s) AND text = %s LIMIT 50",
                [text, text],
            )
            same.append({f"c{pk}" for (pk,) in cursor.fetchall()})

    def new_claim(text: str) -> Claim:
        # Unsaved, in no stored article: every stored claim is a candidate.
        return Claim(text=text, article_id=-1)

    current = search.claim_candidates
    variants = {"before (shipped-IDF tiers)": legacy_claim_candidates, "after": current}
    backend = BackendCpu(connection)
    results: dict[str, dict[str, Any]] = {
        name: {"total": [], "retrieval": [], "cpu": 0.0, "found": 0, "kept": 0, "recalled": 0}
        for name in variants
    }
    for text in queries[:5]:  # warm the caches the way a running worker has them
        for fetch in variants.values():
            search.claim_candidates = fetch
            services.claim_rank_matches(new_claim(text))
    # Each query is matched by both variants one after the other, so the load of the
    # machine at that moment weighs on both alike.
    for number, text in enumerate(queries):
        for name, fetch in variants.items():
            search.claim_candidates = fetch
            result = results[name]
            claim = new_claim(text)
            started = time.perf_counter()
            fetch(claim)
            result["retrieval"].append(time.perf_counter() - started)
            cpu = backend.seconds() + time.process_time()
            started = time.perf_counter()
            matches = services.claim_rank_matches(claim)  # as the worker runs it
            result["total"].append(time.perf_counter() - started)
            result["cpu"] += backend.seconds() + time.process_time() - cpu
            result["found"] += bool(matches)
            result["kept"] += any(m.score >= settings.MATCH_MIN_SCORE for m in matches)
            if number < len(sources):
                result["recalled"] += bool({str(m.key) for m in matches} & same[number])
    search.claim_candidates = current
    print(
        f"\n{stored:,} stored claims ({connection.settings_dict['NAME']}), {len(queries)} new "
        f"claims, load average now {os.getloadavg()[0]:.1f}:"
    )
    for name, result in results.items():
        print(
            f"  {name}:\n"
            f"    match one new claim (retrieve + re-rank): {_common.summary_ms(result['total'])}\n"
            f"    retrieval alone (full-text index):         "
            f"{_common.summary_ms(result['retrieval'])}\n"
            f"    CPU per claim (this process + its PostgreSQL backend): "
            f"{result['cpu'] / len(queries) * 1000:.1f} ms\n"
            f"    paraphrases whose source is in the top {settings.MATCH_TOP_K}: "
            f"{result['recalled']}/{len(sources)}\n"
            f"    claims with any match: {result['found']}/{len(queries)}, with one scoring "
            f">= MATCH_MIN_SCORE ({settings.MATCH_MIN_SCORE}): {result['kept']}/{len(queries)}"
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


def measure_embeddings(url: str, size: int, n_queries: int) -> None:
    """Matching one new claim with the lexical re-ranker and with MATCH_EMBEDDINGS, one
    after the other. The stored claims' vectors are in `TextEmbedding` already (a warm-up
    pass stores those of every candidate, as matching each claim when it arrived would
    have); the new claim's own vector is not, so its encoding is part of the time."""
    _common.setup_django(database_url=url)
    from django.conf import settings
    from django.db import connection

    from claims.models import Claim, TextEmbedding
    from matching import embeddings, services

    stored = Claim.objects.count()
    rng = random.Random(11)
    sources = list(Claim.objects.order_by("?").values_list("text", flat=True)[: n_queries // 2])
    queries = [paraphrase(t, rng) for t in sources]
    queries += [_common.claim_sentence(rng)[0] for _ in range(n_queries - len(queries))]

    def new_claim(text: str) -> Claim:
        return Claim(text=text, article_id=-1)

    started = time.perf_counter()
    settings.CLAIM_MATCHING_EMBEDDINGS = True
    for text in queries:
        services.claim_rank_matches(new_claim(text))
    warm = time.perf_counter() - started
    TextEmbedding.objects.filter(key__in=[embeddings.embedding_key(t) for t in queries]).delete()
    vectors = TextEmbedding.objects.count()

    backend = BackendCpu(connection)
    results: dict[str, dict[str, Any]] = {
        name: {"total": [], "cpu": 0.0, "recalled": 0} for name in ("lexical", "+ embeddings")
    }
    for number, text in enumerate(queries):
        for name, on in (("lexical", False), ("+ embeddings", True)):
            settings.CLAIM_MATCHING_EMBEDDINGS = on
            result = results[name]
            cpu = backend.seconds() + time.process_time()
            started = time.perf_counter()
            matches = services.claim_rank_matches(new_claim(text))
            result["total"].append(time.perf_counter() - started)
            result["cpu"] += backend.seconds() + time.process_time() - cpu
            if number < len(sources):
                top = {m.key for m in matches[: settings.MATCH_TOP_K]}
                texts = dict(
                    Claim.objects.filter(
                        pk__in=[int(str(k)[1:]) for k in top if str(k).startswith("c")]
                    ).values_list("pk", "text")
                )
                result["recalled"] += sources[number] in texts.values()
    settings.CLAIM_MATCHING_EMBEDDINGS = False
    print(
        f"\n{stored:,} stored claims ({connection.settings_dict['NAME']}), {len(queries)} new "
        f"claims, {vectors:,} stored vectors (warm-up storing them: {warm:.0f} s), "
        f"load average now {os.getloadavg()[0]:.1f}:"
    )
    for name, result in results.items():
        print(
            f"  {name}: match one new claim {_common.summary_ms(result['total'])}; "
            f"CPU per claim {result['cpu'] / len(queries) * 1000:.1f} ms; paraphrases whose "
            f"source wording is in the top {settings.MATCH_TOP_K}: "
            f"{result['recalled']}/{len(sources)}"
        )


def explain(url: str) -> None:
    """EXPLAIN (ANALYZE, BUFFERS) of the statements `fts_rows` sends for one new claim."""
    _common.setup_django(database_url=url)
    from django.db import connection

    from claims.models import Claim
    from matching import search

    text = paraphrase(
        Claim.objects.order_by("?").values_list("text", flat=True)[0], random.Random(7)
    )
    claim = Claim(text=text, article_id=-1)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT array(SELECT lexeme FROM unnest(to_tsvector('english', %s)))", [text]
        )
        lexemes = [lexeme for lexeme in cursor.fetchone()[0] if len(lexeme) > 1]
        plans = search.fts_plans(claim, lexemes)
        print(f"\nnew claim: {text}")
        for plan in plans:
            print(f"  {plan.source.table}: terms (estimated rows) {plan.terms}")
            print(f"    narrow tiers {plan.narrow}\n    broad tiers {plan.broad}")
        cursor.execute("SET enable_seqscan = off")
        statements = [("narrow", search.fts_narrow_statement(plans))]
        statements.append(("broad", search.fts_broad_statement(plans, {})))
        for name, (sql, params) in statements:
            if not sql:
                continue
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
            print(f"\n{name} statement:")
            print("\n".join(row[0] for row in cursor.fetchall()))


if __name__ == "__main__":
    main()
