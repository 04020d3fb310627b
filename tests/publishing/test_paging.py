"""/checks/ pages through positions (its Newer and Older links carry the entry they start
from, so a page far down costs what the first does) and finds searched words the same way
whichever path the search takes."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client

from claims.models import Claim
from publishing import queries, selectors
from reviews.models import Review
from tests.conftest import require
from tests.factories import make_claim
from tests.publishing.conftest import PublishFn

pytestmark = pytest.mark.django_db


def _many(publish: PublishFn, n: int, *, words: str = "Claim") -> list[str]:
    """`n` more public verdicts copied from one made through the workflow, one a minute
    apart; their claims as stated, newest first."""
    claim = publish(claim_as_stated=f"{words} 0")
    review = Review.objects.get(claim=claim)
    assert review.published_at is not None and review.published_revision is not None
    stated = [f"{words} 0"]
    for n_ in range(1, n):
        other = make_claim(claimant=f"Person {n_}")
        Claim.objects.filter(pk=other.pk).update(status=claim.status)
        copy = Review.objects.create(
            claim=other, published_at=review.published_at + timedelta(minutes=n_)
        )
        revision = Review.objects.get(pk=review.pk).published_revision
        assert revision is not None
        revision.pk = None
        revision.review = copy
        revision.claim_as_stated = f"{words} {n_}"
        revision.save()
        Review.objects.filter(pk=copy.pk).update(published_revision=revision)
        stated.append(f"{words} {n_}")
    return stated[::-1]


def _shown(html: str) -> list[str]:
    return re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', html)


def _link(html: str, rel: str) -> str | None:
    found = re.search(rf'<a href="([^"]+)" rel="{rel}">', html)
    return found.group(1).replace("&amp;", "&") if found else None


def test_the_older_and_newer_links_walk_the_list_by_position(
    client: Client, publish: PublishFn
) -> None:
    stated = _many(publish, 45)
    first = client.get("/checks/").content.decode()
    assert _shown(first) == stated[:20]
    assert _link(first, "prev") is None
    older = _link(first, "next")
    assert older is not None and "page=2" in older and "before=" in older

    second = client.get("/checks/" + older).content.decode()
    assert _shown(second) == stated[20:40]
    assert "Page 2" in second
    assert _link(second, "prev") == "/checks/"  # back to the first page itself
    third_link = _link(second, "next")
    assert third_link is not None
    third = client.get("/checks/" + third_link).content.decode()
    assert _shown(third) == stated[40:]
    assert _link(third, "next") is None

    back = _link(third, "prev")
    assert back is not None and "page=2" in back and "after=" in back
    assert _shown(client.get("/checks/" + back).content.decode()) == stated[20:40]


def test_a_page_number_alone_still_skips_pages(client: Client, publish: PublishFn) -> None:
    stated = _many(publish, 25)
    assert _shown(client.get("/checks/?page=2").content.decode()) == stated[20:]


def test_the_links_keep_the_filters(client: Client, publish: PublishFn) -> None:
    stated = _many(publish, 25, words="Wages rose")
    page = client.get("/checks/?q=wages&rating=false").content.decode()
    assert _shown(page) == stated[:20]
    older = _link(page, "next")
    assert older is not None and "q=wages" in older and "rating=false" in older
    assert _shown(client.get("/checks/" + older).content.decode()) == stated[20:]


@pytest.mark.parametrize(
    "query",
    ["before=yesterday", "after=12.x", "before=1.2&after=3.4", "before=" + "9" * 41],
)
def test_a_bad_position_is_a_400_saying_why(client: Client, publish: PublishFn, query: str) -> None:
    publish()
    response = client.get(f"/checks/?{query}")
    assert response.status_code == 400
    assert "Those filters cannot be applied" in response.content.decode()


def test_a_position_reads_back_as_itself() -> None:
    from datetime import UTC, datetime

    moment = datetime(2026, 9, 4, 12, 30, 15, 123456, tzinfo=UTC)
    assert selectors.cursor_position(selectors.cursor_token(moment, 42)) == (moment, 42)
    assert selectors.cursor_position("nonsense") is None


@pytest.mark.parametrize("window", [5, 2000])
def test_a_search_finds_common_and_rare_words_in_order_whichever_way_it_looks(
    client: Client, publish: PublishFn, monkeypatch: Any, window: int
) -> None:
    # A small window makes the rare path run (PostgreSQL): the word of the oldest verdicts
    # is not among the newest five.
    monkeypatch.setattr(queries, "SEARCH_WINDOW", window)
    common = _many(publish, 30, words="Inflation fell")
    publish(claim_as_stated="Bridges collapsed", summary="Nothing about prices.")
    ferry = make_claim(text="The ferry to Kraków carried 900 passengers.", claimant="Port")
    publish(ferry, claim_as_stated="Ferries were full")
    assert _shown(client.get("/checks/?q=inflation").content.decode()) == common[:20]
    assert _shown(client.get("/checks/?q=FELL 1").content.decode()) == [
        s for s in common if "fell 1" in s
    ]
    assert _shown(client.get("/checks/?q=bridges").content.decode()) == ["Bridges collapsed"]
    # The summary is searched too, and the claim's own text (the sentence in the article).
    assert _shown(client.get("/checks/?q=about prices").content.decode()) == ["Bridges collapsed"]
    assert _shown(client.get("/checks/?q=kraków CARRIED").content.decode()) == ["Ferries were full"]
    # LIKE's wildcards are searched for as they are.
    assert _shown(client.get("/checks/?q=50%25_").content.decode()) == []


@pytest.mark.postgresql
def test_the_search_can_use_the_trigram_indexes(publish: PublishFn) -> None:
    require(connection.vendor == "postgresql", "PostgreSQL's trigram indexes")
    publish(claim_as_stated="Bridges collapsed")
    queryset = selectors.search_matches(selectors.published_reviews(), "bridges").values("id")
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        # Whether an index can serve each match (the tables are too small for the planner to
        # prefer one on its own): no plain scans, only bitmap scans of an index condition.
        for scan in ("seqscan", "indexscan", "indexonlyscan"):
            cursor.execute(f"SET LOCAL enable_{scan} = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    for index in ("revision_stated_trgm_idx", "revision_summary_trgm_idx", "claim_text_trgm_idx"):
        assert index in plan, plan


@pytest.mark.parametrize("zone", ["UTC", "America/New_York"])
@pytest.mark.parametrize("language", ["en-us", "de"])
def test_the_index_prints_dates_and_summaries_as_the_template_filters_would(
    settings: Any, zone: str, language: str
) -> None:
    from datetime import UTC, datetime

    from django.template.defaultfilters import date, truncatechars
    from django.utils import timezone, translation

    from publishing import pages

    settings.TIME_ZONE = zone
    moments = [datetime(2026, 3, 1, 2, 30, tzinfo=UTC), datetime(1999, 12, 31, 23, 59, 59, 5)]
    summaries = ["Short.", "Long and " * 40, "e\u0301" * 250, "e\u0301" * 50]
    with translation.override(language), timezone.override(zone):
        for moment in moments:
            for summary in summaries:
                aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
                entry = selectors.Entry(1, "S", "", None, None, summary, aware, None, "/", 1)
                [(_, iso, day, cut)] = pages._rows([entry])
                local = timezone.localtime(aware)
                assert (iso, day) == (date(local, "c"), date(local, "DATE_FORMAT"))
                assert cut == truncatechars(summary, 200)
