"""Import other fact-checkers' verdicts from ClaimReview JSON-LD or Fact Check Tools results.

    manage.py import_claimreview FILE [FILE ...]

Accepts one ClaimReview object, a list of them, a schema.org DataFeed, or the Google Fact
Check Tools API's search results. Bad items (a NUL character, nesting deeper than 64
levels, a missing field...) are reported with where they are and skipped; the rest are
stored. Re-importing the same file changes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from core.api import parsers as bounded_json
from matching.claimreview import ImportReport, external_verdicts_import, iter_document


class Command(BaseCommand):
    help = "Import ClaimReview JSON-LD or Google Fact Check Tools results as external verdicts."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", type=Path, help="JSON files to import")

    def handle(self, *args: Any, **options: Any) -> None:
        total = ImportReport()
        for path in options["files"]:
            try:
                # An item nested too deep is refused on its own (reported below), not the file.
                document = bounded_json.loads(
                    path.read_bytes().decode("utf-8-sig"), too_deep="mark"
                )
            except FileNotFoundError:
                raise CommandError(f"{path}: no such file") from None
            except UnicodeDecodeError as exc:
                raise CommandError(f"{path}: not UTF-8 ({exc.reason})") from None
            except json.JSONDecodeError as exc:
                raise CommandError(
                    f"{path}: invalid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
                ) from None
            report = external_verdicts_import(items=iter_document(document))
            for error in report.errors:
                self.stderr.write(f"{path.name}: {error} (skipped)")
            self.stdout.write(
                f"{path.name}: {report.created} new, {report.updated} updated, "
                f"{report.unchanged} unchanged, {len(report.errors)} skipped"
            )
            total.created += report.created
            total.updated += report.updated
            total.unchanged += report.unchanged
            total.errors.extend(report.errors)
        if len(options["files"]) > 1:
            self.stdout.write(
                f"total: {total.created} new, {total.updated} updated, "
                f"{total.unchanged} unchanged, {len(total.errors)} skipped"
            )
