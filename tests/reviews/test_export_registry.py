"""The export's format registry: what the API view reads for each format."""

from __future__ import annotations

import pytest

from reviews import export
from reviews.export import jsontext, registry


def test_formats_are_listed_json_first_as_before() -> None:
    assert export.FORMATS == ("json", "csv", "ndjson", "claimreview")


def test_each_streamed_format_names_its_type_and_download() -> None:
    table = {name: (f.stream, f.media_type, f.filename) for name, f in registry.streamed().items()}
    assert table == {
        "csv": (export.stream_csv, "text/csv; charset=utf-8", "verdicts.csv"),
        "ndjson": (export.stream_ndjson, "application/x-ndjson; charset=utf-8", "verdicts.ndjson"),
        "claimreview": (export.stream_claimreview, "application/ld+json; charset=utf-8", None),
    }


def test_json_is_served_in_pages_not_streamed() -> None:
    json_format = registry.get("json")
    assert json_format is not None and json_format.stream is None
    assert json_format.media_type == "application/json"
    assert "json" not in registry.streamed()


def test_a_format_name_cannot_be_registered_twice() -> None:
    with pytest.raises(ValueError, match="twice"):
        registry.register(registry.ExportFormat(name="csv", order=9, media_type="x", extension="x"))


def test_the_json_writer_refuses_a_field_type_it_cannot_write() -> None:
    with pytest.raises(TypeError, match="does not know how to write"):
        jsontext._field("weight", float)
