"""Four-eyes over everyone who wrote a verdict, and an export that serves the published
revision while a correction is under way (issue 14, items 2 and 4).

Existing data: each review points at its latest published revision; each revision keeps
the claim's sources as they are now and credits its recorded author; a review not
published now counts as contributors the people the timeline shows changing its rating,
texts or sources since it was last published.
"""

from collections.abc import Iterator
from typing import Any

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


CHUNK = 2000
CONTENT_EVENTS = ("review_edited", "source_added", "source_removed")


def _chunks(ids: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def forwards(apps: Any, schema_editor: Any) -> None:
    Review = apps.get_model("reviews", "Review")
    VerdictRevision = apps.get_model("reviews", "VerdictRevision")
    RevisionContributor = apps.get_model("reviews", "RevisionContributor")
    Source = apps.get_model("reviews", "Source")
    TimelineEvent = apps.get_model("reviews", "TimelineEvent")
    Contributor = Review.contributors.through

    current = VerdictRevision.objects.filter(
        review=models.OuterRef("pk"), superseded_at__isnull=True
    ).order_by("-number")
    Review.objects.filter(published_at__isnull=False).update(
        published_revision=models.Subquery(current.values("pk")[:1])
    )

    RevisionContributor.objects.bulk_create(
        [
            RevisionContributor(revision_id=pk, user_id=author, position=0)
            for pk, author in VerdictRevision.objects.filter(author__isnull=False).values_list(
                "pk", "author_id"
            )
        ],
        batch_size=CHUNK,
    )

    revisions = list(
        Review.objects.filter(published_revision__isnull=False).values_list(
            "published_revision_id", "claim_id"
        )
    )
    for chunk in _chunks(revisions):
        sources: dict[int, list[list[str | None]]] = {}
        for claim_id, url, title, publisher, stance, archived in (
            Source.objects.filter(claim_id__in=[claim for _, claim in chunk])
            .order_by("claim_id", "created_at", "id")
            .values_list("claim_id", "url", "title", "publisher", "stance", "archived_url")
        ):
            sources.setdefault(claim_id, []).append(
                [url, title, publisher, stance, archived or None]
            )
        rows = VerdictRevision.objects.in_bulk([pk for pk, _ in chunk])
        for pk, claim_id in chunk:
            rows[pk].sources = sources.get(claim_id, [])
        VerdictRevision.objects.bulk_update(list(rows.values()), ["sources"])

    unpublished = list(
        Review.objects.exclude(claim__status="published").values_list(
            "pk", "claim_id", "published_revision__published_at"
        )
    )
    links: list[Any] = []
    for chunk in _chunks(unpublished):
        since = {claim_id: when for _, claim_id, when in chunk}
        people: dict[int, list[int]] = {claim_id: [] for _, claim_id, _ in chunk}
        for claim_id, actor, created in (
            TimelineEvent.objects.filter(
                claim_id__in=list(since), action__in=CONTENT_EVENTS, actor__isnull=False
            )
            .order_by("claim_id", "created_at", "id")
            .values_list("claim_id", "actor_id", "created_at")
        ):
            if (since[claim_id] is None or created > since[claim_id]) and actor not in people[
                claim_id
            ]:
                people[claim_id].append(actor)
        for review_id, claim_id, _ in chunk:
            links.extend(Contributor(review_id=review_id, user_id=u) for u in people[claim_id])
    Contributor.objects.bulk_create(links, batch_size=CHUNK)


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0006_role_permissions_admin"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="review",
            name="contributors",
            field=models.ManyToManyField(
                blank=True, editable=False, related_name="+", to=settings.AUTH_USER_MODEL
            ),
        ),
        migrations.AddField(
            model_name="review",
            name="published_revision",
            field=models.OneToOneField(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="reviews.verdictrevision",
            ),
        ),
        migrations.AddField(
            model_name="verdictrevision",
            name="sources",
            field=models.JSONField(blank=True, default=list, editable=False),
        ),
        migrations.CreateModel(
            name="RevisionContributor",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("position", models.PositiveSmallIntegerField(default=0)),
                (
                    "revision",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="reviews.verdictrevision",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["revision", "position"],
            },
        ),
        migrations.AddField(
            model_name="verdictrevision",
            name="contributors",
            field=models.ManyToManyField(
                blank=True,
                editable=False,
                related_name="+",
                through="reviews.RevisionContributor",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddConstraint(
            model_name="revisioncontributor",
            constraint=models.UniqueConstraint(
                fields=("revision", "user"), name="revision_contributor_once"
            ),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
