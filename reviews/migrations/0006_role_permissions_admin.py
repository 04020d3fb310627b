from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0005_matching_fts_fastupdate_off"),
    ]

    operations = [
        migrations.RunPython(migrations.RunPython.noop, migrations.RunPython.noop),
    ]
