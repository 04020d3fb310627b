"""The tsquery texts of the PostgreSQL retrieval tiers (matching/search.py runs them).

Pure Python: from a claim's rarest lexemes, with each one's estimated row count, build the
AND / OR queries GIN answers cheaply, leaving out those that would read too many postings.
"""

from __future__ import annotations

from itertools import combinations


def _tsquery_word(lexeme: str) -> str:
    # A quoted tsquery operand is taken as is (no second stemming); quotes double and
    # backslashes escape inside it.
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def fts_narrow_tiers(terms: list[tuple[str, float]], *, budget: float) -> list[str]:
    """AND tsqueries, most specific first: all the terms, then each set of all but one
    (the most common word dropped first).

    A paraphrase keeps most of a claim's rarest words, so these find it. GIN answers an AND
    by walking the posting list of its rarest word and skipping through the others, so each
    query costs about that one list; an "all but one" query whose rarest word is held by
    more than `budget` rows is left out. The query of all the words
    always runs.
    """
    words = [_tsquery_word(lexeme) for lexeme, _ in terms]
    if not words:
        return []
    tiers = [" & ".join(words)]
    if len(words) > 1:
        for dropped in reversed(range(len(words))):
            kept = [i for i in range(len(words)) if i != dropped]
            if terms[kept[0]][1] <= budget:
                tiers.append(" & ".join(words[i] for i in kept))
    return tiers


def fts_broad_tiers(terms: list[tuple[str, float]], *, budget: float) -> list[str]:
    """Wider tsqueries for when the narrow ones leave room: any two of the four rarest
    words, then any one of them.

    GIN reads the posting lists of these in full (of the three rarest for "any two", of all
    four for "any one"), so each runs only while those lists hold `budget` rows at most:
    a claim made of common words gets no broad tier at all.
    """
    top = terms[:4]
    words = [_tsquery_word(lexeme) for lexeme, _ in top]
    tiers: list[str] = []
    pairs = ""
    if len(top) == 4 and sum(count for _, count in top[:3]) <= budget:
        pairs = " | ".join(f"({a} & {b})" for a, b in combinations(words, 2))
        tiers.append(pairs)
    if words and sum(count for _, count in top) <= budget:
        anyone = " | ".join(words)
        tiers.append(f"({anyone}) & !({pairs})" if pairs else anyone)
    return tiers
