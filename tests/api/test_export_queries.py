"""A streamed export costs a fixed number of queries per chunk of verdicts, whatever their
number, and reads the published verdicts in the export's order without sorting them all
first on SQLite.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from rest_framework.test import APIClient

from claims.models import Claim, ClaimStatus
from reviews import export, services
from tests.conftest import require
from tests.factories import make_claim

pytestmark = pytest.mark.django_db


def _body(response: Any) -> bytes:
    return b"".join(response.streaming_content)


@pytest.mark.parametrize("size", [10, 200])
@pytest.mark.parametrize("fmt", ["ndjson", "csv", "claimreview"])
def test_a_streamed_export_costs_a_fixed_number_of_queries(
    fmt: str,
    size: int,
    clients: dict[str, APIClient],
    claim_in: Callable[..., Claim],
    editor: Any,
    django_assert_num_queries: Any,
) -> None:
    canonical = claim_in(ClaimStatus.PUBLISHED)
    for _ in range(size - 1):
        claim_in(ClaimStatus.PUBLISHED)
    services.claim_merge(claim=make_claim(), by=editor, canonical=canonical)
    api = clients["editor"]
    url = f"/api/v1/verdicts/?format={fmt}"
    _body(api.get(url))  # warm-up: role cache
    # ETag aggregate, rating scale, the verdict rows, then per chunk (one here): writers,
    # duplicate appearances, the sources' current archived copies, earlier revisions.
    with django_assert_num_queries(7):
        body = _body(api.get(url))
    assert body.count(b"\n") >= size


@pytest.mark.sqlite
def test_sqlite_reads_published_verdicts_in_order_from_the_updated_index(
    claim_in: Callable[..., Claim],
) -> None:
    require(connection.vendor == "sqlite", "a query plan of SQLite's (unset DATABASE_URL)")
    claim_in(ClaimStatus.PUBLISHED)
    queryset = export.verdict_queryset().only("id", "updated_at")[:200]
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        plan = " / ".join(row[-1] for row in cursor.fetchall())
    assert "review_updated_idx" in plan
    assert "TEMP B-TREE" not in plan
