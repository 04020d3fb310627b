"""The claim queue: filters in the URL, sorting, pagination and bulk assignment."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.humanize.templatetags.humanize import naturaltime
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.dates import MONTHS_3
from django.utils.text import Truncator
from django.views.decorators.http import require_GET, require_POST

from claims.models import ClaimType
from core import roles
from core.errors import DomainError
from reviews import selectors, services
from web.forms import (
    BulkAssignForm,
    QueueFilterForm,
    end_of_day,
    option_tags,
    reviewer_choices,
)
from web.http import is_htmx, redirect_back, render_fragments, report, role_required
from web.templatetags.workbench_tags import overdue, pct, status_label

PAGE_SIZE = 25
CLAIM_TYPE_LABELS = dict(ClaimType.choices)
TEXT_CHARS = 180
TITLE_CHARS = 80


def claimant_shown(claimant: str, outlet: str) -> str:
    """The claimant, unless it says nothing the article column does not: empty, or the
    outlet itself (a reporter's own statement is attributed to the outlet)."""
    name = (claimant or "").strip()
    if not name or name.casefold() == (outlet or "").strip().casefold():
        return ""
    return name


def queue_rows(claims: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """What each row of the table shows, from selectors.claim_queue_rows(): strings and flags
    that the row template prints (and escapes) as they are. Working them out there took some
    fifty variable lookups, filters and a `{% url %}` per claim, most of the page's CPU time
    at 25 rows (benchmarks/queue_page.py). The strings are those the filters gave:
    `truncatechars:180`, `date:'c'`, `date:'j M'`, `date:'j M Y, H:i'`, `naturaltime`.
    """
    # One reverse() each for the page: "/claims/0/" and "/articles/0/" split around the id.
    head, tail = reverse("web-claim", kwargs={"pk": 0}).rsplit("0", 1)
    article_head, article_tail = reverse("web-article", kwargs={"pk": 0}).rsplit("0", 1)
    months = {number: str(name).title() for number, name in MONTHS_3.items()}
    now = timezone.now()
    rows = []
    for claim in claims:
        pk = str(claim["pk"])
        text = claim["text"]
        text = (
            Truncator(text).chars(TEXT_CHARS)
            if len(text) > TEXT_CHARS
            else unicodedata.normalize("NFC", text)
        )
        due = timezone.localtime(claim["due_at"]) if claim["due_at"] else None
        updated = timezone.localtime(claim["updated_at"])
        score = str(pct(claim["checkworthiness"]))
        rating = claim["review__rating_id"]
        outlet = claim["article__outlet"] or ""
        title = claim["article__title"] or outlet or f"Article {claim['article_id']}"
        rows.append(
            {
                "pk": pk,
                "href": f"{head}{pk}{tail}",
                "text": text,
                "claimant": claimant_shown(claim["claimant"], outlet),
                "outlet": outlet,
                # The reader, scrolled to this claim's mark.
                "article_href": f"{article_head}{claim['article_id']}{article_tail}#claim-{pk}",
                "article_title": Truncator(title).chars(TITLE_CHARS),
                "likely_duplicate": claim["likely_duplicate"],
                "worth_checking": claim["worth_checking"],
                "status": claim["status"],
                "status_label": status_label(claim["status"]),
                "type_label": str(CLAIM_TYPE_LABELS.get(claim["claim_type"], claim["claim_type"])),
                "score": f"{claim['checkworthiness']:.3f}",
                "score_pct": score,
                "rating": {
                    "pk": str(rating),
                    "label": claim["review__rating__label"],
                    "description": claim["review__rating__description"],
                }
                if rating is not None
                else None,
                "assignee": claim["assignee__username"] or "",
                "overdue": overdue(due, claim["status"], now),
                "due_iso": due.isoformat() if due else "",
                "due_day": f"{due.day} {months[due.month]}" if due else "",
                "updated_iso": updated.isoformat(),
                "updated_title": f"{updated.day} {months[updated.month]} {updated.year:04d}, "
                f"{updated.hour:02d}:{updated.minute:02d}",
                "updated_ago": naturaltime(claim["updated_at"]),
            }
        )
    return rows


def queue_choices() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The choices of the queue's selects that come from the database (cached for a few
    seconds, see selectors.filter_choices): reviewer_choices() of the active reviewers
    with their load, and (slug, label) of the active ratings."""
    reviewers, ratings = selectors.filter_choices()
    return reviewer_choices(reviewers), ratings


def queue_context(request: HttpRequest, query: QueryDict) -> dict[str, Any]:
    """Everything the queue page shows for one set of URL parameters."""
    reviewers, ratings = queue_choices()
    params = query.copy()
    params.pop("page", None)
    form = QueueFilterForm(params or None, reviewers=reviewers, ratings=ratings)
    valid = form.is_valid() if form.is_bound else True
    filters = form.filters()
    page = selectors.claim_queue_page(
        user=request.user, filters=filters, page=query.get("page"), per_page=PAGE_SIZE
    )
    editor = roles.is_editor(request.user)
    ordering = filters.get("ordering") or "-score"
    bulk_form = BulkAssignForm(reviewers=reviewers) if editor else None
    return {
        "form": form,
        "filters_valid": valid,
        "page": page,
        "rows": queue_rows(page.claims),
        "ordering": ordering,
        "active_filters": len([key for key in filters if key != "ordering"]),
        "is_editor": editor,
        "bulk_form": bulk_form,
        "select_options": {
            name: form.select_options(name) for name in ("claim_type", "assignee", "rating")
        },
        "ordering_options": form.select_options("ordering", selected=ordering),
        "bulk_options": bulk_form.assignee_options() if bulk_form else "",
        "outlet_options": option_tags((outlet, "") for outlet in selectors.outlets()),
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
    form = BulkAssignForm(request.POST, reviewers=reviewer_choices(selectors.reviewers_with_load()))
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
                accept=True,  # selected candidates are accepted and assigned in one step
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
