"""Article text with claim spans marked, built safely.

Every piece of article text is escaped with `django.utils.html.escape` first; only then
are the pieces joined with our own tags. Each text piece sits in a
`<span data-o="offset">` holding its character offset into the raw body, so the browser
can map a selection back to exact offsets. Overlapping spans are nested where they nest
and split (closed and reopened) where they cross, so the HTML is always well formed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from claims.models import Claim


@dataclass(frozen=True)
class Span:
    claim_id: int
    start: int
    end: int
    status: str
    label: str = ""
    href: str = ""
    # Further CSS classes, e.g. the reader's short-list strength ("worth band-3").
    classes: str = ""


def _open_tag(span: Span, *, first: bool) -> str:
    attrs = [
        f'data-claim-id="{int(span.claim_id)}"',
        f'class="claim-mark status-{escape(span.status)}'
        + (f" {escape(span.classes)}" if span.classes else "")
        + '"',
    ]
    if span.href:
        attrs.append(f'data-href="{escape(span.href)}"')
    if span.label:
        attrs.append(f'title="{escape(span.label)}"')
    if first:
        # One anchor and one tab stop per claim, on its first piece.
        attrs.append(f'id="claim-{int(span.claim_id)}" tabindex="0"')
    return "<mark " + " ".join(attrs) + ">"


def _text(piece: str, offset: int) -> str:
    return f'<span data-o="{offset}">{escape(piece)}</span>'


def mark_up(
    body: str, spans: Iterable[Span], *, start: int = 0, end: int | None = None
) -> SafeString:
    """HTML for `body[start:end]` with every span that falls in it marked.

    Offsets in `data-o` are absolute (into the whole body), whatever `start` is.
    """
    end = len(body) if end is None else min(end, len(body))
    start = max(0, min(start, end))
    clipped = sorted(
        (
            Span(
                s.claim_id,
                max(s.start, start),
                min(s.end, end),
                s.status,
                s.label,
                s.href,
                s.classes,
            )
            for s in spans
            if s.start < end and s.end > start and s.end > s.start
        ),
        # Outer spans open first: by start, then the longest.
        key=lambda s: (s.start, -s.end, s.claim_id),
    )
    boundaries = sorted({start, end, *(s.start for s in clipped), *(s.end for s in clipped)})
    starting: dict[int, list[Span]] = {}
    for span in clipped:
        starting.setdefault(span.start, []).append(span)

    out: list[str] = []
    stack: list[Span] = []
    opened: set[int] = set()
    for index, position in enumerate(boundaries):
        ending = [i for i, span in enumerate(stack) if span.end == position]
        if ending:
            lowest = ending[0]
            reopen = [span for span in stack[lowest:] if span.end != position]
            out.append("</mark>" * (len(stack) - lowest))
            del stack[lowest:]
            for span in reopen:
                out.append(_open_tag(span, first=False))
                stack.append(span)
        for span in starting.get(position, ()):
            out.append(_open_tag(span, first=span.claim_id not in opened))
            opened.add(span.claim_id)
            stack.append(span)
        if index + 1 < len(boundaries):
            following = boundaries[index + 1]
            out.append(_text(body[position:following], position))
    out.append("</mark>" * len(stack))
    # Safe: every piece of text above went through escape(); the tags are our own.
    return mark_safe("".join(out))  # noqa: S308


def paragraph_bounds(
    body: str, span_start: int, span_end: int, *, limit: int = 900
) -> tuple[int, int]:
    """The paragraph (blank-line separated) around a span, cut to about `limit` chars."""
    before = body.rfind("\n\n", 0, span_start)
    start = 0 if before < 0 else before + 2
    after = body.find("\n\n", span_end)
    end = len(body) if after < 0 else after
    if end - start > limit:
        room = max(limit - (span_end - span_start), 0) // 2
        if span_start - start > room:
            cut = body.rfind(" ", start, span_start - room)
            start = cut + 1 if cut > start else span_start - room
        if end - span_end > room:
            cut = body.find(" ", span_end + room, end)
            end = cut if cut > 0 else span_end + room
    return start, end


def spans_for(claims: Iterable[Claim], classes: dict[int, str] | None = None) -> list[Span]:
    """One span per claim; `classes` adds CSS classes by claim id."""
    extra = classes or {}
    return [
        Span(
            claim_id=claim.pk,
            start=claim.span_start,
            end=claim.span_end,
            status=str(claim.status),
            label=f"Claim #{claim.pk} · {claim.get_status_display()}",
            href=reverse("web-claim", args=[claim.pk]),
            classes=extra.get(claim.pk, ""),
        )
        for claim in claims
    ]
