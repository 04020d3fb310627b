"""Fill a PostgreSQL benchmark database with N articles and claims in realistic states.

    createdb -h 127.0.0.1 -U postgres bench        # or pass --create
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python manage.py migrate
    .venv/bin/python benchmarks/seed_scale.py --reset [--claims 1000000] [--articles 50000]

DATABASE_URL defaults to the `bench` database; the script refuses any database whose name
does not start with `bench` (never `test`, which CI uses). `--create` creates and migrates
it and loads the rating scale. `--reset` empties the article, claim and review tables first.

What it writes (the default sizes):

* 40 reviewers (reviewer01..40) and 10 editors (editor01..10) in their groups, all with the
  password in benchmarks/_common.py (BENCH_PASSWORD), each with a DRF API token;
* articles of generated news text whose claims are real spans of the body;
* claims with realistic states: half candidates, ~17% queued, ~25% dismissed, and a few
  percent assigned / in progress / in review / published / duplicate, spread over the
  reviewers, some overdue; reviews (with ratings, sources and a verdict revision) for the
  claims in progress, in review and published; assignments, timeline events, notes and
  notifications for the claims people have worked on.

How it is fast: rows are generated in Python and streamed with COPY (psycopg 3) over
separate connections, one per large table; secondary indexes of the filled tables are
dropped first and rebuilt afterwards (their definitions are kept in
var/bench-seed-indexes.sql until they are back, so an interrupted run is repaired by the
next one); foreign-key triggers are skipped for the load (`session_replication_role =
replica`: the generator keeps the references consistent itself). Finally VACUUM ANALYZE,
so the planner has statistics and index-only scans work as in a settled production table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import _common  # benchmarks/_common.py: the script directory is on sys.path

TABLES = (
    "claims_article",
    "claims_claim",
    "reviews_review",
    "reviews_verdictrevision",
    "reviews_source",
    "reviews_note",
    "reviews_assignment",
    "reviews_timelineevent",
    "reviews_notification",
)
INDEX_FILE = _common.ROOT / "var" / "bench-seed-indexes.sql"

# (status, share of claims)
STATUS_SHARES = (
    ("candidate", 0.50),
    ("queued", 0.17),
    ("dismissed", 0.25),
    ("assigned", 0.015),
    ("in_progress", 0.01),
    ("in_review", 0.005),
    ("published", 0.04),
    ("duplicate", 0.01),
)
WORKFLOW = ("assigned", "in_progress", "in_review", "published")
VERSION = {
    "candidate": 1,
    "queued": 2,
    "dismissed": 2,
    "duplicate": 2,
    "assigned": 3,
    "in_progress": 4,
    "in_review": 6,
    "published": 8,
}
PUBLISHERS = (
    ("Eurostat", "ec.europa.eu"),
    ("National Statistics Office", "stats.example.gov"),
    ("World Bank Open Data", "data.worldbank.org"),
    ("OECD Data", "data.oecd.org"),
    ("Ministry of Health", "health.example.gov"),
    ("Parliament Hansard", "hansard.example.gov"),
    ("Reuters", "reuters.com"),
    ("Full Fact", "fullfact.org"),
    ("IMF Data", "data.imf.org"),
    ("Office for Budget Responsibility", "obr.example.gov"),
)
STANCES = ("supports", "refutes", "context")
SUMMARIES = (
    "The figure is accurate but refers to a different year.",
    "Official statistics show the opposite trend.",
    "The number is roughly right, but the comparison leaves out inflation.",
    "We found no record of this figure in the published data.",
    "The claim matches the latest official release.",
    "The statistic is correct; the cause attributed to it is not supported by the evidence.",
    "The comparison uses totals rather than per-capita figures.",
    "The source cited does not say this.",
)


def esc(value: str) -> str:
    """Escape a string for COPY's text format."""
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "")


def cell(value: Any) -> str:
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return str(value)


class Stream:
    """A COPY FROM STDIN on its own connection, fed in ~4 MB chunks."""

    def __init__(self, conninfo: str, table: str, columns: str) -> None:
        import psycopg

        self.conn = psycopg.connect(conninfo)
        self.conn.execute("SET session_replication_role = replica")
        self.conn.execute("SET synchronous_commit = off")
        self.cur = self.conn.cursor()
        self.columns = columns.split()
        self._ctx = self.cur.copy(f"COPY {table} ({', '.join(self.columns)}) FROM STDIN")
        self.copy = self._ctx.__enter__()
        self.buffer = io.StringIO()
        self.rows = 0

    def row(self, *values: Any) -> None:
        self.buffer.write("\t".join(map(cell, values)))
        self.buffer.write("\n")
        self.rows += 1
        if self.buffer.tell() > 4_000_000:
            self.flush()

    def flush(self) -> None:
        self.copy.write(self.buffer.getvalue())
        self.buffer = io.StringIO()

    def close(self) -> None:
        self.flush()
        self._ctx.__exit__(None, None, None)
        self.conn.commit()
        self.conn.close()


def conninfo_for(url: str) -> str:
    return url.replace("postgres://", "postgresql://", 1)


def ensure_users() -> tuple[list[int], list[int]]:
    """The benchmark reviewers and editors (password BENCH_PASSWORD) with API tokens."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from rest_framework.authtoken.models import Token

    from core.roles import ensure_groups

    ensure_groups()
    user_model = get_user_model()
    password = make_password(_common.BENCH_PASSWORD)
    ids: dict[str, list[int]] = {"reviewer": [], "editor": []}
    for role, names in (
        ("reviewer", _common.reviewer_names()),
        ("editor", _common.editor_names()),
    ):
        group = Group.objects.get(name=role)
        for name in names:
            user, _ = user_model.objects.get_or_create(
                username=name,
                defaults={
                    "email": f"{name}@bench.example.org",
                    "first_name": name.capitalize(),
                    "password": password,
                },
            )
            user.groups.add(group)
            Token.objects.get_or_create(user=user)
            ids[role].append(user.pk)
    return ids["reviewer"], ids["editor"]


def secondary_indexes(conn: Any) -> list[tuple[str, str]]:
    """(name, definition) of the filled tables' indexes that back no constraint."""
    rows = conn.execute(
        """
        SELECT ci.relname, pg_get_indexdef(i.indexrelid)
        FROM pg_index i
        JOIN pg_class c ON c.oid = i.indrelid
        JOIN pg_class ci ON ci.oid = i.indexrelid
        WHERE c.relname = ANY(%s) AND NOT i.indisprimary
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
        ORDER BY c.relname, ci.relname
        """,
        [list(TABLES)],
    ).fetchall()
    return [(name, definition) for name, definition in rows]


def if_not_exists(definition: str) -> str:
    for prefix in ("CREATE UNIQUE INDEX ", "CREATE INDEX "):
        if definition.startswith(prefix):
            return prefix + "IF NOT EXISTS " + definition[len(prefix) :]
    return definition


def build_indexes(conninfo: str, definitions: list[str]) -> None:
    """Build the indexes on two connections at once (GIN builds are single-threaded)."""
    import psycopg

    def run(batch: list[str]) -> None:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute("SET maintenance_work_mem = '768MB'")
            conn.execute("SET max_parallel_maintenance_workers = 1")
            for definition in batch:
                conn.execute(if_not_exists(definition))

    # Longest first (claims, then the rest), dealt alternately to the two connections.
    ordered = sorted(definitions, key=lambda d: (" claims_claim " not in d, "gin" not in d))
    batches = [ordered[0::2], ordered[1::2]]
    with ThreadPoolExecutor(max_workers=2) as pool:
        for future in [pool.submit(run, batch) for batch in batches]:
            future.result()


def restore_leftover_indexes(conninfo: str) -> None:
    if INDEX_FILE.exists():
        definitions = [line for line in INDEX_FILE.read_text("utf-8").splitlines() if line]
        print(f"  restoring {len(definitions)} indexes left by an interrupted run")
        build_indexes(conninfo, definitions)
        INDEX_FILE.unlink()


def claim_counts(rng: random.Random, claims: int, articles: int) -> list[int]:
    base, extra = divmod(claims, articles)
    counts = [base + (1 if i < extra else 0) for i in range(articles)]
    for i in range(0, articles - 1, 2):  # vary the sizes, keep the total
        shift = rng.randint(0, max(0, min(counts[i], counts[i + 1]) - 1))
        counts[i] += shift
        counts[i + 1] -= shift
    rng.shuffle(counts)
    return counts


def pick_status(rng: random.Random) -> str:
    roll = rng.random()
    for status, share in STATUS_SHARES:
        roll -= share
        if roll < 0:
            return status
    return "candidate"


def seed(
    conninfo: str,
    *,
    n_claims: int,
    n_articles: int,
    reviewers: list[int],
    editors: list[int],
    ratings: list[int],
    rng: random.Random,
) -> dict[str, int]:
    from claims.extraction.pipeline import EXTRACTOR_VERSION
    from claims.models import content_hash_for

    utc = dt.UTC
    now = dt.datetime.now(utc).replace(microsecond=0)
    start = now - dt.timedelta(days=365)
    span_s = 365 * 86400
    day = dt.timedelta(days=1)

    articles = Stream(
        conninfo,
        "claims_article",
        "id title url outlet author published_at language body content_hash extraction_status "
        "extraction_error extractor_version extraction_queued_at extraction_started_at "
        "extraction_finished_at extraction_ms extraction_attempts created_by_id created_at "
        "updated_at",
    )
    claims = Stream(
        conninfo,
        "claims_claim",
        "id article_id text span_start span_end quote claimant claim_type checkworthiness "
        "worth_checking reasons origin duplicate_of_id status assignee_id due_at priority "
        "edited_by_human version updated_by_id created_at updated_at",
    )
    timeline = Stream(
        conninfo,
        "reviews_timelineevent",
        "claim_id actor_id action field before after message created_at",
    )
    reviews: list[tuple[Any, ...]] = []
    revisions: list[tuple[Any, ...]] = []
    sources: list[tuple[Any, ...]] = []
    notes: list[tuple[Any, ...]] = []
    assignments: list[tuple[Any, ...]] = []
    notifications: list[tuple[Any, ...]] = []

    usernames = dict(zip(reviewers, _common.reviewer_names(len(reviewers)), strict=True))
    counts = claim_counts(rng, n_claims, n_articles)
    claim_id = 0
    review_id = 0
    for article_index, n_here in enumerate(counts):
        article_id = article_index + 1
        created = start + dt.timedelta(
            seconds=span_s * article_index / n_articles + rng.uniform(0, 600)
        )
        generated = _common.article(rng, serial=article_id, n_claims=n_here)
        extraction = "done"
        roll = rng.random()
        if roll < 0.003:
            extraction = "failed"
        elif roll < 0.008:
            extraction = "pending"
        articles.row(
            article_id,
            generated.title,
            generated.url,
            generated.outlet,
            generated.author,
            created - dt.timedelta(hours=rng.randint(1, 48)),
            "en",
            esc(generated.body),
            content_hash_for(generated.body),
            extraction,
            "TimeoutError: extraction took too long" if extraction == "failed" else "",
            EXTRACTOR_VERSION,
            created,
            created + dt.timedelta(seconds=2),
            created + dt.timedelta(seconds=3),
            rng.randint(4, 60),
            1,
            rng.choice(editors),
            created,
            created + dt.timedelta(seconds=3),
        )
        for span_start, span_end, text, claimant, claim_type in generated.claims:
            claim_id += 1
            status = pick_status(rng)
            if status == "duplicate" and claim_id < 2:
                status = "candidate"
            score = rng.betavariate(2, 3)
            if status in ("dismissed", "candidate"):
                score *= rng.uniform(0.6, 1.0)
            else:
                score = 0.3 + 0.7 * score
            c_created = created + dt.timedelta(seconds=rng.randint(5, 900))
            age = (now - c_created).total_seconds()
            c_updated = c_created + dt.timedelta(seconds=rng.uniform(0, min(age, 40 * 86400)))
            assignee = rng.choice(reviewers) if status in WORKFLOW else None
            editor = rng.choice(editors)
            due = None
            if status in ("assigned", "in_progress", "in_review"):
                due = now + dt.timedelta(hours=rng.randint(-7 * 24, 21 * 24))
            duplicate_of = (
                claim_id - rng.randint(1, min(claim_id - 1, 50_000))
                if status == "duplicate"
                else None
            )
            manual = rng.random() < 0.02
            claims.row(
                claim_id,
                article_id,
                text,
                span_start,
                span_end,
                text,
                claimant,
                claim_type,
                f"{min(score, 1.0):.4f}",
                score >= 0.5,  # the article's short list (the workers cap it at a third)
                rng.choice(_common.REASON_SETS),
                "manual" if manual else "extracted",
                duplicate_of,
                status,
                assignee,
                due,
                0 if rng.random() < 0.9 else rng.randint(1, 2),
                status in ("in_progress", "in_review", "published") and rng.random() < 0.3,
                VERSION[status],
                assignee or (editor if status != "candidate" else None),
                c_created,
                c_updated,
            )
            if status == "candidate":
                continue
            # --- the history of a claim someone has worked on ---
            t = c_created + (c_updated - c_created) * 0.2
            first = {"dismissed": "dismissed", "duplicate": "duplicate"}.get(status, "queued")
            if status == "duplicate":
                timeline.row(
                    claim_id,
                    editor,
                    "merged",
                    "duplicate_of",
                    "\\N",
                    json.dumps(duplicate_of),
                    "",
                    t,
                )
            else:
                timeline.row(
                    claim_id, editor, "transition", "status", '"candidate"', f'"{first}"', "", t
                )
            if rng.random() < 0.05:
                notes.append(
                    (
                        claim_id,
                        editor,
                        "Check the original release before queueing.",
                        None,
                        None,
                        rng.random() < 0.5,
                        t,
                    )
                )
            if status not in WORKFLOW or assignee is None:
                continue
            t_assigned = c_created + (c_updated - c_created) * 0.3
            ended = c_updated if status == "published" else None
            assignments.append((claim_id, assignee, editor, t_assigned, due, ended))
            timeline.row(
                claim_id,
                editor,
                "assigned",
                "assignee",
                "\\N",
                json.dumps(usernames[assignee]),
                "",
                t_assigned,
            )
            timeline.row(
                claim_id, editor, "transition", "status", '"queued"', '"assigned"', "", t_assigned
            )
            if status != "published" or rng.random() < 0.1:
                notifications.append(
                    (
                        assignee,
                        claim_id,
                        "assigned",
                        "An editor assigned you a claim",
                        t_assigned if (now - t_assigned) > 3 * day else None,
                        t_assigned,
                    )
                )
            if status == "assigned":
                continue
            t_started = c_created + (c_updated - c_created) * 0.4
            timeline.row(
                claim_id,
                assignee,
                "transition",
                "status",
                '"assigned"',
                '"in_progress"',
                "",
                t_started,
            )
            if status == "in_progress" and rng.random() < 0.5:
                continue
            review_id += 1
            rating = rng.choice(ratings)
            submitted = c_created + (c_updated - c_created) * 0.8
            published = status == "published"
            summary = rng.choice(SUMMARIES)
            rationale = " ".join(rng.choice(_common.FILLER) for _ in range(4))
            reviews.append(
                (
                    review_id,
                    claim_id,
                    rating,
                    summary,
                    rationale,
                    assignee,
                    editor if published else None,
                    submitted if status != "in_progress" else None,
                    c_updated if published else None,
                    c_updated if published else None,
                    3 if published else 2,
                    assignee,
                    t_started,
                    c_updated,
                )
            )
            if published:
                revisions.append(
                    (review_id, 1, rating, summary, rationale, assignee, editor, c_updated, "[]")
                )
                timeline.row(
                    claim_id,
                    editor,
                    "transition",
                    "status",
                    '"in_review"',
                    '"published"',
                    "",
                    c_updated,
                )
            if status in ("in_review", "published"):
                timeline.row(
                    claim_id,
                    assignee,
                    "transition",
                    "status",
                    '"in_progress"',
                    '"in_review"',
                    "",
                    submitted,
                )
            for j in range(rng.randint(1, 3) if status != "in_progress" else rng.randint(0, 2)):
                name, domain = rng.choice(PUBLISHERS)
                sources.append(
                    (
                        claim_id,
                        f"https://{domain}/reports/{claim_id}-{j}",
                        f"{name}: {rng.choice(_common.INDICATORS)} {rng.randint(2010, 2025)}",
                        name,
                        rng.choice(_common.FILLER),
                        rng.choice(STANCES),
                        t_started,
                        assignee,
                        t_started,
                    )
                )
    articles.close()
    claims.close()
    timeline.close()

    small = (
        (
            "reviews_review",
            "id claim_id rating_id summary rationale author_id approver_id submitted_at "
            "approved_at published_at version updated_by_id created_at updated_at correction_note",
            reviews,
        ),
        (
            "reviews_verdictrevision",
            "review_id number rating_id summary rationale author_id approver_id published_at "
            "sources correction_note",
            revisions,
        ),
        (
            "reviews_source",
            "claim_id url title publisher excerpt stance accessed_at added_by_id created_at "
            "archived_url",
            sources,
        ),
        ("reviews_note", "claim_id author_id body span_start span_end resolved created_at", notes),
        (
            "reviews_assignment",
            "claim_id reviewer_id assigned_by_id assigned_at due_at ended_at",
            assignments,
        ),
        (
            "reviews_notification",
            "recipient_id claim_id kind message read_at created_at",
            notifications,
        ),
    )
    written = {"claims_article": n_articles, "claims_claim": claim_id, "timeline": timeline.rows}
    for table, columns, rows in small:
        stream = Stream(conninfo, table, columns)
        # Columns named beyond a row's values are text columns left empty ("").
        padding = ("",) * (len(stream.columns) - len(rows[0])) if rows else ()
        for values in rows:
            stream.row(*values, *padding)
        stream.close()
        written[table] = len(rows)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--reset", action="store_true", help="empty the tables first")
    parser.add_argument("--create", action="store_true", help="create and migrate the database")
    parser.add_argument("--seed", type=int, default=20250904, help="random seed")
    parser.add_argument("--database-url", help="default: $DATABASE_URL or the bench database")
    parser.add_argument("--force", action="store_true", help="allow a database not named bench*")
    args = parser.parse_args()
    if args.articles < 1 or args.claims < args.articles:
        parser.error("need at least one article and at least one claim per article")

    url = args.database_url or _common.os.environ.get("DATABASE_URL") or _common.BENCH_DB_URL
    _common.guard_database_url(url, force=args.force)
    if not url.startswith(("postgres://", "postgresql://")):
        sys.exit("seed_scale.py fills PostgreSQL only (DATABASE_URL=postgres://...)")
    if args.create and _common.ensure_postgres_database(url):
        print(f"created database {_common.database_name(url)}")
    _common.setup_django(database_url=url, force=args.force)

    import psycopg
    from django.core.management import call_command

    from reviews.models import Rating
    from reviews.services import ratings_load

    print(
        f"seed_scale: {args.claims:,} claims over {args.articles:,} articles into "
        f"{_common.database_name(url)}; {_common.machine_line()}"
    )
    conninfo = conninfo_for(url)
    timings: dict[str, float] = {}
    total_started = time.perf_counter()
    if args.create:
        with _common.timed("migrate", timings):
            call_command("migrate", verbosity=0)
    ratings_load(entries=json.loads((_common.ROOT / "seeds" / "ratings.json").read_text()))
    ratings = list(Rating.objects.filter(is_active=True).values_list("pk", flat=True))
    reviewers, editors = ensure_users()
    restore_leftover_indexes(conninfo)

    with psycopg.connect(conninfo, autocommit=True) as conn:
        existing = conn.execute("SELECT count(*) FROM claims_article").fetchone()
        if existing and existing[0] and not args.reset:
            sys.exit(f"the database already holds {existing[0]:,} articles: pass --reset")
        with _common.timed("truncate", timings):
            conn.execute(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE")
        indexes = secondary_indexes(conn)
        INDEX_FILE.write_text("\n".join(d for _, d in indexes) + "\n", "utf-8")
        for name, _ in indexes:
            conn.execute(f'DROP INDEX IF EXISTS "{name}"')
    print(f"  dropped {len(indexes)} secondary indexes for the load")

    rng = random.Random(args.seed)
    try:
        with _common.timed("generate + COPY", timings):
            written = seed(
                conninfo,
                n_claims=args.claims,
                n_articles=args.articles,
                reviewers=reviewers,
                editors=editors,
                ratings=ratings,
                rng=rng,
            )
    finally:
        with _common.timed(f"rebuild {len(indexes)} indexes", timings):
            build_indexes(conninfo, [d for _, d in indexes])
        INDEX_FILE.unlink(missing_ok=True)

    with psycopg.connect(conninfo, autocommit=True) as conn:
        for table in TABLES:
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT max(id) FROM {table}), 0) + 1, false)"
            )
        with _common.timed("VACUUM ANALYZE", timings):
            for table in TABLES:
                conn.execute(f"VACUUM (ANALYZE) {table}")
        size = conn.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
        db_size = size.fetchone()
    total = time.perf_counter() - total_started
    for table, rows in written.items():
        print(f"  {table:<28} {rows:>10,} rows")
    print(f"  database size {db_size[0] if db_size else '?'}")
    print(
        f"seed_scale done: {args.claims:,} claims / {args.articles:,} articles in {total:.1f} s "
        f"({args.claims / timings['generate + COPY']:,.0f} claims/s generate+COPY)"
    )


if __name__ == "__main__":
    main()
