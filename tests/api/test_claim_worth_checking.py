"""`GET /claims/?worth_checking=1`: the extractor's short list, and only it."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db


def test_the_claim_list_filters_on_the_short_list(clients: dict[str, APIClient]) -> None:
    article = make_article(body="Jobs rose 4 percent. Rain fell. Taxes fell 2 percent.")
    worth = make_claim(article=article, worth_checking=True)
    start = article.body.index("Rain")
    other = make_claim(article=article, span_start=start, span_end=start + 10)

    def ids(query: str) -> list[int]:
        response = clients["reviewer"].get(f"/api/v1/claims/?{query}")
        assert response.status_code == 200
        return [row["id"] for row in response.json()["results"]]

    assert ids("worth_checking=1") == ids("worth_checking=true") == [worth.pk]
    assert ids("worth_checking=0") == ids("worth_checking=false") == [other.pk]
    assert sorted(ids("")) == sorted([worth.pk, other.pk])
    detail = clients["reviewer"].get(f"/api/v1/claims/{worth.pk}/").json()
    assert detail["worth_checking"] is True


def test_a_bad_worth_checking_value_is_400_naming_the_field(
    clients: dict[str, APIClient],
) -> None:
    response = clients["editor"].get("/api/v1/claims/?worth_checking=maybe")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid" and "worth_checking" in body["detail"]
