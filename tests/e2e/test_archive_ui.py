"""In Chromium: a source added in the workspace is archived (the archive service, run here
in-process on a page served from 127.0.0.1), the workspace says "Archived … · view copy",
and the copy opens with none of the page's scripts running."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from archive import services
from archive.views import SANDBOX_POLICY
from reviews import services as review_services
from reviews.models import Source
from tests.archive.pages import PageServer, article, page_server
from tests.factories import make_article
from web.dates import day

pytestmark = pytest.mark.e2e

MARK = "archived-payload-ran"
# Every way a page could run script on open: inline, an event handler, a javascript: frame,
# a meta refresh to javascript:, an SVG onload, and a module script.
PAYLOADS = (
    f"<script>alert('{MARK}');console.log('{MARK}');"
    f"document.body.setAttribute('data-pwned','1');document.title='{MARK}'</script>"
    f"<img src=x onerror=\"console.log('{MARK}');alert(2)\">"
    f'<svg onload="console.log(\'{MARK}\')"><circle r="4"/></svg>'
    f"<iframe src=\"javascript:parent.console.log('{MARK}')\"></iframe>"
    f'<script type="module">console.log("{MARK}");document.body.append("{MARK}")</script>'
)
PAGE = article(
    "Ministry jobs report",
    "Unemployment fell to 4.2 percent in May, the ministry said.",
    extra=f'<meta http-equiv="refresh" content="0;url=javascript:console.log(\'{MARK}\')">',
).replace("</article>", f"</article>{PAYLOADS}")


@pytest.fixture
def pages() -> Iterator[PageServer]:
    with page_server() as server:
        yield server


@pytest.fixture
def archive_settings(settings: Any, tmp_path: Path) -> Any:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.ARCHIVE_ALLOW_PRIVATE_HOSTS = True  # the page comes from 127.0.0.1
    settings.ARCHIVE_ON_ADD = False  # archived below, in this process, not by a worker
    settings.ARCHIVE_TIMEOUT = 5.0
    return settings


def test_a_source_is_archived_and_its_copy_opens_inert(
    people: dict[str, Any], session: Any, pages: PageServer, archive_settings: Any
) -> None:
    editor, reviewer = people["editor"], people["reviewer"]
    body = "Opening line. The ministry said unemployment fell to 4.2 percent. End."
    start = body.index("The ministry")
    claim = review_services.claim_create_manual(
        article=make_article(body=body), span_start=start, span_end=len(body) - 5, by=editor
    )
    review_services.claim_triage(claim=claim, by=editor, decision="queue")
    review_services.claim_assign(claim=claim, by=editor, assignee=reviewer)
    review_services.claim_start(claim=claim, by=reviewer)
    url = pages.page("/jobs", PAGE)

    person = session("archive-ui")
    person.login("rita")
    page = person.page
    page.goto(f"/claims/{claim.pk}/")
    page.fill("#source_url", url)
    page.fill("#source_title", "Jobs report")
    page.click("#panel-sources button[type=submit]")
    page.wait_for_selector(".source-archive[data-archive-state='none']")
    assert "Not archived yet." in page.locator("#panel-sources").inner_text()

    source = Source.objects.get(claim=claim, url=url)
    snapshot = services.source_archive(source_id=source.pk)
    assert snapshot is not None and snapshot.status == "ok"

    page.goto(f"/claims/{claim.pk}/")
    entry = page.locator(".source", has_text="Jobs report")
    today = day(snapshot.fetched_at)
    assert f"Archived {today} · view copy" in entry.inner_text()
    assert entry.get_by_role("button", name="Re-archive").count() == 1
    person.shot("archive-workspace", phone=True)  # and no sideways scrolling at 390 px

    with person.context.expect_page() as opened:
        entry.get_by_role("link", name="view copy").click()
    popup = opened.value
    popup.wait_for_load_state("load")
    href = popup.url
    assert re.search(rf"/archive/{snapshot.pk}/$", href)
    popup.close()
    # A page of our own, its listeners in place from the first byte (reloading the popup
    # raced Chromium's own detaching of it: "Not attached to an active page").
    copy = person.context.new_page()
    dialogs: list[str] = []
    messages: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    copy.on("dialog", on_dialog)
    copy.on("console", lambda message: messages.append(message.text))
    response = copy.goto(href)
    assert response is not None and response.status == 200
    assert response.headers["content-security-policy"] == SANDBOX_POLICY
    assert re.search(rf"/archive/{snapshot.pk}/$", copy.url)
    copy.wait_for_load_state("load")
    copy.wait_for_timeout(500)  # room for a timer, a refresh or a late handler
    # The page is there, as archived, and nothing in it ran.
    assert copy.locator("h1").inner_text() == "Ministry jobs report"
    assert copy.title() == "Ministry jobs report"
    assert copy.locator("body[data-pwned]").count() == 0
    assert MARK not in copy.locator("body").inner_text()
    assert dialogs == []
    assert not [m for m in messages if MARK in m]
    assert re.search(rf"/archive/{snapshot.pk}/$", copy.url)  # no refresh took it away
    copy.close()
    # The dashboard's link-rot card loads after the page (htmx), within the CSP.
    page.goto("/")
    page.wait_for_selector("#link-rot [data-rot-total='0']")
    assert "0 sources gone, 0 changed since archived." in page.locator("#link-rot").inner_text()
