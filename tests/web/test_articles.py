"""Articles: list, paste or upload with clear errors, the reader, manual claims, extraction."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from claims.models import Article, Claim, ClaimOrigin, ExtractionStatus
from tests.conftest import REPO_ROOT
from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db

SEED = REPO_ROOT / "seeds" / "000_cb8a2c0b20e0e221.txt"


def upload(name: str, content: bytes, content_type: str = "text/plain") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=content_type)


# --- list ---------------------------------------------------------------------------------------


def test_the_list_shows_extraction_status_and_claim_counts(
    client_for: Any, reviewer: Any, claim_in: Any
) -> None:
    article = make_article(title="Budget night", extraction_status=ExtractionStatus.RUNNING)
    make_claim(article=article)
    claim_in("published", article=make_article(title="Ports", body="Ships rose 9 percent."))
    html = client_for(reviewer).get(reverse("web-articles")).content.decode()
    row = html.split("Budget night")[1].split("</tr>")[0]
    assert "extraction-running" in row
    assert re.search(r'data-label="Claims" class="num">1<', row)
    ports = html.split("Ports")[1].split("</tr>")[0]
    assert re.search(r'data-label="Published claims" class="num">1<', ports)
    # Only editors add articles.
    assert reverse("web-article-new") not in html


@pytest.mark.parametrize("size", [5, 60])
def test_articles_list_query_count_does_not_grow_with_data(
    size: int, populate: Any, client_for: Any, editor: Any, django_assert_num_queries: Any
) -> None:
    populate(size)
    client = client_for(editor)
    with django_assert_num_queries(6):
        assert client.get(reverse("web-articles")).status_code == 200


# --- new article ---------------------------------------------------------------------------------


def test_reviewers_cannot_add_articles(client_for: Any, reviewer: Any) -> None:
    client = client_for(reviewer)
    assert client.get(reverse("web-article-new")).status_code == 403
    assert client.post(reverse("web-article-new"), {"body": "Text."}).status_code == 403
    assert not Article.objects.exists()


def test_pasting_text_creates_the_article_and_opens_the_reader(
    client_for: Any, editor: Any
) -> None:
    response = client_for(editor).post(
        reverse("web-article-new"),
        {
            "title": "Harbour traffic",
            "outlet": "Coast Post",
            "url": "https://coast.example.org/harbour",
            "published_on": "2025-09-04",
            "body": "Ship traffic rose 12 percent in August, the port authority said.",
        },
    )
    article = Article.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/articles/{article.pk}/"
    assert article.title == "Harbour traffic" and article.outlet == "Coast Post"
    assert article.published_at is not None and article.published_at.isoformat().startswith(
        "2025-09-04T00:00:00"
    )
    assert article.created_by == editor
    assert article.extraction_status == ExtractionStatus.PENDING


def test_uploading_the_seed_file_reads_its_date_and_outlet(client_for: Any, editor: Any) -> None:
    response = client_for(editor).post(
        reverse("web-article-new"), {"file": upload(SEED.name, SEED.read_bytes())}
    )
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.outlet == "Fox News"
    assert (
        article.published_at is not None and article.published_at.date().isoformat() == "2025-09-04"
    )
    assert article.body.startswith("Russia once again rejected")


def test_uploading_html_takes_the_main_text(client_for: Any, editor: Any) -> None:
    html = (
        b"<html><head><title>Port figures</title></head><body><nav>Home | About</nav>"
        b"<article><h1>Port figures</h1><p>Ship traffic rose 12 percent in August, the port "
        b"authority said on Monday.</p><p>Officials expect a further rise of 5 percent next "
        b"year, according to the annual report published by the authority.</p></article>"
        b"</body></html>"
    )
    response = client_for(editor).post(
        reverse("web-article-new"), {"file": upload("port.html", html, "text/html")}
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    assert "Ship traffic rose 12 percent" in Article.objects.get().body


@override_settings(UPLOAD_MAX_BYTES=100)
def test_an_oversize_upload_is_refused_with_the_limit(client_for: Any, editor: Any) -> None:
    response = client_for(editor).post(
        reverse("web-article-new"), {"file": upload("big.txt", b"word " * 100)}
    )
    assert response.status_code == 400
    assert "big.txt is 500 bytes; the limit is 100 bytes." in response.content.decode()
    assert not Article.objects.exists()


@override_settings(UPLOAD_MAX_BYTES=100)
def test_oversize_pasted_text_is_refused_with_413(client_for: Any, editor: Any) -> None:
    response = client_for(editor).post(reverse("web-article-new"), {"body": "word " * 40})
    assert response.status_code == 413
    assert "the limit is 100 bytes" in response.content.decode()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("binary.txt", b"\x00\x01\x02binary\x00data", "looks binary"),
        ("latin1.txt", "Caf\u00e9 prices rose.".encode("latin-1"), "is not valid UTF-8"),
        ("report.pdf", b"%PDF-1.4 text", "upload a .txt or .html file"),
        ("empty.txt", b"   \n\n ", "missing body"),
    ],
)
def test_bad_files_get_a_clear_error(
    client_for: Any, editor: Any, name: str, content: bytes, message: str
) -> None:
    response = client_for(editor).post(reverse("web-article-new"), {"file": upload(name, content)})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Article.objects.exists()


def test_duplicate_text_links_to_the_existing_article(client_for: Any, editor: Any) -> None:
    existing = make_article(body="Ship traffic rose 12 percent in August.")
    response = client_for(editor).post(
        reverse("web-article-new"), {"body": "Ship traffic rose   12 percent\nin August."}
    )
    assert response.status_code == 409
    html = response.content.decode()
    assert f"already imported as article {existing.pk}" in html
    assert f'<a href="/articles/{existing.pk}/">Open article {existing.pk}</a>' in html


def test_paste_and_upload_together_or_neither_is_refused(client_for: Any, editor: Any) -> None:
    client = client_for(editor)
    both = client.post(reverse("web-article-new"), {"body": "Text.", "file": upload("a.txt", b"x")})
    assert "not both" in both.content.decode()
    neither = client.post(reverse("web-article-new"), {"title": "Only a title"})
    assert "Paste the article" in neither.content.decode()
    assert not Article.objects.exists()


def test_a_javascript_url_is_refused(client_for: Any, editor: Any) -> None:
    response = client_for(editor).post(
        reverse("web-article-new"), {"body": "Some text here.", "url": "javascript:alert(1)"}
    )
    assert response.status_code == 400
    assert "Enter a web address, such as census.gov/data" in response.content.decode()


# --- reader --------------------------------------------------------------------------------------


def test_the_reader_marks_every_claim_span_with_its_status(
    client_for: Any, reviewer: Any, article: Article, claim_in: Any
) -> None:
    first_end = article.body.index(".") + 1
    queued = claim_in("queued", article=article, span_start=0, span_end=first_end)
    start = article.body.index("Officials")
    candidate = make_claim(
        article=article, span_start=start, span_end=article.body.index(".", start) + 1
    )
    html = client_for(reviewer).get(reverse("web-article", args=[article.pk])).content.decode()
    assert f'<mark data-claim-id="{queued.pk}" class="claim-mark status-queued"' in html
    assert f'<mark data-claim-id="{candidate.pk}" class="claim-mark status-candidate minor"' in html
    assert f'data-href="/claims/{queued.pk}/"' in html
    # The raw offsets travel with the text pieces.
    assert f'<span data-o="{start}">Officials' in html
    assert f'data-body-length="{len(article.body)}"' in html


def test_the_reader_shows_hostile_text_as_text(client_for: Any, reviewer: Any) -> None:
    body = 'He wrote <script>alert(1)</script> and <img src=x onerror="alert(2)"> today.'
    article = make_article(body=body, title="<b>Title</b>", url="javascript:alert(3)")
    start = body.index("<script>")
    make_claim(article=article, span_start=start, span_end=start + 25)
    html = client_for(reviewer).get(reverse("web-article", args=[article.pk])).content.decode()
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;Title&lt;/b&gt;" in html
    assert 'href="javascript:' not in html


def test_extraction_polls_while_pending_and_stops_when_done(client_for: Any, reviewer: Any) -> None:
    article = make_article(extraction_status=ExtractionStatus.PENDING)
    client = client_for(reviewer)
    html = client.get(reverse("web-article", args=[article.pk])).content.decode()
    assert f'hx-get="/articles/{article.pk}/status/" hx-trigger="every 2s"' in html
    polled = client.get(
        reverse("web-article-status", args=[article.pk]), headers={"HX-Request": "true"}
    )
    assert 'hx-trigger="every 2s"' in polled.content.decode()
    assert 'id="reader-body"' not in polled.content.decode()
    Article.objects.filter(pk=article.pk).update(extraction_status=ExtractionStatus.DONE)
    claim = make_claim(article=article)
    done = client.get(
        reverse("web-article-status", args=[article.pk]), headers={"HX-Request": "true"}
    ).content.decode()
    assert "every 2s" not in done
    # The text comes along out of band, now with the new claim marked.
    assert '<div id="reader-body" class="reader-layout" hx-swap-oob="true">' in done
    assert f'data-claim-id="{claim.pk}"' in done


def test_editors_can_rerun_extraction_and_reviewers_cannot(
    client_for: Any, editor: Any, reviewer: Any
) -> None:
    article = make_article(extraction_status=ExtractionStatus.FAILED, extraction_error="boom")
    url = reverse("web-article-extract", args=[article.pk])
    assert client_for(reviewer).post(url).status_code == 403
    html = client_for(editor).get(reverse("web-article", args=[article.pk])).content.decode()
    assert "Re-run extraction" in html and "Extraction failed: boom" in html
    response = client_for(editor).post(url, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert 'hx-trigger="every 2s"' in response.content.decode()
    article.refresh_from_db()
    assert article.extraction_status == ExtractionStatus.PENDING and not article.extraction_error


@pytest.mark.parametrize("size", [5, 60])
def test_reader_query_count_does_not_grow_with_claims(
    size: int, ratings: Any, client_for: Any, reviewer: Any, django_assert_num_queries: Any
) -> None:
    body = " ".join(f"Sentence {i} says {i} percent." for i in range(size))
    article = make_article(body=body)
    position = 0
    for i in range(size):
        sentence = f"Sentence {i} says {i} percent."
        start = body.index(sentence, position)
        make_claim(article=article, span_start=start, span_end=start + len(sentence))
        position = start + len(sentence)
    client = client_for(reviewer)
    with django_assert_num_queries(6):
        html = client.get(reverse("web-article", args=[article.pk])).content.decode()
    assert html.count('class="claim-mark status-candidate minor"') == size + 1  # + the legend


# --- manual claims --------------------------------------------------------------------------------


def test_a_selected_span_becomes_a_manual_claim(
    client_for: Any, reviewer: Any, article: Article
) -> None:
    start = article.body.index("The mayor")
    end = len(article.body)
    response = client_for(reviewer).post(
        reverse("web-article-claim-add", args=[article.pk]),
        {"span_start": start, "span_end": end, "claimant": "The mayor", "claim_type": "statistic"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    claim = Claim.objects.get(origin=ClaimOrigin.MANUAL)
    assert claim.text == "The mayor said crime rose by 12 percent since 2020."
    assert (claim.span_start, claim.span_end, claim.claimant) == (start, end, "The mayor")
    html = response.content.decode()
    assert f'<mark data-claim-id="{claim.pk}"' in html
    assert f"Claim #{claim.pk} added" in html


def test_a_manual_claim_without_javascript_redirects_back(
    client_for: Any, editor: Any, article: Article
) -> None:
    response = client_for(editor).post(
        reverse("web-article-claim-add", args=[article.pk]),
        {"span_start": 0, "span_end": 10, "claim_type": "other"},
    )
    assert response.status_code == 302 and response["Location"] == f"/articles/{article.pk}/"


def test_a_span_outside_the_text_is_refused_with_a_message(
    client_for: Any, reviewer: Any, article: Article
) -> None:
    response = client_for(reviewer).post(
        reverse("web-article-claim-add", args=[article.pk]),
        {"span_start": 5, "span_end": 99999, "claim_type": "other"},
    )
    assert response.status_code == 400
    assert "the article&#x27;s length" in response.content.decode()
    assert not Claim.objects.exists()
