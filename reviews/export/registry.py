"""The export formats: each format module registers one `ExportFormat` here.

Adding a format is one module in this package that calls `register(...)` at import (and
is imported by the package's `__init__`), and its test. The API view reads what it needs
from `get(name)` / `all_formats()`: the media type of the response, the file name of an
attachment, and the stream function; a format without one (`json`) is served as the
API's cursor-paginated pages of `verdict_items_for`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

StreamFunction = Callable[..., Iterator[bytes]]


@dataclass(frozen=True)
class ExportFormat:
    name: str  # the `format` query parameter
    order: int  # where it is listed among the formats (json, the default, first)
    media_type: str  # the response's Content-Type
    extension: str  # the file extension of a download
    # Writes the whole filtered queryset, piece by piece: `stream(queryset)`; None for the
    # paginated JSON pages.
    stream: StreamFunction | None = None
    attachment: bool = True  # served as a download (Content-Disposition: attachment)

    @property
    def filename(self) -> str | None:
        """The download's file name, or None when the response is shown as it is."""
        return f"verdicts.{self.extension}" if self.attachment else None


_FORMATS: dict[str, ExportFormat] = {}


def register(export_format: ExportFormat) -> ExportFormat:
    if export_format.name in _FORMATS:
        raise ValueError(f"export format {export_format.name!r} is registered twice")
    _FORMATS[export_format.name] = export_format
    return export_format


def get(name: str) -> ExportFormat | None:
    return _FORMATS.get(name)


def all_formats() -> tuple[ExportFormat, ...]:
    """Every format, in their listed order (`json` first: the default)."""
    return tuple(sorted(_FORMATS.values(), key=lambda f: f.order))


def streamed() -> dict[str, ExportFormat]:
    """The formats written as one stream of the whole filtered set, by name."""
    return {f.name: f for f in all_formats() if f.stream is not None}
