"""Hand-written and database-specific SQL of the claims app, as named functions.

Everything here that differs between databases says so in the function: the rest of the
app never branches on `connection.vendor`.
"""

from __future__ import annotations

import sqlite3
from contextlib import nullcontext
from datetime import datetime
from typing import Any

from django.db import IntegrityError, connection, transaction
from django.db.models import Field
from django.utils import timezone

from claims.ingestion import ArticleInput
from claims.models import Article, ExtractionStatus


def stored_keys(hashes: list[str], urls: list[str]) -> tuple[set[str], set[str]]:
    """The content hashes and URLs among these that are already stored, in one query.

    Hand-written SQL: building the same query with the ORM (a union of two `__in` lookups)
    cost more than running it. Each half uses its unique index; the URL one is partial,
    so its condition is repeated word for word (without it SQLite scans every article).
    """
    table, hash_column, url_column = (
        connection.ops.quote_name(name) for name in (Article._meta.db_table, "content_hash", "url")
    )
    condition, params = _among(hashes)
    sql = f"SELECT {hash_column}, {url_column} FROM {table} WHERE {hash_column} {condition}"  # noqa: S608
    if urls:
        condition, url_params = _among(urls)
        params = [*params, *url_params]
        sql += (
            f" UNION ALL SELECT {hash_column}, {url_column} FROM {table} "  # noqa: S608
            f"WHERE {url_column} {condition} AND NOT ({url_column} = '')"
        )
    stored_hashes: set[str] = set()
    stored_urls: set[str] = set()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for content_hash, url in cursor.fetchall():
            stored_hashes.add(content_hash)
            if url:
                stored_urls.add(url)
    return stored_hashes, stored_urls


def _among(values: list[str]) -> tuple[str, list[Any]]:
    """`column <condition>` matching any of `values`, with its parameters. On PostgreSQL
    one parameter: a query of thousands of placeholders cost psycopg more to prepare (20 ms
    of CPU for 1,000 rows) than the database to run, and so did a list quoted as an array
    (60 ms for 10,000 texts and URLs, element by element in Python): the values go as one
    string, joined by line breaks and split by the server (1 ms). Values that hold a line
    break, or an empty one, go as the array."""
    if connection.vendor == "postgresql":
        joined = "\n".join(values)
        if all(values) and joined.count("\n") == len(values) - 1:
            return "= ANY(string_to_array(%s, E'\\n'))", [joined]
        return "= ANY(%s)", [values]
    return f"IN ({', '.join(['%s'] * len(values))})", list(values)


# Filled per row by the importer, in this order; every other column takes one value per batch.
_ROW_FIELDS = ("title", "url", "outlet", "author", "published_at", "language", "body")


def insert_articles(rows: list[tuple[ArticleInput, str]], *, creator_id: int | None) -> list[int]:
    """INSERT the rows with as few statements as the database allows; the new ids, in order.

    On PostgreSQL a COPY (`_copy_articles`), unless a row was stored meanwhile. Otherwise
    an INSERT … ON CONFLICT DO NOTHING with every value a parameter: the ORM's bulk_create
    spends most of an import preparing each value of each field in Python (measured: about
    half of the CPU time of 10,000 articles), and cannot both skip conflicts and return
    ids. The parameters are built straight from the inputs: every per-row column but the
    date is a string the database takes as it is.
    """
    now = timezone.now()
    meta = Article._meta
    constant: dict[str, Any] = {
        "extraction_status": ExtractionStatus.PENDING.value,
        "extraction_queued_at": now,
        "created_by_id": creator_id,
        "created_at": now,
        "updated_at": now,
    }
    by_name = {f.attname: f for f in meta.concrete_fields}
    per_row = [by_name[name] for name in (*_ROW_FIELDS, "content_hash")]
    once = [f for f in meta.concrete_fields if not f.primary_key and f not in per_row]
    once_values = tuple(
        f.get_db_prep_save(
            constant[f.attname] if f.attname in constant else f.get_default(), connection
        )
        for f in once
    )
    published_field = by_name["published_at"]
    adapt_datetime = connection.ops.adapt_datetimefield_value

    def prep_date(value: datetime | None) -> Any:
        # An aware datetime needs only the backend's adaptation; a naive one takes the
        # field's path (a warning, then read in the current time zone).
        if isinstance(value, datetime) and value.utcoffset() is not None:
            return adapt_datetime(value)
        return published_field.get_db_prep_save(value, connection)

    values = [
        (
            item.title,
            item.url,
            item.outlet,
            item.author,
            prep_date(item.published_at),
            item.language or "en",
            item.body,
            content_hash,
            *once_values,
        )
        for item, content_hash in rows
    ]
    fields = per_row + once
    quote = connection.ops.quote_name
    table, pk, hash_column = quote(meta.db_table), quote("id"), quote("content_hash")
    placeholder = "(" + ", ".join(["%s"] * len(fields)) + ")"
    # Names come from the model's metadata and every value is a parameter.
    columns = ", ".join(quote(str(f.column)) for f in fields)
    insert = f"INSERT INTO {table} ({columns}) VALUES "  # noqa: S608
    created: dict[str, int] = {}
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            # One prepared INSERT run per row costs SQLite less than a multi-row one, but
            # returns nothing. SQLite has one writer at a time and gives each new row an id
            # above every earlier one: within this transaction, the ids above the largest
            # before the INSERT are exactly the rows it added.
            with transaction.atomic():
                cursor.execute(f"SELECT COALESCE(MAX({pk}), 0) FROM {table}")  # noqa: S608
                (last_id,) = cursor.fetchone()
                cursor.executemany(f"{insert}{placeholder} ON CONFLICT DO NOTHING", values)
                cursor.execute(
                    f"SELECT {pk}, {hash_column} FROM {table} WHERE {pk} > %s",  # noqa: S608
                    [last_id],
                )
                created.update((content_hash, pk) for pk, content_hash in cursor.fetchall())
        elif (ids := _copy_articles(cursor, table, fields, values)) is not None:
            return ids
        else:
            per_statement = max(1, max_query_params() // len(fields))
            for start in range(0, len(values), per_statement):
                chunk = values[start : start + per_statement]
                cursor.execute(
                    f"{insert}{', '.join([placeholder] * len(chunk))} ON CONFLICT DO NOTHING "
                    f"RETURNING {pk}, {hash_column}",
                    [value for row in chunk for value in row],
                )
                created.update((content_hash, pk) for pk, content_hash in cursor.fetchall())
    # RETURNING gives no order guarantee across backends: the input's order, by hash.
    return [created[h] for _, h in rows if h in created]


def _copy_articles(
    cursor: Any, table: str, fields: list[Field[Any, Any]], values: list[tuple[Any, ...]]
) -> list[int] | None:
    """PostgreSQL: the rows in with COPY, their ids drawn from the table's sequence first;
    the new ids in order, or None when a row's text or URL was stored meanwhile.

    COPY sends the values as they are, where the multi-row INSERT had psycopg scan a query
    of tens of thousands of placeholders and the server parse megabytes of quoted text
    (measured: most of the time of storing 10,000 articles). COPY cannot skip a conflict:
    the caller checked the rows against the stored ones just before, and a concurrent
    import that stored one of them meanwhile rolls this back to the savepoint, for the
    INSERT … ON CONFLICT DO NOTHING to go on from there.

    In PostgreSQL's binary format: psycopg writes each date as a number instead of calling
    `isoformat()` on it, and the server reads it without parsing text (measured on 10,000
    claim-sized rows: 10 ms of the web process's CPU instead of 60-100, and 30 ms less of
    the server's time).
    """
    # The sequence's name is looked up once (a sub-select), not once per row: 8 ms for
    # 10,000 ids instead of 45.
    cursor.execute(
        "SELECT nextval((SELECT pg_get_serial_sequence(%s, 'id'))::regclass) "
        "FROM generate_series(1, %s)",
        [Article._meta.db_table, len(values)],
    )
    ids = [pk for (pk,) in cursor.fetchall()]
    pk = Article._meta.pk
    assert pk is not None
    quote = connection.ops.quote_name
    columns = ", ".join(quote(str(f.column)) for f in (pk, *fields))
    sql = f"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)"
    # Counted and timed like any other query (tests pin query counts; DEBUG lists them).
    log = getattr(cursor, "debug_sql", None)
    try:
        with (
            transaction.atomic(),
            log(sql) if log else nullcontext(),
            connection.wrap_database_errors,
            cursor.cursor.copy(sql) as copy,
        ):
            # The binary format needs each column's type: "varchar" for "varchar(500)".
            copy.set_types([str(f.db_type(connection)).split("(")[0] for f in (pk, *fields)])
            write = copy.write_row
            for pk, row in zip(ids, values, strict=True):
                write((pk, *row))
    except IntegrityError:
        return None
    return ids


def max_query_params() -> int:
    limit = connection.features.max_query_params
    if connection.vendor == "sqlite":
        # Django assumes SQLite's historical 999; the library in use says what it allows.
        connection.ensure_connection()
        limit = connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return min(limit or 65535, 20000)
