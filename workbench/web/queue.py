"""The claim queue: filters in the URL, sorting, pagination and bulk assignment."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from reviews import selectors, services
from workbench import roles
from workbench.errors import DomainError
from workbench.web.forms import BulkAssignForm, QueueFilterForm, end_of_day
from workbench.web.http import is_htmx, redirect_back, render_fragments, report, role_required

PAGE_SIZE = 25


def queue_context(request: HttpRequest, query: QueryDict) -> dict[str, Any]:
    """Everything the queue page shows for one set of URL parameters."""
    reviewers = list(selectors.reviewers_with_load())
    ratings = list(selectors.ratings_active())
    params = query.copy()
    params.pop("page", None)
    form = QueueFilterForm(params or None, reviewers=reviewers, ratings=ratings)
    valid = form.is_valid() if form.is_bound else True
    filters = form.filters()
    page = selectors.claim_queue_page(
        user=request.user, filters=filters, page=query.get("page"), per_page=PAGE_SIZE
    )
    editor = roles.is_editor(request.user)
    return {
        "form": form,
        "filters_valid": valid,
        "page": page,
        "claims": page.claims,
        "ordering": filters.get("ordering") or "-score",
        "active_filters": len([key for key in filters if key != "ordering"]),
        "is_editor": editor,
        "bulk_form": BulkAssignForm(reviewers=reviewers) if editor else None,
        "outlets": selectors.outlets(),
        "query": query,
        "here": f"{reverse('web-queue')}?{query.urlencode()}" if query else reverse("web-queue"),
    }


@require_GET
@role_required
def queue(request: HttpRequest) -> HttpResponse:
    context = queue_context(request, request.GET)
    status = 200 if context["filters_valid"] else 400
    htmx = getattr(request, "htmx", None)
    if htmx and htmx.target == "queue-results" and not htmx.history_restore_request:
        return render(request, "workbench/queue/_results.html", context, status=status)
    return render(request, "workbench/queue/page.html", context, status=status)


@require_POST
@role_required
def queue_assign(request: HttpRequest) -> HttpResponse:
    """Bulk assignment: to one reviewer, or spread over the least-loaded reviewers."""
    back = redirect_back(request, reverse("web-queue"))
    form = BulkAssignForm(request.POST, reviewers=list(selectors.reviewers_with_load()))
    status = 200
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        status = 400
    else:
        choice = form.cleaned_data["assignee"]
        try:
            assigned = services.claims_assign_bulk(
                claims=form.cleaned_data["claims"],
                by=request.user,
                assignee=None if choice == "least_loaded" else int(choice),
                strategy="least_loaded" if choice == "least_loaded" else None,
                due_at=end_of_day(form.cleaned_data.get("due_date")),
            )
        except DomainError as error:
            report(request, error)
            status = error.status_code
        else:
            names = sorted({c.assignee.get_username() for c in assigned if c.assignee})
            messages.success(
                request,
                f"Assigned {len(assigned)} claim{'s' if len(assigned) != 1 else ''} "
                f"to {', '.join(names)}.",
            )
    if not is_htmx(request):
        return back
    # Re-render the table for the filters the user was looking at.
    query = QueryDict(urlsplit(back.url).query)
    context = queue_context(request, query)
    return render_fragments(request, [("workbench/queue/_results.html", context)], status=status)
