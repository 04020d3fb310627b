"""The claim list's text search: whichever way a search is planned, the same claims in the
same order, page after page."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from reviews import selectors
from tests.factories import make_claim

pytestmark = pytest.mark.django_db


def walk(api: APIClient, url: str) -> list[int]:
    seen: list[int] = []
    next_url: str | None = url
    while next_url:
        response = api.get(next_url)
        assert response.status_code == 200, response.content
        seen += [row["id"] for row in response.json()["results"]]
        next_url = response.json()["next"]
    return seen


@pytest.mark.parametrize("ordering", ["-score", "score", "due", "-updated"])
def test_a_rare_search_word_pages_through_every_match_in_order(
    monkeypatch: Any, clients: dict[str, APIClient], ordering: str
) -> None:
    # Among the best 3 claims (the window here) there is no match: the word counts as rare.
    monkeypatch.setattr(selectors.search, "QUEUE_SEARCH_WINDOW", 3)
    for _ in range(4):
        make_claim(claimant="Someone", checkworthiness=0.9)
    rare = [make_claim(claimant="Dr Zielinski", checkworthiness=s) for s in (0.4, 0.3, 0.3, 0.1)]
    api = clients["editor"]
    everything = walk(api, f"/api/v1/claims/?ordering={ordering}&page_size=50")
    expected = [pk for pk in everything if pk in {c.pk for c in rare}]
    assert walk(api, f"/api/v1/claims/?q=zielinski&ordering={ordering}&page_size=1") == expected
    assert walk(api, f"/api/v1/claims/?q=ZIELINSKI&ordering={ordering}&page_size=3") == expected


def test_the_rare_search_ordering_is_chosen_by_a_selector(monkeypatch: Any, editor: Any) -> None:
    from django.db import connection

    from claims.models import Claim

    monkeypatch.setattr(selectors.search, "QUEUE_SEARCH_WINDOW", 3)
    for _ in range(4):
        make_claim(claimant="Someone", checkworthiness=0.9)
    make_claim(claimant="Dr Zielinski", checkworthiness=0.2)
    queryset = Claim.objects.all()
    kept, ordering = selectors.claims_rare_search_first(
        queryset, user=editor, filters={}, ordering=("-checkworthiness", "id"), per_page=1
    )
    assert (kept, ordering) == (queryset, None)  # no search: nothing to choose
    kept, ordering = selectors.claims_rare_search_first(
        queryset,
        user=editor,
        filters={"q": "zielinski"},
        ordering=("-checkworthiness", "id"),
        per_page=1,
    )
    if connection.vendor != "postgresql":
        assert (kept, ordering) == (queryset, None)  # SQLite has one plan for every search
        return
    assert ordering == ("-search_key", "id")
    assert "search_key" in kept.query.annotations
    assert list(kept.order_by(*ordering).values_list("checkworthiness", flat=True)) == sorted(
        queryset.values_list("checkworthiness", flat=True), reverse=True
    )
