"""reviews.services.verdict: the rating scale and the review's rating, summary, rationale."""

from __future__ import annotations

from typing import Any

import pytest

from core.errors import Forbidden, InvalidInput, NotFound, StaleVersion
from reviews import services
from reviews.models import Rating, Review, TimelineEvent
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db


def test_ratings_load_creates_then_updates_only_what_changed(db: Any) -> None:
    entries: list[dict[str, Any]] = [
        {"label": "Pants on fire", "order": 9, "value": 1},
        {"slug": "fine", "label": "Fine", "colour": "#00ff00"},
    ]
    assert services.ratings_load(entries=entries) == (2, 0)
    assert Rating.objects.get(slug="pants-on-fire").value == 1
    assert services.ratings_load(entries=entries) == (0, 0)
    entries[1]["description"] = "Checks out."
    assert services.ratings_load(entries=entries) == (0, 1)
    assert Rating.objects.get(slug="fine").description == "Checks out."


def test_a_review_update_records_one_row_per_field_and_bumps_the_version(
    editor: Any, reviewer: Any, ratings: None
) -> None:
    claim = claim_in("assigned", editor=editor, reviewer=reviewer)
    review = services.review_update(
        claim=claim.pk,
        by=reviewer,
        version=None,
        rating="false",
        summary="  It is not so.  ",
        rationale="The census says otherwise.",
    )
    assert review.rating is not None
    assert (review.rating.slug, review.summary, review.version) == ("false", "It is not so.", 2)
    assert (review.author, review.updated_by) == (reviewer, reviewer)
    rows = list(
        TimelineEvent.objects.filter(claim=claim, action="review_edited")
        .order_by("id")
        .values_list("field", "before", "after")
    )
    assert rows == [
        ("rating", None, "false"),
        ("summary", "", "It is not so."),
        ("rationale", "", "The census says otherwise."),
    ]
    assert list(review.contributors.all()) == [reviewer]
    # Nothing new: no row, no version.
    same = services.review_update(
        claim=claim, by=reviewer, version=review.version, summary="It is not so."
    )
    assert same.version == 2
    assert TimelineEvent.objects.filter(claim=claim, action="review_edited").count() == 3


def test_a_review_update_can_clear_the_rating_with_a_rating_object(
    editor: Any, reviewer: Any, ratings: None
) -> None:
    claim = claim_in("in_progress", editor=editor, reviewer=reviewer)
    mixed = Rating.objects.get(slug="mixed")
    review = services.review_update(claim=claim, by=reviewer, version=None, rating=mixed)
    assert review.rating == mixed
    fresh = Review.objects.get(pk=review.pk)
    assert fresh.rating == mixed


def test_a_stale_review_version_is_refused(editor: Any, reviewer: Any, ratings: None) -> None:
    claim = claim_in("in_progress", editor=editor, reviewer=reviewer)
    version = claim.review.version
    services.review_update(claim=claim, by=reviewer, version=version, summary="First.")
    with pytest.raises(StaleVersion, match="review was changed by"):
        services.review_update(claim=claim, by=reviewer, version=version, summary="Second.")
    assert Review.objects.get(claim=claim).summary == "First."


def test_an_unknown_or_inactive_rating_is_refused_before_anything_else(
    editor: Any, reviewer: Any, other_reviewer: Any, ratings: None
) -> None:
    claim = claim_in("in_progress", editor=editor, reviewer=reviewer)
    Rating.objects.filter(slug="mixed").update(is_active=False)
    with pytest.raises(InvalidInput) as info:
        services.review_update(claim=claim, by=other_reviewer, version=None, rating="mixed")
    assert "mixed" not in info.value.message.split("use one of:")[1]
    assert list(info.value.extra["errors"]) == ["rating"]
    with pytest.raises(InvalidInput, match="unknown rating 'nope'"):
        services.review_update(claim=10**9, by=reviewer, version=None, rating="nope")
    with pytest.raises(NotFound):
        services.review_update(claim=10**9, by=reviewer, version=None, rating="false")


def test_only_the_assignee_writes_the_verdict_and_only_while_researching(
    editor: Any, reviewer: Any, ratings: None
) -> None:
    claim = claim_in("in_review", editor=editor, reviewer=reviewer)
    with pytest.raises(Forbidden, match="can edit the review of it"):
        services.review_update(claim=claim, by=editor, version=None, summary="x")
    with pytest.raises(Exception, match="Cannot edit the review of a claim that is in review"):
        services.review_update(claim=claim, by=reviewer, version=None, summary="x")
