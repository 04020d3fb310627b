"""An editor's decision on a suggested match (the panel's rows are built in workspace)."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_POST

from core.errors import DomainError
from matching import services as matching_services
from web.claims.workspace import respond
from web.http import report, role_required


@require_POST
@role_required
def match_decide(request: HttpRequest, pk: int, match_id: int, decision: str) -> HttpResponse:
    """An editor confirms a suggested match (merge) or rejects it (never suggested again)."""
    if decision not in matching_services.MATCH_DECISIONS:
        raise Http404("No such decision.")
    try:
        matching_services.match_decide(
            claim_id=pk, match_id=match_id, decision=decision, by=request.user
        )
    except DomainError as error:
        report(request, error)
        return respond(request, pk, panels=["workspace"], status=error.status_code)
    done = "Match confirmed." if decision == "confirm" else "Match rejected for good."
    messages.success(request, done)
    return respond(request, pk, panels=["workspace"])
