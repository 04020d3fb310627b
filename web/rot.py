"""Link rot: the sources whose page is gone or changed since it was archived (the sweep's
flags), as a card the dashboard loads after the page and as a page of its own."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from archive import selectors
from web.http import is_htmx, role_required

CARD_ROWS = 5
PAGE_ROWS = 200


@require_GET
@role_required
def link_rot(request: HttpRequest) -> HttpResponse:
    """htmx (the dashboard's card): the count and the first few; else the page."""
    card = is_htmx(request)
    rot = selectors.link_rot(limit=CARD_ROWS if card else PAGE_ROWS)
    if card:
        return render(request, "workbench/includes/rot_flag.html", {"rot": rot})
    return render(request, "workbench/link_rot.html", {"rot": rot, "limit": PAGE_ROWS})
