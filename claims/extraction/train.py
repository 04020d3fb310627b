"""Training of the check-worthiness model (needs numpy/scipy/scikit-learn).

The workers never import this module: they read the JSON written here with
pure Python (claims/extraction/score.py). Training is reproducible: fixed seed,
deterministic solver, folds by sorted debate name.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .evaluate import DebateLine, debate_folds, debate_metrics
from .score import DEFAULT_MODEL_PATH, Model, document_features

__all__ = [
    "TrainConfig",
    "cross_validate",
    "featurize_debate",
    "fit_model",
    "save_model",
    "train",
]

Features = list[tuple[dict[str, float], list[str]]]


@dataclass(frozen=True)
class TrainConfig:
    c_grid: tuple[float, ...] = (0.03, 0.1, 0.3)
    inner_folds: int = 3
    min_df: int = 2
    positive_weight: float | None = None  # None: balance the classes
    seed: int = 13
    # Weights smaller than this are dropped from the shipped JSON (model size).
    prune_below: float = 1e-3
    extra: dict[str, Any] = field(default_factory=dict)


def featurize_debate(lines: Sequence[DebateLine]) -> Features:
    """The features the workers compute for a debate: one document, speakers known."""
    return document_features([ln.text for ln in lines], [ln.speaker for ln in lines])


def _design(
    rows: Sequence[tuple[dict[str, float], list[str]]], vocab: dict[str, int] | None, min_df: int
) -> tuple[Any, dict[str, int]]:
    import numpy as np
    from scipy.sparse import csr_matrix

    if vocab is None:
        df: dict[str, int] = {}
        for hand, ngrams in rows:
            for name in {*("h:" + h for h in hand), *ngrams}:
                df[name] = df.get(name, 0) + 1
        names = sorted(n for n, c in df.items() if c >= min_df or n.startswith("h:"))
        vocab = {n: i for i, n in enumerate(names)}
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for hand, ngrams in rows:
        seen: dict[int, float] = {}
        for h, v in hand.items():
            j = vocab.get("h:" + h)
            if j is not None:
                seen[j] = v
        for g in ngrams:
            j = vocab.get(g)
            if j is not None:
                seen[j] = 1.0
        indices.extend(seen.keys())
        data.extend(seen.values())
        indptr.append(len(indices))
    x = csr_matrix(
        (np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64), indptr),
        shape=(len(rows), len(vocab)),
    )
    return x, vocab


def _fit_lr(
    rows: Features, labels: Sequence[int], c: float, cfg: TrainConfig
) -> dict[str, Any]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x, vocab = _design(rows, None, cfg.min_df)
    y = np.asarray(labels)
    if cfg.positive_weight is None:
        class_weight: dict[int, float] | str = "balanced"
    else:
        class_weight = {0: 1.0, 1: cfg.positive_weight}
    clf = LogisticRegression(
        C=c, class_weight=class_weight, solver="liblinear", max_iter=2000, random_state=cfg.seed
    )
    clf.fit(x, y)
    coef = clf.coef_[0]
    weights = {
        name: round(float(coef[j]), 4)
        for name, j in vocab.items()
        if abs(coef[j]) >= cfg.prune_below
    }
    return {"bias": round(float(clf.intercept_[0]), 4), "weights": weights}


def _score_rows(model: Model, rows: Features) -> list[float]:
    return [model.logit(h, g) for h, g in rows]


def _mean_ap(
    model_data: dict[str, Any], held_out: dict[str, Features], labels: dict[str, list[int]]
) -> float:
    model = Model(model_data)
    aps = [
        debate_metrics(labels[name], _score_rows(model, rows))["AP"]
        for name, rows in held_out.items()
    ]
    return sum(aps) / len(aps)


def fit_model(
    features: dict[str, Features],
    labels: dict[str, list[int]],
    cfg: TrainConfig,
    log: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Tune C by inner cross-validation over these debates only, then fit on all."""
    names = sorted(features)
    best_c = cfg.c_grid[0]
    if len(cfg.c_grid) > 1 and len(names) >= cfg.inner_folds >= 2:
        folds = debate_folds(names, cfg.inner_folds)
        best = -1.0
        for c in cfg.c_grid:
            aps = []
            for fold in folds:
                train = [n for n in names if n not in fold]
                m = _fit_lr(
                    [r for n in train for r in features[n]],
                    [y for n in train for y in labels[n]],
                    c,
                    cfg,
                )
                aps.append(_mean_ap(m, {n: features[n] for n in fold}, labels))
            score = sum(aps) / len(aps)
            if log:
                log(f"  C={c:g}: inner MAP {score:.4f}")
            if score > best:
                best, best_c = score, c
    model = _fit_lr(
        [r for n in names for r in features[n]], [y for n in names for y in labels[n]], best_c, cfg
    )
    model["meta"] = {"C": best_c, "debates": len(names), "seed": cfg.seed}
    return model


def train(
    debates: dict[str, list[DebateLine]],
    cfg: TrainConfig | None = None,
    log: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    cfg = cfg or TrainConfig()
    features = {n: featurize_debate(lines) for n, lines in debates.items()}
    labels = {n: [ln.label for ln in lines] for n, lines in debates.items()}
    return fit_model(features, labels, cfg, log)


def cross_validate(
    debates: dict[str, list[DebateLine]],
    k: int,
    cfg: TrainConfig | None = None,
    log: Callable[[str], None] | None = None,
) -> dict[str, list[float]]:
    """Scores of every line, each debate scored by a model trained without it.

    Returns probabilities from the pure-Python scorer (the one the workers use).
    """
    cfg = cfg or TrainConfig()
    features = {n: featurize_debate(lines) for n, lines in debates.items()}
    labels = {n: [ln.label for ln in lines] for n, lines in debates.items()}
    scores: dict[str, list[float]] = {}
    for i, fold in enumerate(debate_folds(list(debates), k)):
        train_names = [n for n in sorted(debates) if n not in fold]
        if log:
            log(f"fold {i + 1}/{k}: {len(train_names)} training debates, {len(fold)} held out")
        model_data = fit_model(
            {n: features[n] for n in train_names}, {n: labels[n] for n in train_names}, cfg, log
        )
        model = Model(model_data)
        for name in fold:
            scores[name] = [model.score(h, g) for h, g in features[name]]
    return scores


def save_model(model: dict[str, Any], path: Path = DEFAULT_MODEL_PATH, version: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"version": version, **model}
    with path.open("w", encoding="utf-8") as fh:
        json.dump(data, fh, separators=(",", ":"), sort_keys=True)
        fh.write("\n")
    return path
