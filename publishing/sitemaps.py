"""`/sitemap.xml`: an index of sitemap pages listing every public fact-check with its last
modification (its last publication)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib.sitemaps import Sitemap

from publishing import selectors

Row = tuple[int, str, str, datetime]


class FactCheckSitemap(Sitemap):
    changefreq = "weekly"

    def items(self) -> Any:
        return selectors.sitemap_rows()

    def location(self, item: Row) -> str:
        claim_id, stated, text, _ = item
        return selectors.local_path(claim_id, stated or text)

    def lastmod(self, item: Row) -> datetime:
        return item[3]

    def get_latest_lastmod(self) -> datetime | None:
        # The index's lastmod in one query, rather than reading every row.
        return selectors.site_stamp().last_modified


# Typed as the sitemap views take it (the stubs' Sitemap is generic; Django's is not).
SITEMAPS: dict[str, type[Sitemap[Any]] | Sitemap[Any]] = {"checks": FactCheckSitemap}
