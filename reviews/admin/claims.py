"""The claim admin: claims change here only through the workflow's services, and its
workflow actions are generated from the policy's rules (WORKFLOW_ACTIONS)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.http import HttpRequest

from claims.models import Claim, ClaimType
from core.admin import WorkbenchAdmin
from core.errors import DomainError, Forbidden
from reviews import policy, services
from reviews.admin.inlines import NoteInline, SourceInline, TimelineInline
from reviews.models import Note, Rating, Source


class RatingFilter(admin.SimpleListFilter):
    title = "rating"
    parameter_name = "rating"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
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


@dataclass(frozen=True)
class WorkflowAction:
    """How the claim list offers one policy rule as an action on the selected claims."""

    description: str  # in the list's action menu
    done: str  # the success message: "<done>: <n> claim(s)."
    call: Callable[[HttpRequest, Claim], Any]  # the rule's one service call, for one claim
    # A field of the action form the call needs, and the message when it is left empty.
    requires: tuple[str, str] | None = None
    then: tuple[str, ...] = ()  # hand-written actions listed right after this one


# The policy's transitions the claim list offers, keyed by rule name; they appear in the
# order of policy.RULES, each as the action "<rule>_claims".
WORKFLOW_ACTIONS: dict[str, WorkflowAction] = {
    "queue": WorkflowAction(
        "Queue for checking",
        "Queued",
        lambda request, claim: services.claim_triage(
            claim=claim, by=request.user, decision="queue"
        ),
    ),
    "dismiss": WorkflowAction(
        "Dismiss",
        "Dismissed",
        lambda request, claim: services.claim_triage(
            claim=claim, by=request.user, decision="dismiss"
        ),
    ),
    "assign": WorkflowAction(
        "Assign to the reviewer chosen below",
        "Assigned",
        lambda request, claim: services.claim_assign(
            claim=claim, by=request.user, assignee=request.POST.get("reviewer")
        ),
        requires=("reviewer", "Choose a reviewer to assign to."),
        then=("auto_assign_claims",),
    ),
    "approve": WorkflowAction(
        "Approve and publish",
        "Published",
        lambda request, claim: services.claim_approve(claim=claim, by=request.user),
    ),
    "return": WorkflowAction(
        "Return to the reviewer (comment below)",
        "Returned",
        lambda request, claim: services.claim_return(
            claim=claim, by=request.user, comment=request.POST.get("comment", "")
        ),
    ),
}


def workflow_action(name: str, spec: WorkflowAction) -> Callable[..., None]:
    """The admin action for rule `name`: the rule's service call on each selected claim, in
    id order; each refusal becomes an error message and leaves that claim as it was."""

    def run(model_admin: ClaimAdmin, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        if spec.requires and not request.POST.get(spec.requires[0]):
            model_admin.message_user(request, spec.requires[1], messages.ERROR)
            return
        model_admin.run_on_each(request, queryset, spec.done, spec.call)

    run.__name__ = run.__qualname__ = f"{name}_claims"
    return admin.action(description=spec.description, permissions=["change"])(run)


def workflow_actions() -> list[Any]:
    """The claim list's actions: WORKFLOW_ACTIONS in the order of policy.RULES."""
    actions: list[Any] = []
    for name, _rule in policy.transitions():
        spec = WORKFLOW_ACTIONS.get(name)
        if spec is not None:
            actions += [workflow_action(name, spec), *spec.then]
    return actions


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
    actions = workflow_actions()
    action_form = ClaimActionForm

    class Media:
        css = {"all": ("claims/admin.css",)}

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return CLAIM_FIELDS if obj is not None else CLAIM_ADD_FIELDS

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return ()
        editable = {*services.CLAIM_EDITABLE, "seen_version"}
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
                created = services.claim_create_manual(
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
                name: data[name] for name in form.changed_data if name in services.CLAIM_EDITABLE
            }
            if edits:
                services.claim_update(
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
                    services.source_remove(source=instance.pk, by=request.user)
                    formset.deleted_objects.append(instance)
                elif instance.pk is None and inline_form.has_changed():
                    formset.new_objects.append(self._add_row(formset.model, claim, request, data))
        except DomainError as error:
            self.refuse(request, error)

    def _add_row(self, model: Any, claim: Claim, request: HttpRequest, data: Any) -> Any:
        if model is Source:
            return services.source_add(
                claim=claim.pk,
                by=request.user,
                url=data.get("url", ""),
                title=data.get("title", ""),
                publisher=data.get("publisher", ""),
                excerpt=data.get("excerpt", ""),
                stance=data.get("stance") or "context",
            )
        return services.note_add(claim=claim.pk, by=request.user, body=data.get("body", ""))

    def run_on_each(
        self,
        request: HttpRequest,
        queryset: QuerySet[Claim],
        label: str,
        call: Callable[[HttpRequest, Claim], Any],
    ) -> None:
        done, refused = 0, []
        for claim in queryset.order_by("pk"):
            try:
                call(request, claim)
                done += 1
            except DomainError as error:
                refused.append(f"claim {claim.pk}: {error.message}")
        if done:
            self.message_user(request, f"{label}: {done} claim(s).", messages.SUCCESS)
        for message in refused:
            self.message_user(request, message, messages.ERROR)

    @admin.action(description="Auto-assign to the least-loaded reviewers", permissions=["change"])
    def auto_assign_claims(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        try:
            assigned = services.claims_assign_bulk(
                claims=list(queryset.values_list("pk", flat=True)),
                by=request.user,
                strategy="least_loaded",
            )
        except DomainError as error:
            self.message_user(request, error.message, messages.ERROR)
            return
        self.message_user(request, f"Assigned {len(assigned)} claim(s).", messages.SUCCESS)

    @admin.display(description="claim", ordering="text")
    def short_text(self, obj: Claim) -> str:
        return obj.text if len(obj.text) <= 160 else obj.text[:159] + "…"

    @admin.display(description="score", ordering="checkworthiness")
    def score(self, obj: Claim) -> str:
        return f"{obj.checkworthiness:.2f}"

    @admin.display(description="score reasons")
    def score_reasons(self, obj: Claim) -> str:
        return "; ".join(str(reason) for reason in obj.reasons or [])
