from rest_framework import pagination


class CursorPagination(pagination.CursorPagination):
    """Stable paging over changing lists: a new claim never shifts a client's next page."""

    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = 200
    ordering = "-id"
