"""Ground rules of the Django admin, shared by every app's ModelAdmin.

- Only editors and admins (superusers) use the admin; reviewers work in the web UI. A
  reviewer who is staff by accident gets the admin's login page, nothing else.
- Every changelist turns hostile filter input (a NUL character, a year no calendar has)
  into Django's "invalid filter" path instead of a server error.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ChangeList
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect

from core import roles
from core.errors import DomainError


class SafeChangeList(ChangeList):
    """A changelist that answers bad filter values with the "invalid filter" page.

    PostgreSQL refuses text holding a NUL character (the driver raises ValueError when
    the query runs), and a date-hierarchy year past 9999 overflows `datetime`; Django's
    ChangeList catches neither, so both were server errors.
    """

    def get_filters(self, request: HttpRequest) -> Any:
        for key, values in self.filter_params.items():
            if "\x00" in key or any("\x00" in value for value in values):
                raise IncorrectLookupParameters(f"{key}: a filter value cannot hold NUL.")
        try:
            return super().get_filters(request)
        except (ValueError, OverflowError) as error:
            raise IncorrectLookupParameters(error) from error


def _guard_changelist(model_admin: admin.ModelAdmin) -> None:
    """Give a ModelAdmin registered by another app (auth, axes…) the safe changelist."""
    original = model_admin.get_changelist

    def get_changelist(request: HttpRequest, **kwargs: Any) -> type[ChangeList]:
        changelist = original(request, **kwargs)
        if issubclass(changelist, SafeChangeList):
            return changelist
        return type(f"Safe{changelist.__name__}", (SafeChangeList, changelist), {})

    model_admin.get_changelist = get_changelist  # type: ignore[method-assign]


class WorkbenchAdminSite(admin.AdminSite):
    """The default site with two rules for every page and every app's ModelAdmin: only
    editors and admins get in, and no changelist fails on a hostile filter value."""

    def has_permission(self, request: HttpRequest) -> bool:
        return roles.can_use_admin(request.user)

    def get_urls(self) -> Any:
        # Called once every app has registered its ModelAdmins (when the URLconf loads).
        for model_admin in self._registry.values():
            _guard_changelist(model_admin)
        return super().get_urls()


# The project uses Django's default site (admin.site, created before this module runs);
# giving it this class keeps every registration and needs no change to INSTALLED_APPS.
admin.site.__class__ = WorkbenchAdminSite


class WorkbenchAdmin(admin.ModelAdmin):
    """Base of every ModelAdmin here: the role gate, the safe changelist, and the way a
    service's refusal reaches the person (a message, the form's writes rolled back)."""

    def refuse(self, request: HttpRequest, error: DomainError) -> None:
        """Call from save_model / save_formset when a service refused the change."""
        self.message_user(request, error.message, messages.ERROR)
        request._workbench_refused = True  # type: ignore[attr-defined]

    def _refused(self, request: HttpRequest) -> HttpResponse | None:
        if not getattr(request, "_workbench_refused", False):
            return None
        # The change form saves inside one transaction: undo whatever part of it had
        # gone through (and its log entry), and show the same form again.
        transaction.set_rollback(True)
        return HttpResponseRedirect(request.get_full_path())

    def response_add(
        self, request: HttpRequest, obj: Any, post_url_continue: str | None = None
    ) -> HttpResponse:
        return self._refused(request) or super().response_add(request, obj, post_url_continue)

    def response_change(self, request: HttpRequest, obj: Any) -> HttpResponse:
        return self._refused(request) or super().response_change(request, obj)

    def get_changelist(self, request: HttpRequest, **kwargs: Any) -> type[ChangeList]:
        return SafeChangeList

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[Any], search_term: str
    ) -> tuple[QuerySet[Any], bool]:
        # Text in PostgreSQL never holds NUL, so such a term (from the autocomplete
        # endpoint, which has no form to clean it) matches nothing.
        if "\x00" in search_term:
            return queryset.none(), False
        return super().get_search_results(request, queryset, search_term)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return roles.can_use_admin(request.user) and super().has_module_permission(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return roles.can_use_admin(request.user) and super().has_view_permission(request, obj)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return roles.can_use_admin(request.user) and super().has_add_permission(request)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return roles.can_use_admin(request.user) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return roles.can_use_admin(request.user) and super().has_delete_permission(request, obj)


class ReadOnlyAdmin(WorkbenchAdmin):
    """Rows the workflow writes (through the services): the admin only shows them."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
