"""Keyset cursor pagination: the cursor holds the last row's value of every ordering column.

DRF's CursorPagination keeps only the first column's value and counts ties with an offset,
which it gives up on past `offset_cutoff` (1,000): walking 10,000 claims with equal scores
repeated rows from page 42 and never reached the end. Here every ordering ends with the
primary key, so a position is unique, and the next page is the rows after it in the order:
`(a, b, id) > (x, y, i)` written out column by column (each may run either way), with a
bound on the first column alone so that an index on it still narrows the scan.
"""

from __future__ import annotations

import json
from base64 import b64decode, b64encode
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from rest_framework import pagination
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.utils.urls import replace_query_param

UNIQUE_KEYS = ("id", "pk")
LARGEST_ID = 2**63 - 1


class Cursor(NamedTuple):
    reverse: bool
    position: tuple[Any, ...] | None


class CursorPagination(pagination.CursorPagination):
    """Stable paging over changing lists: a new claim never shifts a client's next page.

    A view may set `cursor_ordering` (a tuple, or a callable taking the request) when its
    order depends on the query, e.g. the claim queue's `ordering` parameter. Its columns
    must be columns or annotations of the queryset that are never NULL; the primary key is
    added as the last one when the ordering does not end with it.
    """

    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = 200
    ordering = "-id"

    def get_ordering(self, request: Any, queryset: Any, view: Any) -> tuple[str, ...]:
        ordering = getattr(view, "cursor_ordering", None)
        if callable(ordering):
            ordering = ordering(request)
        keys = tuple(ordering) if ordering else tuple(super().get_ordering(request, queryset, view))
        if keys[-1].lstrip("-") not in UNIQUE_KEYS:
            keys = (*keys, "id")
        return keys

    def paginate_queryset(  # type: ignore[override]
        self, queryset: QuerySet[Any], request: Request, view: Any = None
    ) -> list[Any] | None:
        self.request = request
        page_size = self.get_page_size(request)
        if not page_size:
            return None
        self.page_size = page_size
        self.base_url = request.build_absolute_uri()
        self.keys = self.get_ordering(request, queryset, view)
        cursor = self.decode_cursor(request)
        self.edge = cursor.position if cursor else None
        reverse = bool(cursor and cursor.reverse)
        position = cursor.position if cursor else None
        if position is not None:
            if len(position) != len(self.keys):
                raise NotFound(self.invalid_cursor_message)
            position = _typed(queryset, self.keys, position, self.invalid_cursor_message)
            queryset = queryset.filter(_after(self.keys, position, reverse=reverse))
        order = _reversed(self.keys) if reverse else self.keys
        rows = list(queryset.order_by(*order)[: self.page_size + 1])
        more = len(rows) > self.page_size
        self.page = rows[: self.page_size]
        if reverse:
            self.page.reverse()
            self.has_previous, self.has_next = more, True
        else:
            self.has_next, self.has_previous = more, position is not None
        if not self.page:
            # Past either end: a link back the other way from where the cursor stood.
            self.has_next = reverse and position is not None
            self.has_previous = not reverse and position is not None
        if (self.has_previous or self.has_next) and self.template is not None:
            self.display_page_controls = True
        return self.page

    def get_next_link(self) -> str | None:
        if not self.has_next:
            return None
        position = self._position(self.page[-1]) if self.page else self.edge
        return self.encode_cursor(Cursor(reverse=False, position=position))

    def get_previous_link(self) -> str | None:
        if not self.has_previous:
            return None
        position = self._position(self.page[0]) if self.page else self.edge
        return self.encode_cursor(Cursor(reverse=True, position=position))

    def _position(self, row: Any) -> tuple[Any, ...]:
        return tuple(_value(row, name.lstrip("-")) for name in self.keys)

    def decode_cursor(self, request: Request) -> Cursor | None:  # type: ignore[override]
        encoded = request.query_params.get(self.cursor_query_param)
        if encoded is None:
            return None
        try:
            payload = json.loads(b64decode(encoded.encode("ascii"), validate=True))
            reverse = payload.get("r", 0)
            position = payload.get("p")
            if reverse not in (0, 1) or not isinstance(position, list) or not position:
                raise ValueError
            if not all(_plain(value) for value in position):
                raise ValueError
        except (TypeError, ValueError, AttributeError, UnicodeError):
            raise NotFound(self.invalid_cursor_message) from None
        return Cursor(reverse=bool(reverse), position=tuple(position))

    def encode_cursor(self, cursor: Cursor) -> str:  # type: ignore[override]
        payload: dict[str, Any] = {"p": [_encodable(value) for value in cursor.position or ()]}
        if cursor.reverse:
            payload["r"] = 1
        encoded = b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode("ascii")
        return str(replace_query_param(str(self.base_url), self.cursor_query_param, encoded))


class ChronologicalCursorPagination(CursorPagination):
    """Oldest first: timelines, sources and notes read top to bottom."""

    ordering = "id"
    page_size = 100


def _reversed(ordering: Sequence[str]) -> tuple[str, ...]:
    return tuple(name[1:] if name.startswith("-") else f"-{name}" for name in ordering)


def _after(ordering: Sequence[str], position: Sequence[Any], *, reverse: bool) -> Q:
    """Rows after `position` in `ordering` (before it, with `reverse`): for (a, -b, id),
    a > x OR (a = x AND b < y) OR (a = x AND b = y AND id > i), and a >= x."""
    condition = Q()
    equal: dict[str, Any] = {}
    for name, value in zip(ordering, position, strict=True):
        column = name.lstrip("-")
        descending = name.startswith("-") != reverse
        condition |= Q(**equal, **{f"{column}__{'lt' if descending else 'gt'}": value})
        equal[column] = value
    first = ordering[0].lstrip("-")
    bound = "lte" if ordering[0].startswith("-") != reverse else "gte"
    return Q(**{f"{first}__{bound}": position[0]}) & condition


def _value(row: Any, name: str) -> Any:
    if isinstance(row, dict):
        if name in row:
            return row[name]
        return row["pk" if name == "id" else "id"]
    return getattr(row, name)


def _encodable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _plain(value: Any) -> bool:
    """A value a cursor we wrote can hold: a string, a finite number in range, a boolean."""
    if isinstance(value, bool | str):
        return True
    if isinstance(value, int):
        return -LARGEST_ID <= value <= LARGEST_ID
    if isinstance(value, float):
        return value == value and abs(value) != float("inf")
    return False


def _typed(
    queryset: QuerySet[Any], ordering: Sequence[str], position: Sequence[Any], message: str
) -> tuple[Any, ...]:
    """The cursor's values as their columns' types; a value that is not one is a 404."""
    typed = []
    for name, value in zip(ordering, position, strict=True):
        column = name.lstrip("-")
        try:
            field = queryset.query.resolve_ref("id" if column == "pk" else column).output_field
            converted = field.to_python(value)
        except (ValidationError, TypeError, ValueError, AttributeError):
            raise NotFound(message) from None
        if converted is None:
            raise NotFound(message)
        typed.append(converted)
    return tuple(typed)
