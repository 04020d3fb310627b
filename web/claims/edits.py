"""Editing the claim's text and the verdict: both carry a version, and a stale save shows
what changed underneath next to the user's own input."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_POST

from core.errors import DomainError, StaleVersion
from reviews import selectors, services
from web.claims.workspace import load_claim, respond, review_of
from web.forms import ClaimEditForm, ReviewForm
from web.http import report, role_required


def stale_data(post: Any, current_version: int) -> Any:
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
        fresh = ClaimEditForm(stale_data(request.POST, current.version), auto_id="claim_%s")
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
            claim_as_stated=data["claim_as_stated"],
        )
    except StaleVersion as error:
        current = review_of(load_claim(pk))
        version = current.version if current else 1
        fresh = ReviewForm(stale_data(request.POST, version), ratings=ratings, auto_id="review_%s")
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
