"""Claims marked by hand in an article, and edits of a claim's text, claimant and type."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from claims.anchoring import find_span
from claims.hooks import claims_created
from claims.models import Article, Claim, ClaimOrigin, ClaimStatus, ClaimType
from core import roles
from core.errors import Forbidden, InvalidInput
from reviews.services._base import A, _bump, _check, _check_version, _lock, _record

# A selection longer than this (about three sentences) is added only once confirmed.
LONG_CLAIM_CHARS = 600


@transaction.atomic
def claim_create_manual(
    *,
    article: Article,
    span_start: int,
    span_end: int,
    by: Any,
    claimant: str = "",
    claim_type: str = ClaimType.OTHER,
    long_ok: bool = True,
) -> Claim:
    """A claim a person marked in the article; its text is the span. With `long_ok=False`
    a span over LONG_CLAIM_CHARS characters is refused (the reader asks before sending it:
    a long selection is more often a slip of the mouse than one claim)."""
    if not (roles.is_editor(by) or roles.is_reviewer(by)):
        raise Forbidden("Only editors and reviewers can add claims.")
    try:
        start, end = int(span_start), int(span_end)
    except (TypeError, ValueError):
        raise InvalidInput("span_start and span_end must be whole numbers.") from None
    if not 0 <= start < end <= len(article.body):
        raise InvalidInput(
            f"The span must satisfy 0 <= span_start < span_end <= {len(article.body)} "
            "(the article's length)."
        )
    text = article.body[start:end]
    if not text.strip():
        raise InvalidInput("The selected span holds only white space.")
    if claim_type not in ClaimType.values:
        raise InvalidInput(f"claim_type must be one of {', '.join(ClaimType.values)}.")
    if not long_ok and len(text.strip()) > LONG_CLAIM_CHARS:
        raise InvalidInput(
            f"This selection is {len(text.strip()):,} characters long; a claim is usually one "
            f"sentence (at most {LONG_CLAIM_CHARS} characters). Select less, or confirm that "
            "you want to add this long claim.",
            code="long_claim",
        )
    claim = Claim.objects.create(
        article=article,
        text=text.strip(),
        quote=text,
        span_start=start,
        span_end=end,
        claimant=(claimant or "").strip()[:300],
        claim_type=claim_type,
        origin=ClaimOrigin.MANUAL,
        status=ClaimStatus.CANDIDATE,
        edited_by_human=True,
        updated_by=by,
    )
    _record(claim, by, A.CREATED, message="Marked by hand in the article.")
    claims_created.send(sender=Claim, claim_ids=[claim.pk])
    return claim


CLAIM_EDITABLE = ("text", "claimant", "claim_type")


@transaction.atomic
def claim_update(
    *, claim: Claim | int, by: Any, changes: dict[str, Any], version: int | None
) -> Claim:
    """Edit the claim's text, claimant or type (with the version the editor saw)."""
    claim = _lock(claim)
    _check("edit_claim", claim, by)
    _check_version(claim, version, "claim")
    unknown = set(changes) - set(CLAIM_EDITABLE)
    if unknown:
        raise InvalidInput(f"{', '.join(sorted(unknown))} cannot be edited here.")
    changed: list[str] = []
    for name, value in changes.items():
        value = (value or "").strip() if isinstance(value, str) or value is None else value
        if name == "text" and not value:
            raise InvalidInput("text: a claim needs text.")
        if name == "claim_type" and value not in ClaimType.values:
            raise InvalidInput(f"claim_type must be one of {', '.join(ClaimType.values)}.")
        if name == "claimant" and len(value) > 300:
            raise InvalidInput("claimant: at most 300 characters.")
        old = getattr(claim, name)
        if old != value:
            setattr(claim, name, value)
            changed.append(name)
            _record(claim, by, A.EDITED, field=name, before=old, after=value)
    if "text" in changed:
        changed += _reanchor(claim, by)
    if changed:
        claim.edited_by_human = True
        _bump(claim, by, [*changed, "edited_by_human"])
    return claim


NOT_VERBATIM = (
    "The new text is not in the article word for word: the mark stays on the passage "
    "it quoted before."
)


def _reanchor(claim: Claim, by: Any) -> list[str]:
    """Move the claim's span onto its edited text in the article (the nearest occurrence);
    the fields changed. When the body does not hold the text, the span stays and the
    timeline says so (pages tell with `claims.anchoring.quotes_span`)."""
    body = claim.article.body
    span = find_span(body, claim.text, near=claim.span_start)
    if span is None:
        _record(claim, by, A.EDITED, field="span", message=NOT_VERBATIM)
        return []
    if span == (claim.span_start, claim.span_end):
        return []
    if claim.origin == ClaimOrigin.EXTRACTED:
        # Extraction keys its candidates on the span: two may not share one.
        taken = (
            Claim.objects.filter(
                article_id=claim.article_id,
                origin=ClaimOrigin.EXTRACTED,
                span_start=span[0],
                span_end=span[1],
            )
            .exclude(pk=claim.pk)
            .values_list("pk", flat=True)
            .first()
        )
        if taken is not None:
            raise InvalidInput(
                f"text: claim #{taken} already marks this passage of the article; "
                "merge this claim into it instead."
            )
    before = f"{claim.span_start}–{claim.span_end}"
    claim.span_start, claim.span_end = span
    claim.quote = body[span[0] : span[1]]
    _record(
        claim,
        by,
        A.EDITED,
        field="span",
        before=before,
        after=f"{span[0]}–{span[1]}",
        message="The mark follows the edited text in the article.",
    )
    return ["span_start", "span_end", "quote"]
