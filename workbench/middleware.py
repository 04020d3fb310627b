"""Response headers the framework does not add by itself."""

from __future__ import annotations

from collections.abc import Callable

from django.db import DatabaseError
from django.http import HttpRequest, HttpResponseBase
from django.utils.cache import patch_cache_control


class PrivateCacheControlMiddleware:
    """`Cache-Control: private, no-store` on every response to a signed-in user.

    Pages and API answers for a user carry unpublished claims, drafts and names; no shared
    cache may keep them, nor the browser's disk (the back button after logout on a shared
    computer). Anonymous responses (the login page) are left alone, and static files never
    get here: whitenoise answers them earlier in the chain. The user is read after the
    view ran, so a DRF token login counts too (DRF sets it on the Django request).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if _signed_in(request):
            patch_cache_control(response, private=True, no_store=True)
        return response


def _signed_in(request: HttpRequest) -> bool:
    user = getattr(request, "user", None)
    try:
        return bool(user is not None and user.is_authenticated)
    except DatabaseError:  # the session could not be read: nobody is signed in
        return False
