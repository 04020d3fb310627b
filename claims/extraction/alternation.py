"""Long regex alternations, regrouped by first letter for speed.

Python's regex engine tries the branches of an alternation one by one, so a list of
five hundred reporting verbs costs five hundred tries at every place a verb could
start. `by_first_letter` rewrites such a list so that the next letter picks the one
group worth trying: ``said|says|told|...`` becomes ``s(?:aid|ays|...)|t(?:old|...)|...``.
It matches exactly what the list matches, with the same branch winning: at any position
only the branches that can start with the letter found there are tried, in their original
order. A branch that opens with a group keeps, in a letter's group, the alternatives of
that group that open with the letter (``(?:shot|fired)\\s+back`` is ``s(?:hot)\\s+back``
there). A group holding a branch whose first letter is not plain (a class, an optional
letter) opens with a lookahead on the letter instead (``(?=s)(?:...)``, which the engine
cannot reject in one comparison), and such a branch also goes into a last group for any
other character.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

__all__ = ["by_first_letter", "first_letters", "longest_first", "split_alternatives"]

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
# With capitals too: for a list matched case-sensitively ("Democrats|critics|...").
_CASED_LETTERS = _LETTERS | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """The parentheses and bars of `pattern` outside escapes and character classes, each
    with its index and the group depth after it."""
    depth = 0
    i = 0
    in_class = False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":  # "[]...]": a literal "]" first
                i += 1
        elif c in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[c]
            if depth < 0:
                raise ValueError(f"unbalanced ')' at {i} in {pattern[:60]!r}")
            yield i, c, depth
        i += 1
    if depth or in_class:
        raise ValueError(f"unbalanced pattern {pattern[:60]!r}")


def longest_first(words: Iterable[str]) -> str:
    """Plain words as one alternation, the longest first, so that a word is not cut short
    by another that begins it ("the commission" before "the commissioner" would stop at
    "commission"; a word list's usual shape)."""
    return "|".join(sorted(words, key=len, reverse=True))


def split_alternatives(pattern: str) -> list[str]:
    """The top-level branches of `pattern` (escapes, classes and groups kept whole)."""
    branches: list[str] = []
    start = 0
    for i, c, depth in _structure(pattern):
        if c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
    branches.append(pattern[start:])
    return branches


def _group_end(pattern: str) -> int:
    """The index just past the ")" closing the group `pattern` opens with."""
    for i, c, depth in _structure(pattern):
        if c == ")" and depth == 0:
            return i + 1
    raise ValueError(f"unbalanced pattern {pattern[:60]!r}")


def first_letters(branch: str, letters: frozenset[str] = _LETTERS) -> frozenset[str] | None:
    """The letters (lower-case, unless `letters` says otherwise) `branch` can start
    with, or None when that is not plain to see (it may start with something else, or
    match nothing)."""
    if not branch:
        return None
    c = branch[0]
    quantified = branch[1:2] in ("?", "*", "{")
    if c in letters:
        return None if quantified else frozenset(c)
    if branch.startswith("(?:") or (branch.startswith("(?P<") and ">" in branch):
        end = _group_end(branch)
        if branch[end : end + 1] in ("?", "*", "{"):
            return None  # an optional group
        inner = branch[3 : end - 1] if branch.startswith("(?:") else branch[: end - 1]
        if branch.startswith("(?P<"):
            inner = inner[inner.index(">") + 1 :]
        found_letters: set[str] = set()
        for alternative in split_alternatives(inner):
            found = first_letters(alternative, letters)
            if found is None:
                return None
            found_letters |= found
        return frozenset(found_letters)
    return None


def _after_letter(branch: str, letter: str, letters: frozenset[str] = _LETTERS) -> str | None:
    """What `branch` matches after `letter`, where it opens with that letter: "said" ->
    "aid", "(?:shot|fired)\\s+back" -> "(?:hot)\\s+back" for "s" (the alternatives
    of a leading group that open with another letter cannot match there); None when
    that is not plain to see."""
    if branch[:1] == letter:
        return None if branch[1:2] in ("?", "*", "{", "+") else branch[1:]
    if not branch.startswith("(?:"):
        return None
    end = _group_end(branch)
    if branch[end : end + 1] in ("?", "*", "{", "+"):
        return None
    kept = []
    for alternative in split_alternatives(branch[3 : end - 1]):
        opening = first_letters(alternative, letters)
        if opening is None:
            return None
        if letter in opening:
            rest = _after_letter(alternative, letter, letters)
            if rest is None:
                return None
            kept.append(rest)
    return f"(?:{'|'.join(kept)}){branch[end:]}"


def by_first_letter(pattern: str, *, cased: bool = False) -> str:
    """`pattern`, an alternation, as groups that a lookahead on the first letter picks
    between (see the module's docstring); a non-capturing group. With `cased`, a branch
    opening with a capital ("Democrats") is plain too and gets a group of its own, where
    otherwise it goes, behind a lookahead, into every group: only for a pattern matched
    case-sensitively (under IGNORECASE the groups of "D" and "d" would both be tried at a
    "d", the capital's first, out of the list's order)."""
    alphabet = _CASED_LETTERS if cased else _LETTERS
    branches = split_alternatives(pattern)
    firsts = [first_letters(b, alphabet) for b in branches]
    letters = sorted(set().union(*(f for f in firsts if f is not None)))
    groups = []
    for letter in letters:
        members = [b for b, f in zip(branches, firsts, strict=True) if f is None or letter in f]
        rests = [_after_letter(m, letter, alphabet) for m in members]
        if all(r is not None for r in rests):
            # The letter itself opens the group: the engine rejects a group by its first
            # character in one comparison, where a lookahead would have to be run.
            groups.append(f"{letter}(?:{'|'.join(r for r in rests if r is not None)})")
        else:
            groups.append(f"(?={letter})(?:{'|'.join(members)})")
    unplain = [b for b, f in zip(branches, firsts, strict=True) if f is None]
    if unplain:
        groups.append(f"(?![{''.join(letters)}])(?:{'|'.join(unplain)})")
    return f"(?:{'|'.join(groups)})"
