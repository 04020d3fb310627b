"""The workflow actions' view: one handler for every button in web.claims.buttons, and
"Assign to me" (an editor who researches takes the claim, a candidate included)."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_POST

from core.errors import DomainError
from reviews import selectors, services
from web.claims.buttons import BUTTONS
from web.claims.workspace import respond
from web.forms import VersionForm
from web.http import report, role_required

ASSIGN_ME = "assign_me"


def assign_me(request: HttpRequest, pk: int) -> HttpResponse:
    """The signed-in user assigns the claim to themselves (accepting a candidate first); the
    service refuses one who is not an editor, or not a reviewer too."""
    form = VersionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "version must be a whole number.")
        return respond(request, pk, panels=["workspace"], status=400)
    try:
        services.claim_assign(
            claim=pk, by=request.user, assignee=request.user, accept=True, **form.arguments()
        )
    except DomainError as error:
        report(request, error)
        return respond(request, pk, panels=["workspace"], status=error.status_code)
    messages.success(request, "Claim assigned to you.")
    return respond(request, pk, panels=["workspace"])


@require_POST
@role_required
def claim_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    if action == ASSIGN_ME:
        return assign_me(request, pk)
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
