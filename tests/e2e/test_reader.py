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


def test_a_long_selection_is_added_only_once_confirmed(
    people: dict[str, Any], session: Any
) -> None:
    from playwright.sync_api import expect

    from tests.e2e.test_journey import select_text

    sentence = "Exports rose 14 percent in May, the ministry said on Tuesday. "
    article = make_article(body=sentence * 14)
    editor: Session = session("editor")
    editor.login("edith")
    page = editor.page
    page.goto(f"/articles/{article.pk}/")
    expect(page.locator("#add-claim")).not_to_contain_text("From character")
    assert page.locator("#add-claim input[name=span_start]").get_attribute("type") == "hidden"

    # Two sentences: no question asked.
    select_text(page, 0, len(sentence) * 2 - 1)
    expect(page.locator("[data-long-confirm]")).to_be_hidden()
    # Four sentences: asked, and nothing is sent until confirmed.
    end = len(sentence) * 4 - 1
    select_text(page, 0, end)
    confirm = page.locator("[data-long-confirm]")
    expect(confirm).to_be_visible()
    expect(confirm).to_contain_text(f"{end} characters, 4 sentences")
    page.click("[data-selection-add]")
    page.wait_for_timeout(500)
    assert not Claim.objects.exists()
    confirm.locator("input[name=confirm_long]").check()
    page.click("[data-selection-add]")
    expect(page.locator("#messages")).to_contain_text("added")
    assert Claim.objects.get().text == (sentence * 4).strip()


def test_editing_a_claims_text_moves_its_mark(people: dict[str, Any], session: Any) -> None:
    from playwright.sync_api import expect

    article = make_article(body=BODY)
    claim = services.claim_create_manual(
        article=article,
        span_start=0,
        span_end=BODY.index("statement.") + len("statement."),
        by=people["editor"],
    )
    editor: Session = session("editor")
    editor.login("edith")
    page = editor.page
    page.goto(f"/claims/{claim.pk}/")
    page.click("summary:has-text('Edit claim')")
    new_text = BODY[BODY.index("The agency") : BODY.index(", a figure")]
    page.fill("#panel-claim textarea[name=text]", new_text)
    page.click("#panel-claim button[type=submit]")
    expect(page.locator(".claim-text")).to_have_text(new_text)
    page.goto(f"/articles/{article.pk}/")
    mark = page.locator(f'#article-body mark[data-claim-id="{claim.pk}"]')
    expect(mark).to_have_text(new_text)
    expect(page.locator("[data-not-verbatim]")).to_have_count(0)
    editor.shot("reader-after-claim-edit")
