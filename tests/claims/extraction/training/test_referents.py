"""Judged referents for pronoun Sources (``evaluate_attribution --referents``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.extraction.training.attribution import evaluate, load_articles
from claims.extraction.training.referents import Referent, load_referents, names_referent
from tests.claims.extraction.training.test_attribution_eval import TEXT, _corpus

NAME = "gazette_2016-01-01_bridge"
SHE = TEXT.index("She")


def _write(path: Path, rows: list[object]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _row(referent: str, kind: str = "person", start: int = SHE) -> dict[str, object]:
    return {
        "article": NAME,
        "source_start": start,
        "source": "She",
        "referent": referent,
        "type": kind,
    }


@pytest.mark.parametrize(
    ("claimant", "referent", "own_voice", "right"),
    [
        ("Olivia Brandt", Referent("Mayor Olivia Brandt", "person"), False, True),
        ("Brandt", Referent("Olivia Brandt", "person"), False, True),
        ("the Brandt campaign", Referent("Brandt's campaign team", "organisation"), False, True),
        ("Tomas Rijk", Referent("Olivia Brandt", "person"), False, False),
        ("gazette", Referent("the columnist", "writer"), True, True),
        ("Olivia Brandt", Referent("the columnist", "writer"), False, False),
        ("gazette", Referent("Olivia Brandt", "person"), True, False),
        ("Olivia Brandt", Referent("Olivia Brandt", "unclear"), False, False),
    ],
)
def test_a_claimant_names_the_referent_by_its_last_word_or_the_writer_by_own_voice(
    claimant: str, referent: Referent, own_voice: bool, right: bool
) -> None:
    assert names_referent(claimant, referent, own_voice) is right


def test_the_judged_referent_is_scored_beside_the_stand_in(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    articles = load_articles(_corpus(tmp_path / "c"), split="all")
    # "She" after "Mayor Olivia Brandt said ...": the stand-in and the judged referent agree
    agree = load_referents(_write(tmp_path / "a.jsonl", [_row("Olivia Brandt")]))
    result = evaluate(articles, referents=agree)
    assert (result.judged, result.judged_right, result.judged_stand_in) == (1, 1, 1)
    # a referent the claimant does not name: right by the stand-in, wrong by the referent
    other = load_referents(_write(tmp_path / "b.jsonl", [_row("Tomas Rijk")]))
    result = evaluate(articles, referents=other)
    assert (result.judged, result.judged_right, result.judged_stand_in) == (1, 0, 1)
    assert "judged referent: 1 candidates" in result.format()
    # no Source of the article is in the file: nothing is judged, nothing reported
    elsewhere = load_referents(_write(tmp_path / "d.jsonl", [_row("Tomas Rijk", start=999)]))
    result = evaluate(articles, referents=elsewhere)
    assert result.judged == 0 and "judged referent" not in result.format()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "line 2: not a referent row"),
        ('{"article": "x", "source_start": 3}', "line 2: not a referent row"),
        ('{"article": "x", "source_start": "y", "referent": "z", "type": "person"}', "line 2"),
        (json.dumps(_row("Olivia Brandt", kind="robot")), "line 2: type 'robot'"),
        (json.dumps(_row("Tomas Rijk")), "line 2: a second, different referent"),
    ],
)
def test_a_bad_line_is_refused_with_its_number(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(_row("Olivia Brandt")) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_referents(path)


def test_bytes_that_are_not_utf8_are_refused_with_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(
        (json.dumps(_row("Olivia Brandt")) + "\n").encode()
        + json.dumps(_row("Zo\u00eb Brandt", start=0), ensure_ascii=False).encode("latin-1")
        + b"\n"
    )
    with pytest.raises(ValueError, match=r"latin1\.jsonl, line 2: not UTF-8 text"):
        load_referents(path)


def test_the_command_reports_the_judged_referents_and_refuses_a_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "c").mkdir()
    corpus = str(_corpus(tmp_path / "c"))
    good = _write(tmp_path / "good.jsonl", [_row("Olivia Brandt")])
    call_command("evaluate_attribution", corpus, "--split", "all", "--referents", str(good))
    assert "judged referent: 1 candidates, claimant names the referent 1.000" in (
        capsys.readouterr().out
    )
    bad = tmp_path / "bad.jsonl"
    bad.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(CommandError, match="line 1: not a referent row"):
        call_command("evaluate_attribution", corpus, "--split", "all", "--referents", str(bad))
    bad.write_bytes(b'{"article": "caf\xe9"}\n')
    with pytest.raises(CommandError, match=r"bad\.jsonl, line 1: not UTF-8 text"):
        call_command("evaluate_attribution", corpus, "--split", "all", "--referents", str(bad))
    with pytest.raises(CommandError, match="No such file"):
        call_command(
            "evaluate_attribution", corpus, "--split", "all", "--referents", str(tmp_path / "no")
        )


def test_the_shipped_referent_file_loads() -> None:
    path = Path(__file__).resolve().parents[4] / "benchmarks/data/polnear-pronoun-referents.jsonl"
    referents = load_referents(path)
    assert len(referents) == 529
    assert {r.type for r in referents.values()} <= {
        "person",
        "organisation",
        "group",
        "thing",
        "writer",
        "unclear",
    }
