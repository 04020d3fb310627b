"""An in-memory index over a whole collection: BM25 retrieval, then the learned scorer.

The evaluation and the training read the CLEF collection through it; workers fetch their
candidates from the database and call ``ranker.rerank`` instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from .features import Prepared, PreparedDoc, TermStats, bm25_term_weight, prepare, prepare_doc
from .ranker import (
    LinearModel,
    MatchCandidate,
    ScoredMatch,
    SentenceEmbedder,
    candidate_embedding_text,
    default_model,
    score_prepared,
)

if TYPE_CHECKING:
    from numpy.typing import NDArray

__all__ = ["MatchIndex", "dedupe_key"]


def dedupe_key(doc: PreparedDoc) -> str:
    return doc.text.norm + "\x1f" + doc.extra.norm


class MatchIndex:
    """BM25 retrieval over an in-memory collection, re-ranked by the learned model.

    Stored claims whose normalised text and extra text are identical (the same
    verdict stored twice, differing only in quotes or accents) are folded into
    the first one given; the others are listed in ``ScoredMatch.duplicates``.
    """

    def __init__(
        self,
        docs: Sequence[MatchCandidate],
        *,
        n_candidates: int = 100,
        model: LinearModel | None = None,
        embedder: SentenceEmbedder | None = None,
        doc_embeddings: NDArray[np.float32] | None = None,
        dedupe: bool = True,
    ) -> None:
        self.n_candidates = n_candidates
        self._model = model
        self.embedder = embedder

        self.keys: list[str | int] = []
        self.docs: list[PreparedDoc] = []
        self.duplicates: list[list[str | int]] = []
        kept_rows: list[int] = []
        first: dict[str, int] = {}
        for row, candidate in enumerate(docs):
            prepared = prepare_doc(candidate.text, candidate.extra_text)
            key = dedupe_key(prepared)
            if dedupe and key in first:
                self.duplicates[first[key]].append(candidate.key)
                continue
            first[key] = len(self.keys)
            self.keys.append(candidate.key)
            self.docs.append(prepared)
            self.duplicates.append([])
            kept_rows.append(row)

        self.stats = TermStats.from_docs(self.docs)
        self._postings = self._build_postings()

        self.doc_embeddings: NDArray[np.float32] | None = None
        if embedder is not None:
            if doc_embeddings is None:
                doc_embeddings = embedder.encode(
                    [candidate_embedding_text(d.text, d.extra_text) for d in docs]
                )
            self.doc_embeddings = np.asarray(doc_embeddings, dtype=np.float32)[kept_rows]

    def __len__(self) -> int:
        return len(self.keys)

    @property
    def model(self) -> LinearModel:
        if self._model is None:
            self._model = default_model(embeddings=self.embedder is not None)
        return self._model

    def _build_postings(self) -> dict[str, tuple[NDArray[np.int32], NDArray[np.float32]]]:
        rows: dict[str, list[int]] = {}
        weights: dict[str, list[float]] = {}
        avgdl = self.stats.avgdl
        for i, doc in enumerate(self.docs):
            for term, tf in doc.tf.items():
                rows.setdefault(term, []).append(i)
                weights.setdefault(term, []).append(bm25_term_weight(tf, doc.length, avgdl))
        return {
            term: (
                np.asarray(rows[term], dtype=np.int32),
                np.asarray(weights[term], dtype=np.float32) * np.float32(self.stats.idf(term)),
            )
            for term in rows
        }

    def bm25(self, q: Prepared) -> NDArray[np.float32]:
        """BM25 score of every stored claim for the query's content terms."""
        scores = np.zeros(len(self.docs), dtype=np.float32)
        for term in q.tf:
            posting = self._postings.get(term)
            if posting is not None:
                scores[posting[0]] += posting[1]
        return scores

    def _top(self, scores: NDArray[np.floating[Any]], n: int) -> NDArray[np.intp]:
        n = min(n, len(scores))
        if n <= 0:
            return np.zeros(0, dtype=np.intp)
        top = np.argpartition(-scores, n - 1)[:n]
        return top[np.lexsort((top, -scores[top]))]

    def candidates(
        self, query: str, *, query_vector: NDArray[np.float32] | None = None
    ) -> tuple[Prepared, NDArray[np.intp], NDArray[np.float32] | None]:
        """Retrieval stage: the query's prepared form, the rows of the BM25 top
        ``n_candidates`` (plus the dense top ones with an embedder) and, with an
        embedder, their cosine similarities. ``query_vector`` is the query's
        embedding when the caller has already encoded it (training, in batches)."""
        q = prepare(query)
        bm25 = self.bm25(q)
        rows = self._top(bm25, self.n_candidates)
        rows = rows[bm25[rows] > 0]  # no shared term: not a lexical candidate
        cosines = None
        if self.embedder is not None and self.doc_embeddings is not None:
            if query_vector is None:
                query_vector = self.embedder.encode([query])[0]
            all_cosines = self.doc_embeddings @ query_vector
            dense = self._top(all_cosines, self.n_candidates)
            rows = np.concatenate([rows, dense[~np.isin(dense, rows)]])
            cosines = all_cosines[rows]
        return q, rows, cosines

    def search(self, query: str, k: int = 10) -> list[ScoredMatch]:
        """The ``k`` best stored claims for ``query``, best first."""
        if not self.docs:
            return []
        q, rows, cosines = self.candidates(query)
        if self.model.uses_embeddings and cosines is None:
            raise ValueError("this model needs embedding similarities; pass an embedder")
        if self.embedder is None and not rows.size:
            return []
        return score_prepared(
            q,
            [self.keys[i] for i in rows],
            [self.docs[i] for i in rows],
            self.stats,
            self.model,
            k,
            cosines if self.model.uses_embeddings else None,
            [self.duplicates[i] for i in rows],
        )
