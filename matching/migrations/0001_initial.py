"""ClaimMatch and ExternalVerdict, taken over from the reviews app (reviews/migrations/0008).

The tables were created by reviews/migrations/0003 and 0004 and keep their names (the
models' db_table), so nothing here touches them. Their content types are renamed to this
app, so the permissions and admin log entries that point at them carry over.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

MODELS = ("claimmatch", "externalverdict")


def _move_content_types(apps, schema_editor, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    for model in MODELS:
        if ContentType.objects.using(db).filter(app_label=target, model=model).exists():
            continue  # already there (created by a migrate that ran with the new code)
        ContentType.objects.using(db).filter(app_label=source, model=model).update(
            app_label=target
        )


def content_types_to_matching(apps, schema_editor):
    _move_content_types(apps, schema_editor, "reviews", "matching")


def content_types_to_reviews(apps, schema_editor):
    _move_content_types(apps, schema_editor, "matching", "reviews")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("claims", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("reviews", "0008_matching_models_to_matching_app"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='ExternalVerdict',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('claim_text', models.TextField()),
                        ('claim_hash', models.CharField(editable=False, max_length=64)),
                        ('claimant', models.CharField(blank=True, max_length=300)),
                        ('claim_date', models.DateTimeField(blank=True, null=True)),
                        ('publisher', models.CharField(blank=True, max_length=200)),
                        ('publisher_site', models.CharField(blank=True, max_length=300)),
                        ('url', models.URLField(max_length=2000)),
                        ('title', models.CharField(blank=True, max_length=500)),
                        ('textual_rating', models.CharField(blank=True, max_length=200)),
                        ('review_date', models.DateTimeField(blank=True, null=True)),
                        ('language', models.CharField(blank=True, max_length=16)),
                        ('raw', models.JSONField(blank=True, default=dict)),
                        ('imported_at', models.DateTimeField(auto_now_add=True)),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                        ('rating', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='reviews.rating')),
                    ],
                    options={
                        'db_table': 'reviews_externalverdict',
                        'ordering': ['-review_date', '-id'],
                        'indexes': [models.Index(fields=['-review_date'], name='external_review_date_idx')],
                        'constraints': [models.UniqueConstraint(fields=('url', 'claim_hash'), name='external_verdict_unique')],
                    },
                ),
                migrations.CreateModel(
                    name='ClaimMatch',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('score', models.FloatField()),
                        ('reasons', models.JSONField(blank=True, default=list)),
                        ('rejected', models.BooleanField(default=False)),
                        ('confirmed', models.BooleanField(default=False)),
                        ('decided_at', models.DateTimeField(blank=True, null=True)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                        ('claim', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='matches', to='claims.claim')),
                        ('decided_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('external', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='matching.externalverdict')),
                        ('matched_claim', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='claims.claim')),
                    ],
                    options={
                        'db_table': 'reviews_claimmatch',
                        'ordering': ['-score', 'id'],
                        'indexes': [models.Index(fields=['claim', 'rejected', '-score'], name='match_claim_idx')],
                        'constraints': [models.CheckConstraint(condition=models.Q(models.Q(('matched_claim__isnull', False), ('external__isnull', True)), models.Q(('matched_claim__isnull', True), ('external__isnull', False)), _connector='OR'), name='match_one_target'), models.UniqueConstraint(condition=models.Q(('matched_claim__isnull', False)), fields=('claim', 'matched_claim'), name='match_claim_pair_unique'), models.UniqueConstraint(condition=models.Q(('external__isnull', False)), fields=('claim', 'external'), name='match_external_pair_unique'), models.CheckConstraint(condition=models.Q(('matched_claim', models.F('claim')), _negated=True), name='match_not_itself'), models.CheckConstraint(condition=models.Q(('score__gte', 0), ('score__lte', 1)), name='match_score_range')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_types_to_matching, content_types_to_reviews),
    ]
