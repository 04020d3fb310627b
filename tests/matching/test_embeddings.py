"""The optional embedding re-ranker (MATCH_EMBEDDINGS) in the database path: vectors are
computed with the numpy encoder, stored once per text, and read back afterwards."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from claims.models import Claim, TextEmbedding
from matching import embeddings, services
from matching.engine.ranker import SentenceEmbedder
from matching.models import ClaimMatch
from tests.factories import make_article, make_claim

pytestmark = pytest.mark.django_db

EARLIER = "The unemployment rate in Ohio fell to 3.9 percent in March, the lowest since 2000."
REPEAT = "Ohio's unemployment rate dropped to 3.9 percent in March, its lowest level since 2000."
UNRELATED = "The Ohio city council approved a new bicycle lane on Main Street in March."


def claim_with_text(text: str) -> Claim:
    article = make_article(body=f"{text} More text follows here.")
    return make_claim(article=article, span_start=0, span_end=len(text))


class CountingEncoder:
    def __init__(self) -> None:
        self.inner = embeddings._encoder()
        self.encoded: list[str] = []

    def encode(self, texts: Any, batch_size: int = 32) -> Any:
        self.encoded.extend(texts)
        return self.inner.encode(texts, batch_size=batch_size)


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> CountingEncoder:
    encoder = CountingEncoder()
    monkeypatch.setattr(embeddings, "_encoder", lambda: encoder)
    return encoder


def test_a_text_is_encoded_once_and_read_back_afterwards(counting: CountingEncoder) -> None:
    embedder = embeddings.StoredEmbedder()
    first = embedder.encode([EARLIER, REPEAT, EARLIER])
    assert counting.encoded == [EARLIER, REPEAT]  # the repeated text only once
    assert TextEmbedding.objects.count() == 2

    with CaptureQueriesContext(connection) as ctx:
        again = embedder.encode([REPEAT, EARLIER])
    assert counting.encoded == [EARLIER, REPEAT]  # nothing new encoded
    assert len(ctx.captured_queries) == 1
    assert np.array_equal(again, first[[1, 0]])
    assert np.allclose(np.linalg.norm(again, axis=1), 1.0, atol=1e-5)
    # The stored vector is the encoder's own.
    direct = SentenceEmbedder().encode([EARLIER])[0]
    assert np.abs(direct - first[0]).max() < 1e-6


def test_the_key_depends_on_the_exact_text() -> None:
    assert embeddings.embedding_key("a") != embeddings.embedding_key("a ")
    assert len(embeddings.embedding_key("a")) == 64


@override_settings(CLAIM_MATCHING_EMBEDDINGS=True)
def test_with_embeddings_on_matches_carry_a_meaning_similarity(counting: CountingEncoder) -> None:
    earlier = claim_with_text(EARLIER)
    claim_with_text(UNRELATED)
    new = claim_with_text(REPEAT)

    matches = services.claim_rank_matches(new)
    assert matches, "the earlier claim should be found"
    best = matches[0]
    assert best.key == f"c{earlier.pk}"
    assert any(r.startswith("meaning similarity") for r in best.reasons)
    assert best.score > 0.5
    encoded = len(counting.encoded)

    # A second run reads every vector back: nothing is encoded again.
    assert services.claim_rank_matches(new)[0].key == best.key
    assert len(counting.encoded) == encoded


@override_settings(CLAIM_MATCHING_EMBEDDINGS=False)
def test_the_default_path_never_loads_the_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom() -> None:
        raise AssertionError("the lexical default must not load the encoder")

    monkeypatch.setattr(embeddings, "_encoder", boom)
    claim_with_text(EARLIER)
    new = claim_with_text(REPEAT)
    assert services.claim_rank_matches(new)
    assert not TextEmbedding.objects.exists()


@override_settings(CLAIM_MATCHING_EMBEDDINGS=True)
def test_the_task_encodes_its_new_claims_in_one_batch_and_stores_the_matches(
    counting: CountingEncoder,
) -> None:
    earlier = claim_with_text(EARLIER)
    new = [claim_with_text(REPEAT), claim_with_text(UNRELATED)]
    assert services.claims_match(claim_ids=[c.pk for c in new]) == 2
    # Both new texts went through the encoder in the first call, together.
    assert set(counting.encoded[:2]) == {REPEAT, UNRELATED}
    assert counting.encoded.count(REPEAT) == 1
    stored = ClaimMatch.objects.get(claim=new[0], matched_claim=earlier)
    assert any(r.startswith("meaning similarity") for r in stored.reasons)
