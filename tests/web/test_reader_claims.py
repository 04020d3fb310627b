"""The reader's "Add a claim" panel (no character numbers; long selections confirmed) and
claims whose edited text no longer quotes the article (issue 17, items 4 and 7)."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from claims.models import Claim, ClaimOrigin
from reviews import services
from tests.factories import make_article

pytestmark = pytest.mark.django_db

SENTENCE = "The ministry said exports rose 14 percent in May, the highest in a decade. "
LONG_BODY = SENTENCE * 12  # 900 characters


def test_the_panel_keeps_the_character_numbers_out_of_sight(client_for: Any, reviewer: Any) -> None:
    article = make_article(body=LONG_BODY)
    html = client_for(reviewer).get(f"/articles/{article.pk}/").content.decode()
    assert "From character" not in html and "to character" not in html
    assert '<input type="hidden" name="span_start" value="">' in html
    assert '<input type="hidden" name="span_end" value="">' in html
    # The long-claim confirmation waits, hidden, for a long selection.
    assert "data-long-confirm hidden" in html


def test_adding_without_a_selection_asks_for_one(client_for: Any, reviewer: Any) -> None:
    article = make_article(body=LONG_BODY)
    response = client_for(reviewer).post(
        reverse("web-article-claim-add", args=[article.pk]),
        {"span_start": "", "span_end": "", "claim_type": "other"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 400
    assert "Select the passage of the text that makes the claim first." in response.text
    assert not Claim.objects.exists()


def test_a_claim_over_600_characters_is_refused_without_confirmation(
    client_for: Any, reviewer: Any
) -> None:
    article = make_article(body=LONG_BODY)
    end = len(SENTENCE) * 9 - 1  # nine sentences, 674 characters
    client = client_for(reviewer)
    url = reverse("web-article-claim-add", args=[article.pk])
    response = client.post(
        url,
        {"span_start": 0, "span_end": end, "claim_type": "other"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "This selection is 674 characters long" in html
    assert "confirm that you want to add this long claim" in html
    # The panel keeps the selection and shows the confirmation box.
    assert f'<input type="hidden" name="span_end" value="{end}">' in html
    assert "data-long-confirm hidden" not in html
    assert not Claim.objects.exists()

    response = client.post(
        url,
        {"span_start": 0, "span_end": end, "claim_type": "other", "confirm_long": "1"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    claim = Claim.objects.get(origin=ClaimOrigin.MANUAL)
    assert len(claim.text) == 674


def test_a_claim_of_600_characters_needs_no_confirmation(client_for: Any, reviewer: Any) -> None:
    body = "x" * 600 + " and more."
    article = make_article(body=body)
    response = client_for(reviewer).post(
        reverse("web-article-claim-add", args=[article.pk]),
        {"span_start": 0, "span_end": 600, "claim_type": "other"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert Claim.objects.filter(origin=ClaimOrigin.MANUAL).count() == 1


def test_pages_say_plainly_when_an_edited_claim_no_longer_quotes_the_article(
    client_for: Any, editor: Any
) -> None:
    article = make_article(body=LONG_BODY)
    claim = services.claim_create_manual(
        article=article, span_start=0, span_end=len(SENTENCE) - 1, by=editor
    )
    client = client_for(editor)
    for url in (f"/articles/{claim.article_id}/", f"/claims/{claim.pk}/"):
        assert "no longer in the article word for word" not in client.get(url).text
    services.claim_update(
        claim=claim, by=editor, changes={"text": "Words the article never printed."}, version=None
    )
    for url in (f"/articles/{claim.article_id}/", f"/claims/{claim.pk}/"):
        assert "no longer in the article word for word" in client.get(url).text, url
