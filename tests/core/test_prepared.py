"""A read compiled once (core.prepared) returns what the ORM's own `values_list` does, for
any values, on PostgreSQL and SQLite, and refuses a value the SQL would hold transformed."""

from __future__ import annotations

from typing import Any

import pytest

from claims.models import Article, Claim
from core.prepared import PreparedRead
from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db


def _by_article(article_id: int) -> Any:
    return (
        Claim.objects.filter(article_id=article_id)
        .order_by("id")
        .values_list("id", "text", "reasons", "created_at", "article__published_at")
    )


def test_a_prepared_read_returns_what_the_orm_does_for_each_value(
    django_assert_num_queries: Any,
) -> None:
    read = PreparedRead(_by_article)
    articles = [make_article(), make_article()]
    for article in articles:
        make_claim(article=article, reasons=["names a number", "quotes someone"])
        make_claim(article=article, origin="manual", span_start=1)
    read.rows(articles[0].pk)  # compiled here, once
    for article in articles:
        with django_assert_num_queries(1):
            rows = read.rows(article.pk)
        assert rows == list(_by_article(article.pk))
        assert isinstance(rows[0][2], list)  # JSON decoded, dates as datetimes
    assert read.rows(0) == []


def test_a_string_can_be_a_placeholder_too() -> None:
    read = PreparedRead(lambda outlet: Article.objects.filter(outlet=outlet).values_list("id"))
    article = make_article(outlet="The Courier")
    assert read.rows("The Courier") == [(article.pk,)]
    assert read.rows("100% 'quoted' _ outlet") == []


def test_a_value_the_sql_holds_transformed_is_refused() -> None:
    read = PreparedRead(lambda words: Claim.objects.filter(text__icontains=words).values_list("id"))
    with pytest.raises(ValueError, match="transformed"):
        read.rows("fell")


def test_an_unused_argument_is_refused() -> None:
    read = PreparedRead(lambda _pk: Claim.objects.values_list("id"))
    with pytest.raises(ValueError, match="does not use"):
        read.rows(1)
    with pytest.raises(TypeError):
        PreparedRead(lambda pk: Claim.objects.filter(pk=pk).values_list("id")).rows(1, 2)
