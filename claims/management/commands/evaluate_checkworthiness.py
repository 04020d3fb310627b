"""Evaluate check-worthiness ranking on CLEF CheckThat! debates (MAP and friends)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from claims.extraction.evaluate import run_evaluation


class Command(BaseCommand):
    help = (
        "Score every line of every debate file in DIR with the workers' scorer and print "
        "MAP (official), R-precision, MRR and P@k averaged over debates (CLEF CheckThat! "
        "definitions). --cross-validate K scores each debate with a model trained "
        "without it (folds by debate)."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("directory", type=Path, help="folder of *.tsv debate files")
        parser.add_argument(
            "--predictions-out",
            type=Path,
            default=None,
            help="folder to write one line_number<TAB>score file per debate",
        )
        parser.add_argument(
            "--cross-validate",
            type=int,
            default=None,
            metavar="K",
            help="train on K-1 folds of debates and score the held-out fold",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        directory: Path = options["directory"]
        if not directory.is_dir():
            raise CommandError(f"{directory} is not a directory")
        k = options["cross_validate"]
        try:
            result = run_evaluation(
                directory,
                predictions_out=options["predictions_out"],
                cross_validate=k,
                log=self.stdout.write,
            )
        except (FileNotFoundError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        mode = f"{k}-fold cross-validation" if k else "shipped model"
        self.stdout.write(f"{mode}:")
        self.stdout.write(result.format())
