"""Small helpers shared by the web views: roles, htmx fragments, safe redirects."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any, TypeVar

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme

from core import roles

View = TypeVar("View", bound=Callable[..., HttpResponse])


def has_role(user: Any) -> bool:
    return roles.is_editor(user) or roles.is_reviewer(user) or roles.is_admin(user)


def role_required(view: View) -> View:
    """Signed in (else the login page) and holding a workbench role (else 403)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not has_role(request.user):
            raise PermissionDenied("Your account has no workbench role; ask an administrator.")
        return view(request, *args, **kwargs)

    return login_required(wrapper)  # type: ignore[return-value]


def editor_required(view: View) -> View:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not roles.is_editor(request.user):
            raise PermissionDenied("Only editors can do this.")
        return view(request, *args, **kwargs)

    return login_required(wrapper)  # type: ignore[return-value]


def is_htmx(request: HttpRequest) -> bool:
    return bool(getattr(request, "htmx", False))


def render_fragments(
    request: HttpRequest,
    parts: Iterable[tuple[str, dict[str, Any]]],
    *,
    status: int = 200,
) -> HttpResponse:
    """Render several template fragments into one htmx response.

    The first part is the swap target; later parts carry `hx-swap-oob`. Pending messages
    always go out as an out-of-band update of the message region.
    """
    html = [render_to_string(template, context, request) for template, context in parts]
    html.append(render_to_string("workbench/includes/messages.html", {"oob": True}, request))
    return HttpResponse("".join(html), status=status)


def safe_next(request: HttpRequest, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def redirect_back(request: HttpRequest, default: str) -> HttpResponseRedirect:
    return redirect(safe_next(request, default))


def report(request: HttpRequest, error: Any) -> None:
    """Show a domain error to the user as a message."""
    messages.error(request, error.message)
