"""Reads compiled to SQL once per database connection and run again with other values.

Building a queryset and compiling it costs a millisecond or more of CPU for a query with a
few joins, more than PostgreSQL takes to run it. A page that runs the same read for a
different id on every request (a public fact-check: its stamp and its one data query) pays
that on every request. `PreparedRead` keeps the ORM as the declaration of the query: it
builds the queryset once with placeholder values, compiles it, and afterwards only puts
the request's values into the compiled parameters and applies the same converters Django
would (dates on SQLite, JSON, ...), so the rows are exactly what `values_list` returns.

Only values compared as they are can be placeholders (`claim_id=...`, `slug=...`): a value
Django transforms first (`icontains` wraps it in `%…%`) is refused when the read is
compiled, rather than run wrong.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any
from weakref import WeakKeyDictionary

from django.db import connections
from django.db.models import QuerySet

# Placeholder values: integers no id or count takes, each also usable as a string.
_PLACEHOLDERS = tuple(-9_117_000_001 - n for n in range(8))


class _Compiled:
    __slots__ = ("compiler", "converters", "params", "slots", "sql")

    def __init__(self, queryset: QuerySet[Any], arity: int) -> None:
        compiler = queryset.query.get_compiler(using=queryset.db)
        sql, params = compiler.as_sql()
        placeholders: dict[int | str, int] = {}
        for index, value in enumerate(_PLACEHOLDERS[:arity]):
            placeholders[value] = placeholders[str(value)] = index
        slots: list[tuple[int, int]] = []
        for position, param in enumerate(params):
            if isinstance(param, (int, str)) and param in placeholders:
                slots.append((position, placeholders[param]))
            elif any(str(value) in str(param) for value in _PLACEHOLDERS[:arity]):
                raise ValueError(
                    f"A prepared read's value reaches the SQL transformed ({param!r}): only "
                    "values compared as they are can be placeholders."
                )
        missing = set(range(arity)) - {slot for _, slot in slots}
        if missing:
            raise ValueError(f"A prepared read does not use its argument(s) {sorted(missing)}.")
        self.sql = sql
        self.params = list(params)
        self.slots = slots
        self.compiler = compiler
        fields = [column[0] for column in compiler.select[: compiler.col_count]]
        self.converters = compiler.get_converters(fields)


class PreparedRead:
    """`build(*placeholders) -> queryset` (a `values_list` read), compiled on first use on
    each connection; `rows(*values)` runs it with the values in the placeholders' places."""

    def __init__(self, build: Callable[..., QuerySet[Any]], *, arity: int = 1) -> None:
        if not 0 <= arity <= len(_PLACEHOLDERS):
            raise ValueError(f"A prepared read takes 0 to {len(_PLACEHOLDERS)} values.")
        self._build = build
        self._arity = arity
        self._compiled: WeakKeyDictionary[Any, _Compiled] = WeakKeyDictionary()
        self._lock = threading.Lock()

    def _for(self, connection: Any) -> _Compiled:
        compiled = self._compiled.get(connection)
        if compiled is None:
            with self._lock:
                compiled = self._compiled.get(connection)
                if compiled is None:
                    queryset = self._build(*_PLACEHOLDERS[: self._arity])
                    compiled = self._compiled[connection] = _Compiled(queryset, self._arity)
        return compiled

    def rows(self, *values: Any, using: str = "default") -> list[tuple[Any, ...]]:
        if len(values) != self._arity:
            raise TypeError(f"This prepared read takes {self._arity} value(s).")
        connection = connections[using]
        compiled = self._for(connection)
        params = list(compiled.params)
        for position, slot in compiled.slots:
            params[position] = values[slot]
        with connection.cursor() as cursor:
            cursor.execute(compiled.sql, params)
            rows: list[Any] = cursor.fetchall()
        if compiled.converters:
            rows = [
                tuple(row) for row in compiled.compiler.apply_converters(rows, compiled.converters)
            ]
        return rows
