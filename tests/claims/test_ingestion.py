from __future__ import annotations

import json
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from claims.ingestion import IngestError, decode_bytes, derive_title, parse_file, parse_text
from claims.models import Article

ARTICLE_HTML = """<!doctype html><html><head><title>Budget vote | Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2025-03-02T10:00:00Z">
</head><body><nav>Home | World | Politics</nav>
<article><h1>Budget passes after long night</h1>
<p>The parliament approved a budget of 1.2 billion euros on Sunday, the finance minister said.
Spending on schools rises by 4 percent compared with last year, according to the ministry.</p>
<p>Opposition leaders said the plan would raise the deficit to 3.5 percent of GDP by 2027,
the highest level in a decade. The vote passed 81 to 70.</p>
</article><footer>Copyright Example Times</footer></body></html>"""


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def run_import(*paths: Path) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_articles", *map(str, paths), "--no-progress", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


class TestParsers:
    def test_seed_format_gives_date_outlet_and_clean_body(self) -> None:
        item = parse_text(
            " date 2025-09-04 NEW You can now listen to Fox News articles!\n\nFirst line. Second.\n"
        )
        assert item.published_at == datetime(2025, 9, 4, tzinfo=UTC)
        assert item.outlet == "Fox News"
        assert item.body == "First line. Second."
        assert item.title == "First line."

    def test_plain_text_has_no_date_and_a_derived_title(self) -> None:
        item = parse_text("date night is a tradition here. It started in 1990.")
        assert item.published_at is None
        assert item.body.startswith("date night")

    def test_headers_may_give_title_and_url(self) -> None:
        item = parse_text(
            "title A headline\nurl https://example.org/x\ndate 2024-01-02\n\nBody text."
        )
        assert (item.title, item.url, item.body) == (
            "A headline",
            "https://example.org/x",
            "Body text.",
        )

    def test_long_first_sentences_are_cut_on_a_word(self) -> None:
        title = derive_title("word " * 60 + ".")
        assert len(title) <= 121 and title.endswith("…") and "  " not in title

    def test_binary_and_invalid_utf8_are_refused_with_reasons(self) -> None:
        with pytest.raises(IngestError, match="binary"):
            decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00", max_bytes=1000)
        with pytest.raises(IngestError, match=r"not valid UTF-8.*line 2"):
            decode_bytes(b"ok\n\xff\xfe bad", max_bytes=1000)
        with pytest.raises(IngestError, match="limit is 10 bytes"):
            decode_bytes(b"x" * 11, max_bytes=10)

    def test_html_main_text_and_metadata(self, tmp_path: Path) -> None:
        [item] = list(parse_file(write(tmp_path, "a.html", ARTICLE_HTML), max_bytes=100_000))
        assert not isinstance(item, IngestError)
        assert "1.2 billion euros" in item.body
        assert "Home | World" not in item.body
        assert item.outlet == "Example Times"
        assert (
            item.published_at is not None and item.published_at.date().isoformat() == "2025-03-02"
        )


@pytest.mark.django_db
class TestImportCommand:
    def test_every_format_imports(self, tmp_path: Path) -> None:
        jsonl = "\n".join(
            json.dumps({"title": f"J{i}", "body": f"Jobs rose by {i}00 in May.", "outlet": "Wire"})
            for i in range(3)
        )
        csv_text = (
            "title,url,outlet,author,published_at,body\n"
            "C1,https://example.org/c1,Daily,Ann,2025-01-05,"
            '"Rents rose 7 percent, the agency said."\n'
            "C2,,Daily,,2025-01-06T08:00:00+02:00,Prices fell.\n"
        )
        out, err = run_import(
            write(tmp_path, "a.txt", "date 2025-02-01\nTaxes went up by 2 percent."),
            write(tmp_path, "b.html", ARTICLE_HTML),
            write(tmp_path, "c.jsonl", jsonl),
            write(tmp_path, "d.csv", csv_text),
        )
        assert "imported 7, duplicates 0, errors 0" in out, err
        c1 = Article.objects.get(title="C1")
        assert (c1.url, c1.author, c1.published_at) == (
            "https://example.org/c1",
            "Ann",
            datetime(2025, 1, 5, tzinfo=UTC),
        )
        assert Article.objects.get(title="C2").published_at == datetime(2025, 1, 6, 6, tzinfo=UTC)
        assert all(a.extraction_status == "pending" for a in Article.objects.all())

    def test_bad_rows_are_reported_by_line_and_good_rows_go_in(self, tmp_path: Path) -> None:
        jsonl = (
            "\n".join(
                [
                    json.dumps({"title": "ok", "body": "Exports doubled in 2024."}),
                    "{not json",
                    json.dumps({"title": "no body"}),
                    json.dumps({"body": "Bad date here.", "published_at": "next Tuesday"}),
                    json.dumps(["a", "list"]),
                    json.dumps({"body": "Bad url.", "url": "javascript:alert(1)"}),
                ]
            ).encode()
            + b'\n{"body": "caf\xe9 bytes"}\n'
        )
        csv_bytes = (
            b"title,body,published_at\n"
            b"fine,Inflation hit 3 percent.,2025-01-01\n"
            b"blank,,2025-01-01\n"
            b"bad,Something happened.,31/02/2025\n"
            b"extra,Too,2025-01-01,many\n"
        )
        out, err = run_import(
            write(tmp_path, "rows.jsonl", jsonl), write(tmp_path, "rows.csv", csv_bytes)
        )
        assert "imported 2, duplicates 0, errors 9" in out
        for expected in (
            "rows.jsonl:2: invalid JSON",
            "rows.jsonl:3: missing body",
            "rows.jsonl:4: bad date",
            "rows.jsonl:5: each line must be a JSON object",
            "rows.jsonl:6: bad url",
            "rows.jsonl:7: invalid UTF-8",
            "rows.csv:3: missing body",
            "rows.csv:4: bad date",
            "rows.csv:5: the row has more cells than the header",
        ):
            assert expected in err, (expected, err)

    def test_duplicates_are_skipped_within_and_across_runs(self, tmp_path: Path) -> None:
        a = write(tmp_path, "a.txt", "Crime fell 10 percent last year.")
        b = write(tmp_path, "b.txt", "Crime   fell 10 percent last year.\n")
        out, _ = run_import(a, b)
        assert "imported 1, duplicates 1" in out
        out, _ = run_import(a)
        assert "imported 0, duplicates 1, errors 0" in out
        assert Article.objects.count() == 1

    def test_wrong_csv_columns_and_binary_files_are_reported(self, tmp_path: Path) -> None:
        wrong = write(tmp_path, "wrong.csv", "headline,text\nA,B\n")
        binary = write(tmp_path, "img.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
        good = write(tmp_path, "good.txt", "The river rose 3 metres.")
        out, err = run_import(wrong, binary, good)
        assert "imported 1, duplicates 0, errors 2" in out
        assert "wrong.csv:1: the CSV header must name a 'body' column" in err
        assert "img.txt: img.txt looks binary" in err

    def test_oversize_files_are_refused(self, tmp_path: Path, settings: Any) -> None:
        settings.UPLOAD_MAX_BYTES = 100
        big = write(tmp_path, "big.txt", "word " * 100)
        with pytest.raises(CommandError, match="nothing could be imported"):
            run_import(big)

    def test_nothing_importable_exits_non_zero(self, tmp_path: Path) -> None:
        with pytest.raises(CommandError):
            run_import(write(tmp_path, "empty.jsonl", '{"title": "x"}\n'))

    def test_folders_are_walked(self, tmp_path: Path) -> None:
        (tmp_path / "sub").mkdir()
        write(tmp_path, "sub/one.txt", "One article about 5 things.")
        write(tmp_path, "sub/ignore.md", "# not imported")
        out, _ = run_import(tmp_path)
        assert "imported 1" in out


@pytest.mark.django_db
class TestBulkImport:
    """The importer checks rows in Python and inserts them in batches; with a batch of 4,
    these files cross several batch boundaries."""

    @pytest.fixture(autouse=True)
    def small_batches(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from claims.services import importing

        monkeypatch.setattr(importing, "IMPORT_BATCH", 4)

    def test_every_bad_row_is_reported_by_line_and_every_good_row_goes_in(
        self, tmp_path: Path
    ) -> None:
        lines = []
        bad = {3: "{broken", 8: json.dumps({"title": "no body"}), 13: json.dumps(["x"])}
        for number in range(1, 15):
            lines.append(
                bad.get(number)
                or json.dumps({"title": f"Row {number}", "body": f"Jobs rose by {number}00."})
            )
        out, err = run_import(write(tmp_path, "rows.jsonl", "\n".join(lines)))
        assert "imported 11, duplicates 0, errors 3" in out
        for expected in (
            "rows.jsonl:3: invalid JSON",
            "rows.jsonl:8: missing body",
            "rows.jsonl:13: each line must be a JSON object",
        ):
            assert expected in err, (expected, err)
        titles = set(Article.objects.values_list("title", flat=True))
        assert titles == {f"Row {n}" for n in range(1, 15) if n not in bad}

    def test_duplicates_within_one_file_and_against_the_database(self, tmp_path: Path) -> None:
        first, _ = run_import(
            write(
                tmp_path,
                "first.jsonl",
                json.dumps(
                    {"body": "Stored earlier: rents rose 7 percent.", "url": "https://a.example/1"}
                ),
            )
        )
        assert "imported 1, duplicates 0" in first
        rows = [
            {"body": "Fresh one: exports fell 2 percent."},  # 1
            {"body": "Stored   earlier: rents rose 7 percent."},  # 2 same text as stored
            {"body": "New text, stored URL.", "url": "https://a.example/1"},  # 3 stored URL
            {"body": "Fresh two: prices rose.", "url": "https://a.example/2"},  # 4
            {"body": "Fresh one: exports fell 2 percent."},  # 5 same text as row 1 (batch 2)
            {"body": "Other text, same URL as row 4.", "url": "https://a.example/2"},  # 6
            {"body": "Fresh three: wages rose 3 percent."},  # 7
            {"body": "Fresh three:\nwages rose 3 percent.\n"},  # 8 same as 7, other spacing
            {"body": "Fresh four: 12 new schools."},  # 9
        ]
        out, err = run_import(
            write(tmp_path, "second.jsonl", "\n".join(json.dumps(row) for row in rows))
        )
        assert "imported 4, duplicates 5, errors 0" in out, err
        assert Article.objects.count() == 5
        assert Article.objects.filter(url="https://a.example/2").get().body.startswith("Fresh two")

    def test_a_row_stored_by_a_concurrent_import_counts_as_a_duplicate(self) -> None:
        from claims import queries
        from claims.ingestion import ArticleInput
        from claims.models import content_hash_for

        item = ArticleInput(body="Crime fell 10 percent.", title="t", url="https://b.example/1")
        rows = [(item, content_hash_for(item.body))]
        # The other import's INSERT wins; ours skips the row instead of failing the batch.
        assert len(queries.insert_articles(rows, creator_id=None)) == 1
        assert queries.insert_articles(rows, creator_id=None) == []
        assert Article.objects.count() == 1

    def test_imported_rows_keep_their_fields(self, tmp_path: Path) -> None:
        row = {
            "title": "T",
            "url": "https://c.example/1",
            "outlet": "Wire",
            "author": "Ann Lee",
            "published_at": "2025-01-06T08:00:00+02:00",
            "body": "Inflation hit 3 percent.",
            "language": "de",
        }
        out, _ = run_import(write(tmp_path, "one.jsonl", json.dumps(row)))
        assert "imported 1" in out
        article = Article.objects.get()
        assert (article.title, article.url, article.outlet, article.author, article.language) == (
            "T",
            "https://c.example/1",
            "Wire",
            "Ann Lee",
            "de",
        )
        assert article.published_at == datetime(2025, 1, 6, 6, tzinfo=UTC)
        assert (article.extraction_status, article.extraction_attempts) == ("pending", 0)
        assert article.extraction_queued_at is not None and article.created_at is not None
        assert article.created_by is None
