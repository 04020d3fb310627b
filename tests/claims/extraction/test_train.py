from __future__ import annotations

import json
from pathlib import Path

from claims.extraction.evaluate import DebateLine
from claims.extraction.score import Model
from claims.extraction.training.checkworthiness import TrainConfig, _design, save_model, train


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
