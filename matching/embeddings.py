"""The embedding re-ranker's vectors (MATCH_EMBEDDINGS=1), stored once per text."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from claims.models import TextEmbedding
from matching.engine.ranker import SentenceEmbedder

if TYPE_CHECKING:
    from numpy.typing import NDArray

# Part of every stored vector's key: a different encoder never reads another's vectors.
EMBEDDING_ENCODER = "all-MiniLM-L6-v2"


@lru_cache(maxsize=1)
def _encoder() -> SentenceEmbedder:
    return SentenceEmbedder()


class StoredEmbedder:
    """The embedding re-ranker's encoder behind the `TextEmbedding` table: a text's vector
    is computed once (about 10-30 ms of CPU for a sentence) and read back afterwards, so
    matching a new claim encodes the claim itself and only those candidates never seen
    before."""

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> NDArray[np.float32]:
        keys = [embedding_key(t) for t in texts]
        stored = {
            key: bytes(vector)
            for key, vector in TextEmbedding.objects.filter(key__in=set(keys)).values_list(
                "key", "vector"
            )
        }
        missing = list(
            dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in stored)
        )
        if missing:
            fresh = _encoder().encode(missing, batch_size=batch_size)
            rows = [
                TextEmbedding(key=embedding_key(t), vector=v.astype("<f4").tobytes())
                for t, v in zip(missing, fresh, strict=True)
            ]
            TextEmbedding.objects.bulk_create(rows, ignore_conflicts=True)
            stored.update((row.key, bytes(row.vector)) for row in rows)
        return np.stack([np.frombuffer(stored[k], dtype="<f4") for k in keys]).astype(np.float32)


def embedding_key(text: str) -> str:
    return hashlib.sha256(f"{EMBEDDING_ENCODER}\x1f{text}".encode()).hexdigest()
