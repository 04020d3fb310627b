"""Train the re-ranker's weights on the CLEF 2020 task 2 **train** split.

    python -m matching.engine.training.train \\
        --vclaims DATA/verified_claims.docs.tsv \\
        --queries DATA/train/tweets.queries.tsv --qrels DATA/train/tweet-vclaim-pairs.qrels

For every training query the index retrieves its candidates exactly as at
search time; each (query, candidate) pair becomes one example, labelled 1 when
the candidate (or a claim folded into it) is relevant. A logistic regression
(scikit-learn, used here only: inference reads the JSON with numpy) learns the
weights; its probability is the match score. lbfgs is deterministic and the
seed is fixed, so the same data gives the same file.

Writes ``reranker.json`` (or ``reranker_embeddings.json`` with
``--embeddings``) and, for the lexical model, ``term_stats.json``: the term
statistics that ``rerank()`` uses when no index supplies its own.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from ..features import FEATURE_NAMES, batch_features
from ..index import MatchIndex
from ..ranker import (
    DEFAULT_MODEL_PATH,
    DEFAULT_STATS_PATH,
    EMBEDDING_FEATURE,
    EMBEDDING_MODEL_PATH,
)
from .evaluate import (
    build_index,
    check_consistency,
    load_qrels,
    load_queries,
    load_verified_claims,
    mean_average_precision,
)

SEED = 0


def build_training_set(
    index: MatchIndex, queries: dict[str, str], qrels: dict[str, set[str]]
) -> tuple[np.ndarray, np.ndarray, list[str], list[str]]:
    rows: list[list[float]] = []
    labels: list[int] = []
    query_ids: list[str] = []
    doc_ids: list[str] = []
    order = sorted(qrels, key=lambda q: (len(q), q))
    vectors = None
    if index.embedder is not None:
        vectors = index.embedder.encode([queries[q] for q in order])
    for n, query_id in enumerate(order):
        relevant = qrels[query_id]
        q, candidates, cosines = index.candidates(
            queries[query_id], query_vector=None if vectors is None else vectors[n]
        )
        matrix = batch_features(q, [index.docs[row] for row in candidates], index.stats)
        if cosines is not None:
            matrix = np.hstack([matrix, np.asarray(cosines, dtype=np.float64)[:, None]])
        rows.extend(matrix.tolist())
        for row in candidates:
            group = {str(index.keys[row])} | {str(d) for d in index.duplicates[row]}
            labels.append(int(bool(group & relevant)))
            query_ids.append(query_id)
            doc_ids.append(str(index.keys[row]))
    return np.asarray(rows), np.asarray(labels), query_ids, doc_ids


def fit(x: np.ndarray, y: np.ndarray, *, c: float) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=10_000, random_state=SEED)
    model.fit((x - mean) / scale, y)
    return {
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "coef": [round(float(v), 6) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
    }


def _ranked(
    scores: np.ndarray, query_ids: list[str], doc_ids: list[str], rows: np.ndarray
) -> dict[str, list[str]]:
    ranked: dict[str, list[str]] = {}
    for i in rows[np.lexsort((rows, -scores[rows]))]:
        ranked.setdefault(query_ids[i], []).append(doc_ids[i])
    return ranked


def cross_validate(
    x: np.ndarray,
    y: np.ndarray,
    query_ids: list[str],
    doc_ids: list[str],
    qrels: dict[str, set[str]],
    *,
    c: float,
    folds: int,
) -> float:
    """MAP@5 of models trained on ``folds - 1`` parts of the queries and scored on
    the held-out part (folds by query, fixed seed): model selection on the
    training split alone, so the dev split is only read for the final figure."""
    unique = sorted(set(query_ids), key=lambda q: (len(q), q))
    folds_drawn = np.random.RandomState(SEED).permutation(len(unique)) % folds
    fold_of = dict(zip(unique, folds_drawn.tolist(), strict=True))
    fold = np.asarray([fold_of[q] for q in query_ids])
    scores = np.zeros(len(y))
    for f in range(folds):
        train, test = np.flatnonzero(fold != f), np.flatnonzero(fold == f)
        w = fit(x[train], y[train], c=c)
        scores[test] = ((x[test] - w["mean"]) / w["scale"]) @ np.asarray(w["coef"])
    ranked = _ranked(scores, query_ids, doc_ids, np.arange(len(y)))
    return mean_average_precision(ranked, {q: qrels[q] for q in unique}, 5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vclaims", type=Path, required=True)
    parser.add_argument("--queries", type=Path, required=True)
    parser.add_argument("--qrels", type=Path, required=True)
    parser.add_argument("--out", type=Path, help="model file (default: the shipped one)")
    parser.add_argument("--stats-out", type=Path, default=DEFAULT_STATS_PATH)
    parser.add_argument("--embeddings", action="store_true", help="add the embedding feature")
    parser.add_argument("--embedding-cache", type=Path)
    parser.add_argument("--n-candidates", type=int, default=100)
    parser.add_argument("--C", dest="c", type=float, default=1.0, help="inverse L2 strength")
    parser.add_argument(
        "--cv",
        type=int,
        default=0,
        metavar="K",
        help="also print the K-fold cross-validated MAP@5 on the training queries",
    )
    args = parser.parse_args(argv)

    claims = load_verified_claims(args.vclaims)
    queries = load_queries(args.queries)
    qrels = load_qrels(args.qrels)
    check_consistency(claims, queries, qrels)
    if "dev" in args.queries.parts or "dev" in args.qrels.parts:
        print("refusing to train on a dev split", file=sys.stderr)
        return 2

    index = build_index(
        claims,
        embeddings=args.embeddings,
        embedding_cache=args.embedding_cache,
        n_candidates=args.n_candidates,
    )
    x, y, query_ids, doc_ids = build_training_set(index, queries, qrels)
    weights = fit(x, y, c=args.c)
    cv_map5 = None
    if args.cv > 1:
        cv_map5 = cross_validate(x, y, query_ids, doc_ids, qrels, c=args.c, folds=args.cv)
        print(f"{args.cv}-fold cross-validated MAP@5 on {args.queries.parent.name}: {cv_map5:.4f}")

    names = list(FEATURE_NAMES) + ([EMBEDDING_FEATURE] if args.embeddings else [])
    z = ((x - np.asarray(weights["mean"])) / np.asarray(weights["scale"])) @ np.asarray(
        weights["coef"]
    )
    ranked = _ranked(z, query_ids, doc_ids, np.arange(len(z)))
    train_map5 = mean_average_precision(ranked, qrels, 5)

    payload = {
        "features": names,
        **weights,
        "meta": {
            "trained_on": [args.queries.name, args.qrels.name, args.vclaims.name],
            "split": args.queries.parent.name,
            "n_queries": len(qrels),
            "n_pairs": len(y),
            "n_positive": int(y.sum()),
            "n_candidates": args.n_candidates,
            "C": args.c,
            "seed": SEED,
            "train_map_at_5": round(train_map5, 4),
            **({f"cv{args.cv}_map_at_5": round(cv_map5, 4)} if cv_map5 is not None else {}),
        },
    }
    out = args.out or (EMBEDDING_MODEL_PATH if args.embeddings else DEFAULT_MODEL_PATH)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(y)} pairs, {int(y.sum())} positive, train MAP@5 {train_map5:.4f}")
    if not args.embeddings:
        index.stats.to_json(args.stats_out, min_df=2)
        print(f"wrote {args.stats_out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
