"""The longer given-name list: how it is built from the Census files, and what it gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.extraction.training.given_names import build, main


def _census(tmp_path: Path) -> tuple[Path, Path]:
    d = tmp_path / "census"
    d.mkdir()
    (d / "dist.male.first").write_text(
        "TOMASZEK 0.050 0.050 1\nQUELLAN 0.020 0.070 2\nMARLOWE 0.010 0.080 3\n"
        "FAITH 0.001 0.081 4\nBO 0.300 0.381 5\n",
        encoding="ascii",
    )
    (d / "dist.female.first").write_text(
        "ORSOLYA 0.040 0.040 1\nQUELLAN 0.010 0.050 2\nFAITH 0.200 0.250 3\n"
        "ANNA 0.900 1.150 4\nDENVER 0.010 1.160 5\n",
        encoding="ascii",
    )
    # (surnames ranked: MARLOWE is frequent as a surname)
    (d / "dist.all.last").write_text("SMITH 1.0 1.0 1\nMARLOWE 0.5 1.5 2\n", encoding="ascii")
    words = tmp_path / "words"
    words.write_text("faith\nFaith\nhouse\n", encoding="utf-8")
    return d, words


def test_build_keeps_names_one_sex_holds(tmp_path: Path) -> None:
    census, words = _census(tmp_path)
    kept = build(census, words)
    assert kept["tomaszek"] == "m"
    assert kept["orsolya"] == "f"
    # QUELLAN: 2/3 male, not 90 %; MARLOWE: a frequent surname; FAITH: a word; BO: too
    # short; ANNA: in gender.py's own list; DENVER: a place
    for left_out in ("quellan", "marlowe", "faith", "bo", "anna", "denver"):
        assert left_out not in kept


def test_main_writes_the_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    census, words = _census(tmp_path)
    out = tmp_path / "given_names.txt"
    assert main([str(census), str(words), str(out)]) == 0
    lines = [ln for ln in out.read_text().splitlines() if not ln.startswith("#")]
    assert lines == ["orsolya f", "tomaszek m"]
    assert "2 names (1 female, 1 male)" in capsys.readouterr().out


def test_main_without_arguments_says_how(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "CENSUS_DIR" in capsys.readouterr().err


def test_main_with_a_missing_file_says_which(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "nowhere"), str(tmp_path / "words")]) == 1
    assert "cannot read the inputs" in capsys.readouterr().err
