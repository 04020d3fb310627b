"""Pieces the claim-scoped views share."""

from __future__ import annotations

from django.http import Http404

from claims.models import Claim


def claim_or_404(pk: int) -> Claim:
    claim = Claim.objects.filter(pk=pk).select_related("assignee").first()
    if claim is None:
        raise Http404
    return claim
