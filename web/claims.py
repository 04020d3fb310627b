"""The claim workspace: research, sources, notes, the verdict and the workflow actions.

Every POST works as a plain form (redirect back on success, the page re-rendered with the
error and the user's input on failure) and as an htmx request (the changed panel, plus
out-of-band updates of the panels that depend on it). Domain errors become messages with
their status code (400/403/409), never a 500.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from claims.models import Claim
from core.errors import DomainError, StaleVersion
from reviews import policy, selectors, services
from reviews.models import Review, Source
from web.forms import (
    AssignForm,
    ClaimEditForm,
    DismissForm,
    MergeForm,
    NoteForm,
    ReopenForm,
    ReturnForm,
    ReviewForm,
    SourceForm,
    VersionForm,
    end_of_day,
)
from web.http import is_htmx, render_fragments, report, role_required
from web.markup import Span, mark_up, paragraph_bounds

# --- the workflow actions --------------------------------------------------------------------


@dataclass(frozen=True)
class Action:
    label: str
    form: type[forms.Form]
    run: Callable[[int, Any, dict[str, Any]], Any]
    done: str
    style: str = "secondary"
    confirm: str = ""


def _version(data: dict[str, Any]) -> int | None:
    return data.get("version")


ACTIONS: dict[str, Action] = {
    "queue": Action(
        "Queue for research",
        VersionForm,
        lambda c, u, d: services.claim_triage(claim=c, by=u, decision="queue", version=_version(d)),
        "Claim queued for research.",
        "primary",
    ),
    "assign": Action(
        "Assign",
        AssignForm,
        lambda c, u, d: services.claim_assign(
            claim=c,
            by=u,
            assignee=int(d["assignee"]),
            due_at=end_of_day(d.get("due_date")),
            version=_version(d),
        ),
        "Claim assigned.",
        "primary",
    ),
    "start": Action(
        "Start research",
        VersionForm,
        lambda c, u, d: services.claim_start(claim=c, by=u, version=_version(d)),
        "Research started.",
        "primary",
    ),
    "submit": Action(
        "Submit for approval",
        VersionForm,
        lambda c, u, d: services.claim_submit(claim=c, by=u, version=_version(d)),
        "Submitted for approval.",
        "primary",
    ),
    "approve": Action(
        "Approve and publish",
        VersionForm,
        lambda c, u, d: services.claim_approve(claim=c, by=u, version=_version(d)),
        "Verdict approved and published.",
        "primary",
    ),
    "return": Action(
        "Return to reviewer",
        ReturnForm,
        lambda c, u, d: services.claim_return(
            claim=c, by=u, comment=d["comment"], version=_version(d)
        ),
        "Returned to the reviewer.",
        "warning",
    ),
    "reopen": Action(
        "Reopen for correction",
        ReopenForm,
        lambda c, u, d: services.claim_reopen(claim=c, by=u, note=d["note"], version=_version(d)),
        "Reopened for a correction.",
        "warning",
    ),
    "restore": Action(
        "Restore as candidate",
        VersionForm,
        lambda c, u, d: services.claim_restore(claim=c, by=u, version=_version(d)),
        "Claim restored as a candidate.",
    ),
    "merge": Action(
        "Merge as duplicate",
        MergeForm,
        lambda c, u, d: services.claim_merge(
            claim=c, by=u, canonical=d["canonical"], version=_version(d)
        ),
        "Merged into the canonical claim.",
    ),
    "dismiss": Action(
        "Dismiss",
        DismissForm,
        lambda c, u, d: services.claim_triage(
            claim=c, by=u, decision="dismiss", reason=d.get("reason") or "", version=_version(d)
        ),
        "Claim dismissed.",
        "danger",
    ),
}
# Actions whose form has more than the version: shown folded until opened.
WITH_FIELDS = {"assign", "return", "reopen", "merge", "dismiss"}


# --- loading and context -----------------------------------------------------------------------


def load_claim(pk: int) -> Claim:
    claim = selectors.claim_workspace(pk=pk)
    if claim is None:
        raise Http404("No such claim.")
    return claim


def review_of(claim: Claim) -> Review | None:
    try:
        return claim.review
    except ObjectDoesNotExist:
        return None


def claim_matches(claim: Claim) -> list[dict[str, Any]]:
    """Similar earlier claims and verdicts (claim matching), shaped for the panel."""
    rows = []
    for match in selectors.claim_matches(claim=claim):
        row: dict[str, Any] = {
            "id": match.pk,
            "score": match.score,
            "reasons": match.reasons or [],
            "confirmed": match.confirmed,
            "likely_duplicate": match.score >= settings.MATCH_DUPLICATE_SCORE,
        }
        if match.matched_claim is not None:
            row.update(claim=match.matched_claim, review=review_of(match.matched_claim))
        else:
            row.update(external=match.external)
        rows.append(row)
    return rows


def _forms(claim: Claim, review: Review | None, ratings: list[Any], reviewers: list[Any]) -> dict:
    version = {"version": claim.version}
    built: dict[str, forms.Form] = {
        "claim": ClaimEditForm(
            initial={
                "text": claim.text,
                "claimant": claim.claimant,
                "claim_type": claim.claim_type,
                **version,
            },
            auto_id="claim_%s",
        ),
        "review": ReviewForm(
            ratings=ratings,
            initial={
                "rating": review.rating.slug if review and review.rating else "",
                "summary": review.summary if review else "",
                "rationale": review.rationale if review else "",
                "version": review.version if review else 1,
            },
            auto_id="review_%s",
        ),
        "source": SourceForm(auto_id="source_%s"),
        "note": NoteForm(auto_id="note_%s"),
    }
    for name, action in ACTIONS.items():
        kwargs: dict[str, Any] = {"initial": dict(version), "auto_id": f"{name}_%s"}
        if action.form is AssignForm:
            kwargs["reviewers"] = reviewers
            kwargs["initial"]["assignee"] = claim.assignee_id or ""
        built[name] = action.form(**kwargs)
    return built


def workspace_context(
    request: HttpRequest,
    claim: Claim,
    *,
    bound: dict[str, forms.Form] | None = None,
    conflict: dict[str, Any] | None = None,
    open_action: str = "",
) -> dict[str, Any]:
    user = request.user
    allowed = policy.allowed_actions(claim, user)
    review = review_of(claim)
    ratings = list(selectors.ratings_active())
    reviewers = list(selectors.reviewers_with_load()) if "assign" in allowed else []
    built = _forms(claim, review, ratings, reviewers)
    built.update(bound or {})
    body = claim.article.body
    start, end = paragraph_bounds(body, claim.span_start, claim.span_end)
    context_html = mark_up(
        body,
        [Span(claim.pk, claim.span_start, claim.span_end, str(claim.status))],
        start=start,
        end=end,
    )
    actions = [
        {"name": name, "spec": spec, "form": built[name], "folded": name in WITH_FIELDS}
        for name, spec in ACTIONS.items()
        if name in allowed
    ]
    missing = _missing(claim, review)
    return {
        "claim": claim,
        "article": claim.article,
        "review": review,
        "sources": list(claim.sources.all()),
        "notes": list(claim.notes.all()),
        "duplicates": list(claim.duplicates.all()),
        "timeline": list(selectors.claim_timeline(claim=claim)),
        "ratings": ratings,
        "allowed": allowed,
        "actions": actions,
        "open_action": open_action,
        "forms": built,
        "conflict": conflict,
        "context_html": context_html,
        "context_cut_start": start > 0 and body[start - 2 : start] != "\n\n",
        "context_cut_end": end < len(body) and body[end : end + 2] != "\n\n",
        "matches": claim_matches(claim),
        "missing": missing,
        "can_edit_claim": "edit_claim" in allowed,
        "can_edit_review": "edit_review" in allowed,
        "can_add_source": "add_source" in allowed,
        "can_remove_source": "remove_source" in allowed,
        "can_add_note": "add_note" in allowed,
    }


def _missing(claim: Claim, review: Review | None) -> list[str]:
    """What submission still needs, from rows already loaded (no extra queries)."""
    if claim.status not in ("assigned", "in_progress"):
        return []
    missing = []
    if review is None or review.rating_id is None:
        missing.append("a rating")
    if review is None or not review.summary.strip():
        missing.append("a summary")
    if not claim.sources.all():
        missing.append("at least one source")
    return missing


# --- responses --------------------------------------------------------------------------------

PANELS = {
    "header": "workbench/claims/_header.html",
    "claim": "workbench/claims/_claim_panel.html",
    "review": "workbench/claims/_review_panel.html",
    "sources": "workbench/claims/_sources_panel.html",
    "notes": "workbench/claims/_notes_panel.html",
    "actions": "workbench/claims/_actions_panel.html",
    "timeline": "workbench/claims/_timeline_panel.html",
    "claim_version": "workbench/claims/_claim_version.html",
    "workspace": "workbench/claims/_workspace.html",
}


def respond(
    request: HttpRequest,
    pk: int,
    *,
    panels: list[str],
    status: int = 200,
    **context_kwargs: Any,
) -> HttpResponse:
    """After a POST: for htmx, the changed panels; otherwise redirect, or the page on error."""
    if not is_htmx(request) and status < 300:
        return redirect("web-claim", pk=pk)
    try:
        claim = load_claim(pk)
    except Http404:
        # Merged or deleted underneath: nothing left to show on this page.
        return redirect("web-queue")
    context = workspace_context(request, claim, **context_kwargs)
    if not is_htmx(request):
        return render(request, "workbench/claims/workspace.html", context, status=status)
    parts = [(PANELS[name], {**context, "oob": index > 0}) for index, name in enumerate(panels)]
    return render_fragments(request, parts, status=status)


@require_GET
@role_required
def claim_page(request: HttpRequest, pk: int) -> HttpResponse:
    claim = load_claim(pk)
    return render(request, "workbench/claims/workspace.html", workspace_context(request, claim))


def _stale_data(post: Any, current_version: int) -> Any:
    """The user's input with the current version, so a deliberate second save goes through."""
    data = post.copy()
    data["version"] = str(current_version)
    return data


@require_POST
@role_required
def claim_edit(request: HttpRequest, pk: int) -> HttpResponse:
    form = ClaimEditForm(request.POST, auto_id="claim_%s")
    if not form.is_valid():
        return respond(request, pk, panels=["claim"], status=400, bound={"claim": form})
    data = form.cleaned_data
    try:
        services.claim_update(
            claim=pk,
            by=request.user,
            changes={k: data[k] for k in ("text", "claimant", "claim_type")},
            version=data["version"],
        )
    except StaleVersion as error:
        current = load_claim(pk)
        fresh = ClaimEditForm(_stale_data(request.POST, current.version), auto_id="claim_%s")
        report(request, error)
        return respond(
            request,
            pk,
            panels=["claim"],
            status=error.status_code,
            bound={"claim": fresh},
            conflict={
                "panel": "claim",
                "message": error.message,
                "current": {"text": current.text, "claimant": current.claimant},
            },
        )
    except DomainError as error:
        report(request, error)
        return respond(
            request, pk, panels=["claim"], status=error.status_code, bound={"claim": form}
        )
    messages.success(request, "Claim saved.")
    return respond(request, pk, panels=["claim", "header", "actions", "timeline"])


@require_POST
@role_required
def review_save(request: HttpRequest, pk: int) -> HttpResponse:
    ratings = list(selectors.ratings_active())
    form = ReviewForm(request.POST, ratings=ratings, auto_id="review_%s")
    if not form.is_valid():
        return respond(request, pk, panels=["review"], status=400, bound={"review": form})
    data = form.cleaned_data
    try:
        services.review_update(
            claim=pk,
            by=request.user,
            version=data["version"],
            rating=data["rating"],
            summary=data["summary"],
            rationale=data["rationale"],
        )
    except StaleVersion as error:
        current = review_of(load_claim(pk))
        version = current.version if current else 1
        fresh = ReviewForm(_stale_data(request.POST, version), ratings=ratings, auto_id="review_%s")
        report(request, error)
        return respond(
            request,
            pk,
            panels=["review"],
            status=error.status_code,
            bound={"review": fresh},
            conflict={
                "panel": "review",
                "message": error.message,
                "current": {
                    "rating": current.rating.label if current and current.rating else "",
                    "summary": current.summary if current else "",
                    "rationale": current.rationale if current else "",
                },
            },
        )
    except DomainError as error:
        report(request, error)
        return respond(
            request, pk, panels=["review"], status=error.status_code, bound={"review": form}
        )
    messages.success(request, "Review saved.")
    return respond(request, pk, panels=["review", "header", "actions", "timeline"])


@require_POST
@role_required
def source_add(request: HttpRequest, pk: int) -> HttpResponse:
    form = SourceForm(request.POST, auto_id="source_%s")
    if not form.is_valid():
        return respond(request, pk, panels=["sources"], status=400, bound={"source": form})
    try:
        services.source_add(claim=pk, by=request.user, **form.cleaned_data)
    except DomainError as error:
        report(request, error)
        return respond(
            request, pk, panels=["sources"], status=error.status_code, bound={"source": form}
        )
    messages.success(request, "Source added.")
    return respond(
        request, pk, panels=["sources", "header", "actions", "timeline", "claim_version"]
    )


@require_POST
@role_required
def source_remove(request: HttpRequest, pk: int) -> HttpResponse:
    claim_id = Source.objects.filter(pk=pk).values_list("claim_id", flat=True).first()
    if claim_id is None:
        raise Http404("No such source.")
    try:
        services.source_remove(source=pk, by=request.user)
    except DomainError as error:
        report(request, error)
        return respond(request, claim_id, panels=["sources"], status=error.status_code)
    messages.success(request, "Source removed.")
    return respond(
        request, claim_id, panels=["sources", "header", "actions", "timeline", "claim_version"]
    )


@require_POST
@role_required
def note_add(request: HttpRequest, pk: int) -> HttpResponse:
    form = NoteForm(request.POST, auto_id="note_%s")
    if not form.is_valid():
        return respond(request, pk, panels=["notes"], status=400, bound={"note": form})
    try:
        services.note_add(claim=pk, by=request.user, body=form.cleaned_data["body"])
    except DomainError as error:
        report(request, error)
        return respond(
            request, pk, panels=["notes"], status=error.status_code, bound={"note": form}
        )
    messages.success(request, "Note added.")
    return respond(request, pk, panels=["notes", "timeline"])


@require_POST
@role_required
def match_decide(request: HttpRequest, pk: int, match_id: int, decision: str) -> HttpResponse:
    """An editor confirms a suggested match (merge) or rejects it (never suggested again)."""
    from claims import matching_services

    decide = {
        "confirm": matching_services.match_confirm,
        "reject": matching_services.match_reject,
    }.get(decision)
    if decide is None:
        raise Http404("No such decision.")
    try:
        decide(claim_id=pk, match_id=match_id, by=request.user)
    except DomainError as error:
        report(request, error)
        return respond(request, pk, panels=["workspace"], status=error.status_code)
    done = "Match confirmed." if decision == "confirm" else "Match rejected for good."
    messages.success(request, done)
    return respond(request, pk, panels=["workspace"])


@require_POST
@role_required
def claim_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    spec = ACTIONS.get(action)
    if spec is None:
        raise Http404("No such action.")
    kwargs: dict[str, Any] = {"auto_id": f"{action}_%s"}
    if spec.form is AssignForm:
        kwargs["reviewers"] = list(selectors.reviewers_with_load())
    form = spec.form(request.POST, **kwargs)
    if not form.is_valid():
        return respond(
            request,
            pk,
            panels=["workspace"],
            status=400,
            bound={action: form},
            open_action=action,
        )
    try:
        spec.run(pk, request.user, form.cleaned_data)
    except DomainError as error:
        report(request, error)
        return respond(
            request,
            pk,
            panels=["workspace"],
            status=error.status_code,
            bound={action: form},
            open_action=action,
        )
    messages.success(request, spec.done)
    return respond(request, pk, panels=["workspace"])
