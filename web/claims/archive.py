"""Re-archive a source from the workspace: the same service as the API action."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_POST

from archive import services
from core.errors import DomainError
from web.claims.evidence import source_claim
from web.claims.workspace import respond
from web.http import report, role_required


@require_POST
@role_required
def source_rearchive(request: HttpRequest, pk: int) -> HttpResponse:
    claim_id = source_claim(pk)
    try:
        services.source_archive_request(source=pk, by=request.user)
    except DomainError as error:
        report(request, error)
        return respond(request, claim_id, panels=["sources"], status=error.status_code)
    messages.success(
        request, "A new copy was requested; it shows here once the page has been fetched."
    )
    return respond(request, claim_id, panels=["sources"])
