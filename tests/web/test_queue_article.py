"""The queue's article column: each row names its article, linked to the reader at the
claim, and the claimant only when it is someone other than the outlet."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import reverse
from django.utils.html import escape

from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db


def row_html(html: str, pk: int) -> str:
    found = re.search(
        rf'<tr class="claim-row[^"]*" data-href="/claims/{pk}/">(.*?)</tr>', html, re.S
    )
    assert found is not None
    return found.group(1)


def test_a_row_links_the_articles_title_to_the_reader_at_the_claim(
    client_for: Any, reviewer: Any
) -> None:
    article = make_article(title="Jobless rate halves <fast>", outlet="Associated Press")
    claim = make_claim(article=article, claimant="Associated Press")
    html = client_for(reviewer).get(reverse("web-queue")).content.decode()
    assert '<th class="col-article">Article</th>' in html
    row = row_html(html, claim.pk)
    link = f'<a href="/articles/{article.pk}/#claim-{claim.pk}">{escape(article.title)}</a>'
    assert link in row
    # The claimant is the outlet: the row names it once (under the title), not twice.
    assert row.count("Associated Press") == 1
    meta = re.search(r'<div class="meta">#\d+(.*?)</div>', row, re.S)
    assert meta is not None and "Associated Press" not in meta.group(1)


@pytest.mark.parametrize(
    ("claimant", "outlet", "shown"),
    [
        ("Mayor Jane Doe", "Daily Example", True),
        ("  daily example ", "Daily Example", False),
        ("", "Daily Example", False),
    ],
)
def test_the_claimant_shows_only_when_it_is_not_the_outlet(
    claimant: str, outlet: str, shown: bool, client_for: Any, reviewer: Any
) -> None:
    claim = make_claim(article=make_article(outlet=outlet, title="Budget"), claimant=claimant)
    row = row_html(client_for(reviewer).get(reverse("web-queue")).content.decode(), claim.pk)
    meta = re.search(r'<div class="meta">#\d+(.*?)</div>', row, re.S)
    assert meta is not None
    assert ("Mayor Jane Doe" in meta.group(1)) is shown
    assert "no claimant" not in row


def test_an_untitled_article_is_named_by_its_outlet(client_for: Any, reviewer: Any) -> None:
    article = make_article(title="", outlet="Daily Example")
    claim = make_claim(article=article)
    row = row_html(client_for(reviewer).get(reverse("web-queue")).content.decode(), claim.pk)
    assert f'<a href="/articles/{article.pk}/#claim-{claim.pk}">Daily Example</a>' in row


@pytest.mark.parametrize("size", [3, 30])
def test_the_article_column_costs_no_query(
    size: int, client_for: Any, editor: Any, django_assert_num_queries: Any
) -> None:
    for index in range(size):
        make_claim(article=make_article(title=f"Story {index}"))
    client = client_for(editor)
    client.get(reverse("web-queue"))  # the cached reviewer and rating choices
    # Session, user, roles, unread notifications, the page's ids, the page's rows.
    with django_assert_num_queries(6):
        html = client.get(reverse("web-queue")).content.decode()
    assert html.count('<td data-label="Article"') == min(size, 25)


def test_the_claims_type_is_on_its_meta_line_not_in_a_column(
    client_for: Any, reviewer: Any
) -> None:
    """A column fewer, so the table fits 1280 px with the rows' assign forms."""
    claim = make_claim(claim_type="comparison", claimant="The mayor")
    html = client_for(reviewer).get(reverse("web-queue")).content.decode()
    assert "<th>Type</th>" not in html and 'data-label="Type"' not in html
    assert f'<div class="meta">#{claim.pk} · Comparison · The mayor' in row_html(html, claim.pk)
