from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.contrib.auth import get_user_model
from django.db.models import Count, QuerySet
from django.http import HttpRequest

from claims import services
from claims.models import Article, Claim
from reviews import services as review_services
from reviews.models import Note, Source, TimelineEvent
from workbench import roles
from workbench.errors import DomainError


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


class TimelineInline(admin.TabularInline):
    model = TimelineEvent
    fields = ("created_at", "actor", "action", "field", "before", "after", "message")
    readonly_fields = fields
    extra = 0
    can_delete = False
    ordering = ("created_at", "id")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[TimelineEvent]:
        return super().get_queryset(request).select_related("actor")


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


class ClaimActionForm(ActionForm):
    reviewer = forms.ModelChoiceField(
        queryset=get_user_model().objects.filter(groups__name="reviewer", is_active=True),
        required=False,
        label="Reviewer",
    )
    comment = forms.CharField(required=False, label="Comment (for return)")


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
    inlines = [SourceInline, NoteInline, TimelineInline]
    list_per_page = 50
    actions = [
        "queue_claims",
        "dismiss_claims",
        "assign_claims",
        "auto_assign_claims",
        "approve_claims",
        "return_claims",
    ]
    action_form = ClaimActionForm

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        # Workflow fields only change through the workflow actions (and their checks).
        return (
            *self.readonly_fields,
            "status",
            "assignee",
            "due_at",
            "duplicate_of",
            "origin",
            "edited_by_human",
        )

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if not super().has_change_permission(request, obj):
            return False
        if obj is None or roles.is_editor(request.user):
            return True
        # Reviewers change only the claims assigned to them.
        return obj.assignee_id == request.user.pk

    def save_model(self, request: HttpRequest, obj: Claim, form: Any, change: bool) -> None:
        if not change:
            super().save_model(request, obj, form, change)
            return
        edits = {
            name: form.cleaned_data[name]
            for name in form.changed_data
            if name in review_services.CLAIM_EDITABLE
        }
        other = [name for name in form.changed_data if name not in review_services.CLAIM_EDITABLE]
        if edits:
            try:
                review_services.claim_update(
                    claim=obj.pk, by=request.user, changes=edits, version=obj.version
                )
            except DomainError as error:
                self.message_user(request, error.message, messages.ERROR)
                return
        if other:
            Claim.objects.filter(pk=obj.pk).update(
                **{name: form.cleaned_data[name] for name in other}
            )

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        """Sources and notes added or removed inline go through the services (and timeline)."""
        if formset.model not in (Source, Note):
            super().save_formset(request, form, formset, change)
            return
        claim = form.instance
        # The admin's change message reads these lists after saving.
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        try:
            for inline_form in formset.forms:
                data = getattr(inline_form, "cleaned_data", None) or {}
                if not data:
                    continue
                instance = inline_form.instance
                if data.get("DELETE") and instance.pk:
                    if formset.model is Source:
                        review_services.source_remove(source=instance.pk, by=request.user)
                    else:
                        instance.delete()
                elif instance.pk is None and inline_form.has_changed():
                    if formset.model is Source:
                        review_services.source_add(
                            claim=claim,
                            by=request.user,
                            url=data.get("url", ""),
                            title=data.get("title", ""),
                            publisher=data.get("publisher", ""),
                            excerpt=data.get("excerpt", ""),
                            stance=data.get("stance") or "context",
                        )
                    else:
                        review_services.note_add(claim=claim, by=request.user, body=data["body"])
                elif instance.pk and inline_form.has_changed():
                    inline_form.save()
        except DomainError as error:
            self.message_user(request, error.message, messages.ERROR)

    def _run(self, request: HttpRequest, queryset: QuerySet[Claim], label: str, call: Any) -> None:
        done, refused = 0, []
        for claim in queryset.order_by("pk"):
            try:
                call(claim)
                done += 1
            except DomainError as error:
                refused.append(f"claim {claim.pk}: {error.message}")
        if done:
            self.message_user(request, f"{label}: {done} claim(s).", messages.SUCCESS)
        for message in refused:
            self.message_user(request, message, messages.ERROR)

    @admin.action(description="Queue for checking")
    def queue_claims(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._run(
            request,
            queryset,
            "Queued",
            lambda c: review_services.claim_triage(claim=c, by=request.user, decision="queue"),
        )

    @admin.action(description="Dismiss")
    def dismiss_claims(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._run(
            request,
            queryset,
            "Dismissed",
            lambda c: review_services.claim_triage(claim=c, by=request.user, decision="dismiss"),
        )

    @admin.action(description="Assign to the reviewer chosen below")
    def assign_claims(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        reviewer = request.POST.get("reviewer")
        if not reviewer:
            self.message_user(request, "Choose a reviewer to assign to.", messages.ERROR)
            return
        self._run(
            request,
            queryset,
            "Assigned",
            lambda c: review_services.claim_assign(claim=c, by=request.user, assignee=reviewer),
        )

    @admin.action(description="Auto-assign to the least-loaded reviewers")
    def auto_assign_claims(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        try:
            assigned = review_services.claims_assign_bulk(
                claims=list(queryset.values_list("pk", flat=True)),
                by=request.user,
                strategy="least_loaded",
            )
        except DomainError as error:
            self.message_user(request, error.message, messages.ERROR)
            return
        self.message_user(request, f"Assigned {len(assigned)} claim(s).", messages.SUCCESS)

    @admin.action(description="Approve and publish")
    def approve_claims(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._run(
            request,
            queryset,
            "Published",
            lambda c: review_services.claim_approve(claim=c, by=request.user),
        )

    @admin.action(description="Return to the reviewer (comment below)")
    def return_claims(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        comment = request.POST.get("comment", "")
        self._run(
            request,
            queryset,
            "Returned",
            lambda c: review_services.claim_return(claim=c, by=request.user, comment=comment),
        )

    @admin.display(description="claim", ordering="text")
    def short_text(self, obj: Claim) -> str:
        return obj.text if len(obj.text) <= 90 else obj.text[:89] + "…"
