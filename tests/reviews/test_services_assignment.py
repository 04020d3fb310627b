"""reviews.services.assignment: one claim, in bulk, or spread by load."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.core.cache import cache
from django.utils import timezone, translation

from core.errors import Conflict, Forbidden, InvalidInput, NotFound
from reviews import selectors, services
from reviews.models import Assignment, Notification, TimelineEvent
from tests.factories import make_claim, make_user
from tests.reviews.workflow import claim_in

pytestmark = pytest.mark.django_db


def test_assigning_records_the_assignment_the_timeline_and_a_notification(
    editor: Any, reviewer: Any
) -> None:
    claim = claim_in("queued", editor=editor, reviewer=reviewer)
    due = timezone.now() + timedelta(days=1)
    services.claim_assign(claim=claim, by=editor, assignee=reviewer.pk, due_at=due)
    claim.refresh_from_db()
    assert (claim.status, claim.assignee, claim.due_at) == ("assigned", reviewer, due)
    assignment = Assignment.objects.get(claim=claim)
    assert (assignment.reviewer, assignment.assigned_by, assignment.ended_at) == (
        reviewer,
        editor,
        None,
    )
    rows = list(
        TimelineEvent.objects.filter(claim=claim)
        .order_by("id")
        .values_list("action", "before", "after")
    )
    assert rows[-2:] == [("assigned", None, "rita"), ("transition", "queued", "assigned")]
    message = Notification.objects.get(recipient=reviewer, kind="assigned").message
    assert message.startswith(f"{editor.get_full_name()} (edna) assigned you a claim (due ")


def test_the_due_date_is_written_in_the_language_and_time_zone_of_the_workbench(
    editor: Any, reviewer: Any, settings: Any
) -> None:
    """The timeline's "Due …" and the reviewer's notification read like every page's dates:
    LANGUAGE_CODE's format in TIME_ZONE (11:59 p.m. in Berlin), not a UTC "2031-01-15 22:59"."""
    settings.LANGUAGE_CODE, settings.TIME_ZONE = "en-gb", "Europe/Berlin"
    claim = claim_in("queued", editor=editor, reviewer=reviewer)
    due = datetime(2031, 1, 15, 22, 59, tzinfo=UTC)  # 23:59 in Berlin
    with translation.override("en-gb"), timezone.override("Europe/Berlin"):
        services.claim_assign(claim=claim, by=editor, assignee=reviewer.pk, due_at=due)
    event = TimelineEvent.objects.get(claim=claim, action="assigned")
    assert event.message == "Due 15 Jan 2031, 11:59 p.m."
    message = Notification.objects.get(recipient=reviewer, kind="assigned").message
    assert message.endswith("assigned you a claim (due 15 Jan 2031, 11:59 p.m.)")


def test_assigning_again_to_the_same_reviewer_changes_nothing(editor: Any, reviewer: Any) -> None:
    claim = claim_in("assigned", editor=editor, reviewer=reviewer)
    version = claim.version
    services.claim_assign(claim=claim, by=editor, assignee=reviewer)
    claim.refresh_from_db()
    assert claim.version == version
    assert Assignment.objects.filter(claim=claim).count() == 1


def test_a_naive_due_date_is_read_in_the_current_time_zone(editor: Any, reviewer: Any) -> None:
    claim = claim_in("queued", editor=editor, reviewer=reviewer)
    naive = datetime(2030, 1, 2, 9, 30)
    services.claim_assign(claim=claim, by=editor, assignee=reviewer, due_at=naive)
    claim.refresh_from_db()
    assert claim.due_at == timezone.make_aware(naive)


def test_the_assignee_must_be_an_active_reviewer(editor: Any, reviewer: Any) -> None:
    claim = claim_in("queued", editor=editor, reviewer=reviewer)
    for assignee in ("nobody", 10**9, None):
        with pytest.raises(InvalidInput, match="no active user"):
            services.claim_assign(claim=claim, by=editor, assignee=assignee)
    superuser = make_user(username="su", is_superuser=True)
    with pytest.raises(InvalidInput, match="is not a reviewer"):
        services.claim_assign(claim=claim, by=editor, assignee=superuser)


def test_only_editors_assign(reviewer: Any, other_reviewer: Any, editor: Any) -> None:
    claim = claim_in("queued", editor=editor, reviewer=reviewer)
    with pytest.raises(Forbidden, match="Only an editor can assign"):
        services.claim_assign(claim=claim, by=other_reviewer, assignee=reviewer)
    with pytest.raises(Forbidden, match="Only an editor can assign claims"):
        services.claims_assign_bulk(claims=[claim.pk], by=reviewer, assignee=reviewer)


def test_an_assignment_forgets_the_cached_reviewer_loads(editor: Any, reviewer: Any) -> None:
    selectors.filter_choices()
    assert cache.get(selectors.FILTER_CHOICES_KEY) is not None
    services.claim_assign(
        claim=claim_in("queued", editor=editor, reviewer=reviewer), by=editor, assignee=reviewer
    )
    assert cache.get(selectors.FILTER_CHOICES_KEY) is None


def test_bulk_assignment_checks_its_input(editor: Any, reviewer: Any) -> None:
    claim = claim_in("queued", editor=editor, reviewer=reviewer)
    with pytest.raises(InvalidInput, match="at least one claim"):
        services.claims_assign_bulk(claims=[], by=editor, assignee=reviewer)
    with pytest.raises(InvalidInput, match='either "assignee" or "strategy"'):
        services.claims_assign_bulk(claims=[claim.pk], by=editor)
    with pytest.raises(InvalidInput, match='either "assignee" or "strategy"'):
        services.claims_assign_bulk(
            claims=[claim.pk], by=editor, assignee=reviewer, strategy="least_loaded"
        )
    with pytest.raises(InvalidInput, match="least_loaded"):
        services.claims_assign_bulk(claims=[claim.pk], by=editor, strategy="random")
    with pytest.raises(NotFound, match=f"No claim with id {10**9}"):
        services.claims_assign_bulk(claims=[claim.pk, 10**9], by=editor, assignee=reviewer)


def test_bulk_assignment_to_one_reviewer_returns_the_claims_in_the_order_given(
    editor: Any, reviewer: Any
) -> None:
    claims = [claim_in("queued", editor=editor, reviewer=reviewer) for _ in range(3)]
    ids = [claims[2].pk, claims[0].pk, claims[2].pk, claims[1].pk]
    assigned = services.claims_assign_bulk(claims=ids, by=editor, assignee=reviewer)
    assert [c.pk for c in assigned] == [claims[2].pk, claims[0].pk, claims[1].pk]
    assert {c.assignee_id for c in assigned} == {reviewer.pk}


def test_least_loaded_needs_a_reviewer(editor: Any) -> None:
    claim = make_claim()
    services.claim_triage(claim=claim, by=editor, decision="queue")
    with pytest.raises(Conflict) as info:
        services.claims_assign_bulk(claims=[claim.pk], by=editor, strategy="least_loaded")
    assert info.value.code == "no_reviewers"


def test_least_loaded_breaks_ties_by_the_lowest_id(editor: Any) -> None:
    first, second = (make_user(username=n, role="reviewer") for n in ("ann", "bob"))
    claims = [claim_in("queued", editor=editor, reviewer=None) for _ in range(3)]
    assigned = services.claims_assign_bulk(
        claims=[c.pk for c in claims], by=editor, strategy="least_loaded"
    )
    assert [c.assignee_id for c in assigned] == [first.pk, second.pk, first.pk]


def test_reviewer_workloads_count_unfinished_claims_of_every_active_reviewer(
    editor: Any, reviewer: Any, other_reviewer: Any, ratings: None
) -> None:
    claim_in("published", editor=editor, reviewer=reviewer)  # finished: not counted
    claim_in("in_review", editor=editor, reviewer=reviewer)
    claim_in("assigned", editor=editor, reviewer=reviewer)
    assert services.reviewer_workloads() == {reviewer.pk: 2, other_reviewer.pk: 0}
