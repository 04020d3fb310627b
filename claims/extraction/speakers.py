"""Transcript speaker labels: the paragraphs of a debate or interview that open with who
speaks ("TRUMP: ..."), which attribution reads before any other rule."""

from __future__ import annotations

import re
from collections import Counter

from .letters import CAPITALS, SMALL_LETTERS

# A transcript's speaker label opening a paragraph: "TRUMP: ", "MODERATOR (Lester
# Holt): ", "Sen. Elizabeth Warren: ", "Q: ", followed by a sentence. Only a body
# with two or more labelled paragraphs is read as a transcript: one "NEW DELHI: " is
# a dateline, and bullet items ("• GDP: 2.3%") are a fact box.
# (capitals with accents too: "NÚÑEZ: ")
_SPEAKER_LABEL_RE = re.compile(
    rf"(?P<label>[{CAPITALS}][{CAPITALS}'’.-]*(?:\s+[{CAPITALS}][{CAPITALS}'’.-]*){{0,3}}"
    r"(?:\s+\((?P<inner>[^()\n]{1,40})\))?"
    r"|(?:Mr|Mrs|Ms|Dr|Sen|Senator|Rep|Gov|President|Secretary|Judge)\.?"
    rf"(?:\s+[{CAPITALS}][\w'’-]+){{1,3}})"
    # (a turn taken up again after an interruption opens with "..." or a dash: "SANDERS:
    # ... Let me respond")
    rf":[ \t]+(?=[{CAPITALS}\"“‘'(\[…—–]|\.\.\.|--)"
)
_NOT_SPEAKER_LABELS = frozenset(
    [
        "NOTE",
        "EDITOR'S NOTE",
        "EDITOR’S NOTE",
        "UPDATE",
        "UPDATED",
        "BREAKING",
        "CORRECTION",
        "CLARIFICATION",
        "WATCH",
        "READ",
        "READ MORE",
        "RELATED",
        "VIDEO",
        "PHOTOS",
        "PHOTO",
        "LISTEN",
        "ANALYSIS",
        "OPINION",
        "EXCLUSIVE",
        "FACT CHECK",
        "CLAIM",
        "VERDICT",
        "RATING",
        "SOURCE",
        "SOURCES",
        "WARNING",
        "DISCLAIMER",
        "LIVE",
        "EXPLAINER",
        "POLL",
        "REPORT",
        "REVIEW",
        "INTERVIEW",
        "EDITORIAL",
        "COMMENTARY",
        "PODCAST",
        "QUIZ",
        "TIMELINE",
        "GRAPHIC",
        "MAP",
        "FACT-CHECK",
        "PHOTO ESSAY",
        "EDITOR'S NOTE",
        "DEVELOPING",
        "SPONSORED",
        "ADVERTISEMENT",
        # Repeated labels of explainers and fact-checks ("Myth: ... Fact: ..."), which a
        # mixed-case transcript turn could otherwise take for speakers.
        *("FACT", "FACTS", "MYTH", "TRUTH", "FICTION", "QUESTION", "ANSWER", "PROS", "CONS"),
        *("PRO", "CON", "TIP", "STEP", "LESSON", "QUOTE", "SUMMARY", "FACT CHECKED"),
    ]
)

# Words of section headings written like labels (AP's "WHY IT MATTERS:").
_HEADING_WORDS = frozenset(
    [
        "WHAT",
        "WHAT'S",
        "WHAT’S",
        "WHY",
        "HOW",
        "WHO",
        "WHEN",
        "WHERE",
        "IT",
        "IS",
        "THE",
        "OF",
        "TO",
        "NEXT",
        "KEY",
        "BOTTOM",
        "LINE",
        "PICTURE",
        "BACKGROUND",
        "CONTEXT",
        "DETAILS",
        "MATTERS",
        "HAPPENED",
        "KNOW",
        "TAKEAWAYS",
    ]
)


def is_rubric(label: str) -> bool:
    """A newsroom rubric or section heading written like a speaker ("Analysis:",
    "WHY IT MATTERS:"), not a person."""
    upper = label.upper()
    return upper in _NOT_SPEAKER_LABELS or not _HEADING_WORDS.isdisjoint(upper.split())


def speaker_labels(body: str, blocks: list[tuple[int, int, int]]) -> dict[int, tuple[int, str]]:
    """Block index -> (end of its label, speaker), when the body reads as a transcript.

    A label in mixed case ("Matthews: Well, ...") counts only when it opens two or more
    paragraphs: an interview's turns come back, while headings such as "Sanders: Win in
    a walk." or "Iowa: Tim Albrecht, ..." name each subject once."""
    found: dict[int, tuple[int, str]] = {}
    mixed: dict[int, tuple[int, str]] = {}
    for i, (s, e, _) in enumerate(blocks):
        if body[body.rfind("\n", 0, s) + 1 : s].strip():
            continue  # a bullet item ("• GDP: 2.3%") is a fact box, not a turn
        # A rubric ("UPDATE:", "WHY IT MATTERS:", "Myth:") is never a speaker.
        m = _SPEAKER_LABEL_RE.match(body, s, e)
        if m is not None and not is_rubric(m.group("label")):
            found[i] = (m.end(), (m.group("inner") or m.group("label")).strip())
            continue
        mm = _MIXED_CASE_LABEL_RE.match(body, s, e)
        if mm is not None and not is_rubric(mm.group("label")):
            mixed[i] = (mm.end(), mm.group("label"))
    counts = Counter(label for _, label in mixed.values())
    found.update({i: v for i, v in mixed.items() if counts[v[1]] >= 2})
    return found if len(found) >= 2 else {}


# A turn labelled in mixed case: "Matthews: ", "Luciana Lopez: ".
_MIXED_CASE_LABEL_RE = re.compile(
    rf"(?P<label>[{CAPITALS}][{SMALL_LETTERS}][\w'’-]*(?:\s+[{CAPITALS}][\w'’-]+){{0,2}}):[ \t]+"
    rf"(?=[{CAPITALS}\"“‘'(\[])"
)
