"""The workflow actions' view: one handler for every button in web.claims.buttons."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_POST

from core.errors import DomainError
from reviews import selectors
from web.claims.buttons import BUTTONS
from web.claims.workspace import respond
from web.http import report, role_required


@require_POST
@role_required
def claim_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    button = BUTTONS.get(action)
    if button is None:
        raise Http404("No such action.")
    reviewers = list(selectors.reviewers_with_load()) if button.lists_reviewers else []
    form = button.make_form(action, request.POST, reviewers=reviewers)
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
        button.run(claim=pk, by=request.user, form=form)
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
    messages.success(request, button.done)
    return respond(request, pk, panels=["workspace"])
