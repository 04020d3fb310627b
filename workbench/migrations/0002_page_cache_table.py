"""The database table behind the shared `pages` cache (settings.CACHES): the public site's
rendered pages. `createcachetable` skips tables that exist (and caches kept in Redis)."""

from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("workbench", "0001_throttle_cache_table")]

    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
