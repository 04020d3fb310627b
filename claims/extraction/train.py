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
from .pipeline import score_debate
from .score import DEFAULT_MODEL_PATH, Model, document_features, smooth

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
    c_grid: tuple[float, ...] = (0.02, 0.03, 0.05)
    smoothing_grid: tuple[float, ...] = (0.0, 0.1, 0.2)
    # Five inner folds: with ~1% positives, three gave unstable choices of C.
    inner_folds: int = 5
    min_df: int = 2
    positive_weight: float | None = None  # None: balance the classes
    seed: int = 13
    # Weights smaller than this are dropped from the shipped JSON (model size).
    prune_below: float = 0.02
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
    # Feature order within a row follows dict/set iteration, which depends on
    # PYTHONHASHSEED; sorted columns make the solver's input, and so the
    # trained weights, identical from run to run.
    x.sort_indices()
    return x, vocab


def _fit_lr(rows: Features, labels: Sequence[int], c: float, cfg: TrainConfig) -> dict[str, Any]:
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
        name: round(float(coef[j]), 3)
        for name, j in vocab.items()
        if abs(coef[j]) >= cfg.prune_below
    }
    return {"bias": round(float(clf.intercept_[0]), 4), "weights": weights}


def _oof_logits(
    features: dict[str, Features], labels: dict[str, list[int]], c: float, cfg: TrainConfig
) -> dict[str, list[float]]:
    """Raw logits of every debate from a model fitted on the other inner folds."""
    names = sorted(features)
    out: dict[str, list[float]] = {}
    for fold in debate_folds(names, cfg.inner_folds):
        train_names = [n for n in names if n not in fold]
        model = Model(
            _fit_lr(
                [r for n in train_names for r in features[n]],
                [y for n in train_names for y in labels[n]],
                c,
                cfg,
            )
        )
        for n in fold:
            out[n] = [model.logit(h, g) for h, g in features[n]]
    return out


def _map(logits: dict[str, list[float]], labels: dict[str, list[int]], alpha: float) -> float:
    aps = [debate_metrics(labels[n], smooth(z, alpha))["AP"] for n, z in logits.items()]
    return sum(aps) / len(aps)


def fit_model(
    features: dict[str, Features],
    labels: dict[str, list[int]],
    cfg: TrainConfig,
    log: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Tune C and the neighbour smoothing by inner cross-validation over these
    debates only (never the held-out ones), then fit on all of them."""
    names = sorted(features)
    best_c, best_alpha = cfg.c_grid[0], cfg.smoothing_grid[0]
    tune = len(cfg.c_grid) > 1 or len(cfg.smoothing_grid) > 1
    if tune and len(names) >= cfg.inner_folds >= 2:
        best = -1.0
        for c in cfg.c_grid:
            logits = _oof_logits(features, labels, c, cfg)
            for alpha in cfg.smoothing_grid:
                score = _map(logits, labels, alpha)
                if log:
                    log(f"  C={c:g} smoothing={alpha:g}: inner MAP {score:.4f}")
                if score > best:
                    best, best_c, best_alpha = score, c, alpha
    model = _fit_lr(
        [r for n in names for r in features[n]], [y for n in names for y in labels[n]], best_c, cfg
    )
    model["smoothing"] = best_alpha
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
            lines = debates[name]
            scores[name] = score_debate(
                [ln.text for ln in lines], [ln.speaker for ln in lines], model=model
            )
    return scores


def save_model(model: dict[str, Any], path: Path = DEFAULT_MODEL_PATH, version: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"version": version, **model}
    with path.open("w", encoding="utf-8") as fh:
        json.dump(data, fh, separators=(",", ":"), sort_keys=True)
        fh.write("\n")
    return path
