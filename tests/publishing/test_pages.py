"""The public fact-check pages: published data only, canonical URLs, corrections,
conditional GET and fixed query counts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from claims.models import Claim
from reviews import services
from reviews.models import Review
from tests.factories import make_claim
from tests.publishing.conftest import PublishFn, write

pytestmark = pytest.mark.django_db


def _canonical(claim: Claim) -> str:
    response = Client().get(f"/checks/{claim.pk}/")
    assert response.status_code == 301
    return str(response["Location"])


def test_every_public_url_is_a_404_while_the_public_site_is_off(
    client: Client, publish: PublishFn, settings: Any
) -> None:
    claim = publish()
    path = _canonical(claim)
    settings.PUBLIC_SITE = False
    for url in ("/checks/", path, "/checks/feed/", "/sitemap.xml", "/checks/ratings.css"):
        assert client.get(url).status_code == 404, url


def test_the_index_shows_published_checks_to_anyone_and_nothing_else(
    client: Client, publish: PublishFn, people: dict[str, Any]
) -> None:
    published = publish(claim_as_stated="Unemployment has halved since 2021")
    draft = make_claim(claimant="Draft Person")
    services.claim_triage(claim=draft, by=people["editor"], decision="queue")

    response = client.get("/checks/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Unemployment has halved since 2021" in html
    assert "Ministry of Labour" in html
    assert 'class="badge rating-false"' in html
    assert "The figure was 8.4 percent, not 4.2." in html
    assert _canonical(published) in html
    assert "Draft Person" not in html
    assert response["Cache-Control"] == "public, max-age=60"


def test_the_index_filters_by_rating_and_claimant_and_searches(
    client: Client, publish: PublishFn
) -> None:
    publish(claim_as_stated="Crime halved in the city", rating="false", claimant="Mayor Ann")
    publish(claim_as_stated="Taxes went up twice", rating="true", claimant="Senator Bob")

    def shown(query: str) -> list[str]:
        html = client.get(f"/checks/?{query}").content.decode()
        return [t for t in ("Crime halved in the city", "Taxes went up twice") if t in html]

    assert shown("rating=true") == ["Taxes went up twice"]
    assert shown("claimant=mayor") == ["Crime halved in the city"]
    assert shown("q=TAXES") == ["Taxes went up twice"]
    assert shown("q=nothing-like-this") == []
    assert "No fact-check matches these filters." in client.get("/checks/?q=zzz").content.decode()


@pytest.mark.parametrize("query", ["rating=no-such-rating", "page=0", "page=abc", "q=" + "x" * 201])
def test_bad_filters_are_a_400_saying_why(client: Client, publish: PublishFn, query: str) -> None:
    publish()
    response = client.get(f"/checks/?{query}")
    assert response.status_code == 400
    assert "Those filters cannot be applied" in response.content.decode()


def test_the_index_pages_twenty_at_a_time(client: Client, publish: PublishFn) -> None:
    claim = publish()
    review = Review.objects.get(claim=claim)
    # More published verdicts, copied from the first (the workflow was exercised above).
    for n in range(21):
        other = make_claim(claimant=f"Person {n}")
        other.status = claim.status
        other.save()
        copy = Review.objects.create(claim=other, published_at=review.published_at)
        revision = review.published_revision
        assert revision is not None
        revision.pk = None
        revision.review = copy
        revision.save()
        copy.published_revision = revision
        copy.save()
    first = client.get("/checks/").content.decode()
    assert first.count('<li class="check">') == 20
    assert 'rel="next"' in first and 'rel="prev"' not in first
    second = client.get("/checks/?page=2").content.decode()
    assert second.count('<li class="check">') == 2
    assert 'rel="prev"' in second and 'rel="next"' not in second


def test_a_fact_check_page_redirects_to_its_canonical_url(
    client: Client, publish: PublishFn
) -> None:
    claim = publish(claim_as_stated="Illinois's unemployment rate has halved since 2021")
    canonical = f"/checks/{claim.pk}/illinoiss-unemployment-rate-has-halved-since-2021/"
    for path in (f"/checks/{claim.pk}/", f"/checks/{claim.pk}/an-old-slug/"):
        response = client.get(path)
        assert response.status_code == 301
        assert response["Location"] == canonical
    assert client.get(canonical).status_code == 200


def test_a_fact_check_page_shows_the_published_verdict(
    client: Client, publish: PublishFn, people: dict[str, Any]
) -> None:
    claim = publish(
        claim_as_stated="Unemployment has halved",
        sources=[
            {"url": "https://stats.example.gov/a", "title": "Release A", "publisher": "Office"},
            {
                "url": "https://stats.example.gov/b",
                "title": "Table B",
                "archived_url": "https://archive.example.org/b",
            },
        ],
    )
    html = client.get(_canonical(claim)).content.decode()
    assert "“Unemployment has halved”" in html
    assert "Ministry of Labour" in html
    assert '<a href="https://news.example.org/jobs" rel="nofollow noopener">Jobs report</a>' in html
    assert "The Courier" in html and "Sept. 4, 2026" in html
    assert 'class="badge rating-false"' in html
    assert "The claim is not accurate." in html  # the rating's definition
    assert "The figure was 8.4 percent, not 4.2." in html
    assert "The statistics office&#x27;s release says otherwise." in html
    assert 'href="https://archive.example.org/b" class="archived"' in html
    assert "no archived copy yet" in html  # Release A
    assert "<dt>Written by</dt><dd>Rita Reviewer</dd>" in html
    assert "<dt>Approved by</dt><dd>Edna Editor</dd>" in html
    assert "No corrections since this fact-check was published." in html
    assert f'<link rel="canonical" href="https://checks.example.org{_canonical(claim)}">' in html
    assert '<meta property="og:title" content="False: Unemployment has halved">' in html
    assert 'href="/static/publishing/print.css" media="print"' in html
    assert "style=" not in html


def test_an_archived_copy_made_after_publication_is_linked(
    client: Client, publish: PublishFn
) -> None:
    claim = publish()
    client.get(_canonical(claim))  # the page is now kept in the cache
    claim.sources.update(archived_url="https://workbench.example.org/archive/7/")
    Claim.objects.filter(pk=claim.pk).update(updated_at=timezone.now())  # a new stamp
    html = client.get(_canonical(claim)).content.decode()
    assert 'href="https://workbench.example.org/archive/7/" class="archived"' in html


def test_a_change_to_the_verdict_is_never_served_from_the_page_cache(
    client: Client, publish: PublishFn, correct: Callable[..., Claim]
) -> None:
    claim = publish()
    before = client.get(_canonical(claim)).content.decode()
    claim = correct(claim, note="Figure revised.", summary="A corrected summary.")
    after = client.get(_canonical(claim)).content.decode()
    assert "A corrected summary." in after and after != before


def test_unpublished_claims_and_drafts_are_404(
    client: Client, people: dict[str, Any], ratings: None
) -> None:
    claim = make_claim()
    services.claim_triage(claim=claim, by=people["editor"], decision="queue")
    services.claim_assign(claim=claim, by=people["editor"], assignee=people["reviewer"])
    services.claim_start(claim=claim, by=people["reviewer"])
    write(claim, people["reviewer"], rating="false", summary="A draft.")
    assert client.get(f"/checks/{claim.pk}/").status_code == 404
    assert client.get(f"/checks/{claim.pk}/a-slug/").status_code == 404
    assert client.get("/checks/999999/").status_code == 404
    assert "A draft." not in client.get("/checks/").content.decode()


def test_a_claim_being_corrected_keeps_its_last_published_revision(
    client: Client, publish: PublishFn, correct: Callable[..., Claim]
) -> None:
    claim = publish(claim_as_stated="Stated first")
    path = _canonical(claim)
    correct(
        claim,
        note="Checking the figure again.",
        publish=False,
        rating="true",
        summary="A draft correction.",
        claim_as_stated="Stated in the draft",
    )
    html = client.get(path).content.decode()
    assert "Stated first" in html
    assert "The figure was 8.4 percent, not 4.2." in html
    assert "A draft correction." not in html and "Stated in the draft" not in html
    assert "Checking the figure again." not in html


def test_the_corrections_section_lists_every_republication_in_plain_words(
    client: Client, publish: PublishFn, correct: Callable[..., Claim]
) -> None:
    claim = publish(rating="mostly-false")
    correct(claim, note="The office revised its figure.", rating="false")
    correct(
        claim,
        note="A clearer summary.",
        summary="Rewritten summary.",
        claim_as_stated="The rate has halved",
    )
    response = client.get(_canonical(claim))
    html = response.content.decode()
    corrections = html[html.index('id="corrections"') :]
    assert corrections.index("A clearer summary.") < corrections.index(
        "The office revised its figure."
    )  # newest first
    assert "Rating changed from Mostly false to False" in corrections
    assert "Claim as stated reworded" in corrections
    assert "Summary rewritten" in corrections
    assert corrections.count("<time ") == 2
    assert "<dt>Updated</dt>" in html
    assert "<dt>Written by</dt><dd>Rita Reviewer</dd>" in html


def test_pages_answer_a_conditional_get_with_304(
    client: Client, publish: PublishFn, correct: Callable[..., Claim]
) -> None:
    claim = publish()
    path = _canonical(claim)
    for url in (path, "/checks/", "/checks/feed/", "/sitemap.xml"):
        first = client.get(url)
        assert first.status_code == 200, url
        assert first["ETag"] and first["Last-Modified"], url
        assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304, url
        assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304, (
            url
        )
    etag = client.get(path)["ETag"]
    correct(claim, note="Fixed.", summary="Corrected summary.")
    again = client.get(path, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 200
    assert "Corrected summary." in again.content.decode()


def test_the_rating_stylesheet_carries_each_colour_as_a_class(
    client: Client, ratings: None
) -> None:
    response = client.get("/checks/ratings.css")
    assert response["Content-Type"] == "text/css; charset=utf-8"
    assert ".rating-false{--rating:#b91c1c}" in response.content.decode()


def _more(publish: PublishFn, n: int) -> None:
    for index in range(n):
        publish(claim_as_stated=f"Claim number {index}", claimant=f"Claimant {index}")


# What writing a page into the shared page cache costs on the default (database) cache:
# Django's DatabaseCache counts its rows, then looks the key up and inserts it in a savepoint.
CACHE_WRITE = 5


@pytest.mark.parametrize("extra", [0, 4])
def test_the_index_costs_a_fixed_number_of_queries_however_many_checks(
    client: Client, publish: PublishFn, extra: int, django_assert_num_queries: Any
) -> None:
    publish()
    _more(publish, extra)
    # A search is never kept: the stamp (conditional GET), the rating choices, the page.
    with django_assert_num_queries(3):
        assert client.get("/checks/?rating=false&q=claim").status_code == 200
    # The first page: the stamp, the cache read, the choices, the page, the cache write.
    with django_assert_num_queries(4 + CACHE_WRITE):
        first = client.get("/checks/")
        assert first.status_code == 200
    # Kept under the site's stamp until any public verdict changes: the stamp, the read.
    with django_assert_num_queries(2):
        assert client.get("/checks/").content == first.content
    publish(claim_as_stated="A newer check")
    with django_assert_num_queries(4 + CACHE_WRITE):
        assert "A newer check" in client.get("/checks/").content.decode()


@pytest.mark.parametrize("corrections", [0, 2])
def test_a_fact_check_page_costs_a_fixed_number_of_queries_however_many_revisions_and_sources(
    client: Client,
    publish: PublishFn,
    people: dict[str, Any],
    corrections: int,
    django_assert_num_queries: Any,
) -> None:
    claim = publish()
    for n in range(corrections):
        services.claim_reopen(claim=claim, by=people["editor"], note=f"Correction {n}")
        services.source_add(
            claim=claim, by=people["reviewer"], url=f"https://example.org/{n}", title=f"S{n}"
        )
        write(claim, people["reviewer"], summary=f"Summary {n}.")
        services.claim_submit(claim=claim, by=people["reviewer"])
        services.claim_approve(claim=claim, by=people["editor2"])
    path = _canonical(claim)
    # The stamp; the cache read; the fact-check in one query (the export's Verdict with
    # its writers, appearances and sources' copies, and every revision); the cache write.
    with django_assert_num_queries(3 + CACHE_WRITE):
        first = client.get(path)
        assert first.status_code == 200
    # The rendered page is kept under its entity tag: the next reader costs the stamp and
    # the cache read.
    with django_assert_num_queries(2):
        again = client.get(path)
        assert again.status_code == 200 and again.content == first.content
    with django_assert_num_queries(1):
        assert client.get(f"/checks/{claim.pk}/").status_code == 301
    with django_assert_num_queries(1):
        assert client.get(path, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
