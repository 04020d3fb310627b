"""Property-based contract test: schemathesis generates requests for every operation in
`/api/schema/` and sends them, authenticated as an editor, to the live WSGI application.
No response may be a server error or disagree with the schema (status code, content type,
headers, body).

A handful of examples per operation, derandomised and without shrinking, keeps it to
about a minute. It runs inside the test transaction: Django's request signals would
otherwise close the connection (and the transaction) after each request, so they are
detached for the duration, as Django's own test client does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from claims.models import ClaimStatus
from reviews import services
from tests.api.conftest import advance
from tests.factories import make_claim

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.fixture
def live_app(db: Any) -> Iterator[Any]:
    from workbench.wsgi import application

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield application
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def editor_token(ratings: None, editor: Any, reviewer: Any) -> str:
    """Some data in every state, and the editor's API token."""
    claims = [
        advance(make_claim(), state, editor=editor, reviewer=reviewer)
        for state in ClaimStatus.values
    ]
    services.note_add(claim=claims[0], by=editor, body="A note.")
    return str(Token.objects.get_or_create(user=editor)[0].key)


def _load_schema() -> Any:
    from workbench.wsgi import application

    return schemathesis.openapi.from_wsgi("/api/schema/", application)


schema = _load_schema()


@schema.parametrize()
@settings(
    max_examples=6,
    derandomize=True,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_the_api_honours_its_schema(case: Any, live_app: Any, editor_token: str) -> None:
    case.call_and_validate(headers={"Authorization": f"Token {editor_token}"}, checks=CHECKS)
