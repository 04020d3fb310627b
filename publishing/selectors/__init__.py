"""Reads for the public pages: published data only, from each verdict's published revision.

A claim is public while its review has a published revision and the claim is published or
being corrected (the export's statuses): a draft, an unpublished claim or a claim merged
into another is not. While a correction is under way the page keeps the last published
revision. Every read costs a fixed number of queries (tests/publishing pin them); the
reads every request makes (the stamps, a fact-check, the rating choices) are compiled
once per process (core.prepared), since building and compiling them cost more CPU than
PostgreSQL takes to run them.

Split by topic (stamps, listing, factcheck); every name stays importable from
`publishing.selectors`.
"""

from publishing.selectors.factcheck import (
    Correction,
    FactCheck,
    PublicRating,
    PublicSource,
    factcheck_detail,
)
from publishing.selectors.listing import (
    FEED_SIZE,
    PAGE_SIZE,
    Entry,
    EntryPage,
    cursor_position,
    cursor_token,
    factcheck_page,
    latest_entries,
    rating_choices,
    rating_colours,
    search_matches,
    sitemap_rows,
)
from publishing.selectors.stamps import (
    DetailStamp,
    Stamp,
    detail_stamp,
    local_path,
    published_reviews,
    site_stamp,
)

__all__ = [
    "FEED_SIZE",
    "PAGE_SIZE",
    "Correction",
    "DetailStamp",
    "Entry",
    "EntryPage",
    "FactCheck",
    "PublicRating",
    "PublicSource",
    "Stamp",
    "cursor_position",
    "cursor_token",
    "detail_stamp",
    "factcheck_detail",
    "factcheck_page",
    "latest_entries",
    "local_path",
    "published_reviews",
    "rating_choices",
    "rating_colours",
    "search_matches",
    "site_stamp",
    "sitemap_rows",
]
