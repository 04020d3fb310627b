"""The public pages: no login, published data only, conditional GET on every page.

Off unless `settings.PUBLIC_SITE` (WORKBENCH_PUBLIC_SITE): then every URL here is a 404.
Each page costs a fixed number of queries: the cheap stamp query that answers a
conditional GET (304) on its own, then the page's reads (publishing.selectors).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    HttpResponsePermanentRedirect,
)
from django.utils.cache import patch_cache_control
from django.views.decorators.http import condition, require_safe

from core.responses import stylesheet
from publishing import pages, selectors
from publishing.feeds import LatestFactChecks
from publishing.sitemaps import SITEMAPS

View = Callable[..., HttpResponseBase]
# Shared caches may keep a public page this long; a correction shows within it.
PUBLIC_MAX_AGE = 60
_SAFE_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def public_site(view: View) -> View:
    """A 404 unless the public site is on; a public, briefly cacheable answer when it is
    (a signed-in user's answers stay private: workbench.middleware)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not settings.PUBLIC_SITE:
            raise Http404("The public site is off (WORKBENCH_PUBLIC_SITE).")
        response = view(request, *args, **kwargs)
        if response.status_code in (200, 304):
            patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
        return response

    return wrapper


def _stamp(request: HttpRequest, read: Callable[[], Any]) -> Any:
    """The request's stamp, read once: `condition` asks for the ETag and Last-Modified
    separately, and the view may need it too."""
    if not hasattr(request, "_public_stamp"):
        setattr(request, "_public_stamp", read())  # noqa: B010 - a per-request memo
    return getattr(request, "_public_stamp")  # noqa: B009


def _site_stamp(request: HttpRequest, *args: Any, **kwargs: Any) -> selectors.Stamp:
    return _stamp(
        request, lambda: selectors.site_stamp(f"{request.path}?{request.GET.urlencode()}")
    )


def _site_etag(request: HttpRequest, *args: Any, **kwargs: Any) -> str | None:
    return pages.entity_tag(_site_stamp(request).etag)


def _site_modified(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
    return _site_stamp(request).last_modified


# On every page that lists fact-checks: the feed, the sitemap and /checks/.
site_condition = condition(etag_func=_site_etag, last_modified_func=_site_modified)


# --- /checks/ ---------------------------------------------------------------------------------


def _position(value: str) -> None:
    if value and selectors.cursor_position(value) is None:
        raise forms.ValidationError("not a position in the list of fact-checks.")


class FilterForm(forms.Form):
    q = forms.CharField(required=False, max_length=200, label="Search")
    rating = forms.ChoiceField(required=False, label="Rating")
    claimant = forms.CharField(required=False, max_length=200, label="Claimant")
    page = forms.IntegerField(required=False, min_value=1, max_value=5000)
    # The position the Older / Newer links start from (selectors.cursor_token).
    before = forms.CharField(required=False, max_length=40, validators=[_position])
    after = forms.CharField(required=False, max_length=40, validators=[_position])

    def __init__(self, *args: Any, ratings: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [("", "Any rating"), *ratings]
        self.fields["rating"].choices = choices  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("before") and data.get("after"):
            raise forms.ValidationError("give either before or after, not both.")
        return data

    def filters(self) -> pages.Filters:
        data = self.cleaned_data
        return pages.Filters(
            q=data["q"].strip(),
            rating=data["rating"],
            claimant=data["claimant"].strip(),
            page=data["page"] or 1,
            before=data["before"],
            after=data["after"],
        )


@public_site
@require_safe
@site_condition
def index(request: HttpRequest) -> HttpResponse:
    """The latest published fact-checks, filtered and searched: the stamp, the rating
    choices and the page; the first page (unfiltered or by rating) is kept rendered under
    the site's stamp (publishing.pages), and then costs the stamp and the cache read."""
    key = pages.index_key(_site_stamp(request), request.GET)
    if key is not None and (body := pages.cached(key)) is not None:
        return HttpResponse(body)
    choices = selectors.rating_choices()
    form = FilterForm(request.GET, ratings=choices)
    if not form.is_valid():
        shown = pages.Filters(
            q=form.data.get("q", ""),
            rating=form.data.get("rating", ""),
            claimant=form.data.get("claimant", ""),
        )
        return HttpResponse(pages.render_index(shown, choices, errors=form.errors), status=400)
    body = pages.render_index(form.filters(), choices)
    if key is not None:
        pages.keep(key, body)
    return HttpResponse(body)


# --- /checks/<id>/ -----------------------------------------------------------------------------


def _detail_stamp(request: HttpRequest, pk: int, slug: str = "") -> Any:
    return _stamp(request, lambda: selectors.detail_stamp(pk))


def _detail_etag(request: HttpRequest, pk: int, slug: str = "") -> str | None:
    stamp = _detail_stamp(request, pk)
    return pages.entity_tag(stamp.etag) if stamp else None


def _detail_modified(request: HttpRequest, pk: int, slug: str = "") -> Any:
    stamp = _detail_stamp(request, pk)
    return stamp.last_modified if stamp else None


@public_site
@require_safe
def detail(request: HttpRequest, pk: int, slug: str = "") -> HttpResponseBase:
    """A published fact-check; any other path to it (no slug, an old one) is a 301 to the
    canonical path. 1 query for a 301 or a 304; the stamp and the cache read for a page
    kept rendered (publishing.pages); a page not kept yet adds its one read and the write
    to the cache."""
    stamp = _detail_stamp(request, pk)
    if stamp is None:
        raise Http404("No published fact-check has this number.")
    if request.path != stamp.path:
        return HttpResponsePermanentRedirect(stamp.path)
    return _detail_page(request, pk, slug)


@condition(etag_func=_detail_etag, last_modified_func=_detail_modified)
def _detail_page(request: HttpRequest, pk: int, slug: str = "") -> HttpResponse:
    body = pages.detail_body(_detail_stamp(request, pk))
    if body is None:  # unpublished between the stamp and this read
        raise Http404("No published fact-check has this number.")
    return HttpResponse(body)


# --- the rating colours ------------------------------------------------------------------------


@public_site
@require_safe
def ratings_css(request: HttpRequest) -> HttpResponse:
    """One class per rating (`.rating-<slug>`) carrying its colour as a custom property:
    the CSP allows no inline style. Only slugs and validated hex colours are written."""
    lines = []
    for slug, colour in selectors.rating_colours():
        safe = colour if _SAFE_COLOUR.match(colour or "") else "#6b7280"
        if re.fullmatch(r"[-a-zA-Z0-9_]+", slug):
            lines.append(f".rating-{slug}{{--rating:{safe}}}")
    return stylesheet(request, lines)


# --- the feed and the sitemap ------------------------------------------------------------------

feed = public_site(require_safe(site_condition(LatestFactChecks())))


@public_site
@require_safe
@site_condition
def sitemap_index(request: HttpRequest) -> HttpResponse:
    return sitemap_views.index(request, SITEMAPS, sitemap_url_name="publishing:sitemap-section")


@public_site
@require_safe
@site_condition
def sitemap_section(request: HttpRequest, section: str) -> HttpResponse:
    return sitemap_views.sitemap(request, SITEMAPS, section=section)
