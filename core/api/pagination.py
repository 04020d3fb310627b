from __future__ import annotations

from typing import Any

from rest_framework import pagination


class CursorPagination(pagination.CursorPagination):
    """Stable paging over changing lists: a new claim never shifts a client's next page.

    A view may set `cursor_ordering` (a tuple, or a callable taking the request) when its
    order depends on the query, e.g. the claim queue's `ordering` parameter; the first
    field must be a column or annotation of the queryset that is never NULL.
    """

    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = 200
    ordering = "-id"

    def get_ordering(self, request: Any, queryset: Any, view: Any) -> tuple[str, ...]:
        ordering = getattr(view, "cursor_ordering", None)
        if callable(ordering):
            ordering = ordering(request)
        if ordering:
            return tuple(ordering)
        return tuple(super().get_ordering(request, queryset, view))


class ChronologicalCursorPagination(CursorPagination):
    """Oldest first: timelines, sources and notes read top to bottom."""

    ordering = "id"
    page_size = 100
