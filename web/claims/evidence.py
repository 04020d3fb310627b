"""Sources and notes on a claim."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_POST

from core.errors import DomainError
from reviews import selectors, services
from web.claims.workspace import respond
from web.forms import NoteForm, SourceForm
from web.http import report, role_required


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
    claim_id = source_claim(pk)
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


def source_claim(pk: int) -> int:
    """The claim of source `pk`, for a source action's answer; 404 when there is none."""
    claim_id = selectors.source_claim_id(pk=pk)
    if claim_id is None:
        raise Http404("No such source.")
    return claim_id
