"""`PUT /claims/{id}/review/` with a rating: the slug is looked up by the service in the
statement that reads the review, and answers as the input serializer's related field did
(a bad slug is a 400 naming `rating`, before whose claim it is or which version)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rest_framework.test import APIClient

from claims.models import Claim, ClaimStatus
from reviews import services
from reviews.models import Rating, Review, TimelineEvent

pytestmark = pytest.mark.django_db


def _put(api: APIClient, pk: int, **body: Any) -> Any:
    return api.put(f"/api/v1/claims/{pk}/review/", body, format="json")


def _bad_rating(response: Any) -> None:
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["code"] == "invalid"
    assert "rating" in body["errors"]
    assert body["detail"].startswith("rating: ")


def test_a_retired_rating_is_refused_and_nothing_changes(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim]
) -> None:
    claim = claim_in(ClaimStatus.IN_PROGRESS)
    Rating.objects.filter(slug="mixed").update(is_active=False)
    review = Review.objects.get(claim=claim)

    response = _put(clients["reviewer"], claim.pk, rating="mixed", version=review.version)

    _bad_rating(response)
    assert "mostly-false" in response.json()["detail"]  # names the ratings to choose from
    assert Review.objects.get(claim=claim).version == review.version


@pytest.mark.parametrize(
    "case", ["another reviewer", "a stale version", "no such claim", "a blank slug"]
)
def test_a_bad_rating_is_reported_first(
    case: str, clients: dict[str, APIClient], claim_in: Callable[..., Claim]
) -> None:
    claim = claim_in(ClaimStatus.IN_PROGRESS)
    version = Review.objects.get(claim=claim).version
    api, pk, rating = clients["reviewer"], claim.pk, "pants-on-fire"
    if case == "another reviewer":
        api = clients["other_reviewer"]
    elif case == "a stale version":
        version += 1
    elif case == "no such claim":
        pk = 999_999
    else:
        rating = ""
    _bad_rating(_put(api, pk, rating=rating, version=version))


def test_null_clears_the_rating_and_the_timeline_says_so(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim], reviewer: Any
) -> None:
    claim = claim_in(ClaimStatus.IN_PROGRESS)
    version = Review.objects.get(claim=claim).version
    rated = _put(clients["reviewer"], claim.pk, rating="true", version=version).json()

    cleared = _put(clients["reviewer"], claim.pk, rating=None, version=rated["version"])

    assert cleared.status_code == 200
    assert (cleared.json()["rating"], cleared.json()["version"]) == (None, version + 2)
    assert Review.objects.get(claim=claim).rating_id is None
    last = TimelineEvent.objects.filter(claim=claim).order_by("-id").first()
    assert last is not None
    assert (last.field, last.before, last.after, last.actor_id) == (
        "rating",
        "true",
        None,
        reviewer.pk,
    )


def test_the_same_rating_again_changes_nothing(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim]
) -> None:
    claim = claim_in(ClaimStatus.IN_PROGRESS)
    version = Review.objects.get(claim=claim).version
    first = _put(clients["reviewer"], claim.pk, rating="false", version=version).json()
    events = TimelineEvent.objects.filter(claim=claim).count()

    again = _put(clients["reviewer"], claim.pk, rating="false", version=first["version"])

    assert again.status_code == 200
    assert again.json() == first
    assert TimelineEvent.objects.filter(claim=claim).count() == events


def test_the_saved_review_carries_the_whole_rating(
    claim_in: Callable[..., Claim], reviewer: Any
) -> None:
    claim = claim_in(ClaimStatus.IN_PROGRESS)
    version = Review.objects.get(claim=claim).version

    review = services.review_update(claim=claim.pk, by=reviewer, version=version, rating="mixed")

    assert review.rating is not None
    # The save reads only the rating's id and slug; the rest loads when asked for.
    assert (review.rating.slug, review.rating.label, review.rating.value) == ("mixed", "Mixed", 3)


def test_the_answer_to_a_correction_is_what_a_reader_gets_back(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim], editor: Any
) -> None:
    claim = claim_in(ClaimStatus.PUBLISHED)
    services.claim_reopen(claim=claim, by=editor, note="The year was wrong.")
    version = Review.objects.get(claim=claim).version

    saved = _put(clients["reviewer"], claim.pk, rating="mostly-true", version=version).json()

    assert saved == clients["editor"].get(f"/api/v1/claims/{claim.pk}/review/").json()
    # Every date of a published, reopened verdict is set, and comes through alike.
    assert all(saved[name] for name in ("approved_at", "published_at", "updated_at"))
    assert saved["correction_note"] == "The year was wrong."
