"""Train the check-worthiness model from CLEF CheckThat! debate files."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from claims.extraction.evaluate import read_debates
from claims.extraction.pipeline import EXTRACTOR_VERSION
from claims.extraction.score import DEFAULT_MODEL_PATH
from claims.extraction.train import TrainConfig, save_model, train


class Command(BaseCommand):
    help = (
        "Train the check-worthiness model (logistic regression over hand features and "
        "word n-grams) from a folder of line_number<TAB>speaker<TAB>text<TAB>label files. "
        "Regularisation and neighbour smoothing are tuned by cross-validation over the "
        "debates; the seed is fixed, so the output is reproducible."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("directory", type=Path, help="folder of *.tsv debate files")
        parser.add_argument(
            "--out", type=Path, default=DEFAULT_MODEL_PATH, help="where to write the JSON model"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        directory: Path = options["directory"]
        if not directory.is_dir():
            raise CommandError(f"{directory} is not a directory")
        try:
            debates = read_debates(directory)
        except (FileNotFoundError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        lines = sum(len(v) for v in debates.values())
        self.stdout.write(f"training on {len(debates)} debates, {lines} lines")
        started = time.perf_counter()
        model = train(debates, TrainConfig(), log=self.stdout.write)
        path = save_model(model, options["out"], version=EXTRACTOR_VERSION)
        self.stdout.write(
            self.style.SUCCESS(
                f"wrote {path} ({path.stat().st_size / 1024:.0f} KiB, "
                f"{len(model['weights'])} weights, C={model['meta']['C']}, "
                f"smoothing={model['smoothing']}) in {time.perf_counter() - started:.1f}s"
            )
        )
