"""The article reader in Chromium: selecting text, opening claims, adding claims."""

from __future__ import annotations

from typing import Any

import pytest

from claims.models import Claim
from reviews import services
from tests.e2e.conftest import Session
from tests.factories import make_article

pytestmark = pytest.mark.e2e

BODY = (
    "WASHINGTON (AP) — The agency said on Monday that unemployment in Illinois has halved "
    "since 2021, a figure that opposition lawmakers immediately disputed in a statement. "
    "Officials expect the trend to continue through the next two quarters of the year."
)


def point(page: Any, claim_id: int, char: int) -> tuple[int, int]:
    """The viewport position of the middle of the mark's `char`-th character, in whole
    pixels as a mouse reports it (Chromium starts no selection from a fractional press)."""
    box = page.evaluate(
        """([id, char]) => {
            const mark = document.querySelector(`#article-body mark[data-claim-id="${id}"]`);
            const walker = document.createTreeWalker(mark, NodeFilter.SHOW_TEXT);
            let node, left = char;
            while ((node = walker.nextNode())) {
                if (left < node.data.length) break;
                left -= node.data.length;
            }
            const range = document.createRange();
            range.setStart(node, left);
            range.setEnd(node, left + 1);
            const rect = range.getBoundingClientRect();
            return [rect.x + rect.width / 2, rect.y + rect.height / 2];
        }""",
        [claim_id, char],
    )
    return round(box[0]), round(box[1])


def drag(page: Any, start: tuple[float, float], end: tuple[float, float]) -> None:
    page.mouse.move(*start)
    page.mouse.down()
    page.mouse.move(*end, steps=8)
    page.mouse.up()
    page.wait_for_timeout(300)  # time for a (wrong) navigation to begin


def selected(page: Any) -> str:
    return str(page.evaluate("String(window.getSelection())"))


def test_dragging_inside_a_mark_selects_text_and_a_click_opens_the_claim(
    people: dict[str, Any], session: Any
) -> None:
    article = make_article(body=BODY)
    start = BODY.index("The agency")
    claim = services.claim_create_manual(
        article=article,
        span_start=start,
        span_end=BODY.index("statement.") + len("statement."),
        by=people["editor"],
    )
    reader: Session = session("reader")
    reader.login("rita")
    page = reader.page
    url = f"/articles/{article.pk}/"
    page.goto(url)
    page.wait_for_load_state("networkidle")
    inside = [point(page, claim.pk, offset) for offset in (4, 40, 90)]
    outside = point(page, claim.pk, len(claim.text) - 1)
    outside = (outside[0], outside[1] + 60)  # the next lines of the body, past the mark
    drags = (
        (inside[0], inside[1]),  # forwards within the mark
        (inside[2], inside[1]),  # backwards within the mark
        (inside[1], outside),  # from the mark out of it
        (inside[1], inside[0]),  # backwards, a short way
    )
    for begin, end in drags:
        drag(page, begin, end)
        assert page.url.endswith(url), f"a drag opened the claim: {begin} → {end}"
        assert len(selected(page)) >= 5, (begin, end, selected(page))
        # The selection is offered as a new claim instead.
        assert page.locator("[data-selection-bar]").is_visible()

    # A press at a fractional position (automation tools send them) starts no selection in
    # Chromium, so the mouse-up lands as a click on the mark: still no claim opens.
    fractional = [(x + 0.4, y + 0.6) for x, y in inside]
    drag(page, fractional[0], fractional[1])
    drag(page, fractional[2], fractional[0])
    assert page.url.endswith(url), "a drag with no selection opened the claim"

    page.mouse.click(*inside[1])
    page.wait_for_url(f"**/claims/{claim.pk}/")
    assert Claim.objects.count() == 1
