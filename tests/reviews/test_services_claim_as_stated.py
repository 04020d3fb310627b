"""The claim as stated: written by the reviewer, blank meaning the claim's text, and kept
with each published revision."""

from __future__ import annotations

from typing import Any

import pytest

from claims.models import Claim
from reviews import services
from reviews.models import Review, TimelineEvent
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db


def _write(claim: Claim, by: Any, **fields: Any) -> Review:
    review = services.review_for(claim)
    return services.review_update(claim=claim.pk, by=by, version=review.version, **fields)


def test_the_reviewer_words_the_claim_and_the_timeline_records_it(
    editor: Any, reviewer: Any, ratings: None
) -> None:
    claim = claim_in("in_progress", editor=editor, reviewer=reviewer)
    review = _write(claim, reviewer, claim_as_stated="  Unemployment has halved since 2021 ")
    assert review.claim_as_stated == "Unemployment has halved since 2021"
    event = TimelineEvent.objects.get(claim=claim, field="claim_as_stated")
    assert (event.before, event.after) == ("", "Unemployment has halved since 2021")


def test_the_claims_own_text_or_none_leaves_it_blank_and_none_changes_nothing(
    editor: Any, reviewer: Any, ratings: None
) -> None:
    claim = claim_in("in_progress", editor=editor, reviewer=reviewer)
    before = services.review_for(claim).version
    review = _write(claim, reviewer, claim_as_stated=f" {claim.text} ")
    assert review.claim_as_stated == "" and review.version == before  # nothing changed
    _write(claim, reviewer, claim_as_stated="Reworded")
    review = _write(claim, reviewer, summary="Only the summary.")
    assert review.claim_as_stated == "Reworded"
    review = _write(claim, reviewer, claim_as_stated="")
    assert review.claim_as_stated == ""


def test_each_published_revision_keeps_its_own_claim_as_stated(
    editor: Any, editor2: Any, reviewer: Any, ratings: None
) -> None:
    claim = claim_in("in_review", editor=editor, reviewer=reviewer)
    services.claim_approve(claim=claim, by=editor2)
    first = Review.objects.get(claim=claim).published_revision
    assert first is not None and first.claim_as_stated == claim.text  # the default, as published

    services.claim_reopen(claim=claim, by=editor, note="Reword the claim.")
    _write(claim, reviewer, claim_as_stated="The rate has halved")
    services.claim_submit(claim=claim, by=reviewer)
    services.claim_approve(claim=claim, by=editor2)

    review = Review.objects.get(claim=claim)
    assert review.published_revision is not None
    assert review.published_revision.claim_as_stated == "The rate has halved"
    first.refresh_from_db()
    assert first.claim_as_stated == claim.text
