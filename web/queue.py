"""The claim queue: filters in the URL, sorting, pagination, bulk assignment and assignment
from a row."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Set
from typing import Any
from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.humanize.templatetags.humanize import naturaltime
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.views.decorators.http import require_GET, require_POST

from claims.models import ClaimType
from core import roles
from core.dates import day_writer, moment
from core.errors import DomainError, Forbidden, InvalidInput, StaleVersion
from reviews import policy, selectors, services
from web.forms import (
    BulkAssignForm,
    QueueFilterForm,
    RowAssignForm,
    end_of_day,
    option_tags,
    person_name,
    reviewer_choices,
)
from web.http import (
    is_htmx,
    redirect_back,
    render_fragments,
    report,
    role_required,
    safe_next,
)
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


def queue_rows(
    claims: Iterable[dict[str, Any]],
    *,
    assign_states: Set[str] = frozenset(),
    me: int | None = None,
) -> list[dict[str, Any]]:
    """What each row of the table shows, from selectors.claim_queue_rows(): strings and flags
    that the row template prints (and escapes) as they are. Working them out there took some
    fifty variable lookups, filters and a `{% url %}` per claim, most of the page's CPU time
    at 25 rows (benchmarks/queue_page.py). The strings are those the filters gave:
    `truncatechars:180`, `date:'c'`, `day` (its day_writer), `moment`, `naturaltime`.

    A claim in `assign_states` (assign_controls()) gets the row's assign form; `me`, the
    user's id when they may take claims themselves, adds "Assign to me" where they do not
    hold the claim already.
    """
    # One reverse() each for the page: "/claims/0/" and "/articles/0/" split around the id.
    head, tail = reverse("web-claim", kwargs={"pk": 0}).rsplit("0", 1)
    article_head, article_tail = reverse("web-article", kwargs={"pk": 0}).rsplit("0", 1)
    assign_head, assign_tail = reverse("web-queue-row-assign", kwargs={"pk": 0}).rsplit("0", 1)
    write_day = day_writer()
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
        assignable = claim["status"] in assign_states
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
                "due_day": write_day(due),
                "updated_iso": updated.isoformat(),
                "updated_title": moment(updated),
                "updated_ago": naturaltime(claim["updated_at"]),
                "version": claim["version"],
                "assignable": assignable,
                "assign_href": f"{assign_head}{pk}{assign_tail}" if assignable else "",
                "assign_me": assignable and me is not None and claim["assignee_id"] != me,
            }
        )
    return rows


def assign_controls(user: Any, reviewers: list[tuple[str, str]]) -> dict[str, Any]:
    """What the rows' assign forms share, worked out once for the page, never per row.

    `assign_states`: the states whose rows offer the form (policy.assign_states: none for a
    reviewer); `me`: the user's id when they are an active reviewer too, who may take a claim
    themselves as on the claim page; `row_assign_options`: the reviewer select's options,
    `reviewers` being reviewer_choices() ("Rita Reviewer (rita) — 0 open", the claim page's
    labels) printed once into a string every row repeats.
    """
    states = policy.assign_states(user)
    if not states:
        return {"assign_states": states, "me": None, "row_assign_options": ""}
    me = user.pk if str(user.pk) in {value for value, _label in reviewers} else None
    options = option_tags([("", "Choose a reviewer"), *reviewers])
    return {"assign_states": states, "me": me, "row_assign_options": options}


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
    controls = assign_controls(request.user, reviewers)
    return {
        "form": form,
        "filters_valid": valid,
        "page": page,
        "rows": queue_rows(page.claims, assign_states=controls["assign_states"], me=controls["me"]),
        "row_assign_options": controls["row_assign_options"],
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


def row_refusal(error: DomainError) -> str:
    """Why a row's assignment was refused, as its row says it. A stale row has just been read
    again: say who changed the claim and that the row shows it as it is now (the service's
    own message asks for a reload the row no longer needs)."""
    if isinstance(error, StaleVersion):
        who = (error.extra or {}).get("changed_by") or "Someone"
        return f"Not assigned: {who} changed this claim in the meantime. The row shows it now."
    return f"Not assigned: {error.message}"


@require_POST
@role_required
def queue_row_assign(request: HttpRequest, pk: int) -> HttpResponse:
    """Assign one claim from its row of the queue, a candidate accepted first as on the claim
    page (services.claim_assign with accept). For htmx, that row again showing what changed,
    or why nothing did, with the same words for the page's live region; without JavaScript,
    back to the queue as the user left it (`next`), the outcome as a message."""
    here = safe_next(request, reverse("web-queue"))
    form = RowAssignForm(request.POST, user=request.user)
    status = 200
    try:
        if not policy.assign_states(request.user):
            raise Forbidden("Only an editor can assign claims.")
        if not form.is_valid():
            raise InvalidInput(next(str(e) for errors in form.errors.values() for e in errors))
        claim = services.claim_assign(claim=pk, by=request.user, accept=True, **form.arguments())
    except DomainError as error:
        status, note = error.status_code, row_refusal(error)
    else:
        whom = "you" if claim.assignee_id == request.user.pk else person_name(claim.assignee)
        note = f"Claim #{pk} assigned to {whom}."
    if not is_htmx(request):
        if status == 403:
            raise PermissionDenied(note)
        (messages.success if status == 200 else messages.error)(request, note)
        return redirect(here)
    # The reviewers' load is read afresh after an assignment (the service forgets the cache).
    reviewers, _ratings = queue_choices()
    controls = assign_controls(request.user, reviewers)
    rows = queue_rows(
        selectors.claim_queue_rows(ids=[pk]),
        assign_states=controls["assign_states"],
        me=controls["me"],
    )
    for row in rows:
        row.update(note=note, note_error=status != 200)
    context = {
        **controls,
        "rows": rows,
        "is_editor": roles.is_editor(request.user),
        "here": here,
        "note": note,
    }
    template = "workbench/queue/_rows.html" if rows else "workbench/queue/_row_gone.html"
    return render_fragments(
        request, [(template, context), ("workbench/queue/_announce.html", context)], status=status
    )
