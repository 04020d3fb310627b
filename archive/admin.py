from django.contrib import admin

from archive.models import Snapshot
from core.admin import ReadOnlyAdmin


@admin.register(Snapshot)
class SnapshotAdmin(ReadOnlyAdmin):
    """Snapshots are written by the archive worker only: the admin shows them."""

    list_display = ["id", "source", "status", "failure_reason", "http_status", "fetched_at"]
    list_filter = ["status", "failure_reason", "gone", "changed"]
    list_select_related = ["source"]
    search_fields = ["source__url", "final_url", "title"]
    exclude = ["main_text"]
    date_hierarchy = "fetched_at"
