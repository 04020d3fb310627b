"""Claim matching in the admin: the external verdicts imported from ClaimReview feeds."""

from __future__ import annotations

from django.contrib import admin

from core.admin import WorkbenchAdmin
from matching.models import ExternalVerdict


@admin.register(ExternalVerdict)
class ExternalVerdictAdmin(WorkbenchAdmin):
    list_display = ("claim_text_short", "publisher", "textual_rating", "rating", "review_date")
    list_filter = ("publisher", "rating", "language")
    search_fields = ("claim_text", "claimant", "publisher", "url")
    list_select_related = ("rating",)
    readonly_fields = ("claim_hash", "raw", "imported_at", "updated_at")
    date_hierarchy = "review_date"

    @admin.display(description="claim")
    def claim_text_short(self, obj: ExternalVerdict) -> str:
        return obj.claim_text[:100]
