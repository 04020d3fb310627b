"""Issue #18, archived sources, end to end: a real worker archives sources as they are
added, from a web server on 127.0.0.1 run in a thread here. Only 127.0.0.1 is allowed
(WORKBENCH_ARCHIVE_ALLOWED_NETWORKS); private hosts in general are not, so a redirect to
127.0.0.2 is refused as any internal address would be."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from archive import selectors, services
from archive.fetch import Reason
from archive.models import Snapshot, SnapshotStatus
from claims.models import ClaimStatus
from reviews import services as review_services
from reviews.models import Source
from tests.api.conftest import advance
from tests.archive.pages import PageServer, article, page_server
from tests.factories import make_claim, make_user
from tests.integration.conftest import Worker, wait_for

pytestmark = pytest.mark.integration

TIMEOUT = 2  # seconds a fetch may take on the test worker
RETRIES = 2
FIVE_MIB = 5 * 1024 * 1024


@pytest.fixture
def pages() -> Iterator[PageServer]:
    with page_server() as server:
        yield server


@pytest.fixture
def archiving(worker: Worker, settings: Any, tmp_path: Path, ratings: None) -> Worker:
    """The worker and this process share the stored files and the archive's limits."""
    media = tmp_path / "media"
    values = {
        "DJANGO_MEDIA_ROOT": str(media),
        "WORKBENCH_ARCHIVE_ON_ADD": "1",
        "WORKBENCH_ARCHIVE_ALLOW_PRIVATE_HOSTS": "0",
        "WORKBENCH_ARCHIVE_ALLOWED_NETWORKS": "127.0.0.1",
        "WORKBENCH_ARCHIVE_TIMEOUT": str(TIMEOUT),
        "WORKBENCH_ARCHIVE_CONNECT_TIMEOUT": str(TIMEOUT),
        "WORKBENCH_ARCHIVE_MAX_RETRIES": str(RETRIES),
        "WORKBENCH_ARCHIVE_RETRY_BACKOFF": "1",
        "WORKBENCH_SITE_URL": "https://workbench.example.org",
    }
    worker.env.update(values)
    settings.MEDIA_ROOT = str(media)
    settings.ARCHIVE_ON_ADD = True
    settings.ARCHIVE_ALLOW_PRIVATE_HOSTS = False
    settings.ARCHIVE_ALLOWED_NETWORKS = ["127.0.0.1"]
    settings.SITE_URL = "https://workbench.example.org"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    worker.start()
    return worker


@pytest.fixture
def add_source() -> Callable[[str], Source]:
    editor = make_user(username="edna", role="editor")
    reviewer = make_user(username="rita", role="reviewer")
    claim = advance(make_claim(), ClaimStatus.IN_PROGRESS, editor=editor, reviewer=reviewer)

    def _add(url: str) -> Source:
        return review_services.source_add(claim=claim, by=reviewer, url=url)

    return _add


def _snapshot_of(source: Source, worker: Worker, *, timeout: float = 60) -> Snapshot:
    return wait_for(
        lambda: Snapshot.objects.filter(source=source).first(),
        timeout=timeout,
        what=f"a snapshot of {source.url}",
        worker=worker,
    )


SCRIPTS = article(
    "Scripted page",
    "The minister said unemployment fell to 4.2 percent.",
    extra="<script>parent.document.title='pwned';fetch('/api/v1/claims/')</script>",
).replace("<article>", '<article><img src=x onerror="alert(document.cookie)">')


@pytest.mark.timeout(300)
@pytest.mark.urls("tests.archive.urls")
def test_sources_are_archived_as_they_are_added(
    archiving: Worker,
    pages: PageServer,
    add_source: Callable[[str], Source],
    client_for: Any,
) -> None:
    # A normal page, and a redirect chain ending on one.
    normal = add_source(pages.page("/report", SCRIPTS))
    final = pages.page("/final", article("Moved", "The page moved twice, the text did not."))
    pages.redirect("/hop2", "/final", status=301)
    chain = add_source(pages.redirect("/hop1", pages.url("/hop2")))
    # A redirect into the network, a page one byte over 5 MiB, a server that never answers
    # in time, a server error.
    inside = add_source(pages.redirect("/leak", f"http://127.0.0.2:{pages.port}/secret"))
    pages.page("/secret", "internal")
    huge = add_source(pages.page("/huge", b"a" * (FIVE_MIB + 1), length=False))
    slow = add_source(pages.page("/slow", "late", delay=TIMEOUT + 3))

    ok = _snapshot_of(normal, archiving)
    assert (ok.status, ok.final_url, ok.http_status) == (SnapshotStatus.OK, normal.url, 200)
    assert ok.title == "Scripted page" and "4.2 percent" in ok.main_text
    normal.refresh_from_db()
    assert normal.archived_url == f"https://workbench.example.org/archive/{ok.pk}/"

    moved = _snapshot_of(chain, archiving)
    assert (moved.status, moved.final_url) == (SnapshotStatus.OK, final)

    refused = _snapshot_of(inside, archiving)
    assert refused.failure_reason == Reason.REFUSED_ADDRESS
    assert pages.hits("/secret") == 0

    large = _snapshot_of(huge, archiving)
    assert large.failure_reason == Reason.TOO_LARGE

    # The slow page is tried 1 + RETRIES times, with backoff, then recorded as a timeout.
    late = _snapshot_of(slow, archiving, timeout=120)
    assert late.failure_reason == Reason.TIMEOUT
    assert pages.hits("/slow") == 1 + RETRIES
    for source in (inside, huge, slow):
        source.refresh_from_db()
        assert source.archived_url == ""

    # The scripted page, viewed: served as archived, under a sandbox that runs no script.
    viewer = client_for(make_user(username="vera", role="reviewer"))
    response = viewer.get(f"/archive/{ok.pk}/")
    assert response.status_code == 200
    assert response["Content-Security-Policy"].split(";")[0] == "sandbox"
    assert "allow-scripts" not in response["Content-Security-Policy"]
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.content == SCRIPTS.encode()
    text = viewer.get(f"/archive/{ok.pk}/text/")
    assert text["Content-Type"] == "text/plain; charset=utf-8"
    assert text["Content-Security-Policy"].split(";")[0] == "sandbox"
    assert b"<script" not in text.content and b"4.2 percent" in text.content


@pytest.mark.timeout(300)
def test_the_sweep_flags_pages_gone_or_changed_and_keeps_the_copies(
    archiving: Worker, pages: PageServer, add_source: Callable[[str], Source]
) -> None:
    from workbench.celery import app

    steady = add_source(pages.page("/steady", article("Steady", "Nothing changes here.")))
    removed = add_source(pages.page("/removed", article("Removed", "Soon deleted.")))
    edited = add_source(pages.page("/edited", article("Edited", "The first version.")))
    copies = {s.pk: _snapshot_of(s, archiving) for s in (steady, removed, edited)}
    assert all(c.status == SnapshotStatus.OK for c in copies.values())

    pages.page("/removed", "gone", status=404)
    pages.page("/edited", article("Edited", "A second version, with other facts."))
    app.send_task("archive.tasks.sweep_link_rot", kwargs={"min_age_hours": 0})
    wait_for(
        lambda: (
            Snapshot.objects.filter(pk__in=[c.pk for c in copies.values()])
            .filter(last_checked_at__isnull=False)
            .count()
            == 3
        ),
        timeout=60,
        what="the sweep's re-checks",
        worker=archiving,
    )
    flags = {
        s.source_id: (s.gone, s.changed)
        for s in Snapshot.objects.filter(pk__in=[c.pk for c in copies.values()])
    }
    assert flags == {
        steady.pk: (False, False),
        removed.pk: (True, False),
        edited.pk: (False, True),
    }
    assert [s.pk for s in selectors.sources_rotten()] == [removed.pk, edited.pk]
    assert services.snapshot_body(copies[removed.pk]).startswith(b"<!doctype html>")
    assert Snapshot.objects.count() == 3  # the sweep takes no new copies


@pytest.mark.timeout(300)
def test_a_worker_killed_mid_fetch_leaves_no_snapshot(
    archiving: Worker, pages: PageServer, add_source: Callable[[str], Source]
) -> None:
    source = add_source(pages.page("/stuck", "late", delay=TIMEOUT + 5))
    wait_for(lambda: pages.hits("/stuck"), timeout=30, what="the fetch", worker=archiving)
    archiving.kill()
    assert not Snapshot.objects.filter(source=source).exists()
    source.refresh_from_db()
    assert source.archived_url == ""
