"""`json`: the default format, the API's cursor-paginated pages of verdict items
(`verdict_items_for`), so no stream function."""

from __future__ import annotations

from reviews.export.registry import ExportFormat, register

JSON = register(ExportFormat(name="json", order=0, media_type="application/json", extension="json"))
