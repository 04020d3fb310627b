"""`day`, `moment` and `month_day` for templates outside the workspace (the public site):
LANGUAGE_CODE's formats in TIME_ZONE, as core.dates writes them."""

from __future__ import annotations

from typing import Any

from django import template

from core import dates

register = template.Library()


@register.filter
def day(value: Any) -> str:
    """A date as every page writes it: LANGUAGE_CODE's DATE_FORMAT, in TIME_ZONE."""
    return dates.day(value)


@register.filter
def moment(value: Any) -> str:
    """A date and time as every page writes it: LANGUAGE_CODE's DATETIME_FORMAT."""
    return dates.moment(value)


@register.filter
def month_day(value: Any) -> str:
    """A day without its year: LANGUAGE_CODE's MONTH_DAY_FORMAT, in TIME_ZONE."""
    return dates.month_day(value)
