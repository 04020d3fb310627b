"""Articles: the list, paste-or-upload, and the reader with claim spans marked."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import RequestDataTooBig
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.html import format_html
from django.views import defaults
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from claims import services as claim_services
from claims.anchoring import quotes_span
from claims.ingestion import ArticleInput, IngestError, decode_bytes, parse_html, parse_text
from claims.models import Article, Claim, ClaimOrigin, ClaimStatus, ExtractionStatus
from core import roles
from core.errors import Conflict, DomainError
from reviews import selectors
from reviews import services as review_services
from web.forms import ArticleForm, ManualClaimForm
from web.http import (
    editor_required,
    is_htmx,
    render_fragments,
    report,
    role_required,
)
from web.markup import mark_up, spans_for
from web.templatetags.workbench_tags import EXTRACTING

PAGE_SIZE = 25


@require_GET
@role_required
def article_list(request: HttpRequest) -> HttpResponse:
    paginator = Paginator(selectors.articles_with_counts(), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "workbench/articles/list.html",
        {
            "page": page,
            "articles": list(page.object_list),
            "is_editor": roles.is_editor(request.user),
        },
    )


def _parse(form: ArticleForm) -> ArticleInput:
    """Text or file → ArticleInput; the form's own fields win over parsed metadata."""
    data = form.cleaned_data
    upload = data.get("file")
    if upload:
        raw = upload.read(settings.UPLOAD_MAX_BYTES + 1)
        name = upload.name or "file"
        text = decode_bytes(raw, max_bytes=settings.UPLOAD_MAX_BYTES, name=name)
        item = parse_html(text) if name.lower().endswith((".html", ".htm")) else parse_text(text)
    else:
        item = parse_text(data["body"])
    for name in ("title", "url", "outlet", "author"):
        if data.get(name):
            setattr(item, name, data[name].strip())
    if data.get("published_on"):
        # A date without a time is stored as midnight UTC.
        item.published_at = datetime.combine(data["published_on"], time.min, tzinfo=UTC)
    return item


@require_http_methods(["GET", "POST"])
@editor_required
def article_new(request: HttpRequest) -> HttpResponse:
    form = ArticleForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                article = claim_services.article_create(data=_parse(form), by=request.user)
            except IngestError as error:
                form.add_error(None, error.message)
            except Conflict as error:
                existing = (error.extra or {}).get("existing_id") if error.extra else None
                if existing:
                    form.add_error(
                        None,
                        format_html(
                            '{} <a href="{}">Open article {}</a>.',
                            error.message,
                            reverse("web-article", args=[existing]),
                            existing,
                        ),
                    )
                else:
                    form.add_error(None, error.message)
                status = error.status_code
            except DomainError as error:
                form.add_error(None, error.message)
                status = error.status_code
            else:
                messages.success(
                    request, "Article saved. Claims are being extracted; this page updates itself."
                )
                return redirect("web-article", pk=article.pk)
    return render(
        request,
        "workbench/articles/new.html",
        {"form": form, "max_bytes": settings.UPLOAD_MAX_BYTES},
        status=status,
    )


# Score bands of the short list's marks, strongest first: the reader's colour strength.
SCORE_BANDS = ((0.6, 3), (0.35, 2))


def score_band(score: float) -> int:
    return next((band for floor, band in SCORE_BANDS if score >= floor), 1)


def reader_tones(claims: list[Claim]) -> dict[int, str]:
    """CSS classes per claim for the reader: the short list ("worth checking") strong, with
    its strength by score; extracted candidates off it faint ("minor", shown on demand).
    Claims a person made or moved on keep their status colour only."""
    tones: dict[int, str] = {}
    for claim in claims:
        if claim.worth_checking:
            tones[claim.pk] = f"worth band-{score_band(claim.checkworthiness)}"
        elif claim.status == ClaimStatus.CANDIDATE and claim.origin == ClaimOrigin.EXTRACTED:
            tones[claim.pk] = "minor"
    return tones


def reader_context(request: HttpRequest, article: Article, **extra: Any) -> dict[str, Any]:
    claims = list(selectors.article_claims(article=article))
    tones = reader_tones(claims)
    minor = sum(1 for tone in tones.values() if tone == "minor")
    return {
        "article": article,
        "claims": claims,
        "claim_rows": [(claim, tones.get(claim.pk, "")) for claim in claims],
        # Claims whose text was edited away from the passage they mark.
        "not_verbatim": {
            c.pk for c in claims if not quotes_span(article.body, c.text, c.span_start, c.span_end)
        },
        "worth_count": len(tones) - minor,
        "minor_count": minor,
        "candidate_count": sum(1 for c in claims if c.status == ClaimStatus.CANDIDATE),
        "marked_body": mark_up(article.body, spans_for(claims, tones)),
        "body_length": len(article.body),
        "extracting": article.extraction_status in EXTRACTING,
        "extraction_failed": article.extraction_status == ExtractionStatus.FAILED,
        "statuses": ClaimStatus,  # the legend's colours
        "is_editor": roles.is_editor(request.user),
        "claim_form": extra.pop("claim_form", None) or ManualClaimForm(),
        **extra,
    }


def _article(pk: int) -> Article:
    article = Article.objects.select_related("created_by").filter(pk=pk).first()
    if article is None:
        raise Http404("No such article.")
    return article


@require_GET
@role_required
def article_reader(request: HttpRequest, pk: int) -> HttpResponse:
    article = _article(pk)
    return render(request, "workbench/articles/reader.html", reader_context(request, article))


@require_GET
@role_required
def article_status(request: HttpRequest, pk: int) -> HttpResponse:
    """Polled every 2 s while extraction runs; once it ends, the text is refreshed too."""
    article = _article(pk)
    context = reader_context(request, article)
    parts = [("workbench/articles/_status.html", context)]
    if not context["extracting"]:
        parts.append(("workbench/articles/_body.html", {**context, "oob": True}))
    return render_fragments(request, parts)


@require_POST
@editor_required
def article_extract(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    try:
        article = claim_services.article_request_extraction(article=article)
    except DomainError as error:
        report(request, error)
    else:
        messages.success(request, "Extraction queued again.")
    if is_htmx(request):
        article = _article(pk)
        context = reader_context(request, article)
        return render_fragments(request, [("workbench/articles/_status.html", context)])
    return redirect("web-article", pk=pk)


@require_POST
@role_required
def article_claim_add(request: HttpRequest, pk: int) -> HttpResponse:
    """A claim marked by hand: the selected span becomes a candidate claim."""
    article = _article(pk)
    form = ManualClaimForm(request.POST)
    status = 200
    created = None
    long_claim = False
    if form.is_valid():
        try:
            created = review_services.claim_create_manual(
                article=article,
                span_start=form.cleaned_data["span_start"],
                span_end=form.cleaned_data["span_end"],
                claimant=form.cleaned_data["claimant"],
                claim_type=form.cleaned_data["claim_type"],
                by=request.user,
                long_ok=request.POST.get("confirm_long") == "1",
            )
        except DomainError as error:
            report(request, error)
            form.add_error(None, error.message)
            status = error.status_code
            long_claim = error.code == "long_claim"
        else:
            messages.success(
                request,
                format_html(
                    'Claim #{} added. <a href="{}">Open it</a>.',
                    created.pk,
                    reverse("web-claim", args=[created.pk]),
                ),
            )
    else:
        status = 400
    if not is_htmx(request):
        if created is not None:
            return redirect("web-article", pk=pk)
        return render(
            request,
            "workbench/articles/reader.html",
            reader_context(request, article, claim_form=form, long_claim=long_claim),
            status=status,
        )
    context = reader_context(
        request, article, claim_form=None if created else form, long_claim=long_claim
    )
    parts = [
        ("workbench/articles/_body.html", context),
        ("workbench/articles/_status.html", {**context, "oob": True}),
    ]
    return render_fragments(request, parts, status=status)


def too_large_message(request: HttpRequest) -> str:
    limit = settings.UPLOAD_MAX_BYTES
    try:
        size = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        size = 0
    sent = f" and this request was {size:,} bytes" if size > limit else ""
    return (
        f"Too large: the limit for an article is {limit:,} bytes "
        f"({filesizeformat(limit)}){sent}. Shorten the text or split the article."
    )


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """handler400. Django refuses a body over DATA_UPLOAD_MAX_MEMORY_SIZE before any view
    runs (the CSRF check reads the form) with a bare "Bad Request (400)"; answer 413 and say
    what the limit is: on the article form for a paste, as `{detail, code}` for the API."""
    if not isinstance(exception, RequestDataTooBig):
        return defaults.bad_request(request, exception)
    message = too_large_message(request)
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": message, "code": "too_large"}, status=413)
    if request.path == reverse("web-article-new") and roles.is_editor(request.user):
        return render(
            request,
            "workbench/articles/new.html",
            {"form": ArticleForm.refused(message), "max_bytes": settings.UPLOAD_MAX_BYTES},
            status=413,
        )
    return render(request, "413.html", {"message": message}, status=413)
