"""The bulk importer's own SQL: what it stores, what it finds already stored, what it refuses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from claims import queries, services
from claims.ingestion import ArticleInput
from claims.models import Article, content_hash_for


def import_items(*items: ArticleInput) -> services.ImportReport:
    return services.articles_import(items=list(items))


@pytest.mark.django_db
class TestStoredValues:
    def test_dates_are_stored_as_the_same_instant_whatever_their_zone(self) -> None:
        berlin = timezone(timedelta(hours=2))
        report = import_items(
            ArticleInput(body="Aware, UTC.", published_at=datetime(2025, 1, 2, 3, 4, 5, 6, UTC)),
            ArticleInput(
                body="Aware, +02:00.", published_at=datetime(2025, 1, 6, 8, tzinfo=berlin)
            ),
            ArticleInput(body="No date at all."),
        )
        assert (report.imported, report.errors) == (3, [])
        stored = dict(Article.objects.values_list("body", "published_at"))
        assert stored == {
            "Aware, UTC.": datetime(2025, 1, 2, 3, 4, 5, 6, UTC),
            "Aware, +02:00.": datetime(2025, 1, 6, 6, tzinfo=UTC),
            "No date at all.": None,
        }

    def test_a_naive_date_is_read_in_the_current_zone_with_a_warning(self) -> None:
        with pytest.warns(RuntimeWarning, match="naive datetime"):
            import_items(ArticleInput(body="Naive.", published_at=datetime(2025, 3, 1, 12)))
        assert Article.objects.get().published_at == datetime(2025, 3, 1, 12, tzinfo=UTC)

    def test_every_column_not_given_per_row_takes_its_default(self, editor: Any) -> None:
        services.articles_import(
            items=[ArticleInput(body="Defaults.", title="D", language="")], by=editor
        )
        article = Article.objects.get()
        assert (article.language, article.extraction_status, article.extraction_attempts) == (
            "en",
            "pending",
            0,
        )
        assert (article.extraction_error, article.extractor_version, article.extraction_ms) == (
            "",
            "",
            None,
        )
        assert article.created_by == editor
        assert article.created_at == article.updated_at == article.extraction_queued_at


@pytest.mark.django_db
class TestInsert:
    def test_new_ids_come_back_in_input_order_without_the_rows_that_conflicted(self) -> None:
        def rows(*items: ArticleInput) -> list[tuple[ArticleInput, str]]:
            return [(item, content_hash_for(item.body)) for item in items]

        [stored_id] = queries.insert_articles(
            rows(ArticleInput(body="Stored first.", url="https://e.example/2")), creator_id=None
        )
        ids = queries.insert_articles(
            rows(
                ArticleInput(body="Row one."),
                ArticleInput(body="Row two, a stored URL.", url="https://e.example/2"),
                ArticleInput(body="Row three."),
                ArticleInput(body="Stored first."),
            ),
            creator_id=None,
        )
        assert stored_id not in ids
        assert [Article.objects.get(pk=pk).body for pk in ids] == ["Row one.", "Row three."]
        assert Article.objects.count() == 3


@pytest.mark.django_db
class TestStoredKeys:
    def test_hashes_and_urls_already_stored_are_found_and_empty_urls_never_match(self) -> None:
        import_items(
            ArticleInput(body="First.", url="https://d.example/1"),
            ArticleInput(body="Second, no URL."),
        )
        first, second = Article.objects.order_by("id")
        hashes, urls = queries.stored_keys(
            [first.content_hash, "0" * 64], ["https://d.example/1", "https://d.example/2", ""]
        )
        assert (hashes, urls) == ({first.content_hash}, {"https://d.example/1"})
        hashes, urls = queries.stored_keys([second.content_hash], [])
        assert (hashes, urls) == ({second.content_hash}, set())

    def test_many_keys_are_found_and_a_key_holding_a_line_break_is_matched_whole(
        self,
    ) -> None:
        # On PostgreSQL the keys travel as one string split at line breaks by the server;
        # a key that holds one (or is empty) must not be split into other keys.
        import_items(
            *(ArticleInput(body=f"Text {i}.", url=f"https://k.example/{i}") for i in range(50))
        )
        stored = list(Article.objects.order_by("id"))
        hashes = [a.content_hash for a in stored]
        urls = [a.url for a in stored]
        found = queries.stored_keys(["0" * 64, *hashes], [*urls, "https://k.example/new"])
        assert found == (set(hashes), set(urls))
        Article.objects.filter(pk=stored[0].pk).update(content_hash="y", url="https://k.example/y")
        assert queries.stored_keys(["x\ny", ""], ["https://k.example/x\nhttps://k.example/y"]) == (
            set(),
            set(),
        )
        # (A stored article found by its text brings its URL too.)
        assert queries.stored_keys(["x\ny", "y"], []) == ({"y"}, {"https://k.example/y"})

    def test_articles_without_a_url_are_not_duplicates_of_each_other(self) -> None:
        report = import_items(*(ArticleInput(body=f"Text {i}.", url="") for i in range(5)))
        assert (report.imported, report.duplicates) == (5, 0)


@pytest.mark.django_db
class TestSizeLimit:
    def test_the_limit_counts_utf8_bytes_not_characters(self, settings: Any) -> None:
        settings.UPLOAD_MAX_BYTES = 100
        fits = [
            ArticleInput(body="a" * 100, origin="f:1"),
            ArticleInput(body="€" * 33, origin="f:2"),  # 99 bytes
            ArticleInput(body="😀" * 25, origin="f:3"),  # 100 bytes
        ]
        too_big = [
            ArticleInput(body="b" * 101, origin="f:4"),
            ArticleInput(body="€" * 34, origin="f:5"),  # 102 bytes in 34 characters
            ArticleInput(body="😀" * 25 + ".", origin="f:6"),
        ]
        report = import_items(*fits, *too_big)
        assert report.imported == 3
        assert [error.split(":", 2)[1] for error in report.errors] == ["4", "5", "6"]
        assert "is 102 bytes; the limit is 100 bytes" in report.errors[1]
