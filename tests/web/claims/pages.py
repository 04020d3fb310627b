"""Helpers for the workspace tests: the page, action URLs and the buttons it offers."""

from __future__ import annotations

import re
from typing import Any

from django.urls import reverse

from claims.models import Claim

HX = {"HX-Request": "true"}


def page(client: Any, claim: Claim) -> str:
    response = client.get(reverse("web-claim", args=[claim.pk]))
    assert response.status_code == 200
    return response.content.decode()


def action_url(claim: Claim, name: str) -> str:
    return reverse("web-claim-action", args=[claim.pk, name])


def buttons(html: str, claim: Claim) -> set[str]:
    """The workflow actions offered on the page."""
    return set(
        re.findall(rf'action="/claims/{claim.pk}/([a-z_]+)/" class="[^"]*" data-action', html)
    ) | set(re.findall(rf'action="/claims/{claim.pk}/([a-z_]+)/" data-action', html))
