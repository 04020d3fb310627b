"""Row formats: what a single bad row can hold, and the fast paths that must agree with the
general ones (boilerplate, blank lines, URLs, binary sniffing)."""

from __future__ import annotations

import json
import random
from io import StringIO
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.validators import URLValidator

from claims.ingestion import (
    ArticleInput,
    IngestError,
    clean_url,
    decode_bytes,
    iter_csv,
    iter_jsonl,
    looks_binary,
    strip_boilerplate,
)
from claims.models import Article


def results(text: str, *, csv: bool = False) -> list[ArticleInput | IngestError]:
    parse = iter_csv if csv else iter_jsonl
    return list(parse(text, max_bytes=100_000))


def errors(found: list[ArticleInput | IngestError]) -> list[tuple[int | None, str]]:
    return [(r.line, r.message) for r in found if isinstance(r, IngestError)]


class TestJsonEscapes:
    """JSON can spell, with \\u escapes, what the byte checks refuse in raw rows."""

    def test_a_nul_or_a_lone_surrogate_is_a_row_error_and_the_other_rows_stay(self) -> None:
        text = "\n".join(
            [
                r'{"body": "NUL \u0000 inside."}',
                r'{"body": "Lone \udc80 surrogate."}',
                r'{"body": "Fine.", "title": "High \ud800 half"}',
                r'{"body": "A real pair: \ud83d\ude00, and \u20ac5."}',
                r'{"body": "An escaped backslash: \\u0000 is text."}',
            ]
        )
        found = results(text)
        assert errors(found) == [
            (1, "field 'body' contains a NUL character (\\u0000)"),
            (2, "field 'body' contains a lone surrogate (an unpaired \\ud800-\\udfff escape)"),
            (3, "field 'title' contains a lone surrogate (an unpaired \\ud800-\\udfff escape)"),
        ]
        bodies = [r.body for r in found if isinstance(r, ArticleInput)]
        assert bodies == ["A real pair: 😀, and €5.", "An escaped backslash: \\u0000 is text."]

    def test_a_language_that_is_not_a_string_is_a_row_error(self) -> None:
        found = results('{"body": "Text.", "language": 5}\n{"body": "Other."}')
        assert errors(found) == [(1, "field 'language' must be a string")]
        assert len(found) == 2


@pytest.mark.django_db
def test_such_rows_no_longer_abort_the_whole_import(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(
        "\n".join(
            [
                r'{"body": "Lone \udc80 surrogate."}',
                r'{"body": "NUL \u0000 inside."}',
                '{"body": "Number language.", "language": 5}',
                '{"body": "The one good row."}',
            ]
        )
    )
    out, err = StringIO(), StringIO()
    call_command("import_articles", str(path), "--no-progress", stdout=out, stderr=err)
    assert "imported 1, duplicates 0, errors 3" in out.getvalue()
    assert "rows.jsonl:1: field 'body' contains a lone surrogate" in err.getvalue()
    assert "rows.jsonl:2: field 'body' contains a NUL character" in err.getvalue()
    assert "rows.jsonl:3: field 'language' must be a string" in err.getvalue()
    assert Article.objects.get().body == "The one good row."


def test_a_nul_byte_anywhere_in_a_text_upload_is_refused() -> None:
    raw = b"Plain text. " * 10_000 + b"\x00" + b"More."
    with pytest.raises(IngestError, match="looks binary"):
        decode_bytes(raw, max_bytes=1_000_000)


class TestRowChecks:
    def test_invalid_utf8_nul_and_size_are_reported_in_that_order(self) -> None:
        text = b'{"body": "bad \xff byte"}\n{"body": "nul \x00"}\n{"body": "' + b"x" * 200 + b'"}'
        found = list(iter_jsonl(text.decode("utf-8", "surrogateescape"), max_bytes=100))
        assert errors(found) == [
            (1, "invalid UTF-8 in this row"),
            (2, "NUL byte in this row (binary data?)"),
            (3, "row is larger than the limit of 100 bytes"),
        ]

    def test_the_size_limit_counts_utf8_bytes(self) -> None:
        row = json.dumps({"body": "€" * 30}, ensure_ascii=False)  # 90 bytes of body
        assert errors(list(iter_jsonl(row, max_bytes=len(row.encode())))) == []
        assert errors(list(iter_jsonl(row, max_bytes=len(row.encode()) - 1))) == [
            (1, f"row is larger than the limit of {len(row.encode()) - 1:,} bytes")
        ]

    def test_csv_rows_with_bad_bytes_extra_cells_or_too_many_bytes(self) -> None:
        text = (
            "title,body\n"
            "ok,Fine text.\n"
            "bad,caf\udce9\n"
            "extra,Too,many\n"
            f"big,{'é' * 60}\n"
            'crlf,"Two\r\nlines"\r\n'
        )
        found = list(iter_csv(text, max_bytes=100))
        assert errors(found) == [
            (3, "invalid UTF-8 in this row"),
            (4, "the row has more cells than the header"),
            (5, "row is larger than the limit of 100 bytes"),
        ]
        assert [r.body for r in found if isinstance(r, ArticleInput)] == [
            "Fine text.",
            "Two\nlines",
        ]


class TestBoilerplate:
    def test_furniture_lines_go_and_blank_runs_collapse(self) -> None:
        text = (
            "NEW You can now listen to Fox News articles!\r\n"
            "First paragraph.   \n"
            "\n  \n\n"
            "Advertisement\n"
            "click here to subscribe\n"
            "Second paragraph.\n\n\n"
        )
        assert strip_boilerplate(text) == ("First paragraph.\n\nSecond paragraph.", "Fox News")

    def test_case_matters_only_for_the_advertisement_line(self) -> None:
        assert strip_boilerplate("advertisement\nText.") == ("advertisement\nText.", "")
        assert strip_boilerplate("SIGN UP FOR OUR NEWSLETTER\nText.") == ("Text.", "")

    def test_text_without_furniture_keeps_its_lines(self) -> None:
        text = "A line.\nAnother, with trailing tab\t\nLast."
        assert strip_boilerplate(text) == ("A line.\nAnother, with trailing tab\nLast.", "")


URLS = [
    "https://example.org/a/b?c=1#d",
    "http://news.example.co.uk",
    "https://ex-ample.org/",
    "HTTPS://EXAMPLE.ORG/X",
    "https://example.org/path with space",
    "https://-bad.example.org/",
    "https://bad-.example.org/",
    "https://a..example.org/",
    "https://example.c/",
    "https://example.org:8080/",
    "https://user@example.org/",
    "https://[::1]/",
    "https://localhost/",
    "https://1.2.3.4/",
    "https://exämple.org/",
    "https://example.org./",
    "https://xn--p1ai.example.xn--p1ai/",
    "ftp://example.org/",
    "javascript:alert(1)",
    "https://" + "a" * 64 + ".org/",
    "https://" + ("a" * 60 + ".") * 5 + "org/",
    "https://example.org/" + "x" * 2100,
]


@pytest.mark.parametrize("url", URLS)
def test_a_url_is_accepted_exactly_when_django_accepts_it(url: str) -> None:
    try:
        URLValidator(schemes=["http", "https"])(url)
        django_accepts = True
    except ValidationError:
        django_accepts = False
    try:
        ours = clean_url(url) == url
    except IngestError:
        ours = False
    assert ours == django_accepts


@pytest.mark.parametrize(
    ("raw", "binary"),
    [
        (b"", False),
        (b"plain text\n" * 100, False),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), True),
        (b"a" * 95 + b"\x01" * 5, False),  # 5% control bytes is still text
        (b"a" * 94 + b"\x01" * 6, True),
        (b"tabs\tand\fform feeds\r\n" * 50, False),
    ],
)
def test_binary_sniffing(raw: bytes, binary: bool) -> None:
    assert looks_binary(raw) is binary


def test_rows_are_read_line_by_line_as_from_the_normalised_text() -> None:
    from claims.ingestion import normalise_newlines
    from claims.ingestion.rows import _file_lines, _lines

    rng = random.Random(4)
    for _ in range(5_000):
        text = "".join(rng.choice(["a", "b", " ", "\r", "\n", "\r\n"]) for _ in range(12))
        normalised = normalise_newlines(text)
        assert list(_lines(text)) == normalised.split("\n"), repr(text)
        file_lines = list(StringIO(normalised, newline=""))
        assert list(_lines(text, keepends=True)) == file_lines, repr(text)
        # The CSV reader's lines, with and without line breaks of "\r".
        assert list(_file_lines(text)) == file_lines, repr(text)
        assert list(_file_lines(normalised, skip=2)) == file_lines[2:], repr(text)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_any_line_ending_gives_the_same_rows_and_line_numbers(newline: str) -> None:
    jsonl = newline.join(['{"body": "One."}', "", "{broken", '{"body": "Two."}', ""])
    found = results(jsonl)
    assert [getattr(r, "body", None) for r in found] == ["One.", None, "Two."]
    assert errors(found) == [
        (3, "invalid JSON (Expecting property name enclosed in double quotes at column 2)")
    ]
    csv_text = newline.join(["title,body", 'a,"Para one.', "", 'Para two."', "b,Plain.", ""])
    found = results(csv_text, csv=True)
    assert [(r.origin, r.body) for r in found if isinstance(r, ArticleInput)] == [
        ("line 4", "Para one.\n\nPara two."),
        ("line 5", "Plain."),
    ]
