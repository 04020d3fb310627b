from __future__ import annotations

from pathlib import Path

import pytest

from claims.extraction.training import crossval as train_module
from claims.extraction.training.checkworthiness import TrainConfig
from claims.extraction.training.crossval import cross_validate, run_evaluation
from claims.extraction.training.evaluate import (
    DebateLine,
    average_precision,
    debate_folds,
    debate_metrics,
    precision_at,
    r_precision,
    read_debate,
    read_debates,
    reciprocal_rank,
)
from tests.conftest import require

SHARED_DEBATES = Path(__file__).resolve().parents[4] / ".." / "shared" / "data" / "checkworthiness"


def test_metrics_match_hand_computed_values() -> None:
    ranked = [0, 1, 0, 1]
    assert average_precision(ranked) == pytest.approx((1 / 2 + 2 / 4) / 2)
    assert reciprocal_rank(ranked) == pytest.approx(1 / 2)
    assert r_precision(ranked) == pytest.approx(1 / 2)
    assert precision_at(ranked, 1) == 0.0
    assert precision_at(ranked, 3) == pytest.approx(1 / 3)
    assert average_precision([1, 1, 0]) == 1.0
    assert average_precision([0, 0, 1]) == pytest.approx(1 / 3)


def test_short_debates_count_missing_ranks_as_misses() -> None:
    assert precision_at([1], 3) == pytest.approx(1 / 3)


def test_a_debate_without_positives_scores_zero_everywhere() -> None:
    metrics = debate_metrics([0, 0, 0], [0.3, 0.2, 0.1])
    assert set(metrics.values()) == {0.0}


def test_metrics_rank_by_score_and_keep_file_order_on_ties() -> None:
    # Ranked: line 3 (0.9), line 1 (0.5), line 2 (0.5, after line 1 in file order).
    metrics = debate_metrics([0, 1, 1], [0.5, 0.5, 0.9])
    assert metrics["AP"] == pytest.approx((1 / 1 + 2 / 3) / 2)
    assert metrics["P@1"] == 1.0
    assert metrics["RR"] == 1.0


def test_folds_are_deterministic_and_split_whole_debates() -> None:
    names = [f"d{i:02d}.tsv" for i in range(11)]
    folds = debate_folds(list(reversed(names)), 3)
    assert folds == debate_folds(names, 3)
    flat = [n for fold in folds for n in fold]
    assert sorted(flat) == names and len(set(flat)) == len(flat)
    with pytest.raises(ValueError):
        debate_folds(names, 1)


def write_debate(path: Path, rows: list[tuple[str, str, int]]) -> None:
    path.write_text(
        "".join(f"{i}\t{sp}\t{text}\t{y}\n" for i, (sp, text, y) in enumerate(rows, start=1)),
        encoding="utf-8",
    )


def test_predictions_out_writes_one_file_per_debate_covering_every_line(tmp_path: Path) -> None:
    src = tmp_path / "debates"
    src.mkdir()
    write_debate(
        src / "a.tsv",
        [
            ("HOST", "Good evening and welcome.", 0),
            ("HOST", "What is your plan for jobs?", 0),
            ("SMITH", "Unemployment fell to 4.2 percent, the lowest rate in 50 years.", 1),
            ("SMITH", 'I said "thank you" to them.', 0),
        ],
    )
    write_debate(src / "b.tsv", [("JONES", "Taxes rose by $2 billion in 2019.", 1)])
    out = tmp_path / "pred"
    result = run_evaluation(src, predictions_out=out)
    assert sorted(p.name for p in out.iterdir()) == ["a.tsv", "b.tsv"]
    rows = [line.split("\t") for line in (out / "a.tsv").read_text().splitlines()]
    assert [int(r[0]) for r in rows] == [1, 2, 3, 4]
    assert all(0.0 <= float(r[1]) <= 1.0 for r in rows)
    # The statistic outranks the greeting and the question.
    scores = {int(r[0]): float(r[1]) for r in rows}
    assert scores[3] > scores[1] and scores[3] > scores[2]
    assert set(result.scores.per_debate) == {"a.tsv", "b.tsv"}
    assert result.scores.per_debate["b.tsv"]["AP"] == 1.0


def test_reading_a_debate_keeps_quotes_and_labels(tmp_path: Path) -> None:
    path = tmp_path / "d.tsv"
    write_debate(path, [("A", 'He said "no" twice.', 1)])
    assert read_debate(path) == [DebateLine(1, "A", 'He said "no" twice.', 1)]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"1\tA\tFine.\t0\nx2\tB\tA line number that is not one.\t1\n", "line 2: invalid literal"),
        (b"1\tA\tFine.\t0\n2\tB\tA label that is not one.\tyes\n", "line 2: invalid literal"),
        (b"1\tA\tFine.\t0\n\n3\tB\n", "line 3: expected 4 tab-separated fields"),
        (b"1\tA\tFine.\t0\n2\tB\tCaf\xe9 prices rose.\t1\n", "line 2: not UTF-8 text"),
    ],
)
def test_a_bad_debate_row_is_refused_with_the_file_and_line(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "d.tsv"
    path.write_bytes(content)
    with pytest.raises(ValueError, match=rf"d\.tsv, {message}"):
        read_debate(path)


@pytest.fixture(scope="module")
def small_debates() -> dict[str, list[DebateLine]]:
    require(SHARED_DEBATES.is_dir(), f"shared CLEF debates not found at {SHARED_DEBATES}")
    debates = read_debates(SHARED_DEBATES)
    # The six shortest debates keep the test fast.
    names = sorted(debates, key=lambda n: len(debates[n]))[:6]
    return {n: debates[n] for n in names}


def test_cross_validation_never_scores_a_debate_with_a_model_that_saw_it(
    small_debates: dict[str, list[DebateLine]], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[set[str]] = []
    real_fit = train_module.fit_models

    def recording_fit(corpus, cfg, log=None, second=None, exclude=frozenset()):
        seen.append(set(corpus.features))
        return real_fit(corpus, cfg, log, second, exclude)

    monkeypatch.setattr(train_module, "fit_models", recording_fit)
    cfg = TrainConfig(c_grid=(0.05,), smoothing_grid=(0.1,))
    scores = cross_validate(small_debates, 3, cfg)
    folds = debate_folds(list(small_debates), 3)
    assert len(seen) == 3
    for fold, trained_on in zip(folds, seen, strict=True):
        assert trained_on.isdisjoint(fold)
        assert trained_on | set(fold) == set(small_debates)
    assert {n: len(s) for n, s in scores.items()} == {
        n: len(lines) for n, lines in small_debates.items()
    }
    # Reproducible: same seed, same folds, same scores.
    monkeypatch.setattr(train_module, "fit_models", real_fit)
    assert cross_validate(small_debates, 3, cfg) == scores
