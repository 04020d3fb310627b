"""TODO(#16 merge): delete this module once web/claims.py (`match_decide`) calls
`matching.services.match_decide` instead of `claims.matching_services.match_confirm` /
`match_reject`. Claim matching moved to the matching app; this forwards those two names,
looked up when called, so that claims imports nothing of matching."""

from __future__ import annotations

from importlib import import_module
from typing import Any

_FORWARDED = ("match_confirm", "match_reject")


def __getattr__(name: str) -> Any:
    if name in _FORWARDED:
        return getattr(import_module("matching.services"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
