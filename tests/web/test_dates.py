"""Dates follow LANGUAGE_CODE and TIME_ZONE, on the pages and in the date fields alike
(issue 17, item 14): never the browser's locale, one format everywhere."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim
from tests.web.claims.pages import HX, action_url, page
from web import dates
from web.forms import ArticleForm, AssignForm, BulkAssignForm

US = override_settings(LANGUAGE_CODE="en-us")
UK = override_settings(LANGUAGE_CODE="en-gb")
DE = override_settings(LANGUAGE_CODE="de")
DEC_5 = date(2031, 12, 5)


@pytest.mark.parametrize(
    ("language", "long", "numeric", "example"),
    [
        (US, "Dec. 5, 2031", "12/05/2031", "Dec. 31, {year} or 12/31/{year}"),
        (UK, "5 Dec 2031", "05/12/2031", "31 Dec {year} or 31/12/{year}"),
        (DE, "5. Dezember 2031", "05.12.2031", "31. Dezember {year} or 31.12.{year}"),
    ],
)
def test_each_language_writes_and_reads_its_own_dates(
    language: Any, long: str, numeric: str, example: str
) -> None:
    with language:
        assert dates.day(DEC_5) == long
        assert dates.parse_day(long) == DEC_5
        assert dates.parse_day(numeric) == DEC_5
        assert dates.parse_day("2031-12-05") == DEC_5  # ISO 8601 in every language
        assert dates.example() == example.format(year=timezone.localdate().year)


@pytest.mark.parametrize("text", ["tomorrow", "5 Dec", "31/31/2031", "5 foo 2031", "1/2", "2031"])
def test_what_is_no_date_is_refused_with_an_example(text: str) -> None:
    with UK:
        with pytest.raises(ValueError):
            dates.parse_day(text)
        form = AssignForm({"assignee": "", "due_date": text}, reviewers=[])
        assert not form.is_valid()
        year = timezone.localdate().year
        assert form.errors["due_date"] == [f"Enter a date such as 31 Dec {year} or 31/12/{year}."]


@pytest.mark.parametrize("form", [AssignForm, BulkAssignForm])
def test_due_date_fields_are_text_in_the_servers_format_not_the_browsers(form: Any) -> None:
    with UK:
        html = str(form(reviewers=[], initial={"due_date": DEC_5})["due_date"])
    assert 'type="text"' in html and 'type="date"' not in html
    assert 'value="5 Dec 2031"' in html
    assert f'placeholder="31 Dec {timezone.localdate().year} or 31/12/' in html
    with US:
        html = str(form(reviewers=[], initial={"due_date": DEC_5})["due_date"])
    assert 'value="Dec. 5, 2031"' in html


def test_the_same_numbers_mean_the_day_the_language_says() -> None:
    with US:
        us = ArticleForm({"body": "Text.", "published_on": "05/12/2031"})
        assert us.is_valid() and us.cleaned_data["published_on"] == date(2031, 5, 12)
    with UK:
        uk = ArticleForm({"body": "Text.", "published_on": "05/12/2031"})
        assert uk.is_valid() and uk.cleaned_data["published_on"] == date(2031, 12, 5)


def test_the_filters_write_moments_in_the_time_zone() -> None:
    moment = datetime(2031, 12, 5, 23, 30, tzinfo=ZoneInfo("UTC"))
    with UK, override_settings(TIME_ZONE="Asia/Tokyo"):
        assert dates.day(moment) == "6 Dec 2031"  # already the 6th in Tokyo
        assert dates.moment(moment) == "6 Dec 2031, 8:30 a.m."
    with US, override_settings(TIME_ZONE="UTC"):
        assert dates.moment(moment) == "Dec. 5, 2031, 11:30 p.m."


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "typed", "shown"),
    [(UK, "5/12/2031", "5 Dec 2031"), (US, "12/5/2031", "Dec. 5, 2031")],
)
def test_a_due_date_typed_in_the_assign_form_shows_the_same_way_in_the_header(
    client_for: Any,
    editor: Any,
    reviewer: Any,
    claim_in: Any,
    language: Any,
    typed: str,
    shown: str,
) -> None:
    claim = claim_in("queued")
    client = client_for(editor)
    with language, override_settings(TIME_ZONE="America/Chicago"):
        form = page(client, claim)
        assert 'name="due_date" autocomplete="off"' in form and 'type="date"' not in form
        response = client.post(
            action_url(claim, "assign"),
            {"assignee": reviewer.pk, "due_date": typed, "version": claim.version},
            headers=HX,
        )
        assert response.status_code == 200
        due = Claim.objects.get(pk=claim.pk).due_at
        assert due is not None
        # The end of that day where the newsroom is (TIME_ZONE), not in UTC.
        local = timezone.localtime(due, ZoneInfo("America/Chicago"))
        assert (local.date(), local.hour, local.minute) == (DEC_5, 23, 59)
        assert f">{shown}</time></strong>" in page(client, claim)


@pytest.mark.django_db
def test_the_queue_bulk_bar_has_the_same_date_field(client_for: Any, editor: Any) -> None:
    with UK:
        html = client_for(editor).get(reverse("web-queue")).content.decode()
    assert 'id="bulk_due"' in html and 'placeholder="31 Dec ' in html
    assert 'type="date"' not in html


def test_every_page_writes_dates_only_through_the_filters() -> None:
    """A hand-written format ("j M, H:i") or a month name looked up by hand would ignore
    LANGUAGE_CODE again: the workspace's and the public site's templates and the code
    that prepares their rows write dates only through core.dates."""
    base = settings.BASE_DIR
    templates = [
        *sorted((base / "web" / "templates").rglob("*.html")),
        *sorted((base / "publishing" / "templates").rglob("*.html")),
    ]
    assert len(templates) > 30
    for template in templates:
        text = template.read_text()
        formats = re.findall(r"\|date:(['\"][^'\"]*['\"])", text)
        assert set(formats) <= {"'c'"}, (template.name, formats)
    for package in ("web", "publishing"):
        for module in sorted((base / package).rglob("*.py")):
            if module.name == "dates.py":
                continue  # web.dates reads month names back from typed dates
            assert "MONTHS_3" not in module.read_text(), module


def test_a_pages_day_writer_formats_each_day_once_in_the_language() -> None:
    from core.dates import day_writer

    late = datetime(2031, 12, 5, 23, 30, tzinfo=ZoneInfo("UTC"))
    with UK, override_settings(TIME_ZONE="Asia/Tokyo"):
        write = day_writer()
        assert write(late) == "6 Dec 2031"  # the 6th already in Tokyo
        assert write(DEC_5) == "5 Dec 2031" and write(None) == ""
    with US:
        assert day_writer()(DEC_5) == "Dec. 5, 2031"  # a new page, a new language
