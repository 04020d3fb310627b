from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import Count, QuerySet
from django.http import HttpRequest

from claims import services
from claims.models import Article, Claim
from reviews.models import Note, Source


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

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        return super().get_queryset(request).select_related("assignee")


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
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
    readonly_fields = (
        "content_hash",
        "extraction_status",
        "extraction_error",
        "extractor_version",
        "extraction_queued_at",
        "extraction_started_at",
        "extraction_finished_at",
        "extraction_ms",
        "extraction_attempts",
        "created_by",
        "created_at",
        "updated_at",
    )
    fieldsets = (
        (None, {"fields": ("title", "url", "outlet", "author", "published_at", "language")}),
        ("Text", {"fields": ("body",)}),
        (
            "Extraction",
            {
                "fields": (
                    "extraction_status",
                    "extraction_error",
                    "extractor_version",
                    "extraction_queued_at",
                    "extraction_started_at",
                    "extraction_finished_at",
                    "extraction_ms",
                    "extraction_attempts",
                )
            },
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

    def save_model(self, request: HttpRequest, obj: Article, form: Any, change: bool) -> None:
        # Through the services, so a new or changed body queues extraction.
        from claims.ingestion import ArticleInput

        if change:
            changes = {name: form.cleaned_data[name] for name in form.changed_data}
            services.article_update(article=obj, changes=changes, by=request.user)
        else:
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
            obj.pk = created.pk

    @admin.action(description="Re-run claim extraction")
    def rerun_extraction(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        for article in queryset:
            services.article_request_extraction(article=article)
        self.message_user(
            request, f"Extraction queued for {queryset.count()} article(s).", messages.SUCCESS
        )


class SourceInline(admin.TabularInline):
    model = Source
    fields = ("url", "title", "publisher", "stance", "excerpt", "added_by")
    readonly_fields = ("added_by",)
    extra = 0


class NoteInline(admin.TabularInline):
    model = Note
    fields = ("body", "author", "resolved", "created_at")
    readonly_fields = ("author", "created_at")
    extra = 0


class RatingFilter(admin.SimpleListFilter):
    title = "rating"
    parameter_name = "rating"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        from reviews.models import Rating

        return [(r.slug, r.label) for r in Rating.objects.all()] + [("none", "No rating")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        value = self.value()
        if value == "none":
            return queryset.filter(review__rating__isnull=True)
        if value:
            return queryset.filter(review__rating__slug=value)
        return queryset


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = (
        "short_text",
        "claimant",
        "claim_type",
        "checkworthiness",
        "status",
        "assignee",
        "due_at",
        "article",
    )
    list_filter = (
        "status",
        "claim_type",
        "origin",
        ("assignee", admin.RelatedOnlyFieldListFilter),
        RatingFilter,
        "article__outlet",
    )
    search_fields = ("text", "claimant", "article__title")
    autocomplete_fields = ("article", "assignee", "duplicate_of")
    list_select_related = ("assignee", "article")
    readonly_fields = ("version", "quote", "reasons", "created_at", "updated_at", "updated_by")
    inlines = [SourceInline, NoteInline]
    list_per_page = 50

    @admin.display(description="claim", ordering="text")
    def short_text(self, obj: Claim) -> str:
        return obj.text if len(obj.text) <= 90 else obj.text[:89] + "…"
