from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from core import roles


def workbench(request: HttpRequest) -> dict[str, Any]:
    user = request.user
    return {
        "org_name": settings.ORGANISATION_NAME,
        "user_role": roles.role_label(user) if user.is_authenticated else "",
        "user_is_editor": roles.is_editor(user) if user.is_authenticated else False,
    }
