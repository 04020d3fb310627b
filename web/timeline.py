"""How the claim timeline reads to a person: plain labels for the fields the services record,
and long before/after texts folded into a short word diff."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

# Every field a service records on the timeline (`_record(..., field=...)` in reviews and
# matching, the claim's CLAIM_EDITABLE, the verdict's rating, summary and rationale), in the
# words the pages use. tests/web/test_timeline_labels.py checks that none is missing.
FIELD_LABELS = {
    "status": "Status",
    "assignee": "Assignee",
    "text": "Claim text",
    "claim_as_stated": "Claim as stated",
    "span": "Place in the article",
    "claimant": "Claimant",
    "claim_type": "Type",
    "duplicate_of": "Duplicate of",
    "rating": "Rating",
    "summary": "Summary",
    "rationale": "Rationale",
    "sources": "Sources",
    "matches": "Matches",
}

# A before/after pair is shown as a word diff once either side is longer than this.
DIFF_FROM_CHARS = 80
# Unchanged words kept on each side of a change.
CONTEXT_WORDS = 4


# Edit events this close together, by the same person, come from one save.
ONE_SAVE = timedelta(seconds=1)


def edit_count(edits: Iterable[tuple[Any, str, datetime]]) -> int:
    """Saves among edit events given as (actor, field, time) in time order. A save that
    changes several fields records one event per field, moments apart; another person, a
    field changed again or a pause starts the next save."""
    count = 0
    actor: Any = None
    fields: set[str] = set()
    last: datetime | None = None
    for who, field, when in edits:
        if last is None or who != actor or field in fields or when - last > ONE_SAVE:
            count += 1
            actor, fields = who, set()
        fields.add(field)
        last = when
    return count


def field_label(field: str) -> str:
    """The field's label; a field nobody has labelled yet still reads as words."""
    return FIELD_LABELS.get(field) or field.replace("_", " ").capitalize()


@dataclass(frozen=True)
class Piece:
    kind: str  # "same", "gap" (unchanged words left out), "removed" or "added"
    text: str


def word_diff(before: str, after: str, *, context: int = CONTEXT_WORDS) -> list[Piece]:
    """What changed from `before` to `after`, word by word: the removed and added words with
    up to `context` unchanged words around each change; longer unchanged runs become gaps."""
    old, new = before.split(), after.split()
    pieces: list[Piece] = []
    opcodes = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            words = old[i1:i2]
            first, last = index == 0, index == len(opcodes) - 1
            head = [] if first else words[:context]
            tail = [] if last else words[-context:]
            if len(words) <= len(head) + len(tail):
                pieces.append(Piece("same", " ".join(words)))
                continue
            if head:
                pieces.append(Piece("same", " ".join(head)))
            pieces.append(Piece("gap", "…"))
            if tail:
                pieces.append(Piece("same", " ".join(tail)))
            continue
        if i2 > i1:
            pieces.append(Piece("removed", " ".join(old[i1:i2])))
        if j2 > j1:
            pieces.append(Piece("added", " ".join(new[j1:j2])))
    return pieces


def wants_diff(before: object, after: object) -> bool:
    """Two texts, one of them long: a diff says more than both in full."""
    return (
        isinstance(before, str)
        and isinstance(after, str)
        and max(len(before), len(after)) > DIFF_FROM_CHARS
    )
