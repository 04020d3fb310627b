"""The rows of a claim the workflow writes, as inlines of the claim admin: sources and
notes (added and removed through the services), and the timeline (read-only)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from claims.models import Claim, ClaimStatus
from reviews import policy
from reviews.models import Note, Source, TimelineEvent

# A claim's sources and notes change (through the services) only while it is researched;
# past research (in review, published, dismissed, merged) the admin shows them read-only.
RESEARCH_STATES = (
    ClaimStatus.CANDIDATE,
    ClaimStatus.QUEUED,
    ClaimStatus.ASSIGNED,
    ClaimStatus.IN_PROGRESS,
)


class WorkflowInline(admin.TabularInline):
    """Rows of a claim that only the services write: existing ones are read-only; new ones
    (and removals, where a service exists) are allowed when the workflow allows them."""

    extra = 0
    add_rule = ""
    remove_rule = ""

    def _allowed(self, rule: str, request: HttpRequest, claim: Any) -> bool:
        return bool(
            rule
            and isinstance(claim, Claim)
            and claim.status in RESEARCH_STATES
            and policy.can(rule, claim, request.user)
        )

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._allowed(self.add_rule, request, obj)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # no service edits a stored source or note

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._allowed(self.remove_rule, request, obj)


class SourceInline(WorkflowInline):
    model = Source
    fields = ("url", "title", "publisher", "stance", "excerpt", "added_by")
    readonly_fields = ("added_by",)
    add_rule = "add_source"
    remove_rule = "remove_source"


class NoteInline(WorkflowInline):
    model = Note
    fields = ("body", "author", "resolved", "created_at")
    readonly_fields = ("author", "resolved", "created_at")
    add_rule = "add_note"


class TimelineInline(admin.TabularInline):
    model = TimelineEvent
    fields = ("created_at", "actor", "action", "field", "before", "after", "message")
    readonly_fields = fields
    extra = 0
    can_delete = False
    ordering = ("created_at", "id")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[TimelineEvent]:
        return super().get_queryset(request).select_related("actor")
