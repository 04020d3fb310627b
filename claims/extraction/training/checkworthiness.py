"""Training of the check-worthiness model (needs numpy/scipy/scikit-learn).

The workers never import this module: they read the JSON written here with
pure Python (claims/extraction/score.py). Training is reproducible: fixed seed,
deterministic solver, folds by sorted debate name.

Two signals, one linear model. The CLEF debates (label 1 = journalists chose the
line, ~1 %) train the main model; the ClaimBuster sentences of CheckThat! 2024
(label "Yes" = states a checkable fact, ~24 %) train a second one on the same
features, sentence by sentence. Their logits are mixed,
``(1 - a) * z_clef + a * r * z_ct24`` with ``r`` matching the second model's
spread to the first's; both are linear in the same features, so the shipped model
is a single weight vector and scoring costs what it cost before. ``a`` (with C
and the smoothing) is chosen by cross-validation over the training debates only.
A ct24 sentence that also occurs in a debate held out at any level is dropped
from that level's ct24 training set (by normalised text), so no held-out line is
ever learnt from the second corpus either.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..score import DEFAULT_MODEL_PATH, Model, document_features, smooth, unit_features
from .ct24 import normalise, read_ct24
from .evaluate import DebateLine, debate_folds, debate_metrics

__all__ = [
    "SecondSignal",
    "TrainConfig",
    "featurize_debate",
    "fit_model",
    "fit_models",
    "normalise",
    "read_ct24",
    "save_model",
    "train",
]

Features = list[tuple[dict[str, float], list[str]]]
Log = Callable[[str], None]


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
    # The second signal (ct24): its regularisation is fixed in advance, and only the
    # share ``a`` it gets in the mix is tuned, on the training debates, once C and the
    # smoothing are chosen for the debates alone. A few small shares only: searching
    # shares up to 0.8 jointly with C and the smoothing picked large shares on noise
    # (inner MAP within 0.002) and cost 0.02 MAP on the held-out folds.
    ct24_c: float = 0.1
    ct24_min_df: int = 3
    mix_grid: tuple[float, ...] = (0.0, 0.1, 0.2)
    # The short list of an article ("worth checking"), stored with the model: candidates
    # scoring at least worth_min_score, at most worth_max_share of the article's
    # sentences. Measured with benchmarks/worth_checking.py: 0.15 is the lowest cut-off
    # at which the median news article (PolNeAR, 840 articles) has about a third of its
    # sentences above it (34 %) before the cap; on held-out debates it keeps 21 % of the
    # lines and 62 % of the journalists' picks (59 % with the cap).
    worth_min_score: float = 0.15
    worth_max_share: float = 1 / 3
    extra: dict[str, Any] = field(default_factory=dict)


class SecondSignal:
    """The ct24 sentences, featurised once; a model is fitted on any subset of them."""

    def __init__(self, sentences: Sequence[tuple[str, int]]) -> None:
        self.keys = [normalise(text) for text, _ in sentences]
        self.rows: Features = [unit_features(text) for text, _ in sentences]
        self.labels = [label for _, label in sentences]

    def __len__(self) -> int:
        return len(self.labels)

    def fit(self, exclude: frozenset[str], cfg: TrainConfig) -> dict[str, Any]:
        """A model trained on every sentence whose normalised text is not in ``exclude``."""
        keep = [i for i, key in enumerate(self.keys) if key not in exclude]
        model = _fit_lr(
            [self.rows[i] for i in keep],
            [self.labels[i] for i in keep],
            cfg.ct24_c,
            cfg,
            min_df=cfg.ct24_min_df,
        )
        model["sentences"] = len(keep)
        return model


@dataclass(frozen=True)
class _Corpus:
    features: dict[str, Features]
    labels: dict[str, list[int]]
    keys: dict[str, frozenset[str]]  # normalised texts of each debate's lines

    @classmethod
    def of(cls, debates: dict[str, list[DebateLine]]) -> _Corpus:
        return cls(
            {n: featurize_debate(lines) for n, lines in debates.items()},
            {n: [ln.label for ln in lines] for n, lines in debates.items()},
            {n: frozenset(normalise(ln.text) for ln in lines) for n, lines in debates.items()},
        )

    def subset(self, names: Sequence[str]) -> _Corpus:
        return _Corpus(
            {n: self.features[n] for n in names},
            {n: self.labels[n] for n in names},
            {n: self.keys[n] for n in names},
        )

    def keys_of(self, names: Sequence[str]) -> frozenset[str]:
        return frozenset().union(*(self.keys[n] for n in names))


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


def _fit_lr(
    rows: Features,
    labels: Sequence[int],
    c: float,
    cfg: TrainConfig,
    *,
    min_df: int | None = None,
) -> dict[str, Any]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x, vocab = _design(rows, None, cfg.min_df if min_df is None else min_df)
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


def _logits(model: dict[str, Any], rows: Features) -> list[float]:
    scorer = Model(model)
    return [scorer.logit(h, g) for h, g in rows]


def _oof_logits(corpus: _Corpus, c: float, cfg: TrainConfig) -> dict[str, list[float]]:
    """Raw logits of every debate from a model fitted on the other inner folds."""
    names = sorted(corpus.features)
    out: dict[str, list[float]] = {}
    for fold in debate_folds(names, cfg.inner_folds):
        train_names = [n for n in names if n not in fold]
        model = _fit_lr(
            [r for n in train_names for r in corpus.features[n]],
            [y for n in train_names for y in corpus.labels[n]],
            c,
            cfg,
        )
        for n in fold:
            out[n] = _logits(model, corpus.features[n])
    return out


def _oof_second(
    corpus: _Corpus, second: SecondSignal, exclude: frozenset[str], cfg: TrainConfig
) -> dict[str, list[float]]:
    """ct24 logits of every debate from a ct24 model that never saw that inner fold's lines."""
    names = sorted(corpus.features)
    out: dict[str, list[float]] = {}
    for fold in debate_folds(names, cfg.inner_folds):
        model = second.fit(exclude | corpus.keys_of(fold), cfg)
        for n in fold:
            out[n] = _logits(model, corpus.features[n])
    return out


def _spread(logits: dict[str, list[float]]) -> float:
    return statistics.pstdev([z for zs in logits.values() for z in zs]) or 1.0


def _map(logits: dict[str, list[float]], labels: dict[str, list[int]], alpha: float) -> float:
    aps = [debate_metrics(labels[n], smooth(z, alpha))["AP"] for n, z in logits.items()]
    return sum(aps) / len(aps)


def _mixed(
    first: dict[str, list[float]], second: dict[str, list[float]], share: float, ratio: float
) -> dict[str, list[float]]:
    b = share * ratio
    return {
        n: [(1.0 - share) * z1 + b * z2 for z1, z2 in zip(zs, second[n], strict=True)]
        for n, zs in first.items()
    }


@dataclass(frozen=True)
class _Choice:
    c: float
    smoothing: float
    mix: float = 0.0
    ratio: float = 0.0
    inner_map: float = -1.0


def _choose(
    corpus: _Corpus,
    cfg: TrainConfig,
    log: Log | None,
    second: SecondSignal | None,
    exclude: frozenset[str],
) -> tuple[_Choice, _Choice | None]:
    """Best (C, smoothing) for the first model alone, then the best share of the second
    model with those, by inner cross-validation over these debates only (never held-out
    ones). A share wins only by beating the debates-only inner MAP."""
    names = sorted(corpus.features)
    current = _Choice(cfg.c_grid[0], cfg.smoothing_grid[0])
    combined = None if second is None else _Choice(cfg.c_grid[0], cfg.smoothing_grid[0])
    searching = len(cfg.c_grid) > 1 or len(cfg.smoothing_grid) > 1 or second is not None
    if not (searching and len(names) >= cfg.inner_folds >= 2):
        return current, combined
    first: dict[float, dict[str, list[float]]] = {}
    for c in cfg.c_grid:
        first[c] = _oof_logits(corpus, c, cfg)
        for alpha in cfg.smoothing_grid:
            score = _map(first[c], corpus.labels, alpha)
            if log:
                log(f"  C={c:g} smoothing={alpha:g}: inner MAP {score:.4f}")
            if score > current.inner_map:
                current = _Choice(c, alpha, 0.0, 0.0, score)
    if second is None:
        return current, None
    z1 = first[current.c]
    z2 = _oof_second(corpus, second, exclude, cfg)
    ratio = _spread(z1) / _spread(z2)
    combined = replace(current, ratio=ratio)
    for share in sorted(set(cfg.mix_grid) - {0.0}):
        score = _map(_mixed(z1, z2, share, ratio), corpus.labels, current.smoothing)
        if log:
            log(f"  ct24 share={share:g}: inner MAP {score:.4f}")
        if score > combined.inner_map:
            combined = _Choice(current.c, current.smoothing, share, ratio, score)
    return current, combined


def _merge(
    first: dict[str, Any], other: dict[str, Any], choice: _Choice, cfg: TrainConfig
) -> dict[str, Any]:
    """One weight vector: ``(1 - a) * first + a * ratio * other``, pruned as usual."""
    a, b = 1.0 - choice.mix, choice.mix * choice.ratio
    names = set(first["weights"]) | set(other["weights"])
    weights = {}
    for name in sorted(names):
        w = a * first["weights"].get(name, 0.0) + b * other["weights"].get(name, 0.0)
        if abs(w) >= cfg.prune_below:
            weights[name] = round(w, 3)
    return {"bias": round(a * first["bias"] + b * other["bias"], 4), "weights": weights}


def fit_models(
    corpus: _Corpus,
    cfg: TrainConfig,
    log: Log | None = None,
    second: SecondSignal | None = None,
    exclude: frozenset[str] = frozenset(),
) -> dict[str, dict[str, Any]]:
    """``{"current": model}`` trained on these debates alone, and with ``second`` also
    ``"combined"``: the mix of it and a ct24 model trained without ``exclude``."""
    names = sorted(corpus.features)
    current, combined = _choose(corpus, cfg, log, second, exclude)
    fitted: dict[float, dict[str, Any]] = {}

    def first(c: float) -> dict[str, Any]:
        if c not in fitted:
            fitted[c] = _fit_lr(
                [r for n in names for r in corpus.features[n]],
                [y for n in names for y in corpus.labels[n]],
                c,
                cfg,
            )
        return fitted[c]

    meta = {"debates": len(names), "seed": cfg.seed}
    out = {
        "current": {
            **first(current.c),
            "smoothing": current.smoothing,
            "meta": {**meta, "C": current.c},
        }
    }
    if second is not None and combined is not None:
        other = second.fit(exclude, cfg)
        out["combined"] = {
            **_merge(first(combined.c), other, combined, cfg),
            "smoothing": combined.smoothing,
            "meta": {
                **meta,
                "C": combined.c,
                "ct24_share": combined.mix,
                "ct24_ratio": round(combined.ratio, 4),
                "ct24_C": cfg.ct24_c,
                "ct24_sentences": other["sentences"],
            },
        }
    return out


def fit_model(
    corpus: _Corpus,
    cfg: TrainConfig,
    log: Log | None = None,
    second: SecondSignal | None = None,
    exclude: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """Tune by inner cross-validation over these debates only, then fit on all of them:
    the combined model when ``second`` is given, else the debates-only one."""
    models = fit_models(corpus, cfg, log, second, exclude)
    return models["combined" if second is not None else "current"]


def train(
    debates: dict[str, list[DebateLine]],
    cfg: TrainConfig | None = None,
    log: Log | None = None,
    second: SecondSignal | None = None,
) -> dict[str, Any]:
    cfg = cfg or TrainConfig()
    model = fit_model(_Corpus.of(debates), cfg, log, second)
    model["worth_checking"] = {"min_score": cfg.worth_min_score, "max_share": cfg.worth_max_share}
    return model


def save_model(model: dict[str, Any], path: Path = DEFAULT_MODEL_PATH, version: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"version": version, **model}
    with path.open("w", encoding="utf-8") as fh:
        json.dump(data, fh, separators=(",", ":"), sort_keys=True)
        fh.write("\n")
    return path
