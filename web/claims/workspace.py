"""The claim workspace page: loading a claim, the page's context, and the response after a
POST (the changed panels for htmx, else a redirect, or the page with the error)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from claims.anchoring import quotes_span
from claims.models import Claim
from matching import selectors as matching_selectors
from reviews import policy, selectors, services
from reviews.models import Review
from web.claims.buttons import action_items
from web.claims.copies import with_copies
from web.forms import ClaimEditForm, NoteForm, ReviewForm, SourceForm
from web.http import is_htmx, render_fragments, role_required
from web.markup import Span, mark_up, paragraph_bounds


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
    for match in matching_selectors.claim_matches(claim=claim):
        row: dict[str, Any] = {
            "id": match.pk,
            "score": match.score,
            "reasons": match.reasons or [],
            "confirmed": match.confirmed,
            "likely_duplicate": matching_selectors.is_likely_duplicate(match.score),
        }
        if match.matched_claim is not None:
            row.update(claim=match.matched_claim, review=review_of(match.matched_claim))
        else:
            row.update(external=match.external)
        rows.append(row)
    return rows


def edit_forms(claim: Claim, review: Review | None, ratings: list[Any]) -> dict[str, forms.Form]:
    """The unbound forms of the claim, verdict, source and note panels."""
    return {
        "claim": ClaimEditForm(
            initial={
                "text": claim.text,
                "claimant": claim.claimant,
                "claim_type": claim.claim_type,
                "version": claim.version,
            },
            auto_id="claim_%s",
        ),
        "review": ReviewForm(
            ratings=ratings,
            initial={
                "claim_as_stated": (review.claim_as_stated if review else "") or claim.text,
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
    # Triage in one step: who may queue a candidate may assign it at once (the assign
    # button's service accepts it first, checking both rules).
    offered = allowed | {"assign"} if "queue" in allowed else allowed
    review = review_of(claim)
    ratings = list(selectors.ratings_active())
    reviewers = list(selectors.reviewers_with_load()) if "assign" in offered else []
    built = edit_forms(claim, review, ratings)
    built.update(bound or {})
    body = claim.article.body
    start, end = paragraph_bounds(body, claim.span_start, claim.span_end)
    context_html = mark_up(
        body,
        [Span(claim.pk, claim.span_start, claim.span_end, str(claim.status))],
        start=start,
        end=end,
    )
    actions = action_items(
        allowed=offered,
        version=claim.version,
        assignee_id=claim.assignee_id,
        reviewers=reviewers,
        bound=bound or {},
    )
    # What submission still needs (the sources were prefetched: no extra query).
    missing = services.submit_missing(claim, review or Review()) if "submit" in allowed else []
    return {
        "claim": claim,
        "article": claim.article,
        "review": review,
        "sources": with_copies(claim.sources.all(), by=user),
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
        "quotes_article": quotes_span(body, claim.text, claim.span_start, claim.span_end),
        "context_cut_start": start > 0 and body[start - 2 : start] != "\n\n",
        "context_cut_end": end < len(body) and body[end : end + 2] != "\n\n",
        "matches": claim_matches(claim),
        "missing": missing,
        "can_edit_claim": "edit_claim" in allowed,
        "can_edit_review": "edit_review" in allowed,
        "can_add_source": "add_source" in allowed,
        "can_remove_source": "remove_source" in allowed,
        "can_add_note": "add_note" in allowed,
        # An editor who also researches (holds the reviewer role) may take the claim.
        "can_assign_me": claim.assignee_id != user.pk
        and any(reviewer.pk == user.pk for reviewer in reviewers),
    }


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
