"""Candidate retrieval for claim matching: the one place that speaks the database's SQL.

Candidates are earlier claims of this newsroom (not dismissed, from other articles) and
imported external verdicts. On PostgreSQL a full-text index (GIN over
`to_tsvector('english', text)`) fetches those sharing most of the query's rarest words,
rarity being what the database's own statistics say (see `fts_rows`); SQLite takes a
simpler path with `icontains` on the words the shipped statistics call rare.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db import OperationalError, connection, transaction
from django.db.models import Q, QuerySet

from claims.models import Claim, ClaimStatus
from matching.engine.normalize import STOPWORDS, stem, tokenize
from matching.engine.ranker import MatchCandidate, default_stats
from matching.engine.tsquery import fts_broad_tiers, fts_narrow_tiers
from matching.models import ClaimMatch, ExternalVerdict

logger = logging.getLogger(__name__)

CANDIDATES_PER_SOURCE = 60
QUERY_TERMS = 8
_WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")

# PostgreSQL retrieval (see fts_rows): tiers over the claim's TIER_TERMS rarest lexemes.
TIER_TERMS = 4
# A tier reads in full the posting lists of the words it cannot do without; past this
# many rows (a few ms at a million claims) it is not worth running.
POSTINGS_BUDGET = 10_000
# The safety net when the estimates are wrong (statistics not yet refreshed after a bulk
# load): a statement running longer is cancelled and what came before it is kept. Not a
# latency target: on a busy machine a healthy statement can take a few hundred ms.
RETRIEVAL_TIMEOUT_MS = 1000
TERM_STATS_SECONDS = 300.0
# The full-text indexes of reviews/migrations/0004_claim_matches.py, by table.
FTS_INDEXES = {
    Claim._meta.db_table: "claim_text_fts_idx",
    ExternalVerdict._meta.db_table: "external_claim_text_fts_idx",
}
_QUERY_CANCELED = "57014"


def query_terms(text: str, limit: int = QUERY_TERMS) -> list[str]:
    """The query's most telling words by the shipped statistics (the SQLite path)."""
    stats = default_stats()
    words = {w for w in tokenize(text) if w not in STOPWORDS and len(w) > 1 and _WORD.fullmatch(w)}
    # IDF from the shipped term statistics, which are keyed by stem (unseen stems count
    # as rare).
    ranked = sorted(words, key=lambda w: (-stats.idf(stem(w)), w))
    return ranked[:limit]


@dataclass(frozen=True)
class TermFrequencies:
    """How many rows of a table hold each lexeme, as PostgreSQL's statistics estimate it.

    ANALYZE (autovacuum runs it as a table grows) samples the table and keeps the most
    common lexemes of the full-text index expression with their frequencies; a lexeme it
    does not list is rarer than the least common one it does. A table never analysed has
    no statistics: every estimate is then 0 and the shipped IDF alone orders the words.
    """

    rows: float
    counts: Mapping[str, float]
    unlisted: float

    def estimate(self, lexeme: str) -> float:
        return self.counts.get(lexeme, self.unlisted)


_term_frequencies: dict[tuple[str, str], tuple[float, TermFrequencies]] = {}


def term_frequencies(table: str, *, max_age: float = TERM_STATS_SECONDS) -> TermFrequencies:
    """The lexeme frequencies of `table`'s full-text index, cached in the process."""
    key = (str(connection.settings_dict["NAME"]), table)
    cached = _term_frequencies.get(key)
    now = time.monotonic()
    if cached is not None and now - cached[0] < max_age:
        return cached[1]
    with connection.cursor() as cursor:
        # most_common_elem_freqs ends with the minimum and maximum of the frequencies
        # (and, for some types, the null fraction): zip() stops at the last lexeme.
        cursor.execute(
            "SELECT greatest(c.reltuples, 0), s.most_common_elems::text::text[], "
            "s.most_common_elem_freqs FROM pg_class c LEFT JOIN pg_stats s "
            "ON s.schemaname = current_schema() AND s.tablename = %s "
            "WHERE c.oid = to_regclass(%s)",
            [FTS_INDEXES[table], table],
        )
        row = cursor.fetchone()
    rows, lexemes, freqs = row if row else (0.0, None, None)
    counts = {lex: float(f) * rows for lex, f in zip(lexemes or [], freqs or [], strict=False)}
    result = TermFrequencies(
        rows=float(rows), counts=counts, unlisted=min(counts.values(), default=0.0)
    )
    _term_frequencies[key] = (now, result)
    return result


def fts_terms(lexemes: Iterable[str], frequencies: TermFrequencies) -> list[tuple[str, float]]:
    """The rarest lexemes in this table with their estimated row counts, rarest first.

    Ties (lexemes too rare for the statistics to list, or no statistics at all) are
    broken by the shipped IDF.
    """
    idf = default_stats().idf
    ranked = sorted(set(lexemes), key=lambda lex: (frequencies.estimate(lex), -idf(lex), lex))
    return [(lex, frequencies.estimate(lex)) for lex in ranked[:TIER_TERMS]]


@dataclass(frozen=True)
class _Source:
    prefix: str  # of the candidate keys: "c" for claims, "x" for external verdicts
    table: str
    column: str
    select: str  # id, text, extra text


_SOURCES = (
    _Source("c", Claim._meta.db_table, "text", "id, text, ''"),
    _Source("x", ExternalVerdict._meta.db_table, "claim_text", "id, claim_text, title"),
)
_MATCHES = ClaimMatch._meta.db_table


def _source_filters(source: _Source, claim: Claim) -> tuple[str, list[Any]]:
    """Which rows of a source may match `claim`, as SQL to follow WHERE … (and params)."""
    where: list[str] = []
    params: list[Any] = []
    if source.prefix == "c":
        where.append("status NOT IN (%s, %s)")
        params += [ClaimStatus.DISMISSED, ClaimStatus.DUPLICATE]
        if claim.article_id is not None:
            where.append("article_id <> %s")
            params.append(claim.article_id)
        if claim.pk is not None:
            where.append("id <> %s")
            params.append(claim.pk)
    if claim.pk is not None:  # an unsaved claim (a preview) has no decisions yet
        target = "matched_claim_id" if source.prefix == "c" else "external_id"
        where.append(
            f"NOT EXISTS (SELECT 1 FROM {_MATCHES} m WHERE m.claim_id = %s "  # noqa: S608
            f"AND m.{target} = {source.table}.id AND m.rejected)"
        )
        params.append(claim.pk)
    return "".join(f" AND {w}" for w in where), params


def _tier_sql(source: _Source, where: str) -> str:
    # Table and column names come from this module, never from users; the tsquery and the
    # filters' values are parameters.
    return (
        f"(SELECT '{source.prefix}', {source.select} FROM {source.table} "  # noqa: S608
        f"WHERE to_tsvector('english', {source.column}) @@ %s::tsquery{where} "
        f"LIMIT {CANDIDATES_PER_SOURCE})"
    )


@dataclass
class FtsPlan:
    """The tiers one source is asked for one claim."""

    source: _Source
    terms: list[tuple[str, float]]
    narrow: list[str]
    broad: list[str]
    where: str
    params: list[Any]


def fts_plans(claim: Claim, lexemes: list[str]) -> list[FtsPlan]:
    plans = []
    for source in _SOURCES:
        terms = fts_terms(lexemes, term_frequencies(source.table))
        if terms:
            where, params = _source_filters(source, claim)
            plans.append(
                FtsPlan(
                    source,
                    terms,
                    fts_narrow_tiers(terms, budget=POSTINGS_BUDGET),
                    fts_broad_tiers(terms, budget=POSTINGS_BUDGET),
                    where,
                    params,
                )
            )
    return plans


def fts_narrow_statement(plans: list[FtsPlan]) -> tuple[str, list[Any]]:
    """Every source's narrow tiers in one statement (each tier its own LIMIT)."""
    sql = " UNION ALL ".join(_tier_sql(p.source, p.where) for p in plans for _ in p.narrow)
    return sql, [value for p in plans for tier in p.narrow for value in (tier, *p.params)]


def fts_broad_statement(
    plans: list[FtsPlan], found: Mapping[str, list[Any]]
) -> tuple[str, list[Any]]:
    """The broad tiers of the sources the narrow ones left short, in one statement.

    A source's tiers are joined with UNION ALL under the LIMIT of what it still lacks, so
    PostgreSQL stops once the first has filled it and never starts the next.
    """
    parts: list[str] = []
    params: list[Any] = []
    for plan in plans:
        have = found.get(plan.source.prefix, [])
        missing = CANDIDATES_PER_SOURCE - len(have)
        if missing <= 0 or not plan.broad:
            continue
        where, where_params = plan.where, plan.params
        if have:
            where += " AND id <> ALL(%s)"
            where_params = [*where_params, [row[1] for row in have]]
        tier_sql = _tier_sql(plan.source, where)
        parts.append(
            f"(SELECT * FROM ({' UNION ALL '.join([tier_sql] * len(plan.broad))}) AS tiers "  # noqa: S608
            f"LIMIT {missing})"
        )
        params += [value for tier in plan.broad for value in (tier, *where_params)]
    return " UNION ALL ".join(parts), params


def _collect(found: dict[str, list[Any]], rows: Iterable[Any]) -> None:
    seen = {(prefix, row[1]) for prefix, have in found.items() for row in have}
    for row in rows:
        have = found.setdefault(row[0], [])
        if (row[0], row[1]) not in seen and len(have) < CANDIDATES_PER_SOURCE:
            seen.add((row[0], row[1]))
            have.append(tuple(row))


def fts_rows(claim: Claim) -> list[tuple[str, int, str, str]]:
    """(source prefix, id, text, extra text) of the candidates, from the full-text indexes.

    Ranking every row that shares any word with the claim costs seconds at a million
    claims, so the indexes are asked in tiers by how many of the claim's rarest words a
    row holds, rarity estimated from each table's own statistics (`term_frequencies`):
    first the narrow AND queries, then, if they leave room, the broad ones the estimates
    allow. Should the estimates be wrong and a statement run past RETRIEVAL_TIMEOUT_MS,
    what the statements before it found is kept.

    The planner, given a LIMIT and a word it thinks common, would rather scan the table in
    order computing to_tsvector for every row it passes (~50 µs each): seconds when the
    rows turn out sparser than it thought. So sequential scans are off for these
    statements, in a transaction that is rolled back so the connection keeps its settings.
    """
    found: dict[str, list[Any]] = {}
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            # One round trip sets up the transaction and reads the claim's lexemes.
            cursor.execute(
                "SELECT set_config('enable_seqscan', 'off', true), "
                "set_config('statement_timeout', %s, true), "
                "array(SELECT lexeme FROM unnest(to_tsvector('english', %s)))",
                [f"{RETRIEVAL_TIMEOUT_MS}ms", claim.text],
            )
            row = cursor.fetchone()
            lexemes = [lexeme for lexeme in (row[2] if row else []) if len(lexeme) > 1]
            plans = fts_plans(claim, lexemes)
            if plans:
                cursor.execute(*fts_narrow_statement(plans))
                _collect(found, cursor.fetchall())
                sql, params = fts_broad_statement(plans, found)
                if sql:
                    cursor.execute(sql, params)
                    _collect(found, cursor.fetchall())
            transaction.set_rollback(True)
    except OperationalError as error:
        if getattr(error.__cause__, "sqlstate", None) != _QUERY_CANCELED:
            raise
        logger.warning(
            "claim matching: retrieval for claim %s ran past %d ms; keeping %d candidates",
            claim.pk,
            RETRIEVAL_TIMEOUT_MS,
            sum(len(rows) for rows in found.values()),
        )
    return [row for rows in found.values() for row in rows]


def _like_rows(
    queryset: QuerySet[Any], column: str, terms: list[str], fields: tuple[str, ...]
) -> list[tuple[Any, ...]]:
    condition = Q()
    for term in terms[:4]:
        condition |= Q(**{f"{column}__icontains": term})
    return list(
        queryset.filter(condition).order_by("-id").values_list(*fields)[: CANDIDATES_PER_SOURCE * 5]
    )


def fts_candidates(claim: Claim) -> list[MatchCandidate]:
    """Candidates from PostgreSQL's full-text indexes (see `fts_rows`)."""
    return [
        MatchCandidate(key=f"{prefix}{pk}", text=text, extra_text=extra or "")
        for prefix, pk, text, extra in fts_rows(claim)
    ]


def like_candidates(claim: Claim) -> list[MatchCandidate]:
    """Candidates by `icontains` on the words the shipped statistics call rare (SQLite)."""
    terms = query_terms(claim.text)
    if not terms:
        return []
    rejected_claims: set[int] = set()
    rejected_external: set[int] = set()
    if claim.pk is not None:  # an unsaved claim (a preview) has no decisions yet
        for matched, external_id in ClaimMatch.objects.filter(
            claim=claim, rejected=True
        ).values_list("matched_claim", "external"):
            if matched:
                rejected_claims.add(matched)
            if external_id:
                rejected_external.add(external_id)
    return rows_as_candidates(
        _like_rows(matchable_claims(claim), "text", terms, ("id", "text")),
        _like_rows(
            ExternalVerdict.objects.all(), "claim_text", terms, ("id", "claim_text", "title")
        ),
        skip_claims=rejected_claims,
        skip_external=rejected_external,
    )


def matchable_claims(claim: Claim) -> QuerySet[Claim]:
    """The claims a claim may match: other articles', neither dismissed nor merged."""
    return (
        Claim.objects.exclude(pk=claim.pk)
        .exclude(article_id=claim.article_id)
        .exclude(status__in=[ClaimStatus.DISMISSED, ClaimStatus.DUPLICATE])
    )


def rows_as_candidates(
    claim_rows: Iterable[tuple[Any, ...]],
    external_rows: Iterable[tuple[Any, ...]],
    *,
    skip_claims: set[int] | frozenset[int] = frozenset(),
    skip_external: set[int] | frozenset[int] = frozenset(),
) -> list[MatchCandidate]:
    """(id, text) claim rows and (id, claim_text, title) verdict rows as ranker candidates."""
    candidates = [
        MatchCandidate(key=f"c{pk}", text=text) for pk, text in claim_rows if pk not in skip_claims
    ]
    candidates += [
        MatchCandidate(key=f"x{pk}", text=text, extra_text=title)
        for pk, text, title in external_rows
        if pk not in skip_external
    ]
    return candidates


def claim_candidates(claim: Claim) -> list[MatchCandidate]:
    """Earlier claims and external verdicts that may state the same thing."""
    if connection.vendor == "postgresql":
        return fts_candidates(claim)
    return like_candidates(claim)
