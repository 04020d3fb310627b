"""Where a higher layer plugs into claims without claims importing it.

- `claims_created` fires inside the transaction that stored new claims (extracted or
  marked by hand); a receiver may add outbox messages, which then commit with the claims.
- A *claim flag* is a boolean SQL expression over a claim (OuterRef("pk")) that a higher
  app defines and lower ones read by name, for example "likely_duplicate" from matching.
  A flag nobody registered reads as False everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import BooleanField, Value
from django.db.models.expressions import BaseExpression
from django.dispatch import Signal

# Sent with `claim_ids: list[int]`, inside the transaction that created them.
claims_created = Signal()

_FLAGS: dict[str, Callable[[], BaseExpression]] = {}


def register_claim_flag(name: str, expression: Callable[[], BaseExpression]) -> None:
    """Register the factory of a flag's expression (called each time a query needs it)."""
    _FLAGS[name] = expression


def claim_flag(name: str) -> BaseExpression:
    """The flag's expression, or a constant False if no app registered it."""
    factory = _FLAGS.get(name)
    if factory is None:
        return Value(False, output_field=BooleanField())
    return factory()
