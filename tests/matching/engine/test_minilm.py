"""The numpy all-MiniLM-L6-v2 encoder against vectors of the reference implementation.

`tests/matching/data/minilm_reference.json` holds vectors computed once with
sentence-transformers (torch) from the same package's weights; the numpy encoder must
reproduce them. The package with the weights is installed by `make install`; these
tests fail (they do not skip) without it.
"""

from __future__ import annotations

import json
import struct
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

from matching.engine.minilm import (
    MAX_TOKENS,
    MiniLMEncoder,
    WordPieceTokenizer,
    model_dir,
    read_safetensors,
)

REFERENCE = Path(__file__).resolve().parents[1] / "data" / "minilm_reference.json"


@lru_cache(maxsize=1)
def encoder() -> MiniLMEncoder:
    return MiniLMEncoder()


def tokens(text: str) -> list[str]:
    tok = encoder().tokenizer
    vocab = {i: t for t, i in tok.index.items()}
    return [vocab[i] for i in tok.encode(text)]


def test_the_vectors_match_the_reference_implementation() -> None:
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    expected = np.asarray(reference["vectors"], dtype=np.float32)
    got = encoder().encode(reference["texts"])
    assert got.shape == expected.shape == (6, 384)
    cosines = (got * expected).sum(axis=1)
    assert cosines.min() > 0.9999, cosines
    assert np.abs(got - expected).max() < 5e-4
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_batching_and_order_do_not_change_a_vector() -> None:
    texts = ["A short one.", "A much longer sentence about the budget deficit in 2019.", "x"]
    together = encoder().encode(texts, batch_size=2)
    alone = np.vstack([encoder().encode([t]) for t in texts])
    assert np.abs(together - alone).max() < 1e-5


def test_the_tokenizer_lowercases_strips_accents_and_splits_punctuation() -> None:
    assert tokens("Café: U.S. $1.5bn!") == [
        "[CLS]", "cafe", ":", "u", ".", "s", ".", "$", "1", ".", "5", "##bn", "!", "[SEP]",
    ]  # fmt: skip


def test_format_characters_vanish_inside_a_word_and_unknown_words_are_one_unk() -> None:
    # A zero-width joiner inside an emoji sequence does not split it in two.
    assert tokens("hi 🙇🏼\u200d♀️ there") == ["[CLS]", "hi", "[UNK]", "there", "[SEP]"]
    assert tokens("a\tb\nc") == ["[CLS]", "a", "b", "c", "[SEP]"]
    assert tokens("") == ["[CLS]", "[SEP]"]


def test_cjk_characters_are_words_of_their_own() -> None:
    assert tokens("中文") == ["[CLS]", "中", "文", "[SEP]"]


def test_long_texts_are_cut_to_the_models_length() -> None:
    ids = encoder().tokenizer.encode("word " * 1000)
    assert len(ids) == MAX_TOKENS
    assert ids[-1] == encoder().tokenizer.sep


def test_wordpiece_takes_the_longest_known_pieces() -> None:
    tok = WordPieceTokenizer(["[UNK]", "[CLS]", "[SEP]", "un", "##aff", "##able", "##a"])
    assert tok.encode("unaffable") == [1, 3, 4, 5, 2]
    assert tok.encode("unknown") == [1, 0, 2]


def test_safetensors_are_read_without_torch(tmp_path: Path) -> None:
    values = np.arange(6, dtype="<f4").reshape(2, 3)
    header = json.dumps(
        {"__metadata__": {}, "w": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]}}
    ).encode()
    path = tmp_path / "t.safetensors"
    path.write_bytes(struct.pack("<Q", len(header)) + header + values.tobytes())
    assert np.array_equal(read_safetensors(path)["w"], values)
    bad = tmp_path / "bad.safetensors"
    header = json.dumps({"w": {"dtype": "BOOL", "shape": [1], "data_offsets": [0, 1]}}).encode()
    bad.write_bytes(struct.pack("<Q", len(header)) + header + b"\x01")
    with pytest.raises(ValueError, match="unsupported tensor type BOOL"):
        read_safetensors(bad)


def test_the_weights_come_from_the_installed_package() -> None:
    assert (model_dir() / "model.safetensors").is_file()
    assert (model_dir() / "vocab.txt").is_file()
