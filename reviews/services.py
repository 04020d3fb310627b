"""Writes for the review workflow. Every adapter (admin, API, web views) calls these."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.text import slugify

from reviews.models import Rating


@transaction.atomic
def ratings_load(*, entries: list[dict[str, Any]]) -> tuple[int, int]:
    """Create or update the rating scale from seed entries; returns (created, updated)."""
    created = updated = 0
    for entry in entries:
        slug = entry.get("slug") or slugify(entry["label"])
        defaults = {
            "label": entry["label"],
            "description": entry.get("description", ""),
            "colour": entry.get("colour", "#6b7280"),
            "order": entry.get("order", 0),
            "value": entry.get("value"),
        }
        rating = Rating.objects.filter(slug=slug).first()
        if rating is None:
            Rating.objects.create(slug=slug, **defaults)
            created += 1
        elif any(getattr(rating, k) != v for k, v in defaults.items()):
            for key, value in defaults.items():
                setattr(rating, key, value)
            rating.save()
            updated += 1
    return created, updated
