# The public pages at 100,000 published verdicts (benchmarks/public_pages.py): a rating's
# last change for their entity tags, and trigram indexes for the /checks/ search box.

import django.utils.timezone
from django.db import migrations, models

# /checks/?q= matches the published revision's claim as stated and summary (and the claim's
# text, which claims' claim_text_trgm_idx serves) with `icontains`, which PostgreSQL runs as
# UPPER(col) LIKE UPPER('%…%'): a trigram GIN index on that same expression serves it.
TRIGRAM_INDEXES = (
    ("revision_stated_trgm_idx", 'UPPER("claim_as_stated")'),
    ("revision_summary_trgm_idx", 'UPPER("summary")'),
)


def create_trigram_indexes(apps, schema_editor):
    # PostgreSQL only, and outside Django's model state, as claims' 0002 does (SQLite has
    # no trigram indexes; `makemigrations --check` agrees on both databases).
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, expression in TRIGRAM_INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON reviews_verdictrevision "
            f"USING gin ({expression} gin_trgm_ops)"
        )


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _expression in TRIGRAM_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0009_claim_as_stated"),
    ]

    operations = [
        migrations.AddField(
            model_name="rating",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, default=django.utils.timezone.now),
            preserve_default=False,
        ),
        migrations.RunPython(create_trigram_indexes, drop_trigram_indexes),
    ]
