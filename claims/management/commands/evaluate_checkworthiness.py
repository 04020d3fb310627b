"""Evaluate check-worthiness ranking on CLEF CheckThat! debates (MAP and friends)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from claims.extraction.training.crossval import run_evaluation
from claims.management.data_arguments import add_ct24_argument, data_folders


class Command(BaseCommand):
    help = (
        "Score every line of every debate file in DIR with the workers' scorer and print "
        "MAP (official), R-precision, MRR and P@k averaged over debates (CLEF CheckThat! "
        "definitions). --cross-validate K scores each debate with a model trained "
        "without it (folds by debate); with --ct24 DIR it also trains the second model on "
        "the CheckThat! 2024 sentences and reports debates-only against combined, fold by fold."
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
        add_ct24_argument(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        directory, ct24 = data_folders(options)
        try:
            evaluation = run_evaluation(
                directory,
                predictions_out=options["predictions_out"],
                cross_validate=options["cross_validate"],
                ct24=ct24,
                log=self.stdout.write,
            )
        except (FileNotFoundError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(evaluation.report)
