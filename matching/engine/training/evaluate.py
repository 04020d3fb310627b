"""Evaluation on the CLEF CheckThat! 2020 task 2 format (verified-claim retrieval).

Files (UTF-8, tab-separated):

* ``verified_claims.docs.tsv``: header, then ``id<TAB>vclaim<TAB>title``
* ``tweets.queries.tsv``: header, then ``id<TAB>tweet_content``
* ``tweet-vclaim-pairs.qrels``: ``tweet_id<TAB>0<TAB>vclaim_id<TAB>1``

The TSVs use CSV quoting: a field that contains a quote or a line break is
wrapped in double quotes with inner quotes doubled (14 claims in the shared
copy span two lines). They are therefore read with ``csv`` in its default
quoting mode; ``QUOTE_NONE`` or a plain split on tabs would cut those claims in
two and leave stray quotes. The loaders check that every row has the expected
number of fields, that ids are unique, and that every qrel points at a known
query and claim.

Metric: the official task 2 scorer calls trectools' ``TrecEval.get_map(depth=k)``:
AP@k = (sum of precision@i over the ranks i <= k holding a relevant claim) /
(number of relevant claims of the query in the qrels), averaged over the
queries. ``denominator="min"`` divides by ``min(k, |relevant|)`` instead; the two
differ only for a query with more than ``k`` relevant claims.
"""

from __future__ import annotations

import csv
import hashlib
import statistics
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TextIO

import numpy as np

from ..index import MatchIndex
from ..ranker import (
    LinearModel,
    MatchCandidate,
    ScoredMatch,
    SentenceEmbedder,
    candidate_embedding_text,
)

__all__ = [
    "DataFormatError",
    "EvaluationResult",
    "average_precision_at_k",
    "build_index",
    "check_consistency",
    "evaluate_index",
    "load_qrels",
    "load_queries",
    "load_verified_claims",
    "mean_average_precision",
    "write_run",
]

DEPTHS = (1, 3, 5, 10)
Denominator = Literal["official", "min"]


class DataFormatError(ValueError):
    """A data file is not in the expected format; the message says where."""


def _read_tsv(path: Path, n_fields: int) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    if not rows:
        raise DataFormatError(f"{path}: empty file")
    body = rows[1:]  # header
    seen: set[str] = set()
    for lineno, row in enumerate(body, start=2):
        if len(row) != n_fields:
            raise DataFormatError(
                f"{path}: record {lineno} has {len(row)} fields, expected {n_fields}"
            )
        if row[0] in seen:
            raise DataFormatError(f"{path}: id {row[0]!r} appears twice")
        seen.add(row[0])
    return body


def load_verified_claims(path: Path) -> list[MatchCandidate]:
    """Verified claims as candidates: ``text`` = the claim, ``extra_text`` = the article title."""
    return [MatchCandidate(key=r[0], text=r[1], extra_text=r[2]) for r in _read_tsv(path, 3)]


def load_queries(path: Path) -> dict[str, str]:
    return {r[0]: r[1] for r in _read_tsv(path, 2)}


def load_qrels(path: Path) -> dict[str, set[str]]:
    """``query id -> ids of the relevant claims`` (rows with relevance > 0)."""
    qrels: dict[str, set[str]] = {}
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            parts = line.split()
            if len(parts) != 4:
                raise DataFormatError(f"{path}: line {lineno} has {len(parts)} fields, expected 4")
            query_id, _, doc_id, relevance = parts
            if int(relevance) > 0:
                qrels.setdefault(query_id, set()).add(doc_id)
    return qrels


def check_consistency(
    claims: Sequence[MatchCandidate], queries: Mapping[str, str], qrels: Mapping[str, set[str]]
) -> None:
    claim_ids = {str(c.key) for c in claims}
    missing_queries = sorted(set(qrels) - set(queries))
    if missing_queries:
        raise DataFormatError(
            f"qrels name {len(missing_queries)} unknown queries, e.g. {missing_queries[:3]}"
        )
    missing_docs = sorted({d for rel in qrels.values() for d in rel} - claim_ids)
    if missing_docs:
        raise DataFormatError(
            f"qrels name {len(missing_docs)} unknown claims, e.g. {missing_docs[:3]}"
        )


def average_precision_at_k(
    ranked: Sequence[str], relevant: set[str], k: int, *, denominator: Denominator = "official"
) -> float:
    if not relevant:
        return 0.0
    hits = 0
    total = 0.0
    for rank, doc_id in enumerate(ranked[:k], start=1):
        if doc_id in relevant:
            hits += 1
            total += hits / rank
    norm = len(relevant) if denominator == "official" else min(k, len(relevant))
    return total / norm


def mean_average_precision(
    run: Mapping[str, Sequence[str]],
    qrels: Mapping[str, set[str]],
    k: int,
    *,
    denominator: Denominator = "official",
) -> float:
    """MAP@k over the queries in ``qrels``; a query missing from ``run`` scores 0."""
    if not qrels:
        return 0.0
    return statistics.fmean(
        average_precision_at_k(run.get(q, ()), rel, k, denominator=denominator)
        for q, rel in qrels.items()
    )


def _p95(values: Sequence[float]) -> float:
    if len(values) < 2:
        return statistics.fmean(values) if values else 0.0
    return statistics.quantiles(values, n=20, method="inclusive")[18]


@dataclass
class EvaluationResult:
    n_queries: int
    n_claims: int
    n_indexed: int
    map_at: dict[int, float]
    map_at_min: dict[int, float]
    times_ms: list[float] = field(repr=False)
    cpu_ms: list[float] = field(default_factory=list, repr=False)
    index_seconds: float = 0.0
    run: dict[str, list[ScoredMatch]] = field(default_factory=dict, repr=False)

    @property
    def mean_ms(self) -> float:
        return statistics.fmean(self.times_ms) if self.times_ms else 0.0

    @property
    def p95_ms(self) -> float:
        return _p95(self.times_ms)

    def lines(self) -> list[str]:
        out = [
            f"queries: {self.n_queries}   verified claims: {self.n_claims} "
            f"({self.n_indexed} after folding identical ones)   index built in "
            f"{self.index_seconds:.1f} s",
            "MAP@k (official CLEF 2020 task 2 scorer: AP divided by the number of relevant claims)",
        ]
        out.append("  " + "   ".join(f"MAP@{k}: {v:.4f}" for k, v in self.map_at.items()))
        if self.map_at_min != self.map_at:
            out.append("MAP@k with AP divided by min(k, number of relevant claims)")
            out.append("  " + "   ".join(f"MAP@{k}: {v:.4f}" for k, v in self.map_at_min.items()))
        line = f"time per query: mean {self.mean_ms:.2f} ms, p95 {self.p95_ms:.2f} ms"
        if self.cpu_ms:
            # CPU time is what the matcher costs; wall time also counts waiting for a
            # core on a busy machine.
            cpu_mean = statistics.fmean(self.cpu_ms)
            line += f" (CPU: mean {cpu_mean:.2f} ms, p95 {_p95(self.cpu_ms):.2f} ms)"
        out.append(line)
        return out


def build_index(
    claims: Sequence[MatchCandidate],
    *,
    embeddings: bool = False,
    embedding_cache: Path | None = None,
    model: LinearModel | None = None,
    n_candidates: int = 100,
) -> MatchIndex:
    """A ``MatchIndex`` over ``claims``; with ``embeddings`` the dense vectors of
    the claims are read from ``embedding_cache`` when it holds one per claim, and
    computed (minutes on a CPU) and saved there otherwise."""
    embedder = None
    vectors = None
    if embeddings:
        embedder = SentenceEmbedder()
        texts = [candidate_embedding_text(c.text, c.extra_text) for c in claims]
        fingerprint = hashlib.sha256("\x1e".join(texts).encode("utf-8")).hexdigest()
        if embedding_cache is not None and embedding_cache.exists():
            with np.load(embedding_cache) as cached:
                if str(cached["fingerprint"]) == fingerprint:
                    vectors = cached["vectors"]
        if vectors is None:
            vectors = embedder.encode(texts)
            if embedding_cache is not None:
                embedding_cache.parent.mkdir(parents=True, exist_ok=True)
                with embedding_cache.open("wb") as fh:
                    np.savez(fh, vectors=vectors, fingerprint=np.array(fingerprint))
    return MatchIndex(
        claims,
        n_candidates=n_candidates,
        model=model,
        embedder=embedder,
        doc_embeddings=vectors,
    )


def evaluate_index(
    index: MatchIndex,
    queries: Mapping[str, str],
    qrels: Mapping[str, set[str]],
    *,
    n_claims: int,
    index_seconds: float = 0.0,
    depth: int = 10,
    progress: Callable[[Iterable[str]], Iterable[str]] | None = None,
) -> EvaluationResult:
    """Search every judged query and score the rankings.

    Only the canonical claim of a folded group is ranked; its identical copies
    are not listed separately (they would only push real alternatives down).
    """
    run: dict[str, list[ScoredMatch]] = {}
    times: list[float] = []
    cpu: list[float] = []
    query_ids: Iterable[str] = [q for q in queries if q in qrels]
    if progress is not None:
        query_ids = progress(query_ids)
    for query_id in query_ids:
        start = time.perf_counter()
        cpu_start = time.process_time()
        run[query_id] = index.search(queries[query_id], k=depth)
        times.append((time.perf_counter() - start) * 1000.0)
        cpu.append((time.process_time() - cpu_start) * 1000.0)
    ranked = {q: [str(m.key) for m in matches] for q, matches in run.items()}
    return EvaluationResult(
        n_queries=len(run),
        n_claims=n_claims,
        n_indexed=len(index),
        map_at={k: mean_average_precision(ranked, qrels, k) for k in DEPTHS},
        map_at_min={k: mean_average_precision(ranked, qrels, k, denominator="min") for k in DEPTHS},
        times_ms=times,
        cpu_ms=cpu,
        index_seconds=index_seconds,
        run=run,
    )


def write_run(
    out: TextIO, run: Mapping[str, Sequence[ScoredMatch]], *, tag: str, depth: int = 10
) -> None:
    """TREC run lines ``query_id<TAB>Q0<TAB>vclaim_id<TAB>rank<TAB>score<TAB>tag``.

    The official scorer re-sorts by score (ties by id), so scores are written
    strictly decreasing within a query to keep the ranks we produced.
    """
    for query_id, matches in run.items():
        previous = None
        for rank, match in enumerate(matches[:depth], start=1):
            score = round(match.score, 6)
            if previous is not None and score >= previous:
                score = previous - 1e-6
            previous = score
            out.write(f"{query_id}\tQ0\t{match.key}\t{rank}\t{score:.6f}\t{tag}\n")
