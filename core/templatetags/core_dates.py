"""`day`, `moment` and `month_day` for templates outside the workspace (the public site):
LANGUAGE_CODE's formats in TIME_ZONE, as core.dates writes them."""

from __future__ import annotations

from typing import Any

from django import template

from core import dates

register = template.Library()


@register.filter
def day(value: Any) -> str:
    return dates.day(value)


@register.filter
def moment(value: Any) -> str:
    return dates.moment(value)


@register.filter
def month_day(value: Any) -> str:
    return dates.month_day(value)
