"""manage.py archive_sources [--missing | --all]."""

from __future__ import annotations

from collections.abc import Callable
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from archive.models import Snapshot, SnapshotStatus
from reviews.models import Source
from tests.archive.pages import PageServer, article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("archive_settings")]


def _run(*args: str) -> str:
    out = StringIO()
    call_command("archive_sources", *args, "--no-progress", stdout=out)
    return out.getvalue()


def test_missing_archives_only_sources_without_a_good_copy(
    pages: PageServer, add_source: Callable[..., Source]
) -> None:
    good = add_source(pages.page("/good", article("Good", "A page that works.")))
    broken = add_source(pages.page("/broken", "", status=404))
    assert _run("--all") == "archived 1 of 2 source(s); failed: 1 http_error\n"
    pages.page("/broken", article("Fixed", "It works now."))
    assert _run("--missing") == "archived 1 of 1 source(s)\n"
    assert Snapshot.objects.filter(source=good).count() == 1
    assert [s.status for s in Snapshot.objects.filter(source=broken)] == [
        SnapshotStatus.OK,
        SnapshotStatus.FAILED,
    ]


def test_all_takes_a_new_copy_of_every_source(
    pages: PageServer, add_source: Callable[..., Source]
) -> None:
    source = add_source(pages.page("/good", article("Good", "A page that works.")))
    _run("--all")
    _run("--all")
    assert Snapshot.objects.filter(source=source, status=SnapshotStatus.OK).count() == 2


def test_one_of_missing_or_all_is_required() -> None:
    with pytest.raises(CommandError):
        call_command("archive_sources")
    with pytest.raises(CommandError):
        call_command("archive_sources", "--missing", "--all")
