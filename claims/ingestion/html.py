"""HTML pages: the article's text and metadata, extracted in a child process with a time limit."""

from __future__ import annotations

import multiprocessing
import re
from itertools import islice
from multiprocessing.connection import Connection
from typing import Any

from claims.ingestion.text import finish
from claims.ingestion.validation import ArticleInput, IngestError, clean_url, to_datetime

MAX_ATTRIBUTES = 1_000
# A start tag and its attribute text; quoted values are taken whole (they may hold < or >).
_START_TAG = re.compile(r"""<[A-Za-z][^\s/<>]*+((?>[^"'<>]++|"[^"]*+"|'[^']*+')*+)""")
# One attribute: a name, then maybe `=` and a value, quoted or not.
_ATTRIBUTE = re.compile(r"""[^\s"'=<>/]++(?>\s*+=\s*+(?>"[^"]*+"|'[^']*+'|[^\s"'=<>`]++))?+""")


def _refuse_pathological_markup(html: str) -> None:
    """Refuse an element with more than MAX_ATTRIBUTES attributes before lxml sees it: its
    HTML parser compares each attribute with all the others (120,000 of them took minutes).
    No page needs a thousand attributes on one element."""
    for match in _START_TAG.finditer(html):
        start, end = match.span(1)
        if end - start < 2 * MAX_ATTRIBUTES:  # each attribute takes at least 2 characters
            continue
        attributes = _ATTRIBUTE.finditer(html, start, end)
        if next(islice(attributes, MAX_ATTRIBUTES, None), None) is not None:
            line = html.count("\n", 0, match.start()) + 1
            raise IngestError(
                f"an HTML element on line {line:,} has more than {MAX_ATTRIBUTES:,} "
                "attributes; send the article as text instead",
                line=line,
            )


def _extract_html(html: str) -> dict[str, Any]:
    """The main text and metadata of a page, with trafilatura (run in a child process)."""
    import trafilatura

    _refuse_pathological_markup(html)
    body = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True
    )
    if not body:
        raise IngestError("no article text found in the HTML")
    metadata = trafilatura.extract_metadata(html)
    if metadata is None:
        return {"body": body}
    return {
        "body": body,
        "title": metadata.title or "",
        "author": metadata.author or "",
        "outlet": metadata.sitename or "",
        "url": metadata.url or "",
        "date": metadata.date or "",
    }


def _in_child(html: str, sender: Connection) -> None:
    try:
        outcome: tuple[str, Any] = ("ok", _extract_html(html))
    except IngestError as error:
        outcome = ("error", (error.message, error.line))
    except Exception as error:  # a parser failure refuses this page; it is not our crash
        outcome = ("error", (f"the HTML could not be parsed ({type(error).__name__})", None))
    sender.send(outcome)
    sender.close()


def _extract_html_bounded(html: str, *, seconds: float) -> dict[str, Any]:
    """`_extract_html` in a forked child that is killed after `seconds`.

    trafilatura has no time limit of its own, and some pages (a flat 1.9 MB page took 20 s)
    are slow without being wrong; run inside a request, they held a web worker that long.
    Forking is cheap (the child shares the parent's memory, trafilatura already imported)
    and the child touches no database connection.
    """
    import trafilatura  # noqa: F401  (imported once here, so every child has it)

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_in_child, args=(html, sender), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise IngestError(
                f"the HTML page could not be parsed within {seconds:g} seconds (it is too "
                "large or too complex); send the article as text instead"
            )
        try:
            outcome, value = receiver.recv()
        except EOFError:
            raise IngestError(
                "the HTML parser stopped without an answer (the page is too complex); send "
                "the article as text instead"
            ) from None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    if outcome == "error":
        message, line = value
        raise IngestError(message, line=line)
    return dict(value)


def parse_html(html: str, *, seconds: float | None = None) -> ArticleInput:
    """Main text of an HTML page, with trafilatura; title/author/date/url from metadata.

    Parsing runs under a time bound (`seconds`, default settings.HTML_PARSE_SECONDS): a page
    that takes longer is refused with an IngestError, and the caller is never held longer.
    """
    from django.conf import settings

    bound = settings.HTML_PARSE_SECONDS if seconds is None else seconds
    found = _extract_html_bounded(html, seconds=bound)
    try:
        url = clean_url(found.get("url") or "")
    except IngestError:
        url = ""
    try:
        published_at = to_datetime(found.get("date") or None)
    except IngestError:
        published_at = None
    return finish(
        ArticleInput(
            body=found["body"],
            title=found.get("title", ""),
            author=found.get("author", ""),
            outlet=found.get("outlet", ""),
            url=url,
            published_at=published_at,
        )
    )
