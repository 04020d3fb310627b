"""Re-archive a source from the workspace: the same service as the API action."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_POST

from archive import services
from core.errors import DomainError
from reviews.models import Source
from web.claims.workspace import respond
from web.http import report, role_required


@require_POST
@role_required
def source_rearchive(request: HttpRequest, pk: int) -> HttpResponse:
    claim_id = Source.objects.filter(pk=pk).values_list("claim_id", flat=True).first()
    if claim_id is None:
        raise Http404("No such source.")
    try:
        services.source_archive_request(source=pk, by=request.user)
    except DomainError as error:
        report(request, error)
        return respond(request, claim_id, panels=["sources"], status=error.status_code)
    messages.success(
        request, "A new copy was requested; it shows here once the page has been fetched."
    )
    return respond(request, claim_id, panels=["sources"])
