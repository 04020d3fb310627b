"""Evaluate claimant detection against hand-annotated attributions (PolNeAR brat)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from claims.extraction.training.attribution import evaluate, load_articles
from claims.extraction.training.referents import Referent, load_referents


class Command(BaseCommand):
    help = (
        "Run the workers' pipeline on every article of DIR (text/, attributions/ in brat "
        "standoff, metadata.tsv) and print the share of candidates whose claimant names "
        "the annotated Source, exact and lenient, beside a nearest-name-before-the-verb "
        "baseline, plus the invented-speaker rate on unattributed candidates."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("directory", type=Path, help="PolNeAR-style corpus folder")
        parser.add_argument(
            "--split",
            choices=("dev", "train", "all"),
            default="dev",
            help="articles to score: the held-out ~20%% (dev, default), the rest, or all",
        )
        parser.add_argument(
            "--by-kind",
            action="store_true",
            help="also break the figures down by source kind x cue type",
        )
        parser.add_argument(
            "--examples",
            type=int,
            default=0,
            metavar="N",
            help="print N failures per source kind (and N invented speakers)",
        )
        parser.add_argument(
            "--referents",
            type=Path,
            metavar="FILE",
            help="JSON lines giving whom pronoun Sources refer to (judged by reading); "
            "also score those candidates against the referent, beside the stand-in",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        directory: Path = options["directory"]
        if not directory.is_dir():
            raise CommandError(f"{directory} is not a directory")
        if options["examples"] < 0:
            raise CommandError("--examples must be 0 or more")
        try:
            articles = load_articles(directory, split=options["split"])
        except (FileNotFoundError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        referents: dict[tuple[str, int], Referent] | None = None
        if options["referents"] is not None:
            try:
                referents = load_referents(options["referents"])
            except (OSError, ValueError) as exc:
                raise CommandError(str(exc)) from exc
        result = evaluate(articles, examples=options["examples"], referents=referents)
        self.stdout.write(f"split {options['split']}:")
        self.stdout.write(result.format(by_kind=options["by_kind"]))
        for kind, failures in result.failures.items():
            self.stdout.write(f"\n-- {kind} failures --")
            for f in failures:
                self.stdout.write(
                    f"* {f.sentence}\n  source={f.source!r} expected={f.expected!r} got={f.got!r}"
                )
