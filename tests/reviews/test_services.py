from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from claims.models import Claim
from core.errors import Conflict, Forbidden, InvalidInput, StaleVersion
from reviews import selectors, services
from reviews.models import Assignment, Notification, TimelineEvent, VerdictRevision
from tests.conftest import require
from tests.factories import make_article, make_claim, make_user
from tests.reviews.workflow import claim_in, complete_review

pytestmark = pytest.mark.django_db


class TestSubmitAndApprove:
    def test_submit_is_refused_and_names_everything_missing(
        self, editor: Any, reviewer: Any, ratings: None
    ) -> None:
        claim = claim_in("assigned", editor=editor, reviewer=reviewer)
        services.claim_start(claim=claim, by=reviewer)
        with pytest.raises(Conflict) as info:
            services.claim_submit(claim=claim, by=reviewer)
        assert info.value.message == (
            "Cannot submit for review yet: it still needs a rating, a summary and at least "
            "one source."
        )
        services.review_update(claim=claim, by=reviewer, version=None, rating="mixed")
        with pytest.raises(Conflict, match="a summary and at least one source"):
            services.claim_submit(claim=claim, by=reviewer)
        services.review_update(claim=claim, by=reviewer, version=None, summary="Half right.")
        with pytest.raises(Conflict, match="needs at least one source"):
            services.claim_submit(claim=claim, by=reviewer)
        services.source_add(claim=claim, by=reviewer, url="https://example.org/data")
        assert services.claim_submit(claim=claim, by=reviewer).status == "in_review"

    def test_four_eyes_the_author_cannot_approve_their_own_review(
        self, editor: Any, editor2: Any, ratings: None
    ) -> None:
        # An editor who is also a reviewer writes a review; they may not approve it.
        from django.contrib.auth.models import Group

        editor.groups.add(Group.objects.get(name="reviewer"))
        editor._workbench_groups = None
        del editor._workbench_groups
        claim = claim_in("queued", editor=editor2, reviewer=editor)
        services.claim_assign(claim=claim, by=editor2, assignee=editor)
        services.claim_start(claim=claim, by=editor)
        complete_review(claim, editor)
        services.claim_submit(claim=claim, by=editor)
        with pytest.raises(Forbidden, match="four-eyes"):
            services.claim_approve(claim=claim, by=editor)
        claim.refresh_from_db()
        assert claim.status == "in_review"
        services.claim_approve(claim=claim, by=editor2)
        claim.refresh_from_db()
        assert claim.status == "published"
        assert claim.review.approver == editor2 and claim.review.author == editor

    def test_publishing_keeps_a_revision_and_a_correction_keeps_the_old_one(
        self, editor: Any, editor2: Any, reviewer: Any, ratings: None
    ) -> None:
        claim = claim_in("published", editor=editor, reviewer=reviewer)
        first_published = claim.review.published_at
        services.claim_reopen(claim=claim, by=editor2, note="The ministry revised the figure.")
        services.review_update(claim=claim, by=reviewer, version=None, rating="mostly-false")
        services.claim_submit(claim=claim, by=reviewer)
        services.claim_approve(claim=claim, by=editor2)
        claim.refresh_from_db()
        revisions = list(VerdictRevision.objects.filter(review=claim.review).order_by("number"))
        assert [r.rating.slug for r in revisions if r.rating] == ["false", "mostly-false"]
        assert revisions[0].superseded_at is not None and revisions[1].superseded_at is None
        assert revisions[1].correction_note == "The ministry revised the figure."
        assert claim.review.published_at == first_published
        assert claim.review.corrected_at is not None

    def test_return_and_reopen_need_a_comment(
        self, editor: Any, reviewer: Any, ratings: None
    ) -> None:
        claim = claim_in("in_review", editor=editor, reviewer=reviewer)
        with pytest.raises(InvalidInput, match="comment"):
            services.claim_return(claim=claim, by=editor, comment="  ")
        services.claim_return(claim=claim, by=editor, comment="Add the 2023 figure.")
        claim.refresh_from_db()
        assert claim.status == "in_progress"
        assert claim.notes.filter(body__contains="Add the 2023 figure.").exists()


class TestAssignment:
    def test_least_loaded_spreads_thirty_claims_evenly_over_three_reviewers(
        self, editor: Any
    ) -> None:
        reviewers = [make_user(username=f"rev{i}", role="reviewer") for i in range(3)]
        claims = [claim_in("queued", editor=editor, reviewer=None) for _ in range(30)]
        services.claims_assign_bulk(
            claims=[c.pk for c in claims], by=editor, strategy="least_loaded"
        )
        loads = services.reviewer_workloads()
        assert sorted(loads[r.pk] for r in reviewers) == [10, 10, 10]

    def test_least_loaded_counts_claims_already_held(self, editor: Any) -> None:
        busy, idle = (make_user(username=n, role="reviewer") for n in ("busy", "idle"))
        for _ in range(4):
            services.claim_assign(
                claim=claim_in("queued", editor=editor, reviewer=None), by=editor, assignee=busy
            )
        claims = [claim_in("queued", editor=editor, reviewer=None) for _ in range(6)]
        services.claims_assign_bulk(
            claims=[c.pk for c in claims], by=editor, strategy="least_loaded"
        )
        loads = services.reviewer_workloads()
        assert (loads[busy.pk], loads[idle.pk]) == (5, 5)

    def test_bulk_assignment_to_one_reviewer_is_all_or_nothing(
        self, editor: Any, reviewer: Any
    ) -> None:
        good = claim_in("queued", editor=editor, reviewer=reviewer)
        bad = make_claim()  # still a candidate: cannot be assigned
        with pytest.raises(Conflict):
            services.claims_assign_bulk(claims=[good.pk, bad.pk], by=editor, assignee=reviewer.pk)
        good.refresh_from_db()
        assert good.status == "queued" and good.assignee is None
        assert not Assignment.objects.exists()

    def test_only_active_reviewers_can_be_assigned(self, editor: Any, reviewer: Any) -> None:
        claim = claim_in("queued", editor=editor, reviewer=reviewer)
        with pytest.raises(InvalidInput, match="not a reviewer"):
            services.claim_assign(claim=claim, by=editor, assignee=editor.pk)
        reviewer.is_active = False
        reviewer.save()
        with pytest.raises(InvalidInput, match="no active user"):
            services.claim_assign(claim=claim, by=editor, assignee=reviewer.pk)

    def test_reassignment_keeps_the_history(
        self, editor: Any, reviewer: Any, other_reviewer: Any
    ) -> None:
        claim = claim_in("assigned", editor=editor, reviewer=reviewer)
        services.claim_assign(claim=claim, by=editor, assignee=other_reviewer)
        history = list(Assignment.objects.filter(claim=claim).order_by("assigned_at", "id"))
        assert [a.reviewer for a in history] == [reviewer, other_reviewer]
        assert history[0].ended_at is not None and history[1].ended_at is None

    def test_due_dates_and_the_overdue_list(self, editor: Any, reviewer: Any) -> None:
        late = claim_in("queued", editor=editor, reviewer=reviewer)
        on_time = claim_in("queued", editor=editor, reviewer=reviewer)
        now = timezone.now()
        services.claim_assign(
            claim=late, by=editor, assignee=reviewer, due_at=now - timedelta(hours=1)
        )
        services.claim_assign(
            claim=on_time, by=editor, assignee=reviewer, due_at=now + timedelta(days=2)
        )
        assert list(selectors.overdue_claims()) == [late]
        assert services.overdue_notify() == 1
        assert Notification.objects.filter(recipient=reviewer, kind="overdue", claim=late).exists()


class TestNotifications:
    def test_assignment_return_approval_and_reopen_notify_the_right_people(
        self,
        editor: Any,
        editor2: Any,
        reviewer: Any,
        ratings: None,
        django_capture_on_commit_callbacks: Any,
    ) -> None:
        with django_capture_on_commit_callbacks(execute=True):
            claim = claim_in("in_review", editor=editor, reviewer=reviewer)
            services.claim_return(claim=claim, by=editor, comment="Needs the source PDF.")
            services.claim_submit(claim=claim, by=reviewer)
            services.claim_approve(claim=claim, by=editor2)
            services.claim_reopen(claim=claim, by=editor, note="Reader spotted a typo.")
        sent = [(m.to, m.subject) for m in mail.outbox]
        assert [to for to, _ in sent] == [[reviewer.email]] * 4
        subjects = " | ".join(str(subject) for _, subject in sent)
        for fragment in ("assigned you a claim", "returned a claim", "approved", "reopened"):
            assert fragment in subjects
        link = f"/claims/{claim.pk}/"
        assert all(link in m.body for m in mail.outbox)
        kinds = list(
            Notification.objects.filter(recipient=reviewer)
            .order_by("id")
            .values_list("kind", flat=True)
        )
        assert kinds == ["assigned", "returned", "approved", "reopened"]


class TestEditsAndTimeline:
    def test_claim_edits_are_versioned_and_recorded_before_and_after(
        self, editor: Any, reviewer: Any
    ) -> None:
        claim = claim_in("assigned", editor=editor, reviewer=reviewer)
        version = claim.version
        services.claim_update(
            claim=claim, by=reviewer, changes={"claimant": "Jane Doe"}, version=version
        )
        event = TimelineEvent.objects.filter(claim=claim, field="claimant").get()
        assert (event.actor, event.before, event.after) == (reviewer, "the ministry", "Jane Doe")
        claim.refresh_from_db()
        assert claim.edited_by_human and claim.version == version + 1

    def test_a_stale_version_is_refused_and_names_who_changed_it(
        self, editor: Any, reviewer: Any
    ) -> None:
        claim = claim_in("assigned", editor=editor, reviewer=reviewer)
        stale = claim.version
        services.claim_update(claim=claim, by=editor, changes={"text": "New text"}, version=stale)
        with pytest.raises(StaleVersion) as info:
            services.claim_update(claim=claim, by=reviewer, changes={"text": "Mine"}, version=stale)
        assert "edna" in info.value.message and "changed by" in info.value.message
        assert info.value.status_code == 409
        claim.refresh_from_db()
        assert claim.text == "New text"

    def test_other_reviewers_cannot_touch_a_claim(
        self, editor: Any, reviewer: Any, other_reviewer: Any, ratings: None
    ) -> None:
        claim = claim_in("in_progress", editor=editor, reviewer=reviewer)
        for attempt in (
            lambda: services.claim_update(
                claim=claim, by=other_reviewer, changes={"text": "x"}, version=None
            ),
            lambda: services.review_update(
                claim=claim, by=other_reviewer, version=None, summary="x"
            ),
            lambda: services.source_add(claim=claim, by=other_reviewer, url="https://example.org"),
            lambda: services.note_add(claim=claim, by=other_reviewer, body="x"),
            lambda: services.source_remove(source=claim.sources.get(), by=other_reviewer),
        ):
            with pytest.raises(Forbidden, match="rita"):
                attempt()

    def test_sources_must_be_http_and_removal_is_recorded(self, editor: Any, reviewer: Any) -> None:
        claim = claim_in("assigned", editor=editor, reviewer=reviewer)
        for url in ("javascript:alert(1)", "data:text/html,x", "ftp://example.org/x", "notaurl"):
            with pytest.raises(InvalidInput, match="http"):
                services.source_add(claim=claim, by=reviewer, url=url)
        source = services.source_add(claim=claim, by=reviewer, url="https://example.org/r")
        services.source_remove(source=source, by=reviewer)
        actions = list(TimelineEvent.objects.filter(claim=claim).values_list("action", flat=True))
        assert actions[-2:] == ["source_added", "source_removed"]

    def test_unknown_rating_is_refused_with_the_choices(
        self, editor: Any, reviewer: Any, ratings: None
    ) -> None:
        claim = claim_in("assigned", editor=editor, reviewer=reviewer)
        with pytest.raises(InvalidInput, match="mostly-true"):
            services.review_update(claim=claim, by=reviewer, version=None, rating="pants-on-fire")

    def test_manual_claims_take_their_text_from_the_span(self, reviewer: Any) -> None:
        article = make_article(body="One sentence. The deficit doubled in 2024. Another.")
        claim = services.claim_create_manual(
            article=article, span_start=14, span_end=42, by=reviewer
        )
        assert claim.text == "The deficit doubled in 2024."
        assert (claim.origin, claim.status) == ("manual", "candidate")
        with pytest.raises(InvalidInput, match="span"):
            services.claim_create_manual(article=article, span_start=5, span_end=500, by=reviewer)


class TestMerge:
    def test_merge_points_at_the_root_and_moves_existing_duplicates(self, editor: Any) -> None:
        root, middle, leaf = make_claim(), make_claim(), make_claim()
        services.claim_merge(claim=leaf, by=editor, canonical=middle)
        services.claim_merge(claim=middle, by=editor, canonical=root)
        leaf.refresh_from_db()
        middle.refresh_from_db()
        assert (leaf.duplicate_of, middle.duplicate_of) == (root, root)
        assert leaf.status == middle.status == "duplicate"
        with pytest.raises(InvalidInput, match="itself"):
            services.claim_merge(claim=root, by=editor, canonical=root)

    def test_merge_into_a_dismissed_claim_is_refused(self, editor: Any) -> None:
        dismissed = make_claim()
        services.claim_triage(claim=dismissed, by=editor, decision="dismiss")
        with pytest.raises(Conflict, match="dismissed"):
            services.claim_merge(claim=make_claim(), by=editor, canonical=dismissed)


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_a_real_race_two_saves_with_the_same_version_one_wins(
    editor: Any, reviewer: Any, ratings: None
) -> None:
    require(connection.vendor == "postgresql", "the race test needs PostgreSQL (set DATABASE_URL)")
    claim = claim_in("in_progress", editor=editor, reviewer=reviewer)
    version = claim.review.version
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def save(summary: str) -> None:
        from django.db import connections

        try:
            barrier.wait(timeout=10)
            services.review_update(claim=claim.pk, by=reviewer, version=version, summary=summary)
            outcomes[summary] = "saved"
        except StaleVersion:
            outcomes[summary] = "409"
        finally:
            connections.close_all()

    threads = [threading.Thread(target=save, args=(text,)) for text in ("first", "second")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes.values()) == ["409", "saved"]
    winner = next(text for text, outcome in outcomes.items() if outcome == "saved")
    claim.review.refresh_from_db()
    assert claim.review.summary == winner
    assert claim.review.version == version + 1


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_two_editors_approving_at_once_publish_once(
    editor: Any, editor2: Any, reviewer: Any, ratings: None
) -> None:
    require(connection.vendor == "postgresql", "the race test needs PostgreSQL (set DATABASE_URL)")
    claim = claim_in("in_review", editor=editor, reviewer=reviewer)
    barrier = threading.Barrier(2)
    results: list[str] = []

    def approve(user: Any) -> None:
        from django.db import connections

        try:
            barrier.wait(timeout=10)
            services.claim_approve(claim=claim.pk, by=user)
            results.append("published")
        except Conflict:
            results.append("409")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=approve, args=(u,)) for u in (editor, editor2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(results) == ["409", "published"]
    assert VerdictRevision.objects.filter(review__claim=claim).count() == 1
    assert Claim.objects.get(pk=claim.pk).status == "published"
