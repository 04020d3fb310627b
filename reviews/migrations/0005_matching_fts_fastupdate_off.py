from django.db import migrations

# The full-text indexes claim matching reads (0004_claim_matches).
FTS_INDEXES = ("claim_text_fts_idx", "external_claim_text_fts_idx")


def fastupdate_off(apps, schema_editor):
    # With fastupdate, new rows wait in a pending list that every search of the index
    # reads in full (up to 4 MB): measured on 10,000 claims, 3,000 fresh ones made each
    # retrieval tier 30 times slower (0.07 -> 2-8 ms), and matching runs right after
    # claims are inserted. Without it each insert updates the index itself (about 0.5 ms
    # more per claim). The list already pending is merged now. PostgreSQL only.
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in FTS_INDEXES:
        schema_editor.execute(f"ALTER INDEX IF EXISTS {name} SET (fastupdate = off)")
        schema_editor.execute("SELECT gin_clean_pending_list(to_regclass(%s))", [name])


def fastupdate_on(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in FTS_INDEXES:
        schema_editor.execute(f"ALTER INDEX IF EXISTS {name} SET (fastupdate = on)")


class Migration(migrations.Migration):
    # Each statement commits on its own: ALTER INDEX locks the index against every reader
    # and writer until the end of its transaction, so keep that short on a live table.
    atomic = False

    dependencies = [
        ("reviews", "0004_claim_matches"),
    ]

    operations = [
        migrations.RunPython(fastupdate_off, fastupdate_on),
    ]
