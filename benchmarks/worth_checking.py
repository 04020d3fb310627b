"""How large the "worth checking" short list is, and what it keeps (no Django needed).

    .venv/bin/python benchmarks/worth_checking.py --predictions DIR [--news DIR]

Two measurements that choose the cut-off (the model's ``worth_checking`` min_score and
max_share, see claims/extraction/pipeline.py):

* held-out debates: ``--predictions`` is the folder that
  ``manage.py evaluate_checkworthiness DEBATES --cross-validate 5 --ct24 CT24
  --predictions-out DIR`` wrote, so every line carries the score of a model that never saw
  its debate. For each candidate min_score: the share of lines at or above it and the
  share of the journalists' picks (label 1) it keeps;
* news: every article of ``--news`` (one plain-text article per ``*.txt``, e.g. the
  PolNeAR political news) run through the workers' pipeline with the shipped model: the
  share of each article's sentences that would be on the short list by score alone, and
  with the per-article cap.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import _common  # noqa: E402  (benchmarks/_common.py: the script directory is on sys.path)

from claims.extraction.features import document_features  # noqa: E402
from claims.extraction.pipeline import (  # noqa: E402
    analyse,
    has_raising_reason,
    short_list,
    worth_checking_cap,
)
from claims.extraction.score import Model, load_model  # noqa: E402
from claims.extraction.training.evaluate import read_debates  # noqa: E402

GRID = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8)


def read_predictions(directory: Path, name: str) -> list[float]:
    rows = (directory / name).read_text(encoding="utf-8").splitlines()
    return [float(row.split("\t")[1]) for row in rows if row.strip()]


def debates_table(debates_dir: Path, predictions: Path, model: Model) -> None:
    """Per cut-off: the lines kept and the picks kept, by score alone, with the cap, and
    with the cap as the pipeline applies it (only lines with a reason that raised their
    score, ``has_raising_reason``; the reasons' signs come from the shipped model)."""
    debates = read_debates(debates_dir)
    scores = {name: read_predictions(predictions, name) for name in debates}
    reasoned = {
        name: [
            has_raising_reason(model.explain(hand))
            for hand, _ in document_features([ln.text for ln in v], [ln.speaker for ln in v])
        ]
        for name, v in debates.items()
    }
    lines = sum(len(v) for v in debates.values())
    positives = sum(ln.label for v in debates.values() for ln in v)
    print(f"held-out debates: {len(debates)} debates, {lines:,} lines, {positives} picked")
    print(
        "  min_score   lines kept   picks kept   picks kept with the cap"
        "   with the cap, reasons needed (lines kept)"
    )
    for t in GRID:
        kept = sum(1 for v in scores.values() for s in v if s >= t)
        hits = capped = gated = gated_lines = 0
        for name, lines_ in debates.items():
            ranked = sorted(range(len(lines_)), key=lambda i: -scores[name][i])
            cap = set(ranked[: worth_checking_cap(len(lines_), model.max_share)])
            listed = short_list(scores[name], reasoned[name], t, model.max_share)
            gated_lines += len(listed)
            gated += sum(lines_[i].label for i in listed)
            for i, ln in enumerate(lines_):
                if ln.label and scores[name][i] >= t:
                    hits += 1
                    capped += i in cap
        print(
            f"  {t:>9.2f}   {kept / lines:>10.1%}   {hits / positives:>10.1%}"
            f"   {capped / positives:>10.1%}"
            f"   {gated / positives:>10.1%} ({gated_lines / lines:.1%})"
        )


def news_table(news_dir: Path, max_share: float) -> None:
    files = sorted(news_dir.glob("*.txt"))
    if not files:
        raise SystemExit(f"no .txt articles in {news_dir}")
    per_article: list[tuple[int, list[float]]] = []
    listed: list[float] = []  # the share each article's short list holds, as shipped
    for path in files:
        rows = analyse(path.read_text(encoding="utf-8"))
        if rows:
            per_article.append((len(rows), [a.score for a in rows if a.candidate is not None]))
            flagged = sum(1 for a in rows if a.candidate is not None and a.candidate.worth_checking)
            listed.append(flagged / len(rows))
    sentences = [n for n, _ in per_article]
    print(
        f"\nnews: {len(per_article)} articles, median {statistics.median(sentences):.0f} "
        f"sentences (candidates scored by the shipped model)"
    )
    print("  min_score   median share   mean share   articles over 1/3   mean share with the cap")
    for t in GRID:
        shares = []
        capped = []
        for n, scores in per_article:
            above = sum(1 for s in scores if s >= t)
            shares.append(above / n)
            capped.append(min(above, worth_checking_cap(n, max_share)) / n)
        over = sum(1 for s in shares if s > 1 / 3) / len(shares)
        print(
            f"  {t:>9.2f}   {statistics.median(shares):>12.1%}   {statistics.mean(shares):>10.1%}"
            f"   {over:>17.1%}   {statistics.mean(capped):>10.1%}"
        )
    print(
        f"  the shipped short list (cut-off, cap, a reason that raised the score): mean share "
        f"{statistics.mean(listed):.1%}, median {statistics.median(listed):.1%}, "
        f"articles over 1/3: {sum(1 for x in listed if x > 1 / 3) / len(listed):.1%}"
    )


def main() -> None:
    parser = _common.debates_parser(__doc__)
    parser.add_argument("--predictions", type=Path, help="held-out scores, one file per debate")
    parser.add_argument(
        "--news",
        type=Path,
        default=ROOT.parent / "shared" / "data" / "attribution" / "polnear-train" / "text",
        help="folder of plain-text news articles",
    )
    args = parser.parse_args()
    model = load_model()
    print(f"shipped model: min_score {model.min_score:g}, max_share {model.max_share:.3f}")
    if args.predictions:
        debates_table(args.debates, args.predictions, model)
    if args.news and args.news.is_dir():
        news_table(args.news, model.max_share)


if __name__ == "__main__":
    main()
