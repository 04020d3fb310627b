"""Migration 0007 carries existing verdicts over: each review points at its published
revision (so the export, which now reads it, shows what it showed before), each revision
keeps the claim's sources and credits its author, and a review under way counts as its
contributors the people the timeline shows writing it since it was last published."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("reviews", "0006_role_permissions_admin")]
AFTER = [("reviews", "0007_review_contributors")]
T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def _migrate(targets: list[tuple[str, str]]) -> Any:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    # The models as the database now has them: every app's applied migrations.
    executor = MigrationExecutor(connection)
    applied = list(executor.recorder.applied_migrations())
    return executor.loader.project_state(applied).apps


@pytest.mark.django_db(transaction=True)
def test_existing_verdicts_keep_their_published_revision_sources_and_writers() -> None:
    apps = _migrate(BEFORE)
    try:
        User = apps.get_model("auth", "User")
        Article = apps.get_model("claims", "Article")
        Claim = apps.get_model("claims", "Claim")
        Review = apps.get_model("reviews", "Review")
        VerdictRevision = apps.get_model("reviews", "VerdictRevision")
        Source = apps.get_model("reviews", "Source")
        TimelineEvent = apps.get_model("reviews", "TimelineEvent")
        rita = User.objects.create(username="rita-m")
        bea = User.objects.create(username="bea-m")
        article = Article.objects.create(title="A", body="Body.", content_hash="m" * 64)

        def claim(status: str, start: int) -> Any:
            return Claim.objects.create(
                article=article, text="T", span_start=start, span_end=start + 1, status=status
            )

        live, reopened = claim("published", 0), claim("in_progress", 1)
        reviews = {}
        for item in (live, reopened):
            review = Review.objects.create(claim=item, author=rita, published_at=T0)
            VerdictRevision.objects.create(
                review=review,
                number=1,
                author=rita,
                published_at=T0,
                superseded_at=T0 + timedelta(days=1),
            )
            VerdictRevision.objects.create(
                review=review, number=2, author=rita, published_at=T0 + timedelta(days=1)
            )
            Source.objects.create(claim=item, url="https://example.org/s", title="S")
            reviews[item.pk] = review
        # Bea rewrote the reopened verdict after its last publication; Rita's edit is older.
        for actor, action, when in (
            (rita, "review_edited", T0),
            (bea, "review_edited", T0 + timedelta(days=2)),
            (bea, "source_added", T0 + timedelta(days=2)),
            (rita, "note_added", T0 + timedelta(days=2)),
        ):
            event = TimelineEvent.objects.create(claim=reopened, actor=actor, action=action)
            TimelineEvent.objects.filter(pk=event.pk).update(created_at=when)

        apps = _migrate(AFTER)
        Review = apps.get_model("reviews", "Review")
        RevisionContributor = apps.get_model("reviews", "RevisionContributor")

        for item in (live, reopened):
            review = Review.objects.get(claim_id=item.pk)
            assert review.published_revision.number == 2
            assert review.published_revision.sources == [
                ["https://example.org/s", "S", "", "context", None]
            ]
            assert list(
                RevisionContributor.objects.filter(revision=review.published_revision).values_list(
                    "user_id", flat=True
                )
            ) == [rita.pk]
        assert list(
            Review.objects.get(claim_id=reopened.pk).contributors.values_list("pk", flat=True)
        ) == [bea.pk]
        assert not Review.objects.get(claim_id=live.pk).contributors.exists()
    finally:
        _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
