from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from matching.engine.ranker import ScoredMatch
from matching.engine.training.evaluate import (
    DataFormatError,
    average_precision_at_k,
    load_qrels,
    load_queries,
    load_verified_claims,
    mean_average_precision,
    write_run,
)

# Two queries: q1 has two relevant claims (a, b) ranked 2nd and 3rd, q2 has one ranked 1st.
RUN = {"q1": ["x", "a", "b", "y"], "q2": ["c", "z"]}
QRELS = {"q1": {"a", "b"}, "q2": {"c"}}


def test_average_precision_by_hand() -> None:
    # q1 @3: precision 1/2 at rank 2 and 2/3 at rank 3, over 2 relevant claims.
    assert average_precision_at_k(RUN["q1"], QRELS["q1"], 3) == pytest.approx((1 / 2 + 2 / 3) / 2)
    assert average_precision_at_k(RUN["q1"], QRELS["q1"], 1) == 0.0
    assert average_precision_at_k(RUN["q2"], QRELS["q2"], 1) == 1.0
    assert average_precision_at_k([], {"a"}, 5) == 0.0


def test_map_matches_the_official_scorer() -> None:
    # Values that trectools' TrecEval.get_map(depth=k), the CLEF 2020 task 2 scorer,
    # prints for this run and these qrels.
    assert mean_average_precision(RUN, QRELS, 1) == pytest.approx(0.5)
    assert mean_average_precision(RUN, QRELS, 2) == pytest.approx(0.625)
    assert mean_average_precision(RUN, QRELS, 3) == pytest.approx(0.7916667)
    assert mean_average_precision(RUN, QRELS, 5) == pytest.approx(0.7916667)


def test_min_denominator_differs_only_when_relevant_exceed_k() -> None:
    # q1 at depth 2 has one hit at rank 2: 0.5 / min(2, 2) either way.
    assert mean_average_precision(RUN, QRELS, 2, denominator="min") == pytest.approx(0.625)
    run = {"q1": ["a", "x"], "q2": ["c"]}
    assert mean_average_precision(run, QRELS, 1) == pytest.approx((0.5 + 1) / 2)
    assert mean_average_precision(run, QRELS, 1, denominator="min") == pytest.approx(1.0)


def test_a_query_missing_from_the_run_counts_as_zero() -> None:
    assert mean_average_precision({"q2": ["c"]}, QRELS, 5) == pytest.approx(0.5)


def _write_dataset(tmp_path: Path) -> tuple[Path, Path, Path]:
    vclaims = tmp_path / "verified_claims.docs.tsv"
    vclaims.write_text(
        "\tvclaim\ttitle\n"
        "0\t70 per cent of the persons arrested during protests in Charlotte had "
        "out-of-state IDs.\t70% of Arrested Charlotte Protesters Are Out-of-State\n"
        '1\t"A ""law to separate families"" was enacted\nprior to April 2018."\t'
        "Was the ‘Law to Separate Families’ Passed in 1997?\n"
        "2\tThe International Astronomical Union reclassified Pluto as a planet.\t"
        "Has Pluto Been Reclassified as a Planet?\n",
        encoding="utf-8",
    )
    queries = tmp_path / "tweets.queries.tsv"
    queries.write_text(
        "\ttweet_content\n"
        "10\tMost of the Charlotte rioters (70%) came from out of state pic.twitter.com/x "
        "— A B (@ab) January 1, 2017\n"
        '11\t"There is a ""law to separate families"" says the president"\n'
        "12\tPluto is a planet again!\n",
        encoding="utf-8",
    )
    qrels = tmp_path / "tweet-vclaim-pairs.qrels"
    qrels.write_text("10\t0\t0\t1\n11\t0\t1\t1\n12\t0\t2\t1\n", encoding="utf-8")
    return vclaims, queries, qrels


def test_loaders_read_quoted_and_multiline_fields(tmp_path: Path) -> None:
    vclaims, queries, qrels = _write_dataset(tmp_path)
    claims = load_verified_claims(vclaims)
    assert [c.key for c in claims] == ["0", "1", "2"]
    assert claims[1].text == 'A "law to separate families" was enacted\nprior to April 2018.'
    assert load_queries(queries)["11"] == 'There is a "law to separate families" says the president'
    assert load_qrels(qrels) == {"10": {"0"}, "11": {"1"}, "12": {"2"}}


def test_loaders_refuse_malformed_rows(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("\tvclaim\ttitle\n0\tonly two fields\n", encoding="utf-8")
    with pytest.raises(DataFormatError, match="record 2 has 2 fields"):
        load_verified_claims(bad)


def test_write_run_format() -> None:
    out = io.StringIO()
    matches = [ScoredMatch(key=k, score=s) for k, s in [("7", 0.9), ("3", 0.9), ("5", 0.1)]]
    write_run(out, {"q1": matches * 5}, tag="t", depth=10)
    lines = out.getvalue().splitlines()
    assert len(lines) == 10
    fields = [line.split("\t") for line in lines]
    assert all(len(f) == 6 and f[0] == "q1" and f[1] == "Q0" and f[5] == "t" for f in fields)
    assert [int(f[3]) for f in fields] == list(range(1, 11))
    scores = [float(f[4]) for f in fields]
    # Strictly decreasing, so a scorer that re-sorts by score keeps our order.
    assert all(a > b for a, b in itertools.pairwise(scores))


def test_evaluate_matching_command(tmp_path: Path) -> None:
    vclaims, queries, qrels = _write_dataset(tmp_path)
    run_out = tmp_path / "run.tsv"
    out = io.StringIO()
    call_command(
        "evaluate_matching",
        "--vclaims",
        str(vclaims),
        "--queries",
        str(queries),
        "--qrels",
        str(qrels),
        "--run-out",
        str(run_out),
        stdout=out,
    )
    printed = out.getvalue()
    assert "MAP@1: 1.0000   MAP@3: 1.0000   MAP@5: 1.0000   MAP@10: 1.0000" in printed
    assert "time per query: mean" in printed
    rows = [line.split("\t") for line in run_out.read_text(encoding="utf-8").splitlines()]
    assert {r[0] for r in rows} == {"10", "11", "12"}
    assert [r[2] for r in rows if r[3] == "1"] == ["0", "1", "2"]


def test_evaluate_matching_command_reports_bad_input(tmp_path: Path) -> None:
    vclaims, queries, _ = _write_dataset(tmp_path)
    qrels = tmp_path / "bad.qrels"
    qrels.write_text("10\t0\t999\t1\n", encoding="utf-8")
    with pytest.raises(CommandError, match="unknown claims"):
        call_command(
            "evaluate_matching",
            "--vclaims",
            str(vclaims),
            "--queries",
            str(queries),
            "--qrels",
            str(qrels),
            stdout=io.StringIO(),
        )
