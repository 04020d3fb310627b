"""What changed between two published revisions of a verdict, in plain words.

Pure: revisions in, sentences out, so the corrections section says the same thing
wherever it is shown and can be tested without a database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Published:
    """One published revision as the changes are worked out from."""

    claim_as_stated: str
    rating_label: str | None
    summary: str
    rationale: str
    # [url, title, publisher, stance, archived_url] each, as the revision stored them.
    sources: Sequence[Sequence[Any]]


def _source_name(source: Sequence[Any]) -> str:
    return str(source[1] or source[0])


def changes_between(before: Published, after: Published) -> list[str]:
    """Plain sentences saying what `after` changed of `before`, in the page's order."""
    said: list[str] = []
    if before.claim_as_stated.strip() != after.claim_as_stated.strip():
        said.append("Claim as stated reworded")
    if before.rating_label != after.rating_label:
        if before.rating_label and after.rating_label:
            said.append(f"Rating changed from {before.rating_label} to {after.rating_label}")
        elif after.rating_label:
            said.append(f"Rating set to {after.rating_label}")
        else:
            said.append(f"Rating {before.rating_label} removed")
    if before.summary.strip() != after.summary.strip():
        said.append("Summary rewritten")
    if before.rationale.strip() != after.rationale.strip():
        said.append("Rationale rewritten")
    old = {source[0]: source for source in before.sources}
    new = {source[0]: source for source in after.sources}
    said.extend(f"Source added: {_source_name(s)}" for url, s in new.items() if url not in old)
    said.extend(f"Source removed: {_source_name(s)}" for url, s in old.items() if url not in new)
    if not said:
        said.append("Published again with no change to the verdict")
    return said
