"""The archived copy of each source in the workspace, and its "Re-archive" button."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from archive.fetch import Reason
from archive.models import Snapshot, SnapshotStatus
from claims.models import Claim
from core.models import OutboxMessage
from reviews import services
from reviews.models import Source
from tests.web.claims.pages import HX, page
from web.dates import day, moment

pytestmark = pytest.mark.django_db

DAY = datetime(2026, 12, 3, 10, 0, tzinfo=timezone.get_current_timezone())
ARCHIVE_TASK = "archive.tasks.archive_source"


def _source(claim: Claim, by: Any, url: str = "https://example.org/report") -> Source:
    return services.source_add(claim=claim, by=by, url=url)


def _ok(source: Source, **fields: Any) -> Snapshot:
    # What the archive worker writes (tests/archive covers the fetching itself).
    values: dict[str, Any] = {
        "source": source,
        "status": SnapshotStatus.OK,
        "http_status": 200,
        "fetched_at": DAY,
        "body_file": "archive/x.gz",
        **fields,
    }
    return Snapshot.objects.create(**values)


def _failed(source: Source, reason: str, **fields: Any) -> Snapshot:
    values: dict[str, Any] = {
        "source": source,
        "status": SnapshotStatus.FAILED,
        "failure_reason": reason,
        "fetched_at": DAY + timedelta(days=1),
        **fields,
    }
    return Snapshot.objects.create(**values)


def _archive_line(html: str, source: Source) -> str:
    """The archive part of one source's entry, as text."""
    part = html.split(f'action="/sources/{source.pk}/remove/"')[0].rsplit('class="source"', 1)[1]
    block = part.split('class="source-archive meta"', 1)[1].split("</div>", 1)[0]
    block = block.split(">", 1)[1]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", block)).strip()


def test_an_archived_source_links_to_its_copy(
    client_for: Any, reviewer: Any, claim_in: Any
) -> None:
    claim = claim_in("in_progress")
    source = _source(claim, reviewer)
    copy = _ok(source)
    html = page(client_for(reviewer), claim)
    assert f"Archived {day(DAY)} · view copy" in _archive_line(html, source)
    assert f'href="/archive/{copy.pk}/" target="_blank" rel="noopener noreferrer">view copy' in html
    assert f'href="/archive/{copy.pk}/text/"' in html


@pytest.mark.parametrize(
    ("reason", "fields", "words"),
    [
        (Reason.TIMEOUT, {}, "Not archived: timed out"),
        (Reason.TOO_LARGE, {"http_status": 200}, "Not archived: the page is too large"),
        (
            Reason.REFUSED_ADDRESS,
            {},
            "Not archived: refused address (it points inside our own network)",
        ),
        (
            Reason.HTTP_ERROR,
            {"http_status": 503},
            "Not archived: the server answered HTTP 503, still after retries",
        ),
        (Reason.HTTP_ERROR, {"http_status": 404}, "Not archived: the server answered HTTP 404"),
        (Reason.UNRESOLVABLE, {}, "Not archived: the host name was not found"),
        (Reason.NOT_HTML, {}, "Not archived: not a web page"),
    ],
)
def test_a_failed_fetch_shows_its_reason_in_plain_words(
    client_for: Any, reviewer: Any, claim_in: Any, reason: str, fields: Any, words: str
) -> None:
    claim = claim_in("in_progress")
    source = _source(claim, reviewer)
    _failed(source, reason, **fields)
    line = _archive_line(page(client_for(reviewer), claim), source)
    assert line.startswith(f"{words}. Tried {moment(DAY + timedelta(days=1))}."), line
    assert "view copy" not in line


def test_a_failed_re_archive_keeps_the_earlier_copy(
    client_for: Any, reviewer: Any, claim_in: Any
) -> None:
    claim = claim_in("in_progress")
    source = _source(claim, reviewer)
    _ok(source)
    _failed(source, Reason.TIMEOUT)
    line = _archive_line(page(client_for(reviewer), claim), source)
    assert f"Archived {day(DAY)} · view copy" in line
    assert f"re-archiving on {day(DAY + timedelta(days=1))} failed: timed out." in line


def test_a_new_source_is_archiving_and_an_old_one_without_a_copy_says_so(
    client_for: Any, reviewer: Any, claim_in: Any, settings: Any
) -> None:
    claim = claim_in("in_progress")
    new = _source(claim, reviewer, "https://example.org/new")
    old = _source(claim, reviewer, "https://example.org/old")
    Source.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=2))
    client = client_for(reviewer)
    html = page(client, claim)  # sources are not archived as they are added
    assert _archive_line(html, new).startswith("Not archived yet.")
    settings.ARCHIVE_ON_ADD = True  # (set after adding them: no fetch from a test)
    html = page(client, claim)
    assert _archive_line(html, new).startswith("Archiving…")
    assert _archive_line(html, old).startswith("Not archived yet.")


def test_the_sweep_flags_show_on_the_source(client_for: Any, reviewer: Any, claim_in: Any) -> None:
    claim = claim_in("in_progress")
    gone = _source(claim, reviewer, "https://example.org/gone")
    dns = _source(claim, reviewer, "https://example.org/dns")
    changed = _source(claim, reviewer, "https://example.org/changed")
    flagged = DAY + timedelta(days=2)
    _ok(gone, gone=True, recheck_status=404, flagged_at=flagged)
    _ok(dns, gone=True, flagged_at=flagged)
    _ok(changed, changed=True, recheck_status=200, flagged_at=flagged)
    html = page(client_for(reviewer), claim)
    since = day(flagged)
    assert f"The page is gone (404) since {since} — the archived copy stays." in _archive_line(
        html, gone
    )
    assert f"The page is gone (host not found) since {day(flagged)}" in _archive_line(html, dns)
    assert (
        f"The page has changed since it was archived (seen {since}) — the archived copy stays."
        in _archive_line(html, changed)
    )


# --- re-archive ------------------------------------------------------------------------------


def _rearchive_url(source: Source) -> str:
    return reverse("web-source-archive", args=[source.pk])


def _queued(source: Source) -> int:
    return OutboxMessage.objects.filter(task=ARCHIVE_TASK, args=[source.pk]).count()


def test_re_archive_is_offered_and_queues_a_fetch_for_the_assigned_reviewer_and_editors(
    client_for: Any,
    reviewer: Any,
    editor: Any,
    claim_in: Any,
    settings: Any,
) -> None:
    settings.CELERY_TASK_ALWAYS_EAGER = False  # keep the message: no fetch from a test
    claim = claim_in("in_progress")
    source = _source(claim, reviewer)
    for user in (reviewer, editor):
        client = client_for(user)
        assert f'action="{_rearchive_url(source)}"' in page(client, claim)
        before = _queued(source)
        response = client.post(_rearchive_url(source))
        assert response.status_code == 302
        assert response["Location"] == reverse("web-claim", args=[claim.pk])
        assert _queued(source) == before + 1
    # htmx: the sources panel comes back, with the message.
    response = client_for(reviewer).post(_rearchive_url(source), headers=HX)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'id="panel-sources"' in body and "A new copy was requested" in body


def test_re_archive_is_refused_to_another_reviewer(
    client_for: Any, reviewer: Any, other_reviewer: Any, claim_in: Any, settings: Any
) -> None:
    settings.CELERY_TASK_ALWAYS_EAGER = False
    claim = claim_in("in_progress")
    source = _source(claim, reviewer)
    client = client_for(other_reviewer)
    assert "Re-archive" not in page(client, claim)
    response = client.post(_rearchive_url(source), headers=HX)
    assert response.status_code == 403
    assert "Only an editor, or the reviewer the claim is assigned to" in response.content.decode()
    assert _queued(source) == 0


def test_re_archive_needs_a_post_a_csrf_token_a_login_and_a_source(
    client_for: Any, reviewer: Any, editor: Any, claim_in: Any, settings: Any
) -> None:
    settings.CELERY_TASK_ALWAYS_EAGER = False
    claim = claim_in("in_progress")
    source = _source(claim, reviewer)
    url = _rearchive_url(source)
    assert Client().post(url).status_code == 302  # to the login page
    client = client_for(editor)
    assert client.get(url).status_code == 405
    assert client.post(reverse("web-source-archive", args=[999_999])).status_code == 404
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(editor)
    assert strict.post(url).status_code == 403
    assert _queued(source) == 0


@pytest.mark.parametrize("size", [3, 30])
def test_the_copies_cost_one_query_however_many_sources(
    size: int,
    client_for: Any,
    reviewer: Any,
    claim_in: Any,
    django_assert_num_queries: Any,
) -> None:
    claim = claim_in("in_progress")
    for index in range(size):
        source = _source(claim, reviewer, f"https://example.org/{index}")
        _ok(source, gone=index % 2 == 0, flagged_at=DAY)
        _failed(source, Reason.TIMEOUT)
    client = client_for(reviewer)
    # The workspace's count (tests/web/claims/test_workspace.py), with its one archive query.
    with django_assert_num_queries(12):
        html = page(client, claim)
    assert html.count(f"re-archiving on {day(DAY + timedelta(days=1))} failed: timed out.") == size
    assert html.count("Re-archive</button>") == size + 1  # and the claim's first source
