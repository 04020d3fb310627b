"""`claimreview`: schema.org ClaimReview JSON-LD, a JSON array of one object per verdict.

Follows Google's Fact Check markup (ClaimReview with `claimReviewed` (the claim as
stated by the reviewer; the claim's sentence in the article is its appearance), `reviewRating`,
`itemReviewed` as a `Claim` with `author`, `datePublished`, `appearance`). `author` is the
organisation; the people who wrote the verdict are its `contributor`s. Like all the
export's JSON, `<`, `>` and `&` are escaped, so the JSON-LD can go into an HTML
`<script type="application/ld+json">` as it is.

It lists no sources, so no archived copies either: ClaimReview has no property for a
verdict's evidence, Google's Fact Check markup reads none, and a `citation` per source
would grow the markup every public page embeds for no reader of it. The sources and their
archived copies are in the JSON, NDJSON and CSV formats and on the public page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from json.encoder import encode_basestring
from typing import Any

from django.conf import settings
from django.db.models import QuerySet

from reviews.export.jsontext import dumps, html_safe
from reviews.export.registry import ExportFormat, register
from reviews.export.rows import CHUNK_SIZE, iter_verdict_chunks
from reviews.export.verdicts import RATING_KEYS, RatingOut, Verdict
from reviews.models import Review

# Words that mark a claimant as an organisation rather than a person.
_ORGANISATION_WORDS = re.compile(
    r"\b(ministry|department|government|agency|office|party|council|committee|commission|"
    r"bank|institute|university|college|school|association|federation|union|company|corp|"
    r"corporation|inc|ltd|llc|plc|group|organi[sz]ation|bureau|authority|police|army|"
    r"parliament|senate|congress|court|campaign|news|times|post|network|foundation|"
    r"society|board|service|administration|nhs|who|un|eu|nato|house|cabinet)\b",
    re.IGNORECASE,
)


def claimant_type(name: str) -> str:
    """`Organization` or `Person` for a claimant, by the words in the name."""
    text = name.strip()
    if _ORGANISATION_WORDS.search(text) or text.lower().startswith("the "):
        return "Organization"
    return "Person"


def _date(value: str | None) -> str | None:
    """ClaimReview dates as ISO dates (YYYY-MM-DD), as Google's examples show them."""
    return value[:10] if value else None


def _review_rating(rating: dict[str, Any]) -> dict[str, Any]:
    review_rating: dict[str, Any] = {"@type": "Rating", "alternateName": rating.get("label", "")}
    if rating.get("value") is not None:
        review_rating.update(
            ratingValue=rating["value"],
            bestRating=rating.get("best"),
            worstRating=rating.get("worst"),
        )
    return review_rating


def _people(names: Sequence[str]) -> list[dict[str, str]]:
    return [{"@type": "Person", "name": name} for name in names]


def _organisation() -> dict[str, Any]:
    return {
        "@type": "Organization",
        "name": settings.ORGANISATION_NAME,
        "url": settings.ORGANISATION_URL,
    }


def claimreview_from_item(item: dict[str, Any]) -> dict[str, Any]:
    """One ClaimReview JSON-LD object from a verdict export item (reviews.export)."""
    appearances = [
        {"@type": "CreativeWork", "url": a["url"]} for a in item.get("appearances", []) if a["url"]
    ]
    item_reviewed: dict[str, Any] = {"@type": "Claim"}
    if item.get("claimant"):
        item_reviewed["author"] = {
            "@type": claimant_type(item["claimant"]),
            "name": item["claimant"],
        }
    if item.get("claim_date"):
        item_reviewed["datePublished"] = _date(item["claim_date"])
    item_reviewed["appearance"] = appearances
    if appearances:
        item_reviewed["firstAppearance"] = appearances[0]
    claim_review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": item["url"],
        # The Verdict's claim as stated is already the claim's text when none was written.
        "claimReviewed": item["claim_as_stated"],
        "datePublished": _date(item.get("published_at")),
        "author": _organisation(),
    }
    if item.get("reviewers"):
        claim_review["contributor"] = _people(item["reviewers"])
    claim_review["reviewRating"] = _review_rating(item.get("rating") or {})
    claim_review["itemReviewed"] = item_reviewed
    return claim_review


_CLAIMREVIEW_JSON = (
    '{"@context":"https://schema.org","@type":"ClaimReview","url":%s,"claimReviewed":%s,'
    '"datePublished":%s,"author":%s%s,"reviewRating":%s,"itemReviewed":%s}'
)
_CREATIVE_WORK_JSON = '{"@type":"CreativeWork","url":%s}'


class ClaimReviewWriter:
    """Writes a Verdict as `dumps(claimreview_from_item(verdict_item(verdict)))` would
    (tests pin that), without building the dicts; the organisation, each rating, each
    claimant and each set of writers are encoded once per writer."""

    def __init__(self) -> None:
        self.author = dumps(_organisation())
        self.ratings: dict[RatingOut | None, str] = {}
        self.claimants: dict[str, str] = {}
        self.contributors: dict[tuple[str, ...], str] = {}

    def __call__(self, verdict: Verdict) -> str:
        return html_safe(self.unescaped(verdict))

    def unescaped(self, verdict: Verdict) -> str:
        """The object before html_safe (which a stream applies once per chunk)."""
        rating = verdict.rating
        review_rating = self.ratings.get(rating) or self.ratings.setdefault(
            rating,
            dumps(_review_rating(dict(zip(RATING_KEYS, rating, strict=True)) if rating else {})),
        )
        claim = '{"@type":"Claim"'
        claimant = verdict.claimant
        if claimant:
            author = self.claimants.get(claimant) or self.claimants.setdefault(
                claimant, dumps({"@type": claimant_type(claimant), "name": claimant})
            )
            claim += ',"author":' + author
        if verdict.claim_date:
            claim += ',"datePublished":' + encode_basestring(verdict.claim_date[:10])
        appearances = [
            _CREATIVE_WORK_JSON % encode_basestring(url)
            for url, _, _, _ in verdict.appearances
            if url
        ]
        claim += ',"appearance":[' + ",".join(appearances) + "]"
        if appearances:
            claim += ',"firstAppearance":' + appearances[0]
        contributor = ""
        if verdict.reviewers:
            names = verdict.reviewers
            contributor = self.contributors.get(names) or self.contributors.setdefault(
                names, ',"contributor":' + dumps(_people(names))
            )
        published = _date(verdict.published_at)
        return _CLAIMREVIEW_JSON % (
            encode_basestring(verdict.url),
            encode_basestring(verdict.claim_as_stated),
            "null" if published is None else encode_basestring(published),
            self.author,
            contributor,
            review_rating,
            claim + "}",
        )


def stream_claimreview(
    queryset: QuerySet[Review], *, chunk_size: int = CHUNK_SIZE
) -> Iterator[bytes]:
    """A JSON array of ClaimReview objects, written piece by piece."""
    write = ClaimReviewWriter()
    yield b"["
    first = True
    for chunk in iter_verdict_chunks(queryset, chunk_size=chunk_size):
        text = ",\n".join([write.unescaped(verdict) for verdict in chunk])
        yield html_safe(text if first else ",\n" + text).encode("utf-8")
        first = False
    yield b"]\n"


CLAIMREVIEW = register(
    ExportFormat(
        name="claimreview",
        order=3,
        media_type="application/ld+json; charset=utf-8",
        extension="jsonld",
        stream=stream_claimreview,
        attachment=False,
    )
)
