"""CLEF CheckThat! check-worthiness evaluation: reading debates and ranking metrics.

The metrics follow the lab's official scorer (``scorer/task5.py`` of the 2020 task
5 release, identical in 2018/2019) so figures are comparable with published ones:

* lines are ranked by score, descending; ties keep file order (a stable sort, as
  the official scorer's ``sorted`` does on the prediction file's order);
* AP = sum of precision at the rank of each positive / number of positives;
* R-precision = precision at rank R, R = number of positives;
* RR = 1 / rank of the first positive;
* P@k = positives in the top k / k. When a debate has fewer than k lines the
  missing ranks count as non-relevant (the official scorer would crash there);
* a debate without any positive scores 0 on every measure and still counts in
  the averages (the official scorer's AP and RR return 0.0 in that case, and its
  R-precision reads a precision of 0).

MAP, mean R-precision, MRR and mean P@k are unweighted means over debates.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .files import read_utf8

__all__ = [
    "PRECISION_CUTOFFS",
    "DebateLine",
    "DebateScores",
    "Evaluation",
    "average_precision",
    "debate_folds",
    "evaluate_rankings",
    "fold_table",
    "precision_at",
    "r_precision",
    "rank_lines",
    "read_debate",
    "read_debates",
    "reciprocal_rank",
    "write_all",
    "write_predictions",
]

PRECISION_CUTOFFS: tuple[int, ...] = (1, 3, 5, 10, 20, 30)


@dataclass(frozen=True, slots=True)
class DebateLine:
    line_number: int
    speaker: str
    text: str
    label: int = 0


def read_debate(path: Path) -> list[DebateLine]:
    """Read one ``line_number<TAB>speaker<TAB>text<TAB>label`` file; a malformed row
    raises ValueError naming the file and the line."""
    lines: list[DebateLine] = []
    reader = csv.reader(
        io.StringIO(read_utf8(path), newline=""), delimiter="\t", quoting=csv.QUOTE_NONE
    )
    for row in reader:
        if not row or not row[0].strip():
            continue
        if len(row) < 3:
            raise ValueError(
                f"{path}, line {reader.line_num}: expected 4 tab-separated fields, got {row!r}"
            )
        try:
            label = int(row[3]) if len(row) > 3 and row[3].strip() else 0
            lines.append(DebateLine(int(row[0]), row[1], row[2], label))
        except ValueError as exc:
            raise ValueError(f"{path}, line {reader.line_num}: {exc}") from exc
    return lines


def read_debates(directory: Path) -> dict[str, list[DebateLine]]:
    """All ``*.tsv`` debates of ``directory`` keyed by file name, in name order."""
    files = sorted(directory.glob("*.tsv"))
    if not files:
        raise FileNotFoundError(f"no .tsv debate files in {directory}")
    return {p.name: read_debate(p) for p in files}


def debate_folds(names: Sequence[str], k: int) -> list[list[str]]:
    """Split debates into ``k`` deterministic folds (round-robin over sorted names).

    Whole debates go to one fold, so a held-out debate is never seen in training.
    """
    if k < 2:
        raise ValueError("cross-validation needs at least 2 folds")
    ordered = sorted(names)
    if k > len(ordered):
        raise ValueError(f"{k} folds but only {len(ordered)} debates")
    return [ordered[i::k] for i in range(k)]


def rank_lines(line_numbers: Sequence[int], scores: Sequence[float]) -> list[int]:
    """Line numbers by descending score, ties in input order."""
    order = sorted(range(len(line_numbers)), key=lambda i: -scores[i])
    return [line_numbers[i] for i in order]


def average_precision(ranked_labels: Sequence[int]) -> float:
    positives = sum(1 for y in ranked_labels if y)
    if positives == 0:
        return 0.0
    hits = 0
    total = 0.0
    for rank, y in enumerate(ranked_labels, start=1):
        if y:
            hits += 1
            total += hits / rank
    return total / positives


def reciprocal_rank(ranked_labels: Sequence[int]) -> float:
    for rank, y in enumerate(ranked_labels, start=1):
        if y:
            return 1.0 / rank
    return 0.0


def precision_at(ranked_labels: Sequence[int], k: int) -> float:
    return sum(1 for y in ranked_labels[:k] if y) / k


def r_precision(ranked_labels: Sequence[int]) -> float:
    positives = sum(1 for y in ranked_labels if y)
    if positives == 0:
        return 0.0
    return precision_at(ranked_labels, positives)


@dataclass
class DebateScores:
    """Per-debate and averaged metrics."""

    per_debate: dict[str, dict[str, float]] = field(default_factory=dict)

    @property
    def means(self) -> dict[str, float]:
        if not self.per_debate:
            return {}
        keys = next(iter(self.per_debate.values())).keys()
        n = len(self.per_debate)
        return {k: sum(d[k] for d in self.per_debate.values()) / n for k in keys}

    def format(self) -> str:
        m = self.means
        head = f"debates: {len(self.per_debate)}\n"
        rows = [
            f"MAP (official)   {m['AP']:.4f}",
            f"R-precision      {m['R-P']:.4f}",
            f"MRR              {m['RR']:.4f}",
        ]
        rows += [f"P@{k:<15}{m[f'P@{k}']:.4f}" for k in PRECISION_CUTOFFS]
        return head + "\n".join(rows)


def debate_metrics(labels: Sequence[int], scores: Sequence[float]) -> dict[str, float]:
    """Metrics of one debate given gold labels and scores in file order."""
    order = sorted(range(len(labels)), key=lambda i: -scores[i])
    ranked = [labels[i] for i in order]
    metrics = {
        "AP": average_precision(ranked),
        "R-P": r_precision(ranked),
        "RR": reciprocal_rank(ranked),
    }
    for k in PRECISION_CUTOFFS:
        metrics[f"P@{k}"] = precision_at(ranked, k)
    return metrics


def evaluate_rankings(
    debates: dict[str, list[DebateLine]], scores: Mapping[str, Sequence[float]]
) -> DebateScores:
    """Score every debate; ``scores[name]`` is aligned with ``debates[name]``."""
    result = DebateScores()
    for name, lines in debates.items():
        s = scores[name]
        if len(s) != len(lines):
            raise ValueError(f"{name}: {len(s)} scores for {len(lines)} lines")
        result.per_debate[name] = debate_metrics([ln.label for ln in lines], s)
    return result


def write_predictions(
    out_dir: Path, name: str, lines: Iterable[DebateLine], scores: Sequence[float]
) -> Path:
    """Write ``line_number<TAB>score`` for every line, in file order (CLEF format)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / name
    with path.open("w", encoding="utf-8") as fh:
        for line, score in zip(lines, scores, strict=True):
            fh.write(f"{line.line_number}\t{score:.6f}\n")
    return path


@dataclass(frozen=True)
class Evaluation:
    """The metrics of the scoring a report ends with, and the report itself."""

    scores: DebateScores
    report: str


def fold_table(
    folds: Sequence[Sequence[str]],
    columns: Mapping[str, DebateScores],
    notes: Sequence[str] = (),
) -> str:
    """MAP of each fold and the mean over debates, one column per scoring."""
    names = list(columns)
    head = "fold  debates  " + "  ".join(f"{n + ' MAP':>14}" for n in names)
    rows = [head + ("  chosen" if notes else "")]
    for i, fold in enumerate(folds):
        cells = []
        for n in names:
            per = columns[n].per_debate
            cells.append(f"{sum(per[d]['AP'] for d in fold) / len(fold):>14.4f}")
        note = f"  {notes[i]}" if i < len(notes) else ""
        rows.append(f"{i + 1:>4}  {len(fold):>7}  " + "  ".join(cells) + note)
    means = "  ".join(f"{columns[n].means['AP']:>14.4f}" for n in names)
    rows.append(f"{'mean':>4}  {sum(len(f) for f in folds):>7}  {means}")
    return "\n".join(rows)


def write_all(
    out: Path | None, debates: dict[str, list[DebateLine]], scores: Mapping[str, Sequence[float]]
) -> None:
    if out is not None:
        for name, lines in debates.items():
            write_predictions(out, name, lines, scores[name])
