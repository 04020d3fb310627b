from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.contrib.auth import get_user_model
from django.db.models import Count, QuerySet
from django.http import HttpRequest

from claims import services
from claims.models import Article, Claim, ClaimStatus, ClaimType
from core.admin import WorkbenchAdmin
from core.errors import DomainError, Forbidden
from reviews import policy
from reviews import services as review_services
from reviews.models import Note, Source, TimelineEvent


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

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Deleting an article deletes its claims and their verdicts, published ones too;
        # no service does that, so the admin does not either.
        return False

    def save_model(self, request: HttpRequest, obj: Article, form: Any, change: bool) -> None:
        # Through the services, so a new or changed body queues extraction.
        from claims.ingestion import ArticleInput

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


class ClaimForm(forms.ModelForm):
    """The claim's text, claimant and type, with the version the editor saw."""

    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Claim
        fields = ("text", "claimant", "claim_type")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["seen_version"].initial = self.instance.version

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        seen = data.get("seen_version")
        claim = self.instance
        if claim.pk and seen is not None and seen != claim.version:
            who = claim.updated_by.get_username() if claim.updated_by else "someone"
            raise forms.ValidationError(
                f"{who} changed this claim since you opened it (version {seen}, now "
                f"{claim.version}); reload the page and make your change again."
            )
        return data


# Shown on the change page; only CLAIM_EDITABLE ever becomes a form field.
CLAIM_FIELDS = (
    "article",
    "text",
    "claimant",
    "claim_type",
    "seen_version",
    "status",
    "assignee",
    "due_at",
    "priority",
    "checkworthiness",
    "score_reasons",
    "span_start",
    "span_end",
    "quote",
    "origin",
    "duplicate_of",
    "edited_by_human",
    "version",
    "created_at",
    "updated_at",
    "updated_by",
)
CLAIM_ADD_FIELDS = ("article", "span_start", "span_end", "claimant", "claim_type")


@admin.register(Claim)
class ClaimAdmin(WorkbenchAdmin):
    """Claims change here only through the workflow's services: the text, claimant and
    type through claim_update (with the version), sources and notes through source_add,
    source_remove and note_add, and states through the actions. A claim is never deleted
    here (no service does that)."""

    form = ClaimForm
    list_display = (
        "short_text",
        "claimant",
        "claim_type",
        "score",
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
    autocomplete_fields = ("article",)  # the add form only
    list_select_related = ("assignee", "article")
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

    class Media:
        css = {"all": ("claims/admin.css",)}

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return CLAIM_FIELDS if obj is not None else CLAIM_ADD_FIELDS

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return ()
        editable = {*review_services.CLAIM_EDITABLE, "seen_version"}
        return tuple(name for name in CLAIM_FIELDS if name not in editable)

    def get_inlines(self, request: HttpRequest, obj: Any) -> Any:
        return self.inlines if obj is not None else []

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        if not super().has_change_permission(request, obj):
            return False
        # The change form edits the claim itself, so it opens only in the states and for
        # the people the workflow lets edit it; otherwise the page is read-only.
        return obj is None or policy.can("edit_claim", obj, request.user)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def save_model(self, request: HttpRequest, obj: Claim, form: Any, change: bool) -> None:
        data = form.cleaned_data
        try:
            if not change:
                created = review_services.claim_create_manual(
                    article=data["article"],
                    span_start=data["span_start"],
                    span_end=data["span_end"],
                    by=request.user,
                    claimant=data.get("claimant") or "",
                    claim_type=data.get("claim_type") or ClaimType.OTHER,
                )
                obj.pk, obj.text = created.pk, created.text
                obj._state.adding = False
                return
            edits = {
                name: data[name]
                for name in form.changed_data
                if name in review_services.CLAIM_EDITABLE
            }
            if edits:
                review_services.claim_update(
                    claim=obj.pk, by=request.user, changes=edits, version=data.get("seen_version")
                )
        except DomainError as error:
            self.refuse(request, error)

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        """New sources and notes, and removed sources, go through the services (and so the
        workflow's checks and the timeline); nothing else on an inline is ever written."""
        # The admin's change message reads these lists after saving.
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        if formset.model not in (Source, Note):
            return
        claim = form.instance
        try:
            for inline_form in formset.forms:
                data = getattr(inline_form, "cleaned_data", None) or {}
                instance = inline_form.instance
                if data.get("DELETE") and instance.pk:
                    if formset.model is not Source:
                        raise Forbidden("A note cannot be deleted; resolve it in the workspace.")
                    review_services.source_remove(source=instance.pk, by=request.user)
                    formset.deleted_objects.append(instance)
                elif instance.pk is None and inline_form.has_changed():
                    formset.new_objects.append(self._add_row(formset.model, claim, request, data))
        except DomainError as error:
            self.refuse(request, error)

    def _add_row(self, model: Any, claim: Claim, request: HttpRequest, data: Any) -> Any:
        if model is Source:
            return review_services.source_add(
                claim=claim.pk,
                by=request.user,
                url=data.get("url", ""),
                title=data.get("title", ""),
                publisher=data.get("publisher", ""),
                excerpt=data.get("excerpt", ""),
                stance=data.get("stance") or "context",
            )
        return review_services.note_add(claim=claim.pk, by=request.user, body=data.get("body", ""))

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

    @admin.action(description="Queue for checking", permissions=["change"])
    def queue_claims(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._run(
            request,
            queryset,
            "Queued",
            lambda c: review_services.claim_triage(claim=c, by=request.user, decision="queue"),
        )

    @admin.action(description="Dismiss", permissions=["change"])
    def dismiss_claims(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._run(
            request,
            queryset,
            "Dismissed",
            lambda c: review_services.claim_triage(claim=c, by=request.user, decision="dismiss"),
        )

    @admin.action(description="Assign to the reviewer chosen below", permissions=["change"])
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

    @admin.action(description="Auto-assign to the least-loaded reviewers", permissions=["change"])
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

    @admin.action(description="Approve and publish", permissions=["change"])
    def approve_claims(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._run(
            request,
            queryset,
            "Published",
            lambda c: review_services.claim_approve(claim=c, by=request.user),
        )

    @admin.action(description="Return to the reviewer (comment below)", permissions=["change"])
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
        return obj.text if len(obj.text) <= 160 else obj.text[:159] + "…"

    @admin.display(description="score", ordering="checkworthiness")
    def score(self, obj: Claim) -> str:
        return f"{obj.checkworthiness:.2f}"

    @admin.display(description="score reasons")
    def score_reasons(self, obj: Claim) -> str:
        return "; ".join(str(reason) for reason in obj.reasons or [])
