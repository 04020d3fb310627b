"""Small HTTP answers shared by the page apps."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from django.http import HttpRequest, HttpResponse, HttpResponseNotModified


def stylesheet(request: HttpRequest, rules: Iterable[str]) -> HttpResponse:
    """A generated stylesheet with an entity tag of its content (304 when unchanged)."""
    body = "\n".join(rules) + "\n"
    etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:16] + '"'
    if request.headers.get("If-None-Match") == etag:
        return HttpResponseNotModified()
    response = HttpResponse(body, content_type="text/css; charset=utf-8")
    response["ETag"] = etag
    return response
