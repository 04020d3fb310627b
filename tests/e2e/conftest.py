"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Playwright's sync API runs an event loop in the test thread; the ORM calls made by the
tests themselves (set-up and checks) are synchronous and safe, so Django's async guard is
relaxed for this package only.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO_ROOT, require

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = REPO_ROOT / "artifacts" / "screenshots"
PASSWORD = "pw-for-e2e-tests-42"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Runs in every page and frame before the page's own scripts: every CSP violation the page
# provokes (blocked inline style or script, a blocked URL) is reported to the test, which
# fails on it. Chromium's own "Refused to …" console lines are not console-API calls, so
# Playwright's console event does not carry them reliably; this listener does.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.__reportCspViolation({
        directive: event.effectiveDirective || event.violatedDirective,
        blocked: event.blockedURI || "inline",
        sample: event.sample || "",
        source: event.sourceFile || "",
        line: event.lineNumber || 0,
        page: document.location.pathname + document.location.search,
    });
}, true);
"""


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    require(CHROMIUM.exists(), f"{CHROMIUM} is missing (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield instance
        instance.close()


@pytest.fixture
def people(transactional_db: Any) -> dict[str, Any]:
    """Groups, the rating scale and three people; a transactional test starts empty."""
    from core import roles

    roles.ensure_groups()
    from reviews.services import ratings_load
    from tests.factories import make_user

    ratings_load(entries=json.loads((REPO_ROOT / "seeds" / "ratings.json").read_text("utf-8")))
    people = {
        "editor": make_user(username="edith", role="editor", first_name="Edith"),
        "editor2": make_user(username="eamon", role="editor", first_name="Eamon"),
        "reviewer": make_user(username="rita", role="reviewer", first_name="Rita"),
    }
    for user in people.values():
        user.last_name = "Example"
        user.set_password(PASSWORD)
        user.save()
    return people


class Session:
    """One browser context (one person) with helpers for screenshots and CSP checks."""

    def __init__(self, browser: Any, base_url: str, name: str) -> None:
        self.context = browser.new_context(base_url=base_url, viewport=DESKTOP)
        self.name = name
        self.problems: list[str] = []
        self.context.expose_binding("__reportCspViolation", self._csp_violation)
        self.context.add_init_script(REPORT_CSP_VIOLATIONS)
        self.page = self.context.new_page()
        # HTTP statuses this session provokes on purpose (the browser logs every 4xx).
        self.expected_statuses: set[int] = set()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))

    def _console(self, message: Any) -> None:
        text = message.text
        status = re.search(r"responded with a status of (\d+)", text)
        if status and int(status.group(1)) in self.expected_statuses:
            return
        if message.type == "error" or "Content Security Policy" in text:
            self.problems.append(f"console {message.type}: {text}")

    def _csp_violation(self, source: Any, report: dict[str, Any]) -> None:
        where = f"{report['source']}:{report['line']}" if report["source"] else "the page"
        self.problems.append(
            f"CSP violation on {report['page']}: {report['directive']} blocked "
            f"{report['blocked']} (from {where}, sample {report['sample']!r})"
        )

    def login(self, username: str) -> None:
        page = self.page
        page.goto("/accounts/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(re.compile(r"/$"))

    def logout(self) -> None:
        self.page.click("form[action='/accounts/logout/'] button")
        self.page.wait_for_url(re.compile(r"/accounts/login/"))

    def shot(self, name: str, *, phone: bool = False) -> None:
        """Full-page screenshots at 1280 px (and 390 px for the main pages)."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page = self.page
        page.wait_for_load_state("networkidle")
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(SCREENSHOTS / f"{name}-1280.png"), full_page=True, caret="initial")
        if phone:
            page.set_viewport_size(PHONE)
            page.wait_for_timeout(150)
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > PHONE["width"]:
                self.problems.append(f"{name}: scrolls sideways at 390 px ({width} px wide)")
            page.screenshot(
                path=str(SCREENSHOTS / f"{name}-390.png"), full_page=True, caret="initial"
            )
            page.set_viewport_size(DESKTOP)
            page.wait_for_timeout(100)

    def close(self) -> None:
        # Let reports still in flight from the last page reach the test before it closes.
        self.page.wait_for_timeout(50)
        self.context.close()


@pytest.fixture
def session(browser: Any, live_server: Any) -> Iterator[Callable[[str], Session]]:
    opened: list[Session] = []

    def _open(name: str) -> Session:
        opened.append(Session(browser, live_server.url, name))
        return opened[-1]

    yield _open
    problems = [problem for s in opened for problem in s.problems]
    for s in opened:
        s.close()
    # Nothing may be blocked by the CSP, and no script may fail.
    assert not problems, "\n".join(problems)
