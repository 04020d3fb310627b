"""Reading a PolNeAR-style corpus (brat standoff): the articles, their annotated attributions,
and the held-out split."""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from .files import read_utf8


@dataclass(frozen=True, slots=True)
class Annotation:
    content: tuple[tuple[int, int], ...]
    source: str  # "" when the attribution has no Source
    source_start: int
    cue: str


@dataclass(frozen=True, slots=True)
class Article:
    name: str
    text: str
    publisher: str
    annotations: tuple[Annotation, ...]


def split_of(name: str) -> str:
    """``dev`` (about 20 %) or ``train``, decided by the article's file name alone."""
    return "dev" if hashlib.sha1(name.encode(), usedforsecurity=False).digest()[0] < 52 else "train"


def _spans(offsets: str) -> tuple[tuple[int, int], ...]:
    out = []
    for part in offsets.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return tuple(out)


def _parse_ann(path: Path, text: str) -> tuple[Annotation, ...]:
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    events: list[dict[str, str]] = []
    for line in read_utf8(path).splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            try:
                spans[parts[0]] = (kind, _spans(offsets))
            except ValueError:
                continue
        elif line.startswith("E") and len(parts) >= 2:
            roles: dict[str, str] = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles.setdefault(role.rstrip("0123456789"), ref)
            events.append(roles)
    out = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        source = spans.get(roles.get("Source", ""))
        cue = spans.get(roles.get("Cue", ""))
        src_text = " ".join(text[a:b] for a, b in source[1]) if source else ""
        out.append(
            Annotation(
                content=content[1],
                source=src_text.strip(),
                source_start=source[1][0][0] if source else -1,
                cue=" ".join(text[a:b] for a, b in cue[1]).strip() if cue else "",
            )
        )
    return tuple(out)


def load_articles(directory: Path, *, split: str = "dev") -> list[Article]:
    """Articles of one split (``dev``, ``train`` or ``all``), one annotator each
    (the first by file name when an article was annotated twice)."""
    text_dir, ann_dir = directory / "text", directory / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFoundError(f"{directory} has no text/ and attributions/ folders")
    publishers: dict[str, str] = {}
    meta = directory / "metadata.tsv"
    if meta.is_file():
        rows = csv.DictReader(io.StringIO(read_utf8(meta), newline=""), delimiter="\t")
        for row in rows:
            publishers[row.get("filename", "")] = row.get("publisher", "")
    ann_by_name: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        ann_by_name.setdefault(name, ann)
    articles = []
    for txt in sorted(text_dir.glob("*.txt")):
        name = txt.stem
        if name not in ann_by_name or (split != "all" and split_of(name) != split):
            continue
        text = read_utf8(txt)
        articles.append(
            Article(name, text, publishers.get(name, ""), _parse_ann(ann_by_name[name], text))
        )
    if not articles:
        raise ValueError(f"no annotated articles in {directory} for split {split!r}")
    return articles
