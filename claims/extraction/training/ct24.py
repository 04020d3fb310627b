"""The CheckThat! 2024 sentences (the second signal): reading them, and the normalised text
by which they are matched to debate lines."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from .files import read_utf8

__all__ = ["CT24_FILES", "CT24_LABELS", "normalise", "read_ct24"]

CT24_FILES = ("train.tsv", "dev.tsv", "dev-test.tsv")
CT24_LABELS = {"Yes": 1, "No": 0}


def normalise(text: str) -> str:
    """Lower-case words and numbers only: how ct24 and debate sentences are matched."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("’", "'")))


def read_ct24(directory: Path) -> list[tuple[str, int]]:
    """``(text, label)`` of every sentence of the CheckThat! 2024 English files in
    ``directory`` (``Sentence_id<TAB>Text<TAB>class_label``, CSV quoting)."""
    found = [directory / name for name in CT24_FILES if (directory / name).is_file()]
    if not found:
        raise FileNotFoundError(f"none of {', '.join(CT24_FILES)} in {directory}")
    out: list[tuple[str, int]] = []
    for path in found:
        reader = csv.reader(io.StringIO(read_utf8(path), newline=""), delimiter="\t")
        header = next(reader, None)
        if header is None or [h.strip() for h in header[1:3]] != ["Text", "class_label"]:
            raise ValueError(f"{path}: expected a Sentence_id, Text, class_label header")
        for row in reader:
            if not row:
                continue
            if len(row) != 3 or row[2].strip() not in CT24_LABELS:
                raise ValueError(
                    f"{path}, line {reader.line_num}: expected id, text and Yes/No, got {row!r}"
                )
            out.append((row[1], CT24_LABELS[row[2].strip()]))
    return out
