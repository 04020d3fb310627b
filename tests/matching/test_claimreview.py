"""Other fact-checkers' verdicts in: Fact Check Tools results, DataFeeds, updates, errors
(`manage.py import_claimreview`)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from matching.models import ExternalVerdict
from reviews.models import Rating

pytestmark = pytest.mark.django_db


GOOGLE = {
    "claims": [
        {
            "text": "Wind turbines cause cancer.",
            "claimant": "Social media posts",
            "claimDate": "2024-03-01T00:00:00Z",
            "claimReview": [
                {
                    "publisher": {"name": "Full Fact", "site": "fullfact.org"},
                    "url": "https://fullfact.org/health/wind-turbines/",
                    "title": "No evidence wind turbines cause cancer",
                    "reviewDate": "2024-03-04T10:00:00Z",
                    "textualRating": "false",
                    "languageCode": "en",
                },
                {
                    "publisher": {"name": "AFP Fact Check", "site": "factcheck.afp.com"},
                    "url": "https://factcheck.afp.com/wind",
                    "textualRating": "No evidence",
                    "languageCode": "en",
                },
            ],
        },
        {"text": "No reviews here.", "claimReview": []},
        {
            "text": "Bad link.",
            "claimReview": [{"url": "javascript:alert(1)", "textualRating": "False"}],
        },
    ]
}


def test_google_fact_check_tools_results_import(ratings: None, tmp_path: Path) -> None:
    path = tmp_path / "search.json"
    path.write_text(json.dumps(GOOGLE), "utf-8")
    out, err = StringIO(), StringIO()

    call_command("import_claimreview", str(path), stdout=out, stderr=err)

    assert "2 new, 0 updated, 0 unchanged, 2 skipped" in out.getvalue()
    assert "claims[1]: missing claimReview" in err.getvalue()
    assert "claims[2].claimReview[0]: url 'javascript:alert(1)' is not an http(s) URL" in (
        err.getvalue()
    )
    full_fact = ExternalVerdict.objects.get(publisher="Full Fact")
    assert full_fact.claim_text == "Wind turbines cause cancer."
    assert full_fact.claimant == "Social media posts"
    assert full_fact.claim_date == datetime(2024, 3, 1, tzinfo=UTC)
    assert full_fact.review_date == datetime(2024, 3, 4, 10, tzinfo=UTC)
    assert full_fact.publisher_site == "fullfact.org"
    assert full_fact.title == "No evidence wind turbines cause cancer"
    assert full_fact.language == "en"
    assert full_fact.rating == Rating.objects.get(slug="false")  # "false" matches "False"
    afp = ExternalVerdict.objects.get(publisher="AFP Fact Check")
    assert afp.rating is None
    assert afp.textual_rating == "No evidence"
    assert afp.raw["claimReview"][0]["url"] == "https://factcheck.afp.com/wind"


def test_a_datafeed_imports_and_bad_items_are_reported_by_index(
    ratings: None, tmp_path: Path
) -> None:
    good = {
        "@type": "ClaimReview",
        "claimReviewed": "The bridge cost 2 billion.",
        "url": "https://checks.example.net/bridge",
        "datePublished": "2025-01-02",
        "author": {
            "@type": "Organization",
            "name": "Check Net",
            "url": "https://checks.example.net",
        },
        "reviewRating": {"@type": "Rating", "ratingValue": 2, "alternateName": "Mostly False"},
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A. Mayor"}},
    }
    feed = {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "dataFeedElement": [
            {"@type": "DataFeedItem", "item": [good]},
            {"@type": "DataFeedItem", "item": [{**good, "claimReviewed": ""}]},
            {"@type": "DataFeedItem", "item": [{**good, "reviewRating": None}]},
            {"@type": "DataFeedItem", "item": [{**good, "datePublished": "soon"}]},
            {"@type": "DataFeedItem"},
            {"@type": "DataFeedItem", "item": {"@type": "Article"}},
        ],
    }
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(feed), "utf-8")
    out, err = StringIO(), StringIO()

    call_command("import_claimreview", str(path), stdout=out, stderr=err)

    assert "1 new, 0 updated, 0 unchanged, 5 skipped" in out.getvalue()
    for message in (
        "dataFeedElement[1].item[0]: missing claimReviewed",
        "dataFeedElement[2].item[0]: missing reviewRating",
        "dataFeedElement[3].item[0]: datePublished 'soon' is not an ISO 8601 date",
        "dataFeedElement[4]: missing item",
        "dataFeedElement[5].item[0]: @type is 'Article', not ClaimReview",
    ):
        assert message in err.getvalue()
    verdict = ExternalVerdict.objects.get()
    assert verdict.rating == Rating.objects.get(slug="mostly-false")
    assert verdict.claimant == "A. Mayor"
    assert verdict.review_date == datetime(2025, 1, 2, tzinfo=UTC)


def test_a_changed_rating_updates_the_imported_verdict(ratings: None, tmp_path: Path) -> None:
    item = {
        "@type": "ClaimReview",
        "claimReviewed": "Taxes doubled.",
        "url": "https://checks.example.net/taxes",
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
    }
    path = tmp_path / "one.json"
    path.write_text(json.dumps(item), "utf-8")
    call_command("import_claimreview", str(path), stdout=StringIO())
    item["reviewRating"] = {"@type": "Rating", "alternateName": "Mixed"}
    path.write_text(json.dumps([item]), "utf-8")
    out = StringIO()
    call_command("import_claimreview", str(path), stdout=out)
    assert "0 new, 1 updated" in out.getvalue()
    verdict = ExternalVerdict.objects.get()
    assert verdict.textual_rating == "Mixed"
    assert verdict.rating == Rating.objects.get(slug="mixed")


def test_a_file_that_is_not_json_is_a_clear_error(tmp_path: Path) -> None:
    from django.core.management.base import CommandError

    path = tmp_path / "broken.json"
    path.write_text("{not json", "utf-8")
    with pytest.raises(CommandError, match="invalid JSON"):
        call_command("import_claimreview", str(path))
