"""Form fields of the web pages that browsers get wrong: web addresses without a scheme,
and dates, which a `type=date` input would show in the browser's locale, not the
workbench's (web.dates)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from django import forms
from django.core.validators import URLValidator

from web import dates

HOST_AND_PORT = re.compile(r"^[\w-]+(\.[\w-]+)+:\d+([/?#]|$)")


class DayInput(forms.TextInput):
    """A date as text, written as the pages write dates (web.dates): `type=date` would
    follow the browser's locale instead of the workbench's."""

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__({"autocomplete": "off", "spellcheck": "false", **(attrs or {})})

    def format_value(self, value: Any) -> str | None:
        if isinstance(value, date):
            return dates.day(value)
        return super().format_value(value)

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        # At render time: the placeholder follows the active language.
        return super().get_context(name, value, {"placeholder": dates.example(), **(attrs or {})})


class DayField(forms.DateField):
    """A day written as the pages write it, in the language's numeric form, or ISO 8601."""

    widget = DayInput

    def to_python(self, value: Any) -> date | None:
        if isinstance(value, date):
            return value.date() if isinstance(value, datetime) else value
        text = str(value or "").strip()
        if not text:
            return None
        try:
            return dates.parse_day(text)
        except ValueError:
            raise forms.ValidationError(
                f"Enter a date such as {dates.example()}.", code="invalid"
            ) from None


class WebAddressInput(forms.URLInput):
    """A text box for a web address: `type=url` would make the browser refuse a bare
    domain ("census.gov/…") that the field itself accepts, adding https://."""

    input_type = "text"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(
            {
                "inputmode": "url",
                "autocomplete": "url",
                "autocapitalize": "off",
                "spellcheck": "false",
                "placeholder": "census.gov/… or https://…",
                **(attrs or {}),
            }
        )


class WebAddressField(forms.URLField):
    """An http(s) address; one typed without a scheme (a bare domain) gets https://."""

    widget = WebAddressInput
    default_validators = [URLValidator(schemes=["http", "https"])]
    default_error_messages = {
        "invalid": "Enter a web address, such as census.gov/data or https://census.gov/data "
        "(http and https only).",
    }

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(assume_scheme="https", **kwargs)

    def to_python(self, value: Any) -> str:
        text = str(value or "").strip()
        # "census.gov:8080/x" would read as the scheme "census.gov"; it is a host and port.
        if HOST_AND_PORT.match(text):
            text = f"https://{text}"
        return str(super().to_python(text))
