"""Articles in the admin, with their claims listed read-only. The claim admin, which works
through the review workflow, is registered by reviews.admin."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import Count, QuerySet
from django.http import HttpRequest

from claims import services
from claims.ingestion import ArticleInput
from claims.models import Article, Claim, ImportJob
from core.admin import WorkbenchAdmin
from core.errors import DomainError


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ("text", "claimant", "claim_type", "checkworthiness", "status", "assignee")
    readonly_fields = ("text", "claimant", "claim_type", "checkworthiness", "status", "assignee")
    extra = 0
    show_change_link = True
    can_delete = False
    ordering = ("span_start",)

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        return super().get_queryset(request).select_related("assignee")


# The extraction's bookkeeping: shown, never edited (the workers write it).
EXTRACTION_FIELDS = (
    "extraction_status",
    "extraction_error",
    "extractor_version",
    "extraction_queued_at",
    "extraction_started_at",
    "extraction_finished_at",
    "extraction_ms",
    "extraction_attempts",
)


@admin.register(Article)
class ArticleAdmin(WorkbenchAdmin):
    list_display = (
        "title",
        "outlet",
        "published_at",
        "extraction_status",
        "claim_count",
        "created_at",
    )
    list_filter = ("extraction_status", "outlet", "language")
    search_fields = ("title", "url", "outlet", "author")
    date_hierarchy = "created_at"
    readonly_fields = ("content_hash", *EXTRACTION_FIELDS, "created_by", "created_at", "updated_at")
    fieldsets = (
        (None, {"fields": ("title", "url", "outlet", "author", "published_at", "language")}),
        ("Text", {"fields": ("body",)}),
        (
            "Extraction",
            {"fields": EXTRACTION_FIELDS},
        ),
        ("Record", {"fields": ("content_hash", "created_by", "created_at", "updated_at")}),
    )
    inlines = [ClaimInline]
    actions = ["rerun_extraction"]
    list_per_page = 50

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        return super().get_queryset(request).annotate(_claim_count=Count("claims"))

    @admin.display(description="claims", ordering="_claim_count")
    def claim_count(self, obj: Article) -> int:
        return getattr(obj, "_claim_count", 0)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Deleting an article deletes its claims and their verdicts, published ones too;
        # no service does that, so the admin does not either.
        return False

    def save_model(self, request: HttpRequest, obj: Article, form: Any, change: bool) -> None:
        # Through the services, so a new or changed body queues extraction.
        try:
            if change:
                changes = {name: form.cleaned_data[name] for name in form.changed_data}
                services.article_update(article=obj, changes=changes, by=request.user)
                return
            created = services.article_create(
                data=ArticleInput(
                    body=obj.body,
                    title=obj.title,
                    url=obj.url,
                    outlet=obj.outlet,
                    author=obj.author,
                    published_at=obj.published_at,
                    language=obj.language,
                ),
                by=request.user,
            )
        except DomainError as error:
            self.refuse(request, error)
            return
        obj.pk = created.pk
        obj._state.adding = False

    @admin.action(description="Re-run claim extraction", permissions=["change"])
    def rerun_extraction(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        for article in queryset:
            services.article_request_extraction(article=article)
        self.message_user(
            request, f"Extraction queued for {queryset.count()} article(s).", messages.SUCCESS
        )


@admin.register(ImportJob)
class ImportJobAdmin(WorkbenchAdmin):
    """Bulk import jobs, read-only: the worker writes them (a stalled one is queued again by
    the sweep; `updated_at` is its heartbeat)."""

    list_display = (
        "id",
        "status",
        "name",
        "submitted_by",
        "rows_done",
        "rows_total",
        "created_count",
        "duplicate_count",
        "error_count",
        "attempts",
        "created_at",
        "updated_at",
    )
    list_filter = ("status",)
    list_select_related = ("submitted_by",)
    date_hierarchy = "created_at"

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        return [field.name for field in ImportJob._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
