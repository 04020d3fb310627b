"""200 clients save the same review at once, all with the version they loaded."""

from __future__ import annotations

import http.client
import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.db import connection
from rest_framework.authtoken.models import Token

from reviews.models import Review
from tests.conftest import require
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.integration


@pytest.mark.django_db(transaction=True)
def test_200_concurrent_saves_with_one_version_one_wins_the_rest_get_409(
    live_server: Any, editor: Any, reviewer: Any, ratings: None
) -> None:
    require(connection.vendor == "postgresql", "row locks under real concurrency need PostgreSQL")
    claim = claim_in("in_progress", editor=editor, reviewer=reviewer)
    review = Review.objects.get(claim=claim)
    version = review.version
    token = Token.objects.create(user=reviewer).key
    address = urlsplit(live_server.url)

    def save(n: int) -> tuple[int, str]:
        body = json.dumps({"summary": f"summary from client {n}", "version": version})
        conn = http.client.HTTPConnection(address.hostname, address.port, timeout=60)
        try:
            conn.request(
                "PUT",
                f"/api/v1/claims/{claim.pk}/review/",
                body=body,
                headers={"Authorization": f"Token {token}", "Content-Type": "application/json"},
            )
            response = conn.getresponse()
            return response.status, f"summary from client {n}"
        finally:
            conn.close()

    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(save, range(200)))
    codes = sorted(code for code, _ in results)
    assert codes.count(200) == 1, codes
    assert codes.count(409) == 199, codes
    winner = next(text for code, text in results if code == 200)
    review.refresh_from_db()
    assert review.summary == winner
    assert review.version == version + 1
