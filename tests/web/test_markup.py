"""The article markup: escaped text, exact offsets, well-formed nesting of overlapping spans."""

from __future__ import annotations

import html
from html.parser import HTMLParser

import pytest

from web.markup import Span, mark_up, paragraph_bounds


class Collector(HTMLParser):
    """Checks the tags balance and rebuilds the text and each claim's covered offsets."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.covered: dict[int, set[int]] = {}
        self.position: int | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.stack.append((tag, values))
        if tag == "span":
            self.position = int(values["data-o"] or 0)

    def handle_endtag(self, tag: str) -> None:
        opened, _ = self.stack.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>"
        if tag == "span":
            self.position = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        assert self.position is not None, "text outside a data-o piece"
        claims = {int(v["data-claim-id"] or 0) for t, v in self.stack if t == "mark"}
        for claim in claims:
            self.covered.setdefault(claim, set()).update(
                range(self.position, self.position + len(data))
            )
        self.position += len(data)


def parse(markup: str) -> Collector:
    collector = Collector()
    collector.feed(markup)
    collector.close()
    assert collector.stack == []
    return collector


def test_text_is_escaped_and_round_trips_exactly() -> None:
    body = 'A <script>alert("x")</script> & <img src=x onerror=alert(1)> — café 🙂\nline two'
    markup = mark_up(body, [Span(1, 2, 30, "queued")])
    assert "<script>" not in markup and "<img" not in markup
    assert html.escape("<script>", quote=False) in markup
    collector = parse(markup)
    assert "".join(collector.text) == body
    assert collector.covered[1] == set(range(2, 30))


def test_attributes_cannot_be_broken_out_of() -> None:
    markup = mark_up("text", [Span(7, 0, 4, 'x" onmouseover="alert(1)', label='"><b>')])
    assert 'onmouseover="alert' not in markup
    assert "<b>" not in markup


def test_nested_spans_nest() -> None:
    body = "The minister said unemployment fell to 3 percent."
    inner_start = body.index("unemployment")
    markup = mark_up(
        body, [Span(1, 0, len(body), "queued"), Span(2, inner_start, len(body) - 1, "candidate")]
    )
    collector = parse(markup)
    assert collector.covered[1] == set(range(len(body)))
    assert collector.covered[2] == set(range(inner_start, len(body) - 1))
    assert markup.count('data-claim-id="1"') == 1  # no split needed


def test_crossing_spans_are_split_and_reopened() -> None:
    body = "0123456789abcdefghij"
    markup = mark_up(body, [Span(1, 2, 12, "queued"), Span(2, 8, 18, "published")])
    collector = parse(markup)
    assert collector.covered[1] == set(range(2, 12))
    assert collector.covered[2] == set(range(8, 18))
    assert "".join(collector.text) == body
    # Only the first piece of each claim is an anchor and a tab stop.
    assert markup.count('id="claim-1"') == 1 and markup.count('id="claim-2"') == 1
    assert markup.count('tabindex="0"') == 2


@pytest.mark.parametrize(
    "spans",
    [
        [(0, 5), (0, 5)],
        [(0, 10), (2, 4), (3, 8), (7, 10)],
        [(5, 6), (0, 20), (1, 19), (6, 7)],
        [(0, 3), (3, 6)],
        [(15, 40)],  # runs past the end: clipped
    ],
)
def test_any_overlap_stays_well_formed(spans: list[tuple[int, int]]) -> None:
    body = "abcdefghijklmnopqrst"
    markup = mark_up(body, [Span(i + 1, s, e, "candidate") for i, (s, e) in enumerate(spans)])
    collector = parse(markup)
    assert "".join(collector.text) == body
    for index, (start, end) in enumerate(spans):
        assert collector.covered.get(index + 1, set()) == set(range(start, min(end, len(body))))


def test_an_excerpt_keeps_absolute_offsets() -> None:
    body = "First paragraph.\n\nSecond one has the claim in it.\n\nThird."
    start = body.index("the claim")
    para_start, para_end = paragraph_bounds(body, start, start + 9)
    assert body[para_start:para_end] == "Second one has the claim in it."
    markup = mark_up(body, [Span(3, start, start + 9, "queued")], start=para_start, end=para_end)
    collector = parse(markup)
    assert "".join(collector.text) == body[para_start:para_end]
    assert f'data-o="{para_start}"' in markup


def test_a_huge_paragraph_is_cut_around_the_span() -> None:
    body = "word " * 1000 + "CLAIM HERE" + " word" * 1000
    start = body.index("CLAIM")
    para_start, para_end = paragraph_bounds(body, start, start + 10, limit=300)
    assert para_start <= start and para_end >= start + 10
    assert para_end - para_start <= 320
