"""Dates as the workbench writes and reads them: in the formats of LANGUAGE_CODE (Django's
localisation) and in TIME_ZONE, on the pages and in the date fields alike.

A page writes a day as the language's DATE_FORMAT ("Dec. 5, 2026" in en-us, "5 Dec 2026"
in en-gb, "5. Dezember 2026" in de) and a moment as its DATETIME_FORMAT. A date field shows
its value the same way and reads back that form, the language's numeric form ("12/05/2026"
in en-us, "05/12/2026" in en-gb) and ISO 8601 ("2026-12-05"): never the browser's locale.
"""

from __future__ import annotations

import re
from datetime import date

from django.utils import formats, timezone, translation
from django.utils.dates import MONTHS, MONTHS_3, MONTHS_ALT, MONTHS_AP, WEEKDAYS, WEEKDAYS_ABBR

from core.dates import day, moment, month_day

__all__ = ["day", "example", "moment", "month_day", "parse_day"]

# Which part of a date each of Django's date-format characters writes.
PARTS = {
    "d": "day",
    "j": "day",
    "m": "month",
    "n": "month",
    "N": "month",
    "M": "month",
    "F": "month",
    "E": "month",
    "b": "month",
    "y": "year",
    "Y": "year",
}
WORDS = re.compile(r"\d+|[^\W\d_]+")


def example() -> str:
    """How to write a date, for a placeholder or a message: 31 December of this year, in the
    long and the numeric form (the 31st tells day from month)."""
    sample = date(timezone.localdate().year, 12, 31)
    return f"{day(sample)} or {formats.date_format(sample, 'SHORT_DATE_FORMAT')}"


def order_of(format_name: str) -> list[str]:
    """The order of day, month and year in one of the language's formats."""
    order: list[str] = []
    escaped = False
    for char in str(formats.get_format(format_name)):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in PARTS and PARTS[char] not in order:
            order.append(PARTS[char])
    return order


def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for table in (MONTHS, MONTHS_3, MONTHS_AP, MONTHS_ALT):
        for number, name in table.items():
            names[str(name).lower().rstrip(".")] = number
    return names


def _filler_words() -> set[str]:
    """Words a written date may hold besides its month: weekdays and the words of the
    language's format ("de" in "5 de diciembre de 2026")."""
    words = {str(name).lower() for table in (WEEKDAYS, WEEKDAYS_ABBR) for name in table.values()}
    for sample in (date(2026, 1, 5), date(2026, 12, 31)):
        words.update(WORDS.findall(day(sample).lower()))
    if (translation.get_language() or "").startswith("en"):
        words.update(("st", "nd", "rd", "th"))  # "December 5th, 2026"
    return {word for word in words if not word.isdigit()}


def parse_day(text: str) -> date:
    """A day written as `day()` writes it, in the language's numeric form, or in ISO 8601.

    Raises ValueError when the text is not one of those or names no real day.
    """
    months = _month_names()
    fillers = _filler_words()
    numbers: list[str] = []
    month: int | None = None
    for word in WORDS.findall(text.strip().lower()):
        if word.isdigit():
            numbers.append(word)
        elif word in months and month is None:
            month = months[word]
        elif word not in fillers:
            raise ValueError(f"{word!r} is not part of a date")
    if month is not None:
        if len(numbers) != 2:
            raise ValueError("a day and a year are needed")
        order = [part for part in order_of("DATE_FORMAT") if part != "month"]
        if len(numbers[0]) == 4:  # "2026 Dec 5"
            order = ["year", "day"]
        values = {**dict(zip(order, numbers, strict=True)), "month": str(month)}
    else:
        if len(numbers) != 3:
            raise ValueError("a day, a month and a year are needed")
        order = order_of("SHORT_DATE_FORMAT")
        if len(numbers[0]) == 4:  # ISO 8601
            order = ["year", "month", "day"]
        values = dict(zip(order, numbers, strict=True))
    if set(values) != {"day", "month", "year"} or len(values["year"]) not in (2, 4):
        raise ValueError("not a date")
    year = int(values["year"])
    return date(year + 2000 if year < 100 else year, int(values["month"]), int(values["day"]))
