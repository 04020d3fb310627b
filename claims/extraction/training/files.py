"""Reading the corpora's files: a byte that is not UTF-8 is an error naming the file."""

from __future__ import annotations

from pathlib import Path

__all__ = ["read_utf8"]


def read_utf8(path: Path) -> str:
    """The file's text; bytes that are not UTF-8 raise ValueError naming the file and line."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ValueError(f"{path}, line {line}: not UTF-8 text ({exc.reason})") from exc
