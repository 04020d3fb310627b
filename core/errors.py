"""Domain errors raised by services: each carries a message a person can act on.

Adapters translate them: the API into an HTTP status with `{"detail", "code"}`, the web
views and admin actions into a message shown to the user.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    status_code = 400
    code = "invalid"

    def __init__(self, message: str, *, code: str | None = None, extra: Any = None) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.extra = extra


class InvalidInput(DomainError):
    status_code = 400
    code = "invalid"


class Forbidden(DomainError):
    status_code = 403
    code = "permission_denied"


class NotFound(DomainError):
    status_code = 404
    code = "not_found"


class Conflict(DomainError):
    """The action is not allowed in the current state, or the data changed underneath."""

    status_code = 409
    code = "conflict"


class StaleVersion(Conflict):
    code = "stale_version"


class TooLarge(DomainError):
    status_code = 413
    code = "too_large"
