from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claims.extraction.score import Model
from claims.extraction.training.checkworthiness import (
    SecondSignal,
    TrainConfig,
    _design,
    save_model,
    train,
)
from claims.extraction.training.crossval import cross_validate_both
from claims.extraction.training.ct24 import normalise, read_ct24
from claims.extraction.training.evaluate import DebateLine


def test_the_design_matrix_does_not_depend_on_feature_order() -> None:
    # Hand features come out of set intersections, whose order varies with
    # PYTHONHASHSEED; the solver must see the same input either way.
    a = [({"number": 1.0, "money": 1.0}, ["w:tax", "w:cut", "w:tax"])] * 2
    b = [({"money": 1.0, "number": 1.0}, ["w:cut", "w:tax"])] * 2
    xa, va = _design(a, None, 1)
    xb, vb = _design(b, None, 1)
    assert va == vb
    assert (xa != xb).nnz == 0
    assert list(xa.indices) == list(xb.indices)


def debate(n: int) -> list[DebateLine]:
    lines = []
    for i in range(1, 41):
        if i % 10 == 0:
            lines.append(
                DebateLine(i, "SMITH", f"Taxes rose by {i} percent, costing $2 billion.", 1)
            )
        elif i % 2:
            lines.append(DebateLine(i, "HOST", f"What is your view on topic {n}?", 0))
        else:
            lines.append(DebateLine(i, "SMITH", "I think we should all work together.", 0))
    return lines


def test_training_writes_a_loadable_model_that_ranks_the_pattern_it_saw(tmp_path: Path) -> None:
    debates = {f"d{n}.tsv": debate(n) for n in range(4)}
    cfg = TrainConfig(c_grid=(0.5, 1.0), smoothing_grid=(0.0, 0.1), inner_folds=2, min_df=1)
    model = train(debates, cfg)
    assert train(debates, cfg) == model  # same seed, same data: same weights
    path = save_model(model, tmp_path / "m.json", version="test")
    data = json.loads(path.read_text())
    assert data["version"] == "test" and data["meta"]["C"] in cfg.c_grid
    assert data["smoothing"] in cfg.smoothing_grid
    loaded = Model(data)
    assert loaded.weights["h:percent"] > 0


def write_ct24(path: Path, rows: list[tuple[str, str]]) -> None:
    lines = ["Sentence_id\tText\tclass_label"]
    for i, (text, label) in enumerate(rows, start=1):
        quoted = '"' + text.replace('"', '""') + '"' if '"' in text else text
        lines.append(f"{i}\t{quoted}\t{label}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_ct24_files_are_read_with_csv_quoting_and_bad_labels_refused(tmp_path: Path) -> None:
    write_ct24(tmp_path / "train.tsv", [('He said "no" twice.', "Yes"), ("Thanks.", "No")])
    write_ct24(tmp_path / "dev.tsv", [("Taxes rose 3 percent.", "Yes")])
    assert read_ct24(tmp_path) == [
        ('He said "no" twice.', 1),
        ("Thanks.", 0),
        ("Taxes rose 3 percent.", 1),
    ]
    write_ct24(tmp_path / "dev-test.tsv", [("Maybe.", "Perhaps")])
    with pytest.raises(ValueError, match=r"dev-test\.tsv, line 2: expected id, text and Yes/No"):
        read_ct24(tmp_path)
    (tmp_path / "dev-test.tsv").write_bytes(b"Sentence_id\tText\tclass_label\n1\tCaf\xe9.\tNo\n")
    with pytest.raises(ValueError, match=r"dev-test\.tsv, line 2: not UTF-8 text"):
        read_ct24(tmp_path)
    with pytest.raises(FileNotFoundError):
        read_ct24(tmp_path / "missing")


def ct24_sentences(n: int) -> list[tuple[str, int]]:
    out = []
    for i in range(n):
        out.append((f"Spending grew by {i} percent, to $4 billion in 2015.", 1))
        out.append((f"I want to thank everyone in room {i} tonight.", 0))
        out.append(("What is your view on topic 1?", 0))  # also a line of debate d1
    return out


def test_no_ct24_sentence_of_a_held_out_debate_is_learnt_at_any_level(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    debates = {f"d{n}.tsv": debate(n) for n in range(6)}
    second = SecondSignal(ct24_sentences(30))
    excluded: list[frozenset[str]] = []
    real_fit = SecondSignal.fit

    def recording_fit(self: SecondSignal, exclude: frozenset[str], cfg: TrainConfig) -> Any:
        excluded.append(exclude)
        return real_fit(self, exclude, cfg)

    monkeypatch.setattr(SecondSignal, "fit", recording_fit)
    cfg = TrainConfig(c_grid=(0.5,), smoothing_grid=(0.0,), inner_folds=2, min_df=1, ct24_min_df=1)
    result = cross_validate_both(debates, 3, cfg, second=second)
    leaked = normalise("What is your view on topic 1?")
    held_out_d1 = next(i for i, fold in enumerate(result.folds) if "d1.tsv" in fold)
    # Per outer fold: 2 inner fits and the final one; the fold holding d1 never sees it.
    assert len(excluded) == 9
    for call in excluded[held_out_d1 * 3 : held_out_d1 * 3 + 3]:
        assert leaked in call
    assert result.combined is not None
    assert set(result.combined) == set(result.current) == set(debates)
    assert all(m["ct24_share"] in (0.0, *cfg.mix_grid) for m in result.chosen)


def test_the_combined_model_is_one_weight_vector_mixing_both_signals() -> None:
    debates = {f"d{n}.tsv": debate(n) for n in range(6)}
    cfg = TrainConfig(
        c_grid=(0.5,),
        smoothing_grid=(0.0,),
        inner_folds=2,
        min_df=1,
        ct24_min_df=1,
        mix_grid=(0.5,),
    )
    second = SecondSignal(ct24_sentences(30))
    model = train(debates, cfg, second=second)
    alone = train(debates, cfg)
    share = model["meta"]["ct24_share"]
    assert share in (0.0, 0.5)
    if share:
        # A word only the ct24 sentences carry gets a weight of its own.
        assert "w:spending" in model["weights"] and "w:spending" not in alone["weights"]
    loaded = Model(model)
    assert loaded.weights and loaded.bias == model["bias"]
    assert model["worth_checking"] == {
        "min_score": cfg.worth_min_score,
        "max_share": cfg.worth_max_share,
    }
