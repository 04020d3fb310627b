"""Dates as every page writes them: in the formats of LANGUAGE_CODE (Django's localisation)
and in TIME_ZONE. The workspace (web.dates, which also reads dates back) and the public site
both write through these, so no page hand-builds "5 Dec" again.

A page writes a day as the language's DATE_FORMAT ("Dec. 5, 2026" in en-us, "5 Dec 2026"
in en-gb, "5. Dezember 2026" in de) and a moment as its DATETIME_FORMAT.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from django.utils import formats, timezone


def local(value: date) -> date:
    """A datetime in TIME_ZONE (a date stays as it is)."""
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def day(value: date | None) -> str:
    """A day in the language's DATE_FORMAT; a datetime counts in TIME_ZONE."""
    if value is None or value == "":
        return ""
    return formats.date_format(local(value), "DATE_FORMAT")


def moment(value: datetime | None) -> str:
    """A date and time in the language's DATETIME_FORMAT, in TIME_ZONE."""
    if value is None or value == "":
        return ""
    return formats.date_format(local(value), "DATETIME_FORMAT")


def month_day(value: date | None) -> str:
    """A day without its year, in the language's MONTH_DAY_FORMAT ("December 5" in en-us,
    "5 December" in en-gb), for short labels beside a full date."""
    if value is None or value == "":
        return ""
    return formats.date_format(local(value), "MONTH_DAY_FORMAT")


def day_writer() -> Callable[[date | None], str]:
    """``day`` for the rows of one page: each local day is formatted once (a list's rows
    share few days, and looking up the language's format is most of a row's cost).
    Make one per page, so that a change of language or time zone is never remembered."""
    seen: dict[date, str] = {}

    def write(value: date | None) -> str:
        if value is None or value == "":
            return ""
        key = local(value)
        key = key.date() if isinstance(key, datetime) else key
        text = seen.get(key)
        if text is None:
            text = seen[key] = formats.date_format(key, "DATE_FORMAT")
        return text

    return write
