"""`GET /claims/` builds its rows without ClaimSerializer (reviews.api.items.claim_list_items):
for every role, state and kind of claim the list says exactly what the serializer says, key
for key and in the same order, whichever way the page is read (one query or ids first)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from django.utils import timezone
from rest_framework.renderers import JSONRenderer
from rest_framework.test import APIClient

from claims.models import Claim, ClaimStatus
from matching.models import ClaimMatch
from reviews import selectors, services
from reviews.api.serializers import ClaimSerializer
from reviews.models import Review
from tests.factories import make_claim

pytestmark = pytest.mark.django_db

ROLES = ("reviewer", "other_reviewer", "editor", "admin")


@pytest.fixture
def every_kind_of_claim(
    claim_in: Callable[..., Claim], editor: Any, reviewer: Any, other_reviewer: Any, settings: Any
) -> list[Claim]:
    claims = [claim_in(state) for state in ClaimStatus.values]
    due = claim_in(ClaimStatus.QUEUED, checkworthiness=0.31)
    services.claim_assign(
        claim=due, by=editor, assignee=other_reviewer, due_at=timezone.now() + timedelta(days=2)
    )
    rated = claim_in(ClaimStatus.IN_PROGRESS, checkworthiness=0.5, reasons=["a", 3, None])
    version = Review.objects.get(claim=rated).version
    services.review_update(
        claim=rated, by=reviewer, version=version, rating="misleading", summary="Half."
    )
    no_reasons = make_claim(reasons=[], claimant="", checkworthiness=0.0)
    repeat = make_claim(checkworthiness=0.95, worth_checking=True)
    # A strong undecided match: the claim is flagged as a likely duplicate.
    ClaimMatch.objects.create(
        claim=repeat, matched_claim=claims[0], score=settings.MATCH_DUPLICATE_SCORE
    )
    return [*claims, due, rated, no_reasons, repeat]


def _serialized(user: Any, query: dict[str, Any]) -> bytes:
    """What ClaimSerializer(many=True) renders for the claims the list shows, in its order."""
    claims = selectors.claim_queue(user=user, filters=query)
    context = {"request": SimpleNamespace(user=user)}
    return JSONRenderer().render(ClaimSerializer(claims, many=True, context=context).data)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("query", "filters"),
    [
        ({}, {}),  # the whole queue by score: one query
        ({"ordering": "score"}, {"ordering": "score"}),
        ({"ordering": "due"}, {"ordering": "due"}),  # ids first
        ({"status": "in_progress"}, {"status": ["in_progress"]}),
        ({"min_score": "0.3", "ordering": "-updated"}, {"min_score": 0.3, "ordering": "-updated"}),
        ({"worth_checking": "1"}, {"worth_checking": True}),
        ({"worth_checking": "0"}, {"worth_checking": False}),
    ],
)
def test_the_list_says_what_the_claim_serializer_says(
    role: str,
    query: dict[str, Any],
    filters: dict[str, Any],
    every_kind_of_claim: list[Claim],
    clients: dict[str, APIClient],
    request: pytest.FixtureRequest,
) -> None:
    user = request.getfixturevalue(role if role != "admin" else "admin_user")
    response = clients[role].get("/api/v1/claims/", {**query, "page_size": "200"})
    assert response.status_code == 200
    listed = response.json()["results"]
    assert listed, "the comparison needs claims"
    expected = json.loads(_serialized(user, filters))
    assert listed == expected
    assert [list(row) for row in listed] == [list(row) for row in expected]  # key order


def test_the_flags_and_nested_values_come_through(
    every_kind_of_claim: list[Claim], clients: dict[str, APIClient], other_reviewer: Any
) -> None:
    rows = {row["id"]: row for row in clients["reviewer"].get("/api/v1/claims/").json()["results"]}
    *_, due, rated, no_reasons, repeat = every_kind_of_claim
    assert rows[repeat.pk]["likely_duplicate"] is True
    assert rows[repeat.pk]["worth_checking"] is True
    assert rows[no_reasons.pk]["worth_checking"] is False
    assert rows[rated.pk]["rating"] == {"slug": "misleading", "label": "Misleading", "value": None}
    assert rows[rated.pk]["reasons"] == ["a", "3", None]
    assert rows[no_reasons.pk]["reasons"] == [] and rows[no_reasons.pk]["rating"] is None
    assert rows[due.pk]["due_at"].endswith("Z") and rows[due.pk]["assignee"] == other_reviewer.pk
    # The assigned reviewer may edit their claim; another reviewer may not.
    assert "edit_review" in rows[rated.pk]["allowed_actions"]
    others = clients["other_reviewer"].get("/api/v1/claims/").json()["results"]
    assert next(row for row in others if row["id"] == rated.pk)["allowed_actions"] == []


def test_dates_in_another_time_zone_are_written_as_the_serializer_writes_them(
    every_kind_of_claim: list[Claim], clients: dict[str, APIClient], editor: Any, settings: Any
) -> None:
    settings.TIME_ZONE = "America/New_York"
    listed = clients["editor"].get("/api/v1/claims/", {"page_size": "200"}).json()["results"]
    assert listed == json.loads(_serialized(editor, {}))
    assert listed[0]["created_at"].endswith(("-05:00", "-04:00"))
