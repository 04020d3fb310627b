"""Load the default rating scale and the sample article(s) from seeds/. Idempotent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims import services
from claims.ingestion import IngestError, decode_bytes, parse_text
from reviews.services import ratings_load

SEEDS_DIR = Path(settings.BASE_DIR) / "seeds"


class Command(BaseCommand):
    help = "Load the default rating scale and sample articles from seeds/ (safe to run again)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--dir", default=str(SEEDS_DIR), help="seed directory")

    def handle(self, *args: Any, **options: Any) -> None:
        seeds = Path(options["dir"])
        ratings_file = seeds / "ratings.json"
        if not ratings_file.exists():
            raise CommandError(f"{ratings_file} is missing")
        created, updated = ratings_load(entries=json.loads(ratings_file.read_text("utf-8")))
        self.stdout.write(f"ratings: {created} created, {updated} updated")

        items = []
        for path in sorted(seeds.glob("*.txt")):
            try:
                item = parse_text(
                    decode_bytes(
                        path.read_bytes(), max_bytes=settings.UPLOAD_MAX_BYTES, name=path.name
                    )
                )
            except IngestError as error:
                raise CommandError(f"{path.name}: {error.message}") from None
            item.origin = path.name
            items.append(item)
        report = services.articles_import(items=items)
        self.stdout.write(
            f"articles: {report.imported} imported, {report.duplicates} already present"
        )
        for problem in report.errors:
            self.stderr.write(problem)
