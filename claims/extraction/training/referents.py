"""Pronoun Sources whose referent was judged by reading (``evaluate_attribution
--referents FILE``).

PolNeAR annotates no coreference, so the evaluator's stand-in for a pronoun Source is the
nearest earlier named Source of the article, whoever the pronoun means. A referent file
says whom a pronoun Source refers to, one JSON object per line::

    {"article": "NAME", "source_start": 1234, "source": "she",
     "referent": "Hillary Clinton", "type": "person"}

``type`` is one of person, organisation, group, thing, writer (the article's own author:
an op-ed's "I", a paper's "we") or unclear. A candidate whose Source is in the file is
right when its claimant names the referent (the referent's last word is one of the
claimant's words, or the claimant's last word one of the referent's: "Clinton" for
"Hillary Clinton", "the Clinton campaign" for "Clinton's campaign team"), or, for the
writer, when the claimant is the outlet's own voice. "unclear" is never right.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .files import read_utf8
from .sources import _norm_tokens

REFERENT_TYPES = frozenset(["person", "organisation", "group", "thing", "writer", "unclear"])


@dataclass(frozen=True, slots=True)
class Referent:
    referent: str
    type: str


def load_referents(path: Path) -> dict[tuple[str, int], Referent]:
    """The file's referents by (article, Source start). A line that is not a JSON object
    with the five fields, a type not in REFERENT_TYPES or bytes that are not UTF-8 raise
    ValueError naming the line; two lines for one Source must agree."""
    referents: dict[tuple[str, int], Referent] = {}
    for number, line in enumerate(read_utf8(path).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            key = (str(row["article"]), int(row["source_start"]))
            found = Referent(str(row["referent"]), str(row["type"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}, line {number}: not a referent row ({exc})") from exc
        if found.type not in REFERENT_TYPES:
            raise ValueError(
                f"{path}, line {number}: type {found.type!r} is not one of "
                f"{', '.join(sorted(REFERENT_TYPES))}"
            )
        if referents.setdefault(key, found) != found:
            raise ValueError(f"{path}, line {number}: a second, different referent")
    return referents


def names_referent(claimant: str, referent: Referent, own_voice: bool) -> bool:
    """Whether a candidate's claimant names the judged referent (see the module's note)."""
    if referent.type == "writer":
        return own_voice
    if referent.type == "unclear" or own_voice:
        return False
    # (the words as the stand-in's scorer reads them: "the" and possessives dropped)
    want, got = _norm_tokens(referent.referent), _norm_tokens(claimant)
    return bool(want) and bool(got) and (want[-1] in got or got[-1] in want)
