"""Features of a (query, candidate) pair for the learned re-ranker.

Everything here is pure Python plus rapidfuzz. Texts are prepared once
(``prepare`` / ``prepare_doc``) so that an index can keep the prepared form of
every stored claim and only the query is processed per search.
"""

from __future__ import annotations

import itertools
import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from .normalize import (
    STOPWORDS,
    _stem,
    extract_entities,
    extract_numbers,
    normalize,
)

__all__ = [
    "BM25_B",
    "BM25_K1",
    "FEATURE_NAMES",
    "Prepared",
    "PreparedDoc",
    "TermStats",
    "bm25_term_weight",
    "pair_features",
    "prepare",
    "prepare_doc",
]

BM25_K1 = 0.9
BM25_B = 0.4


@dataclass(frozen=True, slots=True)
class Prepared:
    """One text in the forms the features need."""

    raw: str
    norm: str
    content: str  # stop words removed, unstemmed: input of the fuzzy ratios
    tf: Mapping[str, int]  # stemmed content tokens -> count
    bigrams: frozenset[tuple[str, str]]
    numbers: frozenset[str]
    entities: frozenset[str]  # name phrases, for reasons
    entity_terms: frozenset[str]  # stemmed tokens of those names

    @property
    def length(self) -> int:
        return sum(self.tf.values())


@dataclass(frozen=True, slots=True)
class PreparedDoc:
    """A stored claim: its text, its extra text (e.g. the fact-check title) and both together."""

    text: Prepared
    extra: Prepared
    tf: Mapping[str, int]
    length: int
    numbers: frozenset[str]
    entity_terms: frozenset[str]


def prepare(text: str) -> Prepared:
    norm = normalize(text)
    words = [w for w in norm.split() if w not in STOPWORDS]
    stems = [_stem(w) for w in words]
    entities = frozenset(extract_entities(text))
    entity_terms = frozenset(
        _stem(w) for name in entities for w in normalize(name).split() if w not in STOPWORDS
    )
    return Prepared(
        raw=text,
        norm=norm,
        content=" ".join(words),
        tf=Counter(stems),
        bigrams=frozenset(itertools.pairwise(stems)),
        numbers=frozenset(extract_numbers(text)),
        entities=entities,
        entity_terms=entity_terms,
    )


def prepare_doc(text: str, extra_text: str = "") -> PreparedDoc:
    main = prepare(text)
    extra = prepare(extra_text)
    tf = Counter(main.tf)
    tf.update(extra.tf)
    return PreparedDoc(
        text=main,
        extra=extra,
        tf=tf,
        length=sum(tf.values()),
        numbers=main.numbers | extra.numbers,
        entity_terms=main.entity_terms | extra.entity_terms,
    )


class TermStats:
    """Document frequencies for BM25 / IDF weighting.

    ``MatchIndex`` builds one from its own collection; ``rerank`` without an
    index uses the shipped default (built from the verified-claims collection),
    so a candidate list fetched from the database is scored on the same scale.
    """

    def __init__(self, n_docs: int, avgdl: float, df: Mapping[str, int]) -> None:
        self.n_docs = max(n_docs, 1)
        self.avgdl = avgdl or 1.0
        self.df = dict(df)
        self._unseen_idf = self._idf(0)
        self._cache: dict[str, float] = {}

    def _idf(self, df: int) -> float:
        return math.log(1.0 + (self.n_docs - df + 0.5) / (df + 0.5))

    def idf(self, term: str) -> float:
        value = self._cache.get(term)
        if value is None:
            df = self.df.get(term)
            value = self._unseen_idf if df is None else self._idf(df)
            self._cache[term] = value
        return value

    @classmethod
    def from_docs(cls, docs: Iterable[PreparedDoc]) -> TermStats:
        df: Counter[str] = Counter()
        n = 0
        total = 0
        for doc in docs:
            n += 1
            total += doc.length
            df.update(doc.tf.keys())
        return cls(n, total / max(n, 1), df)

    def to_json(self, path: Path, *, min_df: int = 1) -> None:
        df = {t: c for t, c in sorted(self.df.items()) if c >= min_df}
        payload = {"n_docs": self.n_docs, "avgdl": round(self.avgdl, 4), "df": df}
        path.write_text(json.dumps(payload, separators=(",", ":")), encoding="utf-8")

    @classmethod
    def from_json(cls, path: Path) -> TermStats:
        payload = json.loads(path.read_text(encoding="utf-8"))
        return cls(int(payload["n_docs"]), float(payload["avgdl"]), payload["df"])


def bm25_term_weight(tf: int, doc_len: int, avgdl: float) -> float:
    return tf * (BM25_K1 + 1.0) / (tf + BM25_K1 * (1.0 - BM25_B + BM25_B * doc_len / avgdl))


FEATURE_NAMES: tuple[str, ...] = (
    "bm25_log",  # log1p(BM25(query, text+extra))
    "bm25_frac",  # BM25 / the query's total IDF mass
    "doc_cover",  # IDF share of the candidate's terms found in the query
    "doc_cover_text",
    "doc_cover_extra",
    "query_cover",  # IDF share of the query's terms found in the candidate
    "bigram_cover",  # share of the candidate's word pairs found in the query
    "fuzz_token_set",
    "fuzz_partial",
    "fuzz_token_set_extra",
    "fuzz_partial_extra",
    "num_match",  # share of the candidate's numbers found in the query
    "num_mismatch",  # both mention numbers and none agree
    "ent_cover",  # IDF share of the candidate's name terms found in the query
    "ent_query_cover",  # IDF share of the query's name terms found in the candidate
)


def _idf_cover(part: Iterable[str], whole: Mapping[str, int] | frozenset[str], stats: TermStats):
    found = 0.0
    total = 0.0
    for term in part:
        w = stats.idf(term)
        total += w
        if term in whole:
            found += w
    return found / total if total else 0.0


def pair_features(q: Prepared, d: PreparedDoc, stats: TermStats) -> list[float]:
    """Feature vector in ``FEATURE_NAMES`` order; every value is on a fixed scale
    (no normalisation across the candidate list) so the model's output is an
    absolute score, not just an ordering."""
    bm25 = 0.0
    q_mass = 0.0
    q_found = 0.0
    for term in q.tf:
        w = stats.idf(term)
        q_mass += w
        tf = d.tf.get(term)
        if tf:
            q_found += w
            bm25 += w * bm25_term_weight(tf, d.length, stats.avgdl)

    doc_cover = _idf_cover(d.tf, q.tf, stats)
    doc_cover_text = _idf_cover(d.text.tf, q.tf, stats)
    doc_cover_extra = _idf_cover(d.extra.tf, q.tf, stats)

    doc_bigrams = d.text.bigrams | d.extra.bigrams
    bigram_cover = len(doc_bigrams & q.bigrams) / len(doc_bigrams) if doc_bigrams else 0.0

    text_c = d.text.content
    extra_c = d.extra.content
    qc = q.content
    fuzz_set = fuzz.token_set_ratio(qc, text_c) / 100.0
    fuzz_part = fuzz.partial_ratio(text_c, qc) / 100.0 if text_c else 0.0
    fuzz_set_x = fuzz.token_set_ratio(qc, extra_c) / 100.0 if extra_c else 0.0
    fuzz_part_x = fuzz.partial_ratio(extra_c, qc) / 100.0 if extra_c else 0.0

    if d.numbers:
        shared = len(d.numbers & q.numbers)
        num_match = shared / len(d.numbers)
        num_mismatch = 1.0 if (q.numbers and not shared) else 0.0
    else:
        num_match = 0.0
        num_mismatch = 0.0

    ent_cover = _idf_cover(d.entity_terms, q.tf, stats) if d.entity_terms else 0.0
    ent_q_cover = _idf_cover(q.entity_terms, d.tf, stats) if q.entity_terms else 0.0

    return [
        math.log1p(bm25),
        bm25 / q_mass if q_mass else 0.0,
        doc_cover,
        doc_cover_text,
        doc_cover_extra,
        q_found / q_mass if q_mass else 0.0,
        bigram_cover,
        fuzz_set,
        fuzz_part,
        fuzz_set_x,
        fuzz_part_x,
        num_match,
        num_mismatch,
        ent_cover,
        ent_q_cover,
    ]
