"""The public pages rendered, and kept rendered in the shared page cache.

A page is kept in `settings.CACHES["pages"]` (the database by default, or Redis) under its
entity tag, which changes with everything the page shows that can change while it is
kept: the verdict (a correction, a reopening), the claim, its article, a claim merged into
it and its sources' archived copies (the review's `updated_at` moves for those: see
reviews.services.review_mark_changed), the rating scale, and this code's templates,
static files and settings (`fingerprint`). So a kept page is never served once it would
differ from a fresh render, and every web process and the worker share it.

When a verdict is published, corrected, reopened, gains a copy or a duplicate
(reviews.hooks.verdict_public_changed), a worker renders its page and the first page of
/checks/ here (publishing.tasks), so that even the first reader after the change gets a
kept page. The view renders what is not kept yet with the same functions, so the bytes are
the same either way. The kept copy lasts PUBLIC_PAGE_CACHE_SECONDS: a writer's renamed
display name, which no tag follows, shows within that time.

Pages are rendered without a request: they show nothing of who reads them, and skipping
the context processors keeps a signed-in reader's page the same as everyone's.
"""

from __future__ import annotations

import hashlib
import logging
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.template.loader import get_template, render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator

from core.dates import day_writer
from publishing import selectors

logger = logging.getLogger(__name__)

PAGE_CACHE = "pages"
TEMPLATES = (
    "publishing/base.html",
    "publishing/detail.html",
    "publishing/index.html",
    "publishing/_badge.html",
)
STATIC_FILES = ("publishing/public.css", "publishing/print.css", "workbench/favicon.svg")
# The code whose output is in a page besides the templates: what a correction says, the
# page's data, the JSON-LD and the Verdict it is written from.
_CODE = (
    "publishing.changes",
    "publishing.pages",
    "publishing.selectors.factcheck",
    "publishing.selectors.listing",
    "publishing.selectors.stamps",
    "reviews.export.claimreview",
    "reviews.export.rows",
)


@cache
def fingerprint() -> str:
    """What every page's bytes depend on besides the data: the templates, the static files'
    (hashed) URLs, the code that words a page and the settings it prints. Part of every
    entity tag, so that a deploy never serves a page kept by the code before it (nor
    answers 304 for one). Forgotten when a setting changes (tests)."""
    digest = hashlib.sha256()
    for name in TEMPLATES:
        digest.update(get_template(name).template.source.encode("utf-8"))  # type: ignore[attr-defined]
    for name in STATIC_FILES:
        digest.update(static(name).encode("utf-8"))
    for module in _CODE:
        digest.update(Path(str(import_module(module).__file__)).read_bytes())
    for value in (
        settings.ORGANISATION_NAME,
        settings.ORGANISATION_URL,
        settings.SITE_URL,
        settings.FACTCHECK_URL_PATTERN,
        settings.LANGUAGE_CODE,
        settings.TIME_ZONE,
    ):
        digest.update(str(value).encode("utf-8") + b"\0")
    return digest.hexdigest()[:16]


def entity_tag(tag: str | None) -> str | None:
    """A stamp's entity tag, made to change with the code and settings too."""
    if tag is None:
        return None
    combined = hashlib.sha256(f"{tag}|{fingerprint()}".encode()).hexdigest()[:32]
    return f'"{combined}"'


# --- the shared cache: a miss, never an error, when it is unreachable --------------------------


def cached(key: str) -> bytes | None:
    try:
        body = caches[PAGE_CACHE].get(key)
    except Exception:  # a cache that is down costs a render, never the page
        logger.warning("the page cache could not be read", exc_info=True)
        return None
    return body if isinstance(body, bytes) else None


def keep(key: str, body: bytes) -> None:
    try:
        caches[PAGE_CACHE].set(key, body, settings.PUBLIC_PAGE_CACHE_SECONDS)
    except Exception:
        logger.warning("the page cache could not be written", exc_info=True)


def _site() -> dict[str, Any]:
    return {"org_name": settings.ORGANISATION_NAME, "site_url": settings.SITE_URL.rstrip("/")}


# --- /checks/<id>/<slug>/ ----------------------------------------------------------------------


def detail_key(stamp: selectors.DetailStamp) -> str:
    tag = entity_tag(stamp.etag) or ""
    return "publishing:detail:" + tag.strip('"')


def render_detail(claim_id: int) -> bytes | None:
    """The fact-check page as a reader gets it, or None when it is not public."""
    check = selectors.factcheck_detail(claim_id)
    if check is None:
        return None
    context = {**_site(), "check": check, "verdict": check.verdict}
    return render_to_string("publishing/detail.html", context).encode("utf-8")


def detail_body(stamp: selectors.DetailStamp) -> bytes | None:
    """The kept page of this stamp, or a fresh render, then kept (None: not public)."""
    key = detail_key(stamp)
    body = cached(key)
    if body is None:
        body = render_detail(stamp.claim_id)
        if body is not None:
            keep(key, body)
    return body


# --- /checks/ ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """What /checks/ was asked for, cleaned (publishing.views.FilterForm)."""

    q: str = ""
    rating: str = ""
    claimant: str = ""
    page: int = 1
    before: str = ""
    after: str = ""

    @property
    def filtered(self) -> bool:
        return bool(self.q or self.rating or self.claimant)

    def query(self, **changes: Any) -> str:
        """The query string of these filters with `changes` (empty values left out)."""
        values = {"q": self.q, "rating": self.rating, "claimant": self.claimant, **changes}
        return urlencode([(name, value) for name, value in values.items() if value])


def index_key(stamp: selectors.Stamp, query: Mapping[str, str]) -> str | None:
    """The cache key of an /checks/ page, or None for one that is not kept: only the first
    page, unfiltered or by rating, is, so that what anyone can type (searches, claimants,
    positions) never fills the shared cache."""
    if any(query.get(name, "").strip() for name in ("q", "claimant", "before", "after")):
        return None
    if query.get("page", "").strip() not in ("", "1") or stamp.last_modified is None:
        return None  # (nothing public: the stamp would not follow the rating scale)
    basis = f"index|{stamp.version}|{query.get('rating', '')}|{fingerprint()}"
    return "publishing:index:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]


def _rows(entries: list[selectors.Entry]) -> list[tuple[selectors.Entry, str, str, str]]:
    """Each entry with its date as `date:'c'` and `day` print it and its summary cut as
    `truncatechars:200` does, computed here once: the filters, each looking up the
    language and its formats, cost more than the rest of a row."""
    write_day = day_writer()
    rows = []
    for entry in entries:
        moment = timezone.localtime(entry.published_at)
        summary = entry.summary
        if len(summary) > 200 or not unicodedata.is_normalized("NFC", summary):
            summary = Truncator(summary).chars(200)
        rows.append((entry, moment.isoformat(), write_day(moment), summary))
    return rows


def render_index(
    filters: Filters,
    choices: list[tuple[str, str]],
    *,
    errors: Mapping[str, Any] | None = None,
) -> bytes:
    """/checks/ for these filters (or the form's errors, without entries)."""
    index = reverse("publishing:index")
    context: dict[str, Any] = {
        **_site(),
        "filters": filters,
        "rating_options": [
            (value, label, value == filters.rating)
            for value, label in [("", "Any rating"), *choices]
        ],
        "errors": errors or {},
        "index_url": index,
    }
    if not errors:
        page = selectors.factcheck_page(
            page=filters.page,
            rating=filters.rating,
            claimant=filters.claimant,
            search=filters.q,
            before=selectors.cursor_position(filters.before) if filters.before else None,
            after=selectors.cursor_position(filters.after) if filters.after else None,
        )
        entries = page.entries
        newer = older = ""
        if page.has_previous:
            if page.number <= 2 or not entries:
                first = filters.query()
                newer = f"{index}?{first}" if first else index
            else:
                newer = "?" + filters.query(page=page.number - 1, after=entries[0].cursor)
        if page.has_next and entries:
            older = "?" + filters.query(page=page.number + 1, before=entries[-1].cursor)
        context.update(page=page, rows=_rows(entries), newer=newer, older=older)
    return render_to_string("publishing/index.html", context).encode("utf-8")


# --- what a worker renders when a verdict changes ----------------------------------------------


def prerender(*, claim_id: int) -> bool:
    """Render and keep a fact-check's page and the first page of /checks/, under the entity
    tags they have now; False when the claim has no public fact-check (it was merged or
    its verdict is not published), whose page is then a 404 anyway."""
    stamp = selectors.detail_stamp(claim_id)
    if stamp is not None:
        body = render_detail(claim_id)
        if body is not None:
            keep(detail_key(stamp), body)
    site = selectors.site_stamp()
    key = index_key(site, {})
    if key is not None:
        keep(key, render_index(Filters(), selectors.rating_choices()))
    return stamp is not None
