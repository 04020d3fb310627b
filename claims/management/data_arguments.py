"""The data-folder arguments the check-worthiness commands share."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import CommandError


def add_ct24_argument(parser: Any) -> None:
    parser.add_argument(
        "--ct24",
        type=Path,
        default=None,
        metavar="DIR",
        help="folder of the CheckThat! 2024 train/dev/dev-test.tsv files (second signal)",
    )


def data_folders(options: dict[str, Any]) -> tuple[Path, Path | None]:
    """The debates folder and the optional ct24 folder, refused unless they are folders."""
    directory: Path = options["directory"]
    if not directory.is_dir():
        raise CommandError(f"{directory} is not a directory")
    ct24: Path | None = options["ct24"]
    if ct24 is not None and not ct24.is_dir():
        raise CommandError(f"{ct24} is not a directory")
    return directory, ct24
