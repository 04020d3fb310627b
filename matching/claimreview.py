"""Other fact-checkers' verdicts: read ClaimReview JSON-LD and Fact Check Tools results,
and store them as external verdicts (writing ours is the export's `claimreview` format,
reviews/export/claimreview.py).

Reading accepts ClaimReview JSON-LD (one object, a list, a `@graph`, or a schema.org
DataFeed with `dataFeedElement[].item[]`) and the Google Fact Check Tools API's search
results (`{"claims": [{"text", "claimant", "claimDate", "claimReview": [...]}]}`). Each
bad item is reported with where it stands in the file and skipped; the rest are stored.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import DatabaseError, transaction

from claims.ingestion import IngestError, to_datetime
from core.api import parsers as bounded_json
from matching.models import ExternalVerdict
from reviews.models import Rating

# --- reading ------------------------------------------------------------------------------------


@dataclass
class ExternalInput:
    claim_text: str
    url: str
    textual_rating: str
    claimant: str = ""
    claim_date: datetime | None = None
    publisher: str = ""
    publisher_site: str = ""
    title: str = ""
    review_date: datetime | None = None
    language: str = ""
    raw: dict[str, Any] = field(default_factory=dict)
    where: str = ""


@dataclass
class ItemError:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class _Bad(Exception):
    pass


def _refuse_unstorable(value: Any) -> None:
    """Refuse an item holding what the database cannot store or a subtree nested too deep.

    The whole item is kept as `raw` (a JSONField): PostgreSQL refuses NUL characters and
    unpaired surrogates in text and in jsonb, anywhere in it, and would fail the item only
    when it is saved.
    """
    stack: list[tuple[str, Any]] = [("", value)]
    while stack:
        path, current = stack.pop()
        if isinstance(current, dict):
            for key, child in current.items():
                # A key that is itself bad is named by where it stands, not by its text.
                child_path = f"{path}.{key}".lstrip(".") if _plain(key) else path
                _refuse_bad_text(key, child_path)
                stack.append((child_path, child))
        elif isinstance(current, list):
            stack.extend((f"{path}[{index}]", child) for index, child in enumerate(current))
        elif isinstance(current, str):
            if current == bounded_json.TOO_DEEP:
                field_name = re.split(r"[.\[]", path, maxsplit=1)[0]  # not 64 × "[0]"
                raise _Bad(
                    f"{field_name or 'the item'} is nested deeper than "
                    f"{bounded_json.MAX_JSON_DEPTH} levels"
                )
            _refuse_bad_text(current, path)


def _plain(key: str) -> bool:
    return key.isprintable() and len(key) <= 80


def _refuse_bad_text(text: str, path: str) -> None:
    where = path or "the item"
    if "\x00" in text:
        raise _Bad(f"{where} contains a NUL character (\\u0000), which cannot be stored")
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise _Bad(
                f"{where} contains an unpaired surrogate (a lone \\ud800-\\udfff escape)"
            ) from None


_http = URLValidator(schemes=["http", "https"])


def _text(value: Any, name: str, *, required: bool = False, limit: int | None = None) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise _Bad(f"{name} must be a string")
    value = " ".join(value.split())
    if required and not value:
        raise _Bad(f"missing {name}")
    return value[:limit] if limit else value


def _url(value: Any, name: str) -> str:
    url = _text(value, name, required=True)
    if len(url) > 2000:
        raise _Bad(f"{name} is longer than 2000 characters")
    try:
        _http(url)
    except ValidationError:
        raise _Bad(f"{name} {url[:80]!r} is not an http(s) URL") from None
    return url


def _when(value: Any, name: str) -> datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise _Bad(f"{name} must be a date string")
    try:
        return to_datetime(value)
    except IngestError:
        raise _Bad(f"{name} {value[:40]!r} is not an ISO 8601 date") from None


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _name_of(value: Any) -> tuple[str, str]:
    """(name, url) of a schema.org Person/Organization given as object, list or string."""
    value = _first(value)
    if isinstance(value, str):
        return value.strip(), ""
    if isinstance(value, dict):
        name = value.get("name") or ""
        url = value.get("url") or value.get("sameAs") or ""
        return (name.strip() if isinstance(name, str) else "", url if isinstance(url, str) else "")
    return "", ""


def _types(value: dict[str, Any]) -> set[str]:
    kind = value.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1] for k in kinds}


def from_claimreview(value: Any, where: str) -> ExternalInput:
    if not isinstance(value, dict):
        raise _Bad("not a JSON object")
    _refuse_unstorable(value)
    if "ClaimReview" not in _types(value):
        raise _Bad(f"@type is {value.get('@type')!r}, not ClaimReview")
    rating = _first(value.get("reviewRating"))
    if not isinstance(rating, dict):
        raise _Bad("missing reviewRating")
    textual = rating.get("alternateName") or rating.get("name")
    if textual is None and rating.get("ratingValue") is not None:
        textual = str(rating["ratingValue"])
    item = _first(value.get("itemReviewed")) or {}
    if not isinstance(item, dict):
        raise _Bad("itemReviewed must be an object")
    publisher, site = _name_of(value.get("author"))
    claimant, _ = _name_of(item.get("author"))
    return ExternalInput(
        claim_text=_text(value.get("claimReviewed"), "claimReviewed", required=True),
        url=_url(value.get("url"), "url"),
        textual_rating=_text(textual, "reviewRating.alternateName", required=True, limit=200),
        claimant=claimant[:300],
        claim_date=_when(item.get("datePublished"), "itemReviewed.datePublished"),
        publisher=publisher[:200],
        publisher_site=site[:300],
        title=_text(value.get("headline") or value.get("name"), "headline", limit=500),
        review_date=_when(value.get("datePublished"), "datePublished"),
        language=_text(value.get("inLanguage"), "inLanguage", limit=16),
        raw=value,
        where=where,
    )


def from_factcheck_tools(claim: dict[str, Any], review: Any, where: str) -> ExternalInput:
    if not isinstance(review, dict):
        raise _Bad("not a JSON object")
    publisher = review.get("publisher") or {}
    if not isinstance(publisher, dict):
        raise _Bad("publisher must be an object")
    raw = {k: v for k, v in claim.items() if k != "claimReview"}
    raw["claimReview"] = [review]
    _refuse_unstorable(raw)
    return ExternalInput(
        claim_text=_text(claim.get("text"), "text", required=True),
        url=_url(review.get("url"), "url"),
        textual_rating=_text(
            review.get("textualRating"), "textualRating", required=True, limit=200
        ),
        claimant=_text(claim.get("claimant"), "claimant", limit=300),
        claim_date=_when(claim.get("claimDate"), "claimDate"),
        publisher=_text(publisher.get("name"), "publisher.name", limit=200),
        publisher_site=_text(publisher.get("site"), "publisher.site", limit=300),
        title=_text(review.get("title"), "title", limit=500),
        review_date=_when(review.get("reviewDate"), "reviewDate"),
        language=_text(review.get("languageCode"), "languageCode", limit=16),
        raw=raw,
        where=where,
    )


def iter_document(document: Any) -> Iterator[ExternalInput | ItemError]:
    """Every verdict (or error) in a parsed JSON document of any supported shape."""

    def one(value: Any, where: str) -> ExternalInput | ItemError:
        try:
            return from_claimreview(value, where)
        except _Bad as bad:
            return ItemError(where, str(bad))

    if isinstance(document, dict) and "claims" in document:
        claims = document["claims"]
        if not isinstance(claims, list):
            yield ItemError("claims", "must be a list")
            return
        for i, claim in enumerate(claims):
            if not isinstance(claim, dict):
                yield ItemError(f"claims[{i}]", "not a JSON object")
                continue
            reviews = claim.get("claimReview")
            if not isinstance(reviews, list) or not reviews:
                yield ItemError(f"claims[{i}]", "missing claimReview")
                continue
            for j, review in enumerate(reviews):
                where = f"claims[{i}].claimReview[{j}]"
                try:
                    yield from_factcheck_tools(claim, review, where)
                except _Bad as bad:
                    yield ItemError(where, str(bad))
        return
    if isinstance(document, dict) and "dataFeedElement" in document:
        elements = document["dataFeedElement"]
        if not isinstance(elements, list):
            yield ItemError("dataFeedElement", "must be a list")
            return
        for i, element in enumerate(elements):
            items = element.get("item") if isinstance(element, dict) else None
            if isinstance(items, dict):
                items = [items]
            if not isinstance(items, list):
                yield ItemError(f"dataFeedElement[{i}]", "missing item")
                continue
            for j, value in enumerate(items):
                yield one(value, f"dataFeedElement[{i}].item[{j}]")
        return
    if isinstance(document, dict) and isinstance(document.get("@graph"), list):
        document = document["@graph"]
    if isinstance(document, list):
        for i, value in enumerate(document):
            yield one(value, f"item {i}")
        return
    yield one(document, "item 0")


# --- storing ------------------------------------------------------------------------------------


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[ItemError] = field(default_factory=list)


_STORED = (
    "claimant",
    "claim_date",
    "publisher",
    "publisher_site",
    "title",
    "textual_rating",
    "review_date",
    "language",
    "raw",
)


def external_verdicts_import(
    *, items: Iterator[ExternalInput | ItemError], report: ImportReport | None = None
) -> ImportReport:
    """Store imported verdicts; re-importing the same file changes nothing.

    An item is identified by its review URL and claim text. Its rating is mapped to the
    local scale where the label (or slug) matches case-insensitively; otherwise the rating
    stays empty and only the textual rating is kept.
    """
    report = report or ImportReport()
    scale: dict[str, Rating] = {}
    for rating in Rating.objects.all():
        scale.setdefault(rating.slug.lower(), rating)
        scale[rating.label.strip().lower()] = rating
    for item in items:
        if isinstance(item, ItemError):
            report.errors.append(item)
            continue
        values: dict[str, Any] = {name: getattr(item, name) for name in _STORED}
        values["rating"] = scale.get(item.textual_rating.strip().lower())
        claim_hash = hashlib.sha256(item.claim_text.encode("utf-8")).hexdigest()
        try:
            outcome = _store(item, values, claim_hash)
        except (DatabaseError, ValueError) as error:
            # Each item stands alone: one the database refuses is reported, the rest go in.
            reason = str(error).strip().splitlines()[0] if str(error).strip() else ""
            report.errors.append(
                ItemError(item.where, f"could not be stored ({type(error).__name__}: {reason})")
            )
            continue
        setattr(report, outcome, getattr(report, outcome) + 1)
    return report


def _store(item: ExternalInput, values: dict[str, Any], claim_hash: str) -> str:
    """Create or update one verdict in its own transaction (a savepoint inside an outer one);
    "created", "updated" or "unchanged"."""
    with transaction.atomic():
        existing = (
            ExternalVerdict.objects.select_for_update()
            .filter(url=item.url, claim_hash=claim_hash)
            .first()
        )
        if existing is None:
            ExternalVerdict.objects.create(claim_text=item.claim_text, url=item.url, **values)
            return "created"
        changed = [
            name
            for name, value in values.items()
            if (existing.rating_id if name == "rating" else getattr(existing, name))
            != (value.pk if name == "rating" and value is not None else value)
        ]
        if not changed:
            return "unchanged"
        for name in changed:
            setattr(existing, name, values[name])
        existing.save()
        return "updated"
