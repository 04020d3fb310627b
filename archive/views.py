"""A stored copy, shown so that its scripts never run in the workbench's origin.

The page is served with `Content-Security-Policy: sandbox` (no allow-scripts, no
allow-same-origin: the browser gives it an opaque origin of its own and runs none of its
scripts), `default-src 'none'` (it loads nothing, so it cannot call home either) and
`X-Content-Type-Options: nosniff`. The main text is served as text/plain under the same
headers. The workbench may frame the copy (frame-ancestors 'self'); no other site may.

Reviewers and editors see every copy. When the public site is on (settings.PUBLIC_SITE),
anyone may see the copy of a source a published verdict cites, the link its public page
gives, under the same headers; any other copy sends a signed-out reader to log in.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.views.decorators.http import require_safe

from archive import selectors, services
from archive.fetch import PAGE_TYPES
from archive.models import Snapshot
from core.api.permissions import has_role

_CHARSET = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,39}")
SANDBOX_POLICY = (
    "sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; "
    "base-uri 'none'; form-action 'none'"
)


def _snapshot(request: HttpRequest, pk: int) -> Snapshot | None:
    """The copy this reader may see; None when a signed-out reader must log in first."""
    if has_role(request.user):
        snapshot = selectors.snapshot_for_view(pk=pk)
    else:
        snapshot = selectors.snapshot_public(pk=pk) if settings.PUBLIC_SITE else None
        if snapshot is None:
            if request.user.is_authenticated:
                raise PermissionDenied
            return None
    if snapshot is None or not snapshot.body_file:
        raise Http404("No stored copy.")
    return snapshot


def _sandboxed(response: HttpResponse) -> HttpResponse:
    response["Content-Security-Policy"] = SANDBOX_POLICY
    response["X-Content-Type-Options"] = "nosniff"
    response["X-Frame-Options"] = "SAMEORIGIN"
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "private, max-age=3600"
    return response


@require_safe
def snapshot_page(request: HttpRequest, pk: int) -> HttpResponseBase:
    """The page as it was archived, sandboxed."""
    snapshot = _snapshot(request, pk)
    if snapshot is None:
        return redirect_to_login(request.get_full_path())
    body = services.snapshot_body(snapshot)
    return _sandboxed(HttpResponse(body, content_type=_content_type(snapshot.content_type)))


def _content_type(sent: str) -> str:
    """The stored page's type, rebuilt from its parts: a page type we archive, and a
    charset that is a plain name; anything else is served as text."""
    mime, _, params = sent.partition(";")
    mime = mime.strip().lower() or "text/html"
    if mime not in PAGE_TYPES:
        mime = "text/plain"
    key, _, charset = params.strip().partition("=")
    charset = charset.strip("\"' ")
    if key.strip().lower() == "charset" and _CHARSET.fullmatch(charset):
        return f"{mime}; charset={charset}"
    return mime


@require_safe
def snapshot_text(request: HttpRequest, pk: int) -> HttpResponseBase:
    """The main text of the archived page, as plain text."""
    snapshot = _snapshot(request, pk)
    if snapshot is None:
        return redirect_to_login(request.get_full_path())
    text = snapshot.main_text
    if snapshot.title:
        text = f"{snapshot.title}\n\n{text}"
    return _sandboxed(HttpResponse(text, content_type="text/plain; charset=utf-8"))
