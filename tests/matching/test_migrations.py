"""Migrations reviews/0008 and matching/0001 hand ClaimMatch and ExternalVerdict to the
matching app without touching the database: the rows, their links and the constraints
stay, and so do the content types (with the permissions that point at them)."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("reviews", "0007_review_contributors")]
AFTER = [("matching", "0001_initial")]


def _migrate(targets: list[tuple[str, str]]) -> Any:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    # The models as the database now has them: every app's applied migrations.
    executor = MigrationExecutor(connection)
    applied = list(executor.recorder.applied_migrations())
    return executor.loader.project_state(applied).apps


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.django_db(transaction=True)
def test_matches_and_external_verdicts_keep_their_rows_when_matching_takes_them_over() -> None:
    apps = _migrate(BEFORE)
    try:
        assert "matching" not in {config.label for config in apps.get_app_configs()}
        ContentType = apps.get_model("contenttypes", "ContentType")
        Permission = apps.get_model("auth", "Permission")
        Group = apps.get_model("auth", "Group")
        Article = apps.get_model("claims", "Article")
        Claim = apps.get_model("claims", "Claim")
        Rating = apps.get_model("reviews", "Rating")
        ExternalVerdict = apps.get_model("reviews", "ExternalVerdict")
        ClaimMatch = apps.get_model("reviews", "ClaimMatch")

        article = Article.objects.create(title="A", body="Body.", content_hash="m" * 64)
        new, earlier = (
            Claim.objects.create(article=article, text=t, span_start=n, span_end=n + 1)
            for n, t in enumerate(("Taxes doubled.", "Taxes went up twice."))
        )
        false = Rating.objects.create(label="False (migration)", slug="false-migration")
        external = ExternalVerdict.objects.create(
            claim_text="Taxes doubled.",
            claim_hash=_sha("Taxes doubled."),
            url="https://checks.example.net/taxes",
            textual_rating="False",
            rating=false,
            raw={"@type": "ClaimReview"},
        )
        to_claim = ClaimMatch.objects.create(
            claim=new, matched_claim=earlier, score=0.91, reasons=["same numbers: 2"]
        )
        to_external = ClaimMatch.objects.create(claim=new, external=external, score=0.7)
        content_type = ContentType.objects.get(app_label="reviews", model="externalverdict")
        permission = Permission.objects.get(
            content_type=content_type, codename="view_externalverdict"
        )
        auditors = Group.objects.create(name="auditors (migration test)")
        auditors.permissions.add(permission)

        apps = _migrate(AFTER)
        assert {"ClaimMatch", "ExternalVerdict"}.isdisjoint(
            model.__name__ for model in apps.get_app_config("reviews").get_models()
        )
        ExternalVerdict = apps.get_model("matching", "ExternalVerdict")
        ClaimMatch = apps.get_model("matching", "ClaimMatch")
        ContentType = apps.get_model("contenttypes", "ContentType")
        Group = apps.get_model("auth", "Group")

        moved = ExternalVerdict.objects.get(pk=external.pk)
        assert (moved.claim_text, moved.url, moved.rating_id, moved.raw) == (
            "Taxes doubled.",
            "https://checks.example.net/taxes",
            false.pk,
            {"@type": "ClaimReview"},
        )
        assert sorted(
            ClaimMatch.objects.values_list("pk", "matched_claim_id", "external_id", "score")
        ) == [(to_claim.pk, earlier.pk, None, 0.91), (to_external.pk, None, external.pk, 0.7)]
        assert ClaimMatch.objects.get(pk=to_claim.pk).reasons == ["same numbers: 2"]
        # The same content type, now the matching app's, with its permission still granted.
        assert ContentType.objects.get(pk=content_type.pk).app_label == "matching"
        assert not ContentType.objects.filter(app_label="reviews", model="claimmatch").exists()
        assert list(
            Group.objects.get(pk=auditors.pk).permissions.values_list(
                "content_type__app_label", "codename"
            )
        ) == [("matching", "view_externalverdict")]
        # The database still enforces the constraints.
        with pytest.raises(IntegrityError), transaction.atomic():
            ExternalVerdict.objects.create(
                claim_text="Taxes doubled.",
                claim_hash=_sha("Taxes doubled."),
                url="https://checks.example.net/taxes",
            )
        with pytest.raises(IntegrityError), transaction.atomic():
            ClaimMatch.objects.create(
                claim_id=new.pk, matched_claim_id=earlier.pk, external_id=external.pk, score=1
            )

        # And back: the rows and the content type return to reviews.
        apps = _migrate(BEFORE)
        assert apps.get_model("reviews", "ClaimMatch").objects.count() == 2
        assert apps.get_model("reviews", "ExternalVerdict").objects.get().pk == external.pk
        ContentType = apps.get_model("contenttypes", "ContentType")
        assert ContentType.objects.get(pk=content_type.pk).app_label == "reviews"
    finally:
        _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
        from django.contrib.contenttypes.models import ContentType as LiveContentType

        LiveContentType.objects.clear_cache()
