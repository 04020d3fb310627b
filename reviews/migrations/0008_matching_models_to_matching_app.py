"""ClaimMatch and ExternalVerdict move to the matching app (matching/migrations/0001).

Only Django's idea of which app owns them changes: their tables (reviews_claimmatch,
reviews_externalverdict), rows, indexes (with the full-text ones of 0004 and 0005) and
constraints stay as they are.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("reviews", "0007_review_contributors"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="ClaimMatch"),
                migrations.DeleteModel(name="ExternalVerdict"),
            ],
            database_operations=[],
        ),
    ]
