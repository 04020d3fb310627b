"""Import articles from .txt, .html, .jsonl and .csv files (or folders of them)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims import services
from claims.ingestion import SUPPORTED_SUFFIXES, ArticleInput, IngestError, parse_file


class Command(BaseCommand):
    help = (
        "Import articles. Duplicates (same text or URL) are skipped; every bad file or row "
        "is reported with its line number; the good ones go in. Exits non-zero only when "
        "nothing could be imported."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("paths", nargs="+", help="files or folders")
        parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")

    def handle(self, *args: Any, **options: Any) -> None:
        files = list(_expand(options["paths"]))
        report = services.ImportReport()
        if not files:
            raise CommandError("no files to import")
        progress = tqdm(
            total=len(files),
            unit="file",
            disable=options["no_progress"] or None,
            file=sys.stderr,
        )

        def items() -> Iterator[ArticleInput]:
            for path in files:
                if not path.exists():
                    report.errors.append(f"{path}: no such file")
                    progress.update(1)
                    continue
                if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                    report.errors.append(
                        f"{path}: unsupported file type; use {', '.join(SUPPORTED_SUFFIXES)}"
                    )
                    progress.update(1)
                    continue
                for result in parse_file(path, max_bytes=settings.UPLOAD_MAX_BYTES):
                    if isinstance(result, IngestError):
                        where = f"{path}:{result.line}" if result.line else str(path)
                        report.errors.append(f"{where}: {result.message}")
                    else:
                        result.origin = (
                            f"{path}:{result.origin.removeprefix('line ')}"
                            if result.origin
                            else str(path)
                        )
                        yield result
                progress.update(1)

        services.articles_import(items=items(), report=report)
        progress.close()
        for error in report.errors:
            self.stderr.write(f"error: {error}")
        self.stdout.write(
            f"imported {report.imported}, duplicates {report.duplicates}, "
            f"errors {len(report.errors)}"
        )
        if report.imported == 0 and report.errors:
            raise CommandError("nothing could be imported")


def _expand(paths: list[str]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
        else:
            yield path
