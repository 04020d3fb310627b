"""Re-run claim extraction: queue it for workers, or run it here with --sync."""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims import services
from claims.models import Article


class Command(BaseCommand):
    help = "Extract candidate claims again for one article (--article ID) or all (--all)."

    def add_arguments(self, parser: Any) -> None:
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--article", type=int, action="append", help="article id (repeatable)")
        which.add_argument("--all", action="store_true", help="every article")
        parser.add_argument(
            "--sync", action="store_true", help="run in this process, with a progress bar"
        )
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        queryset = Article.objects.order_by("pk")
        if options["article"]:
            queryset = queryset.filter(pk__in=options["article"])
            missing = set(options["article"]) - set(queryset.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"no article with id {', '.join(map(str, sorted(missing)))}")
        ids = list(queryset.values_list("pk", flat=True))
        if not options["sync"]:
            for start in range(0, len(ids), services.IMPORT_BATCH):
                services.articles_request_extraction(
                    article_ids=ids[start : start + services.IMPORT_BATCH]
                )
            self.stdout.write(f"queued extraction for {len(ids)} article(s)")
            return
        failed = 0
        progress = tqdm(
            ids, unit="article", disable=options["no_progress"] or None, file=sys.stderr
        )
        for pk in progress:
            services.article_mark_pending(article_id=pk)
            result = services.article_extract(article_id=pk)
            if result is not None and result.extraction_status == "failed":
                failed += 1
                self.stderr.write(f"article {pk}: {result.extraction_error}")
        self.stdout.write(f"extracted {len(ids) - failed} article(s), {failed} failed")
        if failed and failed == len(ids):
            raise CommandError("extraction failed for every article")
