"""Features of a (query, candidate) pair for the learned re-ranker.

Everything here is pure Python plus rapidfuzz. Texts are prepared once
(``prepare`` / ``prepare_doc``) so that an index can keep the prepared form of
every stored claim and only the query is processed per search.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import weakref
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

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
    "batch_features",
    "bm25_term_weight",
    "is_year",
    "pair_features",
    "prepare",
    "prepare_doc",
]

_NAME_WORD_RE = re.compile(r"[a-z0-9]+")
_YEAR_RE = re.compile(r"1[89]\d\d|20\d\d")

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


@dataclass(frozen=True, slots=True, eq=False, weakref_slot=True)
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
    # Names come out folded and lowercased already; only split and stem them.
    entity_terms = frozenset(
        _stem(w) for name in entities for w in _NAME_WORD_RE.findall(name) if w not in STOPWORDS
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
        # Per-document sums under these statistics; dropped with the document.
        self.doc_cache: weakref.WeakKeyDictionary[PreparedDoc, _DocWeights] = (
            weakref.WeakKeyDictionary()
        )

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


def is_year(number: str) -> bool:
    return _YEAR_RE.fullmatch(number) is not None


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
    "fuzz_token_set",  # rapidfuzz token_set_ratio with the candidate's text
    "fuzz_token_set_extra",  # ... and with its extra text
    "tfidf_cosine",  # cosine of log-tf * IDF vectors
    "num_match",  # share of the candidate's numbers (years aside) found in the query
    "num_mismatch",  # both mention numbers (years aside) and none agree
    "year_match",  # share of the candidate's years found in the query
    "ent_cover",  # IDF share of the candidate's name terms found in the query
    "ent_query_cover",  # IDF share of the query's name terms found in the candidate
)


_BM25_LOG = FEATURE_NAMES.index("bm25_log")
_BM25_FRAC = FEATURE_NAMES.index("bm25_frac")
_DOC_COVER = FEATURE_NAMES.index("doc_cover")
_DOC_COVER_TEXT = FEATURE_NAMES.index("doc_cover_text")
_DOC_COVER_EXTRA = FEATURE_NAMES.index("doc_cover_extra")
_QUERY_COVER = FEATURE_NAMES.index("query_cover")
_BIGRAM_COVER = FEATURE_NAMES.index("bigram_cover")
_FUZZ_TOKEN_SET = FEATURE_NAMES.index("fuzz_token_set")
_FUZZ_TOKEN_SET_EXTRA = FEATURE_NAMES.index("fuzz_token_set_extra")
_TFIDF_COSINE = FEATURE_NAMES.index("tfidf_cosine")
_NUM_MATCH = FEATURE_NAMES.index("num_match")
_NUM_MISMATCH = FEATURE_NAMES.index("num_mismatch")
_YEAR_MATCH = FEATURE_NAMES.index("year_match")
_ENT_COVER = FEATURE_NAMES.index("ent_cover")
_ENT_QUERY_COVER = FEATURE_NAMES.index("ent_query_cover")


class _DocWeights:
    """Per-document sums that depend on the term statistics, computed once."""

    __slots__ = ("entity_mass", "extra_mass", "mass", "numbers", "text_mass", "tfidf_norm", "years")

    def __init__(self, d: PreparedDoc, stats: TermStats) -> None:
        idf = stats.idf
        self.mass = sum(idf(t) for t in d.tf)
        self.text_mass = sum(idf(t) for t in d.text.tf)
        self.extra_mass = sum(idf(t) for t in d.extra.tf)
        # Sets are summed in sorted order: float sums must not depend on PYTHONHASHSEED.
        self.entity_mass = sum(idf(t) for t in sorted(d.entity_terms))
        self.tfidf_norm = math.sqrt(
            sum(((1.0 + math.log(tf)) * idf(t)) ** 2 for t, tf in d.tf.items())
        )
        self.years = frozenset(n for n in d.numbers if _YEAR_RE.fullmatch(n))
        self.numbers = d.numbers - self.years


def _doc_weights(d: PreparedDoc, stats: TermStats) -> _DocWeights:
    cache = stats.doc_cache
    weights = cache.get(d)
    if weights is None:
        weights = cache[d] = _DocWeights(d, stats)
    return weights


def batch_features(q: Prepared, docs: Sequence[PreparedDoc], stats: TermStats) -> np.ndarray:
    """Feature matrix (one row per candidate, columns in ``FEATURE_NAMES`` order).

    Every value is on a fixed scale, with no normalisation across the candidate
    list, so the model's output is an absolute score and not just an ordering.
    """
    n = len(docs)
    out = np.zeros((n, len(FEATURE_NAMES)), dtype=np.float64)
    if not n:
        return out
    idf = stats.idf
    q_idf = {t: idf(t) for t in q.tf}
    q_mass = sum(q_idf.values())
    q_tfidf = {t: (1.0 + math.log(tf)) * q_idf[t] for t, tf in q.tf.items()}
    q_norm = math.sqrt(sum(w * w for w in q_tfidf.values()))
    q_entity = [(t, idf(t)) for t in sorted(q.entity_terms)]
    q_entity_mass = sum(w for _, w in q_entity)
    q_numbers = frozenset(x for x in q.numbers if not _YEAR_RE.fullmatch(x))
    avgdl = stats.avgdl
    k1 = BM25_K1
    b = BM25_B

    for i, d in enumerate(docs):
        dw = _doc_weights(d, stats)
        d_tf = d.tf
        text_tf = d.text.tf
        extra_tf = d.extra.tf
        norm_len = k1 * (1.0 - b + b * d.length / avgdl)
        bm25 = found = found_text = found_extra = dot = 0.0
        for term, w in q_idf.items():
            tf = d_tf.get(term)
            if tf:
                found += w
                bm25 += w * tf * (k1 + 1.0) / (tf + norm_len)
                dot += q_tfidf[term] * (1.0 + math.log(tf)) * w
                if term in text_tf:
                    found_text += w
                if term in extra_tf:
                    found_extra += w
        bigrams = d.text.bigrams | d.extra.bigrams
        row = out[i]
        row[_BM25_LOG] = math.log1p(bm25)
        if q_mass:
            row[_BM25_FRAC] = bm25 / q_mass
            row[_QUERY_COVER] = found / q_mass
        if dw.mass:
            row[_DOC_COVER] = found / dw.mass
        if dw.text_mass:
            row[_DOC_COVER_TEXT] = found_text / dw.text_mass
        if dw.extra_mass:
            row[_DOC_COVER_EXTRA] = found_extra / dw.extra_mass
        if bigrams:
            row[_BIGRAM_COVER] = len(bigrams & q.bigrams) / len(bigrams)
        if dot:
            row[_TFIDF_COSINE] = dot / (q_norm * dw.tfidf_norm)
        if dw.numbers:
            shared = len(dw.numbers & q.numbers)
            row[_NUM_MATCH] = shared / len(dw.numbers)
            row[_NUM_MISMATCH] = 1.0 if (q_numbers and not shared) else 0.0
        if dw.years:
            row[_YEAR_MATCH] = len(dw.years & q.numbers) / len(dw.years)
        if dw.entity_mass:
            shared_names = sorted(t for t in d.entity_terms if t in q.tf)
            row[_ENT_COVER] = sum(idf(t) for t in shared_names) / dw.entity_mass
        if q_entity_mass:
            row[_ENT_QUERY_COVER] = sum(w for t, w in q_entity if t in d_tf) / q_entity_mass

    # Fuzzy ratios, batched in rapidfuzz's C++ (one query against all candidates).
    texts = [d.text.content for d in docs]
    extras = [d.extra.content for d in docs]
    qc = [q.content]
    # (partial_ratio was tried too: no gain in cross-validation, 5x the cost.)
    out[:, _FUZZ_TOKEN_SET] = process.cdist(qc, texts, scorer=fuzz.token_set_ratio)[0] / 100.0
    out[:, _FUZZ_TOKEN_SET_EXTRA] = (
        process.cdist(qc, extras, scorer=fuzz.token_set_ratio)[0] / 100.0
    )
    return out


def pair_features(q: Prepared, d: PreparedDoc, stats: TermStats) -> list[float]:
    """Features of one pair (see ``batch_features``)."""
    return [float(v) for v in batch_features(q, [d], stats)[0]]
