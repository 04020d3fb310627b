"""reviews.services.workflow: the transitions, their refusals and their timeline rows."""

from __future__ import annotations

from typing import Any

import pytest

from claims.models import Claim
from core.errors import Conflict, Forbidden, InvalidInput, NotFound, StaleVersion
from reviews import services
from reviews.models import (
    Assignment,
    Note,
    Notification,
    RevisionContributor,
    TimelineEvent,
    VerdictRevision,
)
from tests.factories import make_claim
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db


def timeline(claim: Claim) -> list[tuple[str, str, Any, Any, str]]:
    return list(
        TimelineEvent.objects.filter(claim=claim)
        .order_by("created_at", "id")
        .values_list("action", "field", "before", "after", "message")
    )


def test_triage_moves_a_candidate_and_records_the_reason(editor: Any) -> None:
    claim = make_claim()
    services.claim_triage(claim=claim, by=editor, decision="dismiss", reason="  Opinion.  ")
    claim.refresh_from_db()
    assert (claim.status, claim.version, claim.updated_by) == ("dismissed", 2, editor)
    assert timeline(claim) == [("transition", "status", "candidate", "dismissed", "Opinion.")]
    services.claim_restore(claim=claim.pk, by=editor)
    claim.refresh_from_db()
    assert claim.status == "candidate"
    assert timeline(claim)[-1] == ("transition", "status", "dismissed", "candidate", "")


def test_triage_refuses_an_unknown_decision_before_reading_the_claim(editor: Any) -> None:
    with pytest.raises(InvalidInput, match='"queue" or "dismiss"'):
        services.claim_triage(claim=10**9, by=editor, decision="publish")
    with pytest.raises(NotFound, match="does not exist"):
        services.claim_triage(claim=10**9, by=editor, decision="queue")


def test_a_reviewer_cannot_triage_and_the_refusal_names_the_role(reviewer: Any) -> None:
    claim = make_claim()
    with pytest.raises(Forbidden) as info:
        services.claim_triage(claim=claim, by=reviewer, decision="queue")
    assert info.value.message == "Only an editor can queue a claim."
    assert timeline(claim) == []


def test_a_transition_in_the_wrong_state_names_the_allowed_states(editor: Any) -> None:
    claim = make_claim()
    with pytest.raises(Conflict) as info:
        services.claim_restore(claim=claim, by=editor)
    assert info.value.code == "invalid_state"
    assert info.value.message == (
        "Cannot restore a claim that is candidate (allowed when: dismissed)."
    )


def test_a_stale_version_is_refused_with_who_changed_it(editor: Any, editor2: Any) -> None:
    claim = make_claim()
    services.claim_update(claim=claim, by=editor2, changes={"claimant": "Someone"}, version=1)
    with pytest.raises(StaleVersion) as info:
        services.claim_triage(claim=claim, by=editor, decision="queue", version=1)
    assert info.value.extra["current_version"] == 2
    assert info.value.extra["changed_by"] == "eddie"
    with pytest.raises(InvalidInput, match="whole number"):
        services.claim_triage(claim=claim, by=editor, decision="queue", version="two")  # type: ignore[arg-type]
    claim.refresh_from_db()
    assert (claim.status, claim.version) == ("candidate", 2)
    assert timeline(claim) == [("edited", "claimant", "the ministry", "Someone", "")]


def test_start_makes_the_assignee_the_author(editor: Any, reviewer: Any) -> None:
    claim = claim_in("assigned", editor=editor, reviewer=reviewer)
    services.claim_start(claim=claim, by=reviewer)
    claim.refresh_from_db()
    assert claim.status == "in_progress" and claim.review.author == reviewer
    assert timeline(claim)[-1][:4] == ("transition", "status", "assigned", "in_progress")


def test_start_by_someone_else_names_the_assignee(
    editor: Any, reviewer: Any, other_reviewer: Any
) -> None:
    claim = claim_in("assigned", editor=editor, reviewer=reviewer)
    with pytest.raises(Forbidden) as info:
        services.claim_start(claim=claim, by=other_reviewer)
    name = reviewer.get_full_name()
    assert info.value.message == (
        f"Only {name} (rita), who is assigned to this claim, can start it."
    )


def test_submit_lists_what_is_missing_in_the_refusal(
    editor: Any, reviewer: Any, ratings: None
) -> None:
    claim = claim_in("assigned", editor=editor, reviewer=reviewer)
    services.claim_start(claim=claim, by=reviewer)
    services.review_update(claim=claim, by=reviewer, version=None, summary="Half right.")
    with pytest.raises(Conflict) as info:
        services.claim_submit(claim=claim, by=reviewer)
    assert info.value.code == "incomplete"
    assert info.value.extra == {"missing": ["a rating", "at least one source"]}
    claim.refresh_from_db()
    assert claim.status == "in_progress"


def test_submit_missing_reads_the_claim_and_its_review(
    editor: Any, reviewer: Any, ratings: None
) -> None:
    claim = claim_in("in_progress", editor=editor, reviewer=reviewer)
    assert services.submit_missing(claim, claim.review) == []
    fresh = make_claim()
    assert services.submit_missing(fresh, None) == [
        "a rating",
        "a summary",
        "at least one source",
    ]


def test_submit_records_the_time_and_moves_to_review(
    editor: Any, reviewer: Any, ratings: None
) -> None:
    claim = claim_in("in_progress", editor=editor, reviewer=reviewer)
    services.claim_submit(claim=claim, by=reviewer, version=claim.version)
    claim.refresh_from_db()
    assert claim.status == "in_review" and claim.review.submitted_at is not None


def test_approve_publishes_a_revision_with_the_sources_and_credits_the_writers(
    editor: Any, reviewer: Any, ratings: None
) -> None:
    claim = claim_in("in_review", editor=editor, reviewer=reviewer)
    services.claim_approve(claim=claim, by=editor)
    claim.refresh_from_db()
    review = claim.review
    assert claim.status == "published"
    assert (review.approver, review.published_at is not None) == (editor, True)
    revision = VerdictRevision.objects.get(review=review)
    assert review.published_revision == revision
    assert revision.rating is not None
    assert (revision.number, revision.rating.slug, revision.summary) == (
        1,
        "false",
        "We checked it.",
    )
    assert revision.sources == [
        ["https://stats.example.org/report", "", "", "context", None],
    ]
    credited = RevisionContributor.objects.filter(revision=revision).values_list("user", flat=True)
    assert list(credited) == [reviewer.pk]
    assert not review.contributors.exists()  # the next correction starts afresh
    assert Notification.objects.filter(recipient=reviewer, kind="approved").count() == 1


def test_whoever_changed_the_verdict_may_not_approve_it_and_credits_add_up(
    editor: Any, editor2: Any, reviewer: Any, admin_user: Any, ratings: None
) -> None:
    claim = claim_in("published", editor=editor, reviewer=reviewer)
    services.claim_reopen(claim=claim, by=editor2, note="The figure was revised.")
    services.review_update(claim=claim, by=reviewer, version=None, summary="Now revised.")
    services.review_update(claim=claim, by=admin_user, version=None, rationale="Why.")
    services.claim_submit(claim=claim, by=reviewer)
    with pytest.raises(Forbidden, match="another editor must approve it"):
        services.claim_approve(claim=claim, by=admin_user)
    services.claim_approve(claim=claim, by=editor)
    claim.refresh_from_db()
    assert claim.status == "published" and claim.review.corrected_at is not None
    newest = VerdictRevision.objects.filter(review=claim.review).order_by("-number").first()
    assert newest is not None and newest.number == 2
    assert newest.correction_note == "The figure was revised."
    credited = RevisionContributor.objects.filter(revision=newest).order_by("position")
    # Writers of the text published before keep their credit, then the new ones, once each.
    assert list(credited.values_list("user", flat=True)) == [reviewer.pk, admin_user.pk]
    assert timeline(claim)[-1][4] == "Correction published"


def test_return_needs_a_comment_and_leaves_a_note_and_a_notification(
    editor: Any, reviewer: Any, ratings: None
) -> None:
    claim = claim_in("in_review", editor=editor, reviewer=reviewer)
    with pytest.raises(InvalidInput, match="say what needs to change"):
        services.claim_return(claim=claim, by=editor, comment="")
    services.claim_return(claim=claim, by=editor, comment="Cite the 2023 census.")
    claim.refresh_from_db()
    assert claim.status == "in_progress"
    assert Note.objects.get(claim=claim).body == "Returned: Cite the 2023 census."
    assert timeline(claim)[-1] == (
        "transition",
        "status",
        "in_review",
        "in_progress",
        "Cite the 2023 census.",
    )
    notification = Notification.objects.get(recipient=reviewer, kind="returned")
    assert "Cite the 2023 census." in notification.message


def test_reopen_keeps_the_published_revision_and_clears_the_submission(
    editor: Any, reviewer: Any, ratings: None
) -> None:
    claim = claim_in("published", editor=editor, reviewer=reviewer)
    with pytest.raises(InvalidInput, match="what is being corrected"):
        services.claim_reopen(claim=claim, by=editor, note=" ")
    services.claim_reopen(claim=claim, by=editor, note="Typo in the summary.")
    claim.refresh_from_db()
    review = claim.review
    assert claim.status == "in_progress"
    assert (review.correction_note, review.submitted_at) == ("Typo in the summary.", None)
    assert review.published_revision is not None
    assert timeline(claim)[-1][4] == "Reopened for correction: Typo in the summary."


def test_merge_ends_the_assignment_and_records_both_rows(editor: Any, reviewer: Any) -> None:
    claim = claim_in("assigned", editor=editor, reviewer=reviewer)
    canonical = make_claim()
    services.claim_merge(claim=claim, by=editor, canonical=canonical.pk)
    claim.refresh_from_db()
    assert (claim.status, claim.duplicate_of) == ("duplicate", canonical)
    assert not Assignment.objects.filter(claim=claim, ended_at__isnull=True).exists()
    assert timeline(claim)[-2:] == [
        ("merged", "duplicate_of", None, canonical.pk, ""),
        ("transition", "status", "assigned", "duplicate", ""),
    ]


def test_merge_refuses_unknown_claims_and_cycles(editor: Any) -> None:
    first, second = make_claim(), make_claim()
    with pytest.raises(NotFound):
        services.claim_merge(claim=10**9, by=editor, canonical=first)
    with pytest.raises(InvalidInput, match="does not exist"):
        services.claim_merge(claim=first, by=editor, canonical=10**9)
    services.claim_merge(claim=first, by=editor, canonical=second)
    with pytest.raises(Conflict, match="already point at each other"):
        services.claim_merge(claim=second, by=editor, canonical=first)
    dismissed = make_claim()
    services.claim_triage(claim=dismissed, by=editor, decision="dismiss")
    with pytest.raises(Conflict, match="dismissed claim cannot be the canonical"):
        services.claim_merge(claim=make_claim(), by=editor, canonical=dismissed)
