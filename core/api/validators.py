"""Input limits every API shares."""

from __future__ import annotations

from django.core.validators import URLValidator

http_url = URLValidator(schemes=["http", "https"], message="Enter an http(s) URL.")

# Largest id a 64-bit column holds: bigger numbers are refused as input, not sent to SQL.
MAX_ID = 2**63 - 1
