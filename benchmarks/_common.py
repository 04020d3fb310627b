"""Shared pieces of the benchmark scripts: Django set-up against a benchmark database,
percentiles, and a generator of realistic news text (claims with numbers and names).

The scripts default to the PostgreSQL database `bench` (never `test`, which CI uses) and
to Redis database 13, so nothing they enqueue reaches a developer's worker on db 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import platform
import random
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
# A script's own directory comes first on sys.path, and benchmarks/queue.py would shadow the
# standard library's `queue` (concurrent.futures imports it lazily): move it to the end.
_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE] + [_HERE]

BENCH_DB_URL = "postgres://postgres@127.0.0.1:5432/bench"
BENCH_REDIS_URL = "redis://127.0.0.1:6379/13"
BENCH_PASSWORD = "bench-pass-4711"  # the seeded reviewers' and editors' password
REVIEWERS = 40
EDITORS = 10


DEBATES = ROOT.parent / "shared" / "data" / "checkworthiness"


def debates_parser(doc: str | None) -> argparse.ArgumentParser:
    """A benchmark's argument parser, with `--debates` (the CLEF debates folder)."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument(
        "--debates", type=Path, default=DEBATES, help="folder of CLEF debate .tsv files"
    )
    return parser


def reviewer_names(n: int = REVIEWERS) -> list[str]:
    return [f"reviewer{i:02d}" for i in range(1, n + 1)]


def editor_names(n: int = EDITORS) -> list[str]:
    return [f"editor{i:02d}" for i in range(1, n + 1)]


def database_name(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme.startswith("sqlite"):
        return Path(parts.path).name
    return parts.path.lstrip("/")


def guard_database_url(url: str, *, force: bool = False) -> None:
    """Refuse to fill anything but a benchmark database (`bench*`)."""
    name = database_name(url)
    if name == "test" or (not name.startswith("bench") and not force):
        sys.exit(
            f"refusing to use database {name!r}: benchmarks only fill databases whose name "
            "starts with 'bench' (pass --force to override; never use 'test')"
        )


def setup_django(*, database_url: str | None = None, force: bool = False, **env: str) -> str:
    """Point Django at a benchmark database and set it up; return the database URL."""
    url = database_url or os.environ.get("DATABASE_URL") or BENCH_DB_URL
    guard_database_url(url, force=force)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-secret-key-not-for-production")
    os.environ.setdefault("DJANGO_DEBUG", "0")
    os.environ.setdefault("REDIS_URL", BENCH_REDIS_URL)
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,testserver")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    for key, value in env.items():
        os.environ[key] = value
    import django

    django.setup()
    return url


def collectstatic() -> None:
    """Refresh var/static and its manifest: with DEBUG off, templates need the hashed names."""
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)


def ensure_postgres_database(url: str) -> bool:
    """Create the PostgreSQL database named in `url` if it is missing; True if created."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl().replace("postgres://", "postgresql://", 1)
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists:
            return False
        conn.execute(f'CREATE DATABASE "{name}"')
    return True


def machine_line() -> str:
    return (
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, os.cpu_count()={os.cpu_count()}, "
        f"Python {platform.python_version()}, {platform.machine()}, "
        f"load average {os.getloadavg()[0]:.1f} (other work on this machine inflates timings)"
    )


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty sequence."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, int(-(-p * len(ordered) // 100)))  # ceil(p/100 * n)
    return ordered[min(rank, len(ordered)) - 1]


def summary_ms(samples_s: Sequence[float]) -> str:
    ms = [s * 1000 for s in samples_s]
    return (
        f"p50 {percentile(ms, 50):7.1f} ms  p95 {percentile(ms, 95):7.1f} ms  "
        f"max {max(ms):7.1f} ms  (n={len(ms)})"
    )


@contextmanager
def timed(label: str, results: dict[str, float] | None = None) -> Iterator[None]:
    started = time.perf_counter()
    yield
    elapsed = time.perf_counter() - started
    if results is not None:
        results[label] = elapsed
    print(f"  {label:<44} {elapsed:8.2f} s", flush=True)


@contextmanager
def capture_sql() -> Iterator[list[tuple[str, Any, float]]]:
    """Every SQL statement run on the default connection inside the block, with its
    parameters and seconds (an execute wrapper: independent of DEBUG and query logging)."""
    from django.db import connection

    captured: list[tuple[str, Any, float]] = []

    def wrapper(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            captured.append((sql, params, time.perf_counter() - started))

    with connection.execute_wrapper(wrapper):
        yield captured


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- realistic news text ------------------------------------------------------------------------


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = words(
    "Maria James Ahmed Olga Chen Fatima Lukas Priya Tomasz Aisha Daniel Ingrid Kwame Sofia "
    "Rafael Hannah Yusuf Elena Marcus Leila Pieter Amara Jonas Beatriz Dmitri Grace Omar Nadia "
    "Henrik Chiara Samuel Mei Viktor Zainab Oliver Camille Tariq Anna Jorge Ruth Kenji Isabel "
    "Patrick Ayesha Stefan Lucia Emeka Freya Mateo Sanna Ibrahim Clara Andrzej Noor Felix Rosa"
)
LAST = words(
    "Okafor Lindqvist Moreau Kowalski Haddad Fernandes Novak Brennan Takahashi Osei Varga "
    "Castillo Petrov Jensen Rahman Schneider Dubois Mensah Rossi Nakamura Kaplan Herrera "
    "Sorensen Adeyemi Bauer Marchetti Kim Walsh Nieminen Silva Abdi Gallagher Horvath Ortega "
    "Fischer Banda Kovacs Lambert Mwangi Ferreira Quinn Zielinski Akhtar Holm Romero Duarte "
    "Fitzgerald Costa Ivanova Eriksen Mahmoud Delgado Byrne Hartmann Oyelaran Sato Pereira Berg"
)
ROLES = (
    "Finance Minister",
    "Health Secretary",
    "mayor",
    "senator",
    "governor",
    "opposition leader",
    "Prime Minister",
    "Interior Minister",
    "Education Minister",
    "chief executive",
    "party spokesperson",
    "chief economist",
    "union leader",
    "police commissioner",
    "Energy Minister",
    "council leader",
)
PLACES = words(
    "Lagos Berlin Ohio Texas Scotland Bavaria Nairobi Lyon Kraków Manila Quebec Seville "
    "Birmingham Rotterdam Lisbon Accra Gdańsk Kerala Ontario Andalusia Brisbane Tallinn Cork "
    "Marseille Bologna Porto Sapporo Valparaíso Tampere Leeds Wales Catalonia Florida Arizona "
    "Kenya Ghana Poland Portugal Ireland Finland Norway Chile Peru Brazil Mexico Canada Japan "
    "India Italy Spain France Germany Nigeria Sweden Denmark Estonia Hungary Greece Romania"
)
ORGS = (
    "the Ministry of Health",
    "the central bank",
    "the national statistics office",
    "the World Bank",
    "the IMF",
    "the city council",
    "Oxfam",
    "the OECD",
    "the Treasury",
    "the Office for Budget Responsibility",
    "the Red Cross",
    "Eurostat",
    "the UN refugee agency",
    "the International Energy Agency",
    "the teachers' union",
    "the chamber of commerce",
    "Amnesty International",
    "the electoral commission",
    "the housing ministry",
    "the transport authority",
)
THINGS = (
    "hospital beds",
    "teachers",
    "new homes",
    "jobs",
    "police officers",
    "electric cars",
    "wind turbines",
    "nurses",
    "schools",
    "refugees",
    "bus routes",
    "GP surgeries",
    "apprenticeships",
    "charging points",
    "social housing units",
    "prison places",
    "doctors",
    "food banks",
    "solar farms",
    "childcare places",
)
INDICATORS = (
    "unemployment",
    "inflation",
    "the crime rate",
    "child poverty",
    "the budget deficit",
    "house prices",
    "energy bills",
    "average wages",
    "economic growth",
    "net migration",
    "the murder rate",
    "carbon emissions",
    "youth unemployment",
    "the national debt",
    "hospital waiting times",
    "rents",
    "school attendance",
    "fuel prices",
    "the trade deficit",
    "road deaths",
)
TOPICS = (
    "defence",
    "public health",
    "the railways",
    "flood defences",
    "foreign aid",
    "pensions",
    "the police",
    "broadband",
    "mental health services",
    "climate policy",
    "border security",
    "farm subsidies",
    "higher education",
    "social care",
    "the energy transition",
    "road maintenance",
)
POLICIES = (
    "tax cut",
    "minimum wage increase",
    "rent cap",
    "congestion charge",
    "sugar tax",
    "immigration reform",
    "carbon levy",
    "spending freeze",
    "housing subsidy",
    "fuel duty rise",
)
MONTHS = words(
    "January February March April May June July August September October November December"
)
WEEKDAYS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
OUTLETS = (
    "The Daily Ledger",
    "Northern Post",
    "Metro Wire",
    "The Civic Times",
    "Global Herald",
    "Evening Standard-Bearer",
    "The Observer Review",
    "Capital Chronicle",
    "Harbour Gazette",
    "Valley News",
    "The Independent Voice",
    "Morning Courier",
    "Public Record",
    "The Tribune Online",
    "Coastal Mail",
    "Riverside Echo",
    "National Dispatch",
    "The Clarion",
    "City Journal",
    "Continental Times",
    "Fox News",
    "Reuters",
    "Associated Press",
    "BBC News",
    "Le Monde English",
    "Deutsche Welle",
    "Al Jazeera English",
    "The Guardian",
    "El País English",
    "Kyodo News",
)
FILLER = (
    "The meeting was held behind closed doors.",
    "Reporters waited outside for several hours.",
    "The debate continued late into the evening.",
    "Officials declined to comment further.",
    "Critics were quick to respond.",
    "Some residents said they had not noticed a difference.",
    "It is not clear how the plan will be paid for.",
    "Will the measures be enough?",
    "The announcement drew a mixed reaction.",
    "Many questions remain unanswered.",
    "I think it is a disgrace, one voter said.",
    "The session was adjourned shortly afterwards.",
    "Protesters gathered in the square.",
    "This may or may not change before the vote.",
    "The full report is expected later this month.",
    "Analysts were divided on what it means.",
    "Read more about this story below.",
    "Perhaps the picture will become clearer next week.",
)
REASON_SETS = (
    '["contains a number", "names an actor"]',
    '["contains a statistic", "attributed speech"]',
    '["comparative language", "contains a number"]',
    '["causal language", "names an actor"]',
    '["predictive language", "contains a date"]',
    '["contains a percentage", "contains a date", "attributed speech"]',
    '["names an organisation"]',
    '["contains a number", "hedged (lowers the score)"]',
)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _pct(rng: random.Random) -> str:
    return f"{rng.randint(1, 40)}.{rng.randint(0, 9)}"


def _money(rng: random.Random) -> str:
    unit = rng.choice(("million", "billion"))
    return (
        f"${rng.randint(2, 950)} {unit}" if rng.random() < 0.5 else f"€{rng.randint(2, 90)} {unit}"
    )


def claim_sentence(rng: random.Random) -> tuple[str, str, str]:
    """One check-worthy sentence: (text, claimant, claim_type)."""
    person = _person(rng)
    place = rng.choice(PLACES)
    year = rng.randint(2008, 2025)
    kind = rng.randrange(12)
    if kind == 0:
        indicator = rng.choice(INDICATORS)
        verb = rng.choice(("rose", "fell", "climbed", "dropped"))
        return (
            f"{indicator[0].upper()}{indicator[1:]} in {place} {verb} to {_pct(rng)} percent in "
            f"{rng.choice(MONTHS)} {year}, {person} said.",
            person,
            "statistic",
        )
    if kind == 1:
        org = rng.choice(ORGS)
        n = rng.randint(1_000, 900_000)
        return (
            f"According to {org}, {place} now has {n:,} {rng.choice(THINGS)}, up from "
            f"{int(n * rng.uniform(0.5, 0.95)):,} in {year}.",
            org,
            "statistic",
        )
    if kind == 2:
        a, b = rng.sample(PLACES, 2)
        return (
            f"{person} said {place} spends more on {rng.choice(TOPICS)} than {a} and {b} combined.",
            person,
            "comparison",
        )
    if kind == 3:
        return (
            f"The {rng.choice(POLICIES)} caused {rng.choice(INDICATORS)} to "
            f"{rng.choice(('rise', 'fall'))} by {_pct(rng)}% in {place}, {person} told reporters.",
            person,
            "causal",
        )
    if kind == 4:
        return (
            f"The {rng.choice(ROLES)} {person} promised that {place} will build "
            f"{rng.randint(100, 250_000):,} new {rng.choice(THINGS)} by {year + 6}.",
            person,
            "prediction",
        )
    if kind == 5:
        return (
            f'"We have cut {rng.choice(INDICATORS)} by {_pct(rng)} percent in just '
            f'{rng.randint(2, 9)} years," {person} said.',
            person,
            "quote",
        )
    if kind == 6:
        return (
            f"{person} met {_person(rng)} in {place} on {rng.choice(WEEKDAYS)} to discuss "
            f"{rng.choice(TOPICS)}.",
            "",
            "event",
        )
    if kind == 7:
        org = rng.choice(ORGS)
        return (
            f"{_money(rng)} was spent on {rng.choice(TOPICS)} in {place} last year, "
            f"{org} reported.",
            org,
            "statistic",
        )
    if kind == 8:
        return (
            f"{place} has the highest {rng.choice(INDICATORS)} of any region in Europe, "
            f"according to {person}.",
            person,
            "comparison",
        )
    if kind == 9:
        return (
            f"{person}, the {rng.choice(ROLES)} of {place}, wrote that "
            f"{rng.choice(INDICATORS)} has never been lower than in {year}.",
            person,
            "statistic",
        )
    if kind == 10:
        return (
            f"{place} received {rng.randint(2, 99)},{rng.randint(100, 999)} "
            f"{rng.choice(('refugees', 'asylum applications', 'visitors', 'complaints'))} "
            f"in {year}, {rng.randint(2, 8)} times more than {rng.choice(PLACES)}.",
            "",
            "comparison",
        )
    org = rng.choice(ORGS)
    return (
        f"{org[0].upper()}{org[1:]} warned that "
        f"{rng.choice(INDICATORS)} in {place} could double by {year + 5} unless "
        f"{rng.choice(TOPICS)} gets {_money(rng)} more.",
        "",
        "prediction",
    )


def filler_sentence(rng: random.Random) -> str:
    return rng.choice(FILLER)


def headline(rng: random.Random) -> str:
    return (
        f"{rng.choice(PLACES)}: {rng.choice(ROLES)} {rng.choice(LAST)} "
        f"{rng.choice(('defends', 'attacks', 'unveils', 'questions', 'rejects'))} "
        f"{rng.choice(POLICIES)} as {rng.choice(INDICATORS)} "
        f"{rng.choice(('rises', 'falls', 'stalls'))}"
    )


@dataclass
class GeneratedArticle:
    title: str
    outlet: str
    author: str
    url: str
    body: str
    # (span_start, span_end, text, claimant, claim_type) of every check-worthy sentence
    claims: list[tuple[int, int, str, str, str]] = field(default_factory=list)


def article(
    rng: random.Random, *, serial: int, n_claims: int | None = None, min_words: int = 0
) -> GeneratedArticle:
    """A news article: paragraphs of claims and filler, with each claim's character span.

    Give `n_claims` for an exact number of claims (the seed), or `min_words` to write until
    the body reaches that length (the importer and ingest benchmarks, ~400-800 words).
    """
    outlet = rng.choice(OUTLETS)
    slug = f"story-{serial}"
    pieces: list[str] = []
    claims: list[tuple[int, int, str, str, str]] = []
    position = 0
    words = 0
    paragraph_left = rng.randint(2, 5)
    placed = 0
    while True:
        if n_claims is not None:
            if placed >= n_claims:
                break
            is_claim = rng.random() < 0.75
        else:
            if words >= min_words:
                break
            is_claim = rng.random() < 0.45
        if is_claim:
            text, claimant, claim_type = claim_sentence(rng)
            claims.append((position, position + len(text), text, claimant, claim_type))
            placed += 1
        else:
            text = filler_sentence(rng)
        pieces.append(text)
        position += len(text)
        words += text.count(" ") + 1
        paragraph_left -= 1
        separator = " "
        if paragraph_left == 0:
            separator = "\n\n"
            paragraph_left = rng.randint(2, 5)
        pieces.append(separator)
        position += len(separator)
    body = "".join(pieces).rstrip()
    return GeneratedArticle(
        title=headline(rng),
        outlet=outlet,
        author=_person(rng),
        url=f"https://news.example.org/{serial % 97}/{slug}",
        body=body,
        claims=claims,
    )


def unique_tag(seed: int) -> str:
    """A short tag that makes generated bodies unique per run (content hashes differ)."""
    return hashlib.sha256(f"{seed}-{time.time_ns()}".encode()).hexdigest()[:10]


def article_inputs(n: int, *, seed: int, min_words: int = 400, max_words: int = 800) -> list[Any]:
    """`n` ArticleInput items of news text (~min..max words each), unique per call."""
    from claims.ingestion import ArticleInput

    rng = random.Random(seed)
    tag = unique_tag(seed)
    items = []
    for i in range(n):
        generated = article(rng, serial=i, min_words=rng.randint(min_words, max_words - 40))
        items.append(
            ArticleInput(
                body=f"{generated.body}\n\nReference {tag}-{i}.",
                title=generated.title,
                url=f"https://news.example.org/{tag}/{i}",
                outlet=generated.outlet,
                author=generated.author,
                published_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=17 * i),
                language="en",
                origin=f"generated:{i}",
            )
        )
    return items
