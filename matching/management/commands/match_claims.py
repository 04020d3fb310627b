"""Recompute claim matches: for claims without any (default) or for all (--all)."""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand
from tqdm import tqdm

from claims.models import Claim, ClaimStatus
from matching import services


class Command(BaseCommand):
    help = "Rank earlier claims and verdicts for claims and store the top matches."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--all", action="store_true", help="every claim, not only unmatched")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        claims = Claim.objects.exclude(status=ClaimStatus.DISMISSED).order_by("pk")
        if not options["all"]:
            claims = claims.filter(matches__isnull=True)
        ids = list(claims.values_list("pk", flat=True).distinct())
        stored = 0
        for pk in tqdm(ids, unit="claim", disable=options["no_progress"] or None, file=sys.stderr):
            claim = Claim.objects.filter(pk=pk).first()
            if claim is not None:
                stored += services.claim_store_matches(claim, services.claim_rank_matches(claim))
        self.stdout.write(f"matched {len(ids)} claim(s), {stored} match(es) stored")
