"""The export's database-specific SQL: columns formatted or kept off an index by the
database itself, and `IN` lists bound as one parameter.

Each function or expression names what it does on PostgreSQL and SQLite and falls back to
plain ORM SQL elsewhere, so the rest of the export never branches on the database.
"""

from __future__ import annotations

import json
from typing import Any

from django.db import NotSupportedError, connection
from django.db.models import CharField, F, Func, QuerySet, Subquery, TextField


class _ColumnAsIs(Func):
    """One column as it is on every database; subclasses rewrite it for some backends
    (`as_sqlite`, `as_postgresql`)."""

    output_field = CharField()

    def as_sql(
        self,
        compiler: Any,
        connection: Any,
        function: str | None = None,
        template: str | None = None,
        arg_joiner: str | None = None,
        **extra_context: Any,
    ) -> Any:
        return compiler.compile(self.source_expressions[0])


class NotIndexed(_ColumnAsIs):
    """The column as is, except that SQLite may not use an index for it (`+column`).

    Without statistics SQLite takes `claims_claim.status = 'published'` for a rare value and
    starts from the status index, so every export and every page sorted all published
    verdicts in a temporary B-tree. Kept off that index it walks `review_updated_idx` in
    the export's order instead (a page of 200 read 200 rows, not all of them).
    """

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        sql, params = compiler.compile(self.source_expressions[0])
        return f"+{sql}", params


class IsoUTC(_ColumnAsIs):
    """A timestamp as the API writes it (ISO 8601, UTC, microseconds, `Z`), formatted by
    the database.

    Parsing tens of thousands of timestamps into datetimes only to format them again costs
    more than the rest of the row. PostgreSQL formats with `to_char`. SQLite already holds
    Django's text form, `YYYY-MM-DD HH:MM:SS[.ffffff]` in UTC (the fraction left out when
    it is zero), which only needs the `T`, the fraction and the `Z`. Other databases
    return the datetime and `iso()` formats it.
    """

    def as_postgresql(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        sql, params = compiler.compile(self.source_expressions[0])
        return (
            f"to_char(({sql}) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')",
            params,
        )

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        sql, params = compiler.compile(self.source_expressions[0])
        return (
            f"CASE WHEN length({sql}) = 19 THEN replace({sql}, ' ', 'T') || '.000000Z' "
            f"ELSE replace({sql}, ' ', 'T') || 'Z' END",
            (*params, *params, *params),
        )


# Databases whose IsoUTC gives finished text; elsewhere `iso()` formats a datetime.
_FORMATS_IN_SQL = ("postgresql", "sqlite")


def dates_formatted_in_sql() -> bool:
    """Whether `iso_text` columns arrive as finished text (else as datetimes for `iso()`)."""
    return connection.vendor in _FORMATS_IN_SQL


def iso_text(column: str) -> Any:
    """The column as finished text where the database can format it; as a datetime for
    `iso()` elsewhere."""
    return IsoUTC(column) if dates_formatted_in_sql() else F(column)


def among(queryset: QuerySet[Any], column: str, ids: list[int]) -> QuerySet[Any]:
    """`column IN ids`, as one parameter on PostgreSQL (an array) and SQLite (JSON text).

    A chunk has thousands of ids; `__in` binds each as its own parameter, which costs more
    to build and send than the rows it fetches (on SQLite, Django's per-value preparation
    of 2,000 ids took longer than the query). `= ANY(%s)` sends one array; SQLite reads a
    JSON array with its built-in `json_each`.
    """
    table = queryset.model._meta.db_table
    if connection.vendor == "postgresql":
        return queryset.extra(  # noqa: S610 - table and column are constants, ids a parameter
            where=[f'"{table}"."{column}" = ANY(%s)'], params=[ids]
        )
    if connection.vendor == "sqlite":
        return queryset.extra(  # noqa: S610 - table and column are constants, ids a parameter
            where=[f'"{table}"."{column}" IN (SELECT value FROM json_each(%s))'],  # noqa: S608
            params=[json.dumps([int(i) for i in ids])],
        )
    return queryset.filter(**{f"{column}__in": ids})


class JSONRows(Subquery):
    """The rows of a correlated subquery as one JSON array of arrays, as text (`[]` for
    none): one query reads a verdict with its writers, appearances and sources' copies.

    `columns` are field paths or expressions, written in that order in each row's array;
    dates should be `iso_text` so every database writes them alike. The rows come in no
    particular order (SQLite before 3.44 cannot order inside an aggregate): the reader
    sorts them, so include what it sorts on.
    """

    def __init__(self, queryset: QuerySet[Any], columns: list[Any]) -> None:
        self.aliases = [f"jr{index}" for index in range(len(columns))]
        selected = queryset.order_by().annotate(
            **{
                alias: column if hasattr(column, "resolve_expression") else F(column)
                for alias, column in zip(self.aliases, columns, strict=True)
            }
        )
        super().__init__(selected.values_list(*self.aliases), output_field=TextField())

    def as_sql(
        self,
        compiler: Any,
        connection: Any,
        template: str | None = None,
        **extra_context: Any,
    ) -> Any:
        # The aliases are this expression's own names (jr0, jr1, ...), never user input.
        columns = ", ".join("_rows." + connection.ops.quote_name(a) for a in self.aliases)
        if connection.vendor == "postgresql":
            template = (
                f"(SELECT COALESCE(json_agg(json_build_array({columns})), '[]')::text "  # noqa: S608
                "FROM (%(subquery)s) _rows)"
            )
        elif connection.vendor == "sqlite":
            template = (
                f"(SELECT json_group_array(json_array({columns})) "  # noqa: S608
                "FROM (%(subquery)s) _rows)"
            )
        else:
            raise NotSupportedError("JSONRows is written for PostgreSQL and SQLite.")
        return super().as_sql(compiler, connection, template=template, **extra_context)
