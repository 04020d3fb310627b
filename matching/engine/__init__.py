"""Claim matching: find earlier claims and verdicts that a new claim repeats.

Pure Python (numpy, rapidfuzz, PyStemmer); no Django imports. Workers fetch
candidates from the database and call ``rerank``; ``MatchIndex`` does the
retrieval itself over an in-memory collection (evaluation, SQLite fallback).
Training and evaluation on the CLEF files live in ``training/``, which workers
never import.
"""

from .index import MatchIndex
from .normalize import extract_entities, extract_numbers, normalize
from .ranker import MatchCandidate, ScoredMatch, rerank

__all__ = [
    "MatchCandidate",
    "MatchIndex",
    "ScoredMatch",
    "extract_entities",
    "extract_numbers",
    "normalize",
    "rerank",
]
