"""Roles are Django groups: `reviewer` and `editor`; superusers act as admins."""

from __future__ import annotations

from typing import Any

REVIEWER = "reviewer"
EDITOR = "editor"

# Model permissions of each role (used by the data migrations and ensure_groups()). Only the
# Django admin reads model permissions, and reviewers have no admin: their list is the read
# access they have everywhere. Editors change in the admin only what a service writes for
# them (articles, claim text and triage, the rating scale); reviews, sources, notes and
# assignments change only through the workflow (reviews/migrations/0006).
REVIEWER_PERMISSIONS = (
    "claims.view_article",
    "claims.view_claim",
    "reviews.view_rating",
    "reviews.view_review",
    "reviews.view_source",
    "reviews.view_note",
    "reviews.view_assignment",
    "reviews.view_timelineevent",
    "reviews.view_verdictrevision",
)
EDITOR_PERMISSIONS = (
    *REVIEWER_PERMISSIONS,
    "claims.add_article",
    "claims.change_article",
    "claims.add_claim",
    "claims.change_claim",
    "reviews.change_rating",
    "reviews.view_notification",
)
ROLE_PERMISSIONS = {REVIEWER: REVIEWER_PERMISSIONS, EDITOR: EDITOR_PERMISSIONS}


def ensure_groups(group_model: Any = None, permission_model: Any = None) -> None:
    """Create the role groups with their permissions if they are missing.

    The data migration calls this with historical models; tests that flush the database
    (transactional tests) call it with the real ones.
    """
    if group_model is None or permission_model is None:
        from django.contrib.auth.models import Group, Permission

        group_model, permission_model = Group, Permission
    for name, codes in ROLE_PERMISSIONS.items():
        group, _ = group_model.objects.get_or_create(name=name)
        wanted = []
        for code in codes:
            app_label, codename = code.split(".")
            wanted.append(
                permission_model.objects.get(content_type__app_label=app_label, codename=codename)
            )
        group.permissions.set(wanted)


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


def can_use_admin(user: Any) -> bool:
    """The Django admin is for editors and admins; a reviewer who is staff gets none of it."""
    return bool(user.is_authenticated and user.is_active and user.is_staff) and (
        user.is_superuser or EDITOR in _group_names(user)
    )


def role_label(user: Any) -> str:
    if is_admin(user):
        return "admin"
    if is_editor(user):
        return "editor"
    if is_reviewer(user):
        return "reviewer"
    return "no role"
