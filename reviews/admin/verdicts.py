"""The verdicts' own rows in the admin: the rating scale (editable), and reviews, sources,
notes, assignments, the timeline and notifications (read-only)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from core.admin import ReadOnlyAdmin, WorkbenchAdmin
from reviews.models import (
    Assignment,
    Note,
    Notification,
    Rating,
    Review,
    Source,
    TimelineEvent,
    VerdictRevision,
)


@admin.register(Rating)
class RatingAdmin(WorkbenchAdmin):
    list_display = ("label", "slug", "value", "order", "colour", "is_active", "description")
    list_editable = ("order", "is_active")
    prepopulated_fields = {"slug": ("label",)}
    search_fields = ("label", "slug")
    ordering = ("order",)


class RevisionInline(admin.TabularInline):
    model = VerdictRevision
    extra = 0
    can_delete = False
    fields = (
        "number",
        "claim_as_stated",
        "rating",
        "summary",
        "published_at",
        "superseded_at",
        "correction_note",
    )
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


# Reviews (verdicts), sources, notes, assignments and the timeline are written only by the
# workflow's services (web UI, API, the claim admin's actions and inlines): here they are
# read-only for everyone, admins included, so a published verdict is never rewritten here.


@admin.register(Review)
class ReviewAdmin(ReadOnlyAdmin):
    list_display = ("claim", "rating", "author", "approver", "submitted_at", "published_at")
    list_filter = ("rating", ("author", admin.RelatedOnlyFieldListFilter))
    search_fields = ("claim__text", "claim_as_stated", "summary")
    list_select_related = ("claim", "rating", "author", "approver")
    inlines = [RevisionInline]


@admin.register(Source)
class SourceAdmin(ReadOnlyAdmin):
    list_display = ("__str__", "publisher", "stance", "claim", "added_by", "created_at")
    list_filter = ("stance",)
    search_fields = ("url", "title", "publisher")
    list_select_related = ("claim", "added_by")


@admin.register(Note)
class NoteAdmin(ReadOnlyAdmin):
    list_display = ("__str__", "claim", "author", "resolved", "created_at")
    list_filter = ("resolved",)
    search_fields = ("body",)
    list_select_related = ("claim", "author")


@admin.register(Assignment)
class AssignmentAdmin(ReadOnlyAdmin):
    list_display = ("claim", "reviewer", "assigned_by", "assigned_at", "due_at", "ended_at")
    list_filter = (("reviewer", admin.RelatedOnlyFieldListFilter),)
    list_select_related = ("claim", "reviewer", "assigned_by")
    date_hierarchy = "assigned_at"


@admin.register(TimelineEvent)
class TimelineEventAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "claim", "actor", "action", "field", "before", "after")
    list_filter = ("action",)
    search_fields = ("claim__text", "message")
    list_select_related = ("claim", "actor")
    date_hierarchy = "created_at"


@admin.register(Notification)
class NotificationAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "recipient", "kind", "message", "read_at")
    list_filter = ("kind",)
    list_select_related = ("recipient",)
