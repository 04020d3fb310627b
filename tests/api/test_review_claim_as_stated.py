"""`PUT /claims/{id}/review/` takes the claim as stated; the review item shows it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from rest_framework.test import APIClient

from claims.models import Claim, ClaimStatus

pytestmark = pytest.mark.django_db


def _put(api: APIClient, claim: Claim, **body: Any) -> Any:
    return api.put(f"/api/v1/claims/{claim.pk}/review/", body, format="json")


def test_the_api_writes_and_reads_the_claim_as_stated(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim], django_assert_num_queries: Any
) -> None:
    claim = claim_in(ClaimStatus.IN_PROGRESS)
    api = clients["reviewer"]
    read = api.get(f"/api/v1/claims/{claim.pk}/review/").json()
    assert read["claim_as_stated"] == ""
    # The same statements as any other save (tests/api/test_review_write.py).
    with django_assert_num_queries(7 if connection.vendor == "postgresql" else 6):
        saved = _put(api, claim, version=read["version"], claim_as_stated="Prices doubled")
    assert saved.status_code == 200
    assert saved.json()["claim_as_stated"] == "Prices doubled"
    assert api.get(f"/api/v1/claims/{claim.pk}/review/").json() == saved.json()


def test_an_overlong_claim_as_stated_is_a_400_naming_the_field(
    clients: dict[str, APIClient], claim_in: Callable[..., Claim]
) -> None:
    claim = claim_in(ClaimStatus.IN_PROGRESS)
    api = clients["reviewer"]
    version = api.get(f"/api/v1/claims/{claim.pk}/review/").json()["version"]
    response = _put(api, claim, version=version, claim_as_stated="x" * 2001)
    assert response.status_code == 400
    assert "claim_as_stated" in response.json()["errors"]
