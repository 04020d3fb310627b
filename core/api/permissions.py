"""Who may call the API at all. Finer rules (which claim, which state) live in
reviews.policy and are enforced by the services, which answer 403 or 409."""

from __future__ import annotations

from typing import Any

from rest_framework.permissions import SAFE_METHODS, BasePermission

from core import roles
from core.api.authentication import is_export_client

NO_ROLE = (
    "Your account has no workbench role (reviewer or editor); ask an administrator to add one."
)


def has_role(user: Any) -> bool:
    return roles.is_reviewer(user) or roles.is_editor(user)


class HasRole(BasePermission):
    """Reviewers, editors and admins. Export keys and users without a role are refused."""

    message = NO_ROLE

    def has_permission(self, request: Any, view: Any) -> bool:
        if is_export_client(request):
            self.message = "An export key can only read /api/v1/verdicts/."
            return False
        return has_role(request.user)


class EditorForWrites(HasRole):
    """Any role may read; only editors (and admins) may write."""

    def has_permission(self, request: Any, view: Any) -> bool:
        if not super().has_permission(request, view):
            return False
        if request.method in SAFE_METHODS:
            return True
        self.message = "Only an editor can change articles."
        return roles.is_editor(request.user)


class CanReadVerdicts(BasePermission):
    """People with a role, and machine clients holding an export key."""

    message = NO_ROLE

    def has_permission(self, request: Any, view: Any) -> bool:
        if is_export_client(request):
            return request.method in SAFE_METHODS
        return has_role(request.user)
