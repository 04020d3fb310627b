"""Cross-validation of the check-worthiness model by debate folds, and the evaluation report
of `manage.py evaluate_checkworthiness` (the shipped model, or K folds with and without
the second signal)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..pipeline import score_debate
from ..score import Model
from .checkworthiness import Log, SecondSignal, TrainConfig, _Corpus, fit_models
from .ct24 import read_ct24
from .evaluate import (
    DebateLine,
    Evaluation,
    debate_folds,
    evaluate_rankings,
    fold_table,
    read_debates,
    write_all,
)

__all__ = ["CrossValidation", "cross_validate", "cross_validate_both", "run_evaluation"]


@dataclass
class CrossValidation:
    """Scores of every line, each debate scored by models trained without it."""

    folds: list[list[str]]
    current: dict[str, list[float]]
    combined: dict[str, list[float]] | None
    chosen: list[dict[str, Any]]  # per fold: the combined (or current) model's meta


def cross_validate_both(
    debates: dict[str, list[DebateLine]],
    k: int,
    cfg: TrainConfig | None = None,
    log: Log | None = None,
    second: SecondSignal | None = None,
) -> CrossValidation:
    """Debates-only and (with ``second``) combined scores from the same folds.

    Scores are probabilities from the pure-Python scorer (the one the workers use).
    """
    cfg = cfg or TrainConfig()
    corpus = _Corpus.of(debates)
    folds = debate_folds(list(debates), k)
    result = CrossValidation(folds, {}, {} if second is not None else None, [])
    for i, fold in enumerate(folds):
        train_names = [n for n in sorted(debates) if n not in fold]
        if log:
            log(f"fold {i + 1}/{k}: {len(train_names)} training debates, {len(fold)} held out")
        models = fit_models(
            corpus.subset(train_names), cfg, log, second, exclude=corpus.keys_of(fold)
        )
        result.chosen.append(models.get("combined", models["current"])["meta"])
        for variant, model_data in models.items():
            target = result.current if variant == "current" else result.combined
            assert target is not None
            model = Model(model_data)
            for name in fold:
                lines = debates[name]
                target[name] = score_debate(
                    [ln.text for ln in lines], [ln.speaker for ln in lines], model=model
                )
    return result


def cross_validate(
    debates: dict[str, list[DebateLine]],
    k: int,
    cfg: TrainConfig | None = None,
    log: Log | None = None,
    second: SecondSignal | None = None,
) -> dict[str, list[float]]:
    """Scores of every line, each debate scored by a model trained without it (the
    combined model when ``second`` is given)."""
    result = cross_validate_both(debates, k, cfg, log, second)
    return result.combined if result.combined is not None else result.current


def run_evaluation(
    directory: Path,
    *,
    predictions_out: Path | None = None,
    cross_validate: int | None = None,
    ct24: Path | None = None,
    log: Callable[[str], None] | None = None,
) -> Evaluation:
    """Score every line of every debate in ``directory`` and report the metrics.

    Without ``cross_validate`` the shipped model scores everything (figures on
    debates it was trained on are optimistic). With ``cross_validate=K`` each
    debate is scored by a model trained on the other K-1 folds only; with ``ct24``
    (the CheckThat! 2024 sentences) also by the combined model of the same folds,
    and the report compares the two fold by fold. Predictions written are those
    of the model the report ends with (the combined one when there is one).
    """
    debates = read_debates(directory)
    if not cross_validate:
        if ct24 is not None:
            raise ValueError("--ct24 only makes sense with --cross-validate")
        scores = {
            name: score_debate([ln.text for ln in lines], [ln.speaker for ln in lines])
            for name, lines in debates.items()
        }
        write_all(predictions_out, debates, scores)
        shipped = evaluate_rankings(debates, scores)
        return Evaluation(shipped, "shipped model:\n" + shipped.format())
    second = SecondSignal(read_ct24(ct24)) if ct24 is not None else None
    if log and second is not None:
        log(f"ct24: {len(second)} sentences")
    cv = cross_validate_both(debates, cross_validate, log=log, second=second)
    current = evaluate_rankings(debates, cv.current)
    parts = [f"{cross_validate}-fold cross-validation by debate"]
    if cv.combined is None:
        write_all(predictions_out, debates, cv.current)
        parts += [fold_table(cv.folds, {"debates-only": current}), current.format()]
        return Evaluation(current, "\n".join(parts))
    combined = evaluate_rankings(debates, cv.combined)
    write_all(predictions_out, debates, cv.combined)
    notes = [f"C={m['C']:g} ct24 share={m.get('ct24_share', 0):g} (inner CV)" for m in cv.chosen]
    parts += [
        fold_table(cv.folds, {"debates-only": current, "combined": combined}, notes),
        "debates-only model:",
        current.format(),
        "combined with the ct24 model:",
        combined.format(),
    ]
    return Evaluation(combined, "\n".join(parts))
