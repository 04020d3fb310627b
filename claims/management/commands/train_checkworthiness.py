"""Train the check-worthiness model from CLEF CheckThat! debate files."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from claims.extraction.pipeline import EXTRACTOR_VERSION
from claims.extraction.score import DEFAULT_MODEL_PATH
from claims.extraction.training.checkworthiness import (
    SecondSignal,
    TrainConfig,
    save_model,
    train,
)
from claims.extraction.training.ct24 import read_ct24
from claims.extraction.training.evaluate import read_debates
from claims.management.data_arguments import add_ct24_argument, data_folders


class Command(BaseCommand):
    help = (
        "Train the check-worthiness model (logistic regression over hand features and "
        "word n-grams) from a folder of line_number<TAB>speaker<TAB>text<TAB>label files. "
        "Regularisation and neighbour smoothing are tuned by cross-validation over the "
        "debates; the seed is fixed, so the output is reproducible. With --ct24 DIR a second "
        "model learnt from the CheckThat! 2024 sentences is mixed in, its share chosen by "
        "cross-validation over the debates (the shipped model is built this way)."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("directory", type=Path, help="folder of *.tsv debate files")
        parser.add_argument(
            "--out", type=Path, default=DEFAULT_MODEL_PATH, help="where to write the JSON model"
        )
        add_ct24_argument(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        directory, ct24 = data_folders(options)
        try:
            debates = read_debates(directory)
            second = SecondSignal(read_ct24(ct24)) if ct24 is not None else None
        except (FileNotFoundError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        lines = sum(len(v) for v in debates.values())
        extra = f" and {len(second)} ct24 sentences" if second is not None else ""
        self.stdout.write(f"training on {len(debates)} debates, {lines} lines{extra}")
        started = time.perf_counter()
        model = train(debates, TrainConfig(), log=self.stdout.write, second=second)
        path = save_model(model, options["out"], version=EXTRACTOR_VERSION)
        self.stdout.write(
            self.style.SUCCESS(
                f"wrote {path} ({path.stat().st_size / 1024:.0f} KiB, "
                f"{len(model['weights'])} weights, C={model['meta']['C']}, "
                f"smoothing={model['smoothing']}, "
                f"ct24 share={model['meta'].get('ct24_share', 0)}) "
                f"in {time.perf_counter() - started:.1f}s"
            )
        )
