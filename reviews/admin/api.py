"""The API's machinery in the admin: webhooks and their deliveries, and export tokens."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from core.admin import WorkbenchAdmin
from core.api.authentication import export_token_issue
from core.urlsafety import public_url_check
from reviews.models import (
    ExportToken,
    Webhook,
    WebhookDelivery,
    WebhookEvent,
)


class WebhookForm(forms.ModelForm):
    events = forms.MultipleChoiceField(
        choices=WebhookEvent.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Leave all unticked to receive every event.",
    )

    class Meta:
        model = Webhook
        fields = ("name", "url", "secret", "events", "active")

    def clean_url(self) -> str:
        # http(s) only, scheme lower-cased, host public (workbench/urlsafety.py).
        return public_url_check(str(self.cleaned_data["url"]))


class DeliveryInline(admin.TabularInline):
    model = WebhookDelivery
    extra = 0
    can_delete = False
    ordering = ("-created_at", "-id")
    fields = ("created_at", "event", "claim_id", "attempt", "status_code", "error", "delivered_at")
    readonly_fields = fields
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Webhook)
class WebhookAdmin(WorkbenchAdmin):
    form = WebhookForm
    list_display = ("__str__", "url", "events", "active", "created_by", "created_at")
    list_filter = ("active",)
    search_fields = ("name", "url")
    readonly_fields = ("created_by", "created_at")
    inlines = [DeliveryInline]

    def save_model(self, request: HttpRequest, obj: Webhook, form: Any, change: bool) -> None:
        if not change:
            obj.created_by = request.user  # type: ignore[assignment]
        super().save_model(request, obj, form, change)


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(WorkbenchAdmin):
    list_display = (
        "created_at",
        "webhook",
        "event",
        "claim_id",
        "attempt",
        "status_code",
        "delivered_at",
        "error",
    )
    list_filter = ("event", "webhook")
    list_select_related = ("webhook",)
    date_hierarchy = "created_at"
    readonly_fields = (
        "webhook",
        "event",
        "claim_id",
        "payload",
        "attempt",
        "status_code",
        "response_excerpt",
        "error",
        "created_at",
        "delivered_at",
    )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(ExportToken)
class ExportTokenAdmin(WorkbenchAdmin):
    """Admins create read-only export keys here; the key is shown once, then only its hash
    is kept."""

    list_display = ("name", "prefix_shown", "created_by", "created_at", "last_used_at", "revoked")
    list_filter = ("revoked",)
    search_fields = ("name", "prefix")
    readonly_fields = ("prefix_shown", "created_by", "created_at", "last_used_at")
    actions = ["revoke"]

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return ["name"]
        return ["name", "prefix_shown", "revoked", "created_by", "created_at", "last_used_at"]

    @admin.display(description="key starts with")
    def prefix_shown(self, obj: ExportToken) -> str:
        return f"{obj.prefix}…" if obj.prefix else ""

    def save_model(self, request: HttpRequest, obj: ExportToken, form: Any, change: bool) -> None:
        if change:
            super().save_model(request, obj, form, change)
            return
        # Kept on the request only: response_add shows it once on its own page, never in
        # a message (messages travel in a signed, readable cookie).
        request._issued_export_key = export_token_issue(token=obj, by=request.user)  # type: ignore[attr-defined]

    def response_add(
        self, request: HttpRequest, obj: ExportToken, post_url_continue: str | None = None
    ) -> HttpResponse:
        key = getattr(request, "_issued_export_key", None)
        if key is None:
            return super().response_add(request, obj, post_url_continue)
        response = TemplateResponse(
            request,
            "admin/reviews/exporttoken/key_issued.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": f"Export key for “{obj.name}”",
                "token": obj,
                "key": key,
            },
        )
        response["Cache-Control"] = "no-store"
        return response

    @admin.action(description="Revoke the selected export tokens", permissions=["change"])
    def revoke(self, request: HttpRequest, queryset: Any) -> None:
        count = queryset.update(revoked=True)
        self.message_user(request, f"Revoked {count} export token(s).", messages.SUCCESS)
