"""manage.py evaluate_checkworthiness and train_checkworthiness with the second signal."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.extraction.score import Model
from tests.claims.extraction.training.test_checkworthiness import ct24_sentences, debate, write_ct24


def write_debates(directory: Path, count: int) -> Path:
    directory.mkdir()
    for n in range(count):
        rows = debate(n)
        (directory / f"d{n}.tsv").write_text(
            "".join(f"{ln.line_number}\t{ln.speaker}\t{ln.text}\t{ln.label}\n" for ln in rows),
            encoding="utf-8",
        )
    return directory


@pytest.fixture
def data(tmp_path: Path) -> tuple[Path, Path]:
    debates = write_debates(tmp_path / "debates", 4)
    ct24 = tmp_path / "ct24"
    ct24.mkdir()
    rows = [(text, "Yes" if label else "No") for text, label in ct24_sentences(20)]
    write_ct24(ct24 / "train.tsv", rows)
    return debates, ct24


def test_cross_validation_reports_both_models_fold_by_fold(
    data: tuple[Path, Path], tmp_path: Path
) -> None:
    debates, ct24 = data
    out = StringIO()
    call_command(
        "evaluate_checkworthiness",
        str(debates),
        "--cross-validate",
        "2",
        "--ct24",
        str(ct24),
        "--predictions-out",
        str(tmp_path / "pred"),
        stdout=out,
    )
    text = out.getvalue()
    assert "ct24: 60 sentences" in text
    header = next(line for line in text.splitlines() if line.startswith("fold  debates"))
    assert "debates-only MAP" in header and "combined MAP" in header
    rows = [line.split() for line in text.splitlines() if line[:4].strip() in {"1", "2", "mean"}]
    assert [r[0] for r in rows] == ["1", "2", "mean"]
    assert all(0.0 <= float(r[2]) <= 1.0 and 0.0 <= float(r[3]) <= 1.0 for r in rows)
    assert "combined with the ct24 model:" in text
    assert sorted(p.name for p in (tmp_path / "pred").iterdir()) == [f"d{n}.tsv" for n in range(4)]


def test_training_with_ct24_writes_the_mixed_model_and_its_cut_off(
    data: tuple[Path, Path], tmp_path: Path
) -> None:
    debates, ct24 = data
    target = tmp_path / "model.json"
    out = StringIO()
    call_command(
        "train_checkworthiness", str(debates), "--ct24", str(ct24), "--out", str(target), stdout=out
    )
    saved = json.loads(target.read_text())
    assert "ct24_share" in saved["meta"] and saved["meta"]["ct24_sentences"] == 60
    assert set(saved["worth_checking"]) == {"min_score", "max_share"}
    assert "ct24 share=" in out.getvalue()
    Model(saved)  # loads


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--ct24", "missing-dir"], "is not a directory"),
        (["--cross-validate", "2", "--ct24", "missing-dir"], "is not a directory"),
    ],
)
def test_a_missing_ct24_folder_is_a_clear_error(
    data: tuple[Path, Path], args: list[str], message: str
) -> None:
    debates, _ = data
    with pytest.raises(CommandError, match=message):
        call_command("evaluate_checkworthiness", str(debates), *args)
    with pytest.raises(CommandError, match=message):
        call_command("train_checkworthiness", str(debates), "--ct24", "missing-dir")


def test_ct24_without_cross_validation_is_refused(data: tuple[Path, Path]) -> None:
    debates, ct24 = data
    with pytest.raises(CommandError, match="only makes sense with --cross-validate"):
        call_command("evaluate_checkworthiness", str(debates), "--ct24", str(ct24))


def test_a_ct24_folder_without_its_files_is_a_clear_error(
    data: tuple[Path, Path], tmp_path: Path
) -> None:
    debates, _ = data
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(CommandError, match=r"train\.tsv"):
        call_command("train_checkworthiness", str(debates), "--ct24", str(empty))
