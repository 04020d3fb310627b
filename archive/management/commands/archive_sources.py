"""Archive sources now, in this process: those without a copy (--missing) or all (--all);
or delete the stored pages no snapshot refers to (--prune)."""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from django.core.management.base import BaseCommand
from tqdm import tqdm

from archive import selectors, services


class Command(BaseCommand):
    help = "Fetch and store a copy of each source (a new snapshot; earlier ones are kept)."

    def add_arguments(self, parser: Any) -> None:
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--missing", action="store_true", help="sources without a good copy")
        which.add_argument("--all", action="store_true", help="every source")
        which.add_argument(
            "--prune",
            action="store_true",
            help="delete stored pages no snapshot refers to (older than a few hours)",
        )
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["prune"]:
            pruned = services.blobs_prune()
            self.stdout.write(f"deleted {len(pruned)} stored page(s) no snapshot refers to")
            return
        sources = selectors.sources_to_archive(missing_only=options["missing"])
        ids = list(sources.values_list("pk", flat=True))
        outcome: Counter[str] = Counter()
        for pk in tqdm(ids, unit="source", disable=options["no_progress"] or None, file=sys.stderr):
            snapshot = services.source_archive(source_id=pk)
            if snapshot is not None:
                outcome[snapshot.failure_reason or "archived"] += 1
        failed = ", ".join(
            f"{n} {reason}" for reason, n in sorted(outcome.items()) if reason != "archived"
        )
        self.stdout.write(
            f"archived {outcome['archived']} of {len(ids)} source(s)"
            + (f"; failed: {failed}" if failed else "")
        )
