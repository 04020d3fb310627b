from __future__ import annotations

from typing import Any

import pytest
from django.db import IntegrityError, transaction

from claims.models import Article, Claim, content_hash_for
from tests.factories import ArticleFactory, ClaimFactory, make_article, make_claim


def _refused(factory: Any, **kwargs: Any) -> str:
    with pytest.raises(IntegrityError) as info, transaction.atomic():
        factory(**kwargs)
    return str(info.value).lower()


@pytest.mark.django_db
class TestArticleConstraints:
    def test_the_same_text_cannot_be_stored_twice(self) -> None:
        make_article(body="Prices rose 5 percent.")
        message = _refused(ArticleFactory, body="  Prices   rose 5 percent.\n")
        assert "content_hash" in message or "unique" in message

    def test_a_url_is_unique_when_present_but_many_articles_may_have_none(self) -> None:
        make_article(url="")
        make_article(url="")
        make_article(url="https://example.org/a")
        assert "unique" in _refused(ArticleFactory, url="https://example.org/a")

    def test_an_unknown_extraction_status_is_refused(self) -> None:
        assert "extraction_status" in _refused(ArticleFactory, extraction_status="exploded")

    def test_content_hash_folds_whitespace(self) -> None:
        assert content_hash_for("a  b\n\nc") == content_hash_for("a b c")
        assert content_hash_for("a b c") != content_hash_for("a b d")

    def test_datetimes_are_timezone_aware(self) -> None:
        article = make_article()
        assert article.created_at.tzinfo is not None


@pytest.mark.django_db
class TestClaimConstraints:
    def test_span_end_must_follow_span_start(self) -> None:
        assert "claim_span_valid" in _refused(ClaimFactory, span_start=10, span_end=10)

    def test_an_unknown_status_is_refused(self) -> None:
        assert "claim_status_valid" in _refused(ClaimFactory, status="limbo")

    def test_an_unknown_claim_type_is_refused(self) -> None:
        assert "claim_type_valid" in _refused(ClaimFactory, claim_type="rumour")

    def test_score_must_be_between_zero_and_one(self) -> None:
        assert "checkworthiness" in _refused(ClaimFactory, checkworthiness=1.5)

    def test_extracted_claims_are_unique_per_span(self) -> None:
        claim = make_claim()
        message = _refused(
            ClaimFactory,
            article=claim.article,
            span_start=claim.span_start,
            span_end=claim.span_end,
        )
        assert "claim_extracted_span_unique" in message or "span_start" in message

    def test_a_manual_claim_may_share_an_extracted_span(self) -> None:
        claim = make_claim()
        make_claim(article=claim.article, origin="manual")
        assert Claim.objects.filter(article=claim.article).count() == 2

    def test_deleting_an_article_deletes_its_claims(self) -> None:
        claim = make_claim()
        Article.objects.filter(pk=claim.article_id).delete()
        assert not Claim.objects.exists()
