"""Paging `GET /api/v1/claims/` over many claims that tie on every ordering column: each
ordering is walked to the end forwards (`next`) and back (`previous`), seeing every claim
exactly once. DRF's cursor kept only the first column and gave up past 1,000 ties."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from claims.models import Claim, ClaimOrigin, ClaimStatus
from reviews.api.filters import CURSOR_ORDERINGS
from tests.factories import make_article

pytestmark = pytest.mark.django_db

TIED = 2500
PAGE = 200


@pytest.fixture
def tied_claims(db: Any) -> list[int]:
    """2,500 hand-made claims alike in score, state, due date and timestamps."""
    article = make_article()
    end = article.body.index(".") + 1
    now = timezone.now()
    claims = Claim.objects.bulk_create(
        Claim(
            article=article,
            span_start=0,
            span_end=end,
            text=article.body[:end],
            quote=article.body[:end],
            checkworthiness=0.5,
            origin=ClaimOrigin.MANUAL,
            status=ClaimStatus.CANDIDATE,
        )
        for _ in range(TIED)
    )
    # auto_now(_add) stamps each row apart by microseconds: make them tie too.
    Claim.objects.update(created_at=now, updated_at=now)
    return sorted(claim.pk for claim in claims)


def _walk(api: APIClient, url: str | None, link: str) -> list[dict[str, Any]]:
    """The pages met following `link` (`next` or `previous`) from `url`, in that order."""
    pages: list[dict[str, Any]] = []
    for _ in range(TIED // PAGE + 3):  # bounded: a walk that never ends fails below
        if url is None:
            return pages
        response = api.get(url)
        assert response.status_code == 200, response.content
        pages.append(response.json())
        url = pages[-1][link]
    raise AssertionError(f"the walk did not end after {len(pages)} pages")


def _ids(pages: list[dict[str, Any]]) -> list[int]:
    return [row["id"] for page in pages for row in page["results"]]


@pytest.mark.parametrize("filtered", [False, True], ids=["whole-queue", "filtered"])
def test_every_ordering_walks_tied_claims_to_the_end_once_each_way(
    filtered: bool, clients: dict[str, APIClient], tied_claims: list[int]
) -> None:
    api = clients["editor"]
    # A filter takes the ids-first path; without one, the score orders read whole rows.
    extra = "&status=candidate" if filtered else ""
    for ordering, columns in CURSOR_ORDERINGS.items():
        pages = _walk(api, f"/api/v1/claims/?ordering={ordering}&page_size={PAGE}{extra}", "next")
        forward = _ids(pages)
        assert len(forward) == len(set(forward)) == TIED, (ordering, len(forward))
        assert sorted(forward) == tied_claims, ordering
        # Ties fall back on the id, in the direction the ordering gives it.
        assert forward == sorted(forward, reverse=columns[-1].startswith("-")), ordering
        assert pages[0]["previous"] is None

        # Back from the last page to the first through `previous`: the same rows.
        back = _walk(api, pages[-1]["previous"], "previous")
        assert _ids(list(reversed(back))) + _ids(pages[-1:]) == forward, ordering
        assert len(back) == len(pages) - 1, ordering


@pytest.mark.parametrize(
    "cursor",
    [
        {"p": ["not a number", 5]},  # a text where the score goes
        {"p": [0.5]},  # too few values
        {"p": [0.5, 10**30]},  # an id no column holds
        {"p": [float("inf"), 1]},
        {"p": [{"a": 1}, 1]},
        {"p": [0.5, 1], "r": 7},
        {"p": []},
    ],
)
def test_a_forged_cursor_is_404_not_500(
    cursor: dict[str, Any], clients: dict[str, APIClient], tied_claims: list[int]
) -> None:
    encoded = base64.b64encode(json.dumps(cursor).encode()).decode()
    response = clients["editor"].get("/api/v1/claims/", {"cursor": encoded})
    assert response.status_code == 404, response.content
    assert response.json()["code"] == "not_found"


def test_a_cursor_that_is_not_base64_json_is_404(clients: dict[str, APIClient]) -> None:
    for value in ("%%%", "bm90IGpzb24=", base64.b64encode(b"[1,2]").decode()):
        response = clients["editor"].get("/api/v1/claims/", {"cursor": value})
        assert response.status_code == 404, (value, response.content)
