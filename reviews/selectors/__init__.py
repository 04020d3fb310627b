"""Reads for lists and pages: each returns a queryset or value that costs a fixed number
of queries however many rows it covers.

Split by topic; every name stays importable from `reviews.selectors`. A test that changes
a module's constant patches that module (`selectors.paging.QUEUE_COUNT_CAP`).
"""

from claims.selectors import articles_with_counts, outlets
from reviews.selectors.dashboard import (
    DASHBOARD_COUNTS_SECONDS,
    DashboardFigures,
    dashboard_figures,
    extraction_backlog,
    forget_dashboard_counts,
    published_per_day,
    status_counts,
)
from reviews.selectors.lists import (
    CLAIM_LIST_COLUMNS,
    CLAIM_LIST_RATING,
    QUEUE_ROW_FIELDS,
    claim_list_rows,
    claim_list_values,
    claim_queue_rows,
    claim_values_by_id,
)
from reviews.selectors.notifications import notifications_recent
from reviews.selectors.paging import (
    MAX_PAGE_NUMBER,
    QUEUE_COUNT_CAP,
    QueuePage,
    claim_queue_page,
)
from reviews.selectors.queue import (
    FILTER_CHOICES_KEY,
    FILTER_CHOICES_SECONDS,
    QUEUE_ORDERINGS,
    claim_base,
    claim_queue,
    filter_choices,
    forget_filter_choices,
    overdue_claims,
    ratings_active,
    reviewers_with_load,
)
from reviews.selectors.search import (
    QUEUE_SEARCH_WINDOW,
    _search_page_ids,
    claims_rare_search_first,
    search_is_rare,
)
from reviews.selectors.workspace import (
    article_claims,
    claim_detail,
    claim_is_likely_duplicate,
    claim_notes,
    claim_sources,
    claim_timeline,
    claim_workspace,
    source_claim_id,
)

__all__ = [
    "CLAIM_LIST_COLUMNS",
    "CLAIM_LIST_RATING",
    "DASHBOARD_COUNTS_SECONDS",
    "FILTER_CHOICES_KEY",
    "FILTER_CHOICES_SECONDS",
    "MAX_PAGE_NUMBER",
    "QUEUE_COUNT_CAP",
    "QUEUE_ORDERINGS",
    "QUEUE_ROW_FIELDS",
    "QUEUE_SEARCH_WINDOW",
    "DashboardFigures",
    "QueuePage",
    "_search_page_ids",
    "article_claims",
    "articles_with_counts",
    "claim_base",
    "claim_detail",
    "claim_is_likely_duplicate",
    "claim_list_rows",
    "claim_list_values",
    "claim_notes",
    "claim_queue",
    "claim_queue_page",
    "claim_queue_rows",
    "claim_sources",
    "claim_timeline",
    "claim_values_by_id",
    "claim_workspace",
    "claims_rare_search_first",
    "dashboard_figures",
    "extraction_backlog",
    "filter_choices",
    "forget_dashboard_counts",
    "forget_filter_choices",
    "notifications_recent",
    "outlets",
    "overdue_claims",
    "published_per_day",
    "ratings_active",
    "reviewers_with_load",
    "search_is_rare",
    "source_claim_id",
    "status_counts",
]
