"""The database table behind the shared `throttle` cache (settings.CACHES).

`createcachetable` makes a table for every DatabaseCache in CACHES and skips those that
exist, so running it again (or with a Redis throttle cache) is harmless.
"""

from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
