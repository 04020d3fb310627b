# Indexes for the claim queue at a million claims (see benchmarks/queue_page.py and
# benchmarks/README.md for the measurements behind them).

from django.conf import settings
from django.db import migrations, models

# `q` filters with `text__icontains` / `claimant__icontains`, which PostgreSQL runs as
# UPPER(col::text) LIKE UPPER('%…%'): a trigram GIN index on that same expression serves it.
TRIGRAM_INDEXES = (
    ("claim_text_trgm_idx", 'UPPER("text")'),
    ("claim_claimant_trgm_idx", 'UPPER("claimant"::text)'),
)


def create_trigram_indexes(apps, schema_editor):
    # PostgreSQL only: SQLite has no trigram indexes, and its LIKE scan is fine at the
    # sizes SQLite is used for. Not declared in Meta.indexes, so Django's migration state
    # (and `makemigrations --check`) is the same on both databases.
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, expression in TRIGRAM_INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON claims_claim "
            f"USING gin ({expression} gin_trgm_ops)"
        )


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _expression in TRIGRAM_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="claim",
            name="claim_status_score_idx",
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["-checkworthiness", "id"], name="claim_score_idx"),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                fields=["status", "-checkworthiness", "id"], name="claim_status_score_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                fields=["status", "updated_at", "id"], name="claim_status_updated_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["status", "due_at", "id"], name="claim_status_due_idx"),
        ),
        migrations.RunPython(create_trigram_indexes, drop_trigram_indexes),
    ]
