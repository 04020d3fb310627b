"""Roles are Django groups: `reviewer` and `editor`; superusers act as admins."""

from __future__ import annotations

from typing import Any

REVIEWER = "reviewer"
EDITOR = "editor"


def _group_names(user: Any) -> set[str]:
    # Cached on the user object: role checks run many times per request.
    cached = getattr(user, "_workbench_groups", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True)) if user.is_authenticated else set()
        user._workbench_groups = cached
    return cached


def is_admin(user: Any) -> bool:
    return bool(user.is_authenticated and user.is_active and user.is_superuser)


def is_editor(user: Any) -> bool:
    return bool(user.is_authenticated and user.is_active) and (
        user.is_superuser or EDITOR in _group_names(user)
    )


def is_reviewer(user: Any) -> bool:
    return bool(user.is_authenticated and user.is_active) and (
        user.is_superuser or REVIEWER in _group_names(user)
    )


def role_label(user: Any) -> str:
    if is_admin(user):
        return "admin"
    if is_editor(user):
        return "editor"
    if is_reviewer(user):
        return "reviewer"
    return "no role"
