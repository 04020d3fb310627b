"""The extraction pipeline the workers run: text in, ranked claim candidates out.

segment -> filter -> score (with reasons) -> attribute -> classify. Pure Python:
no Django, no numpy/scikit-learn at inference; the model is a JSON file loaded
once per process (score.load_model caches it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .attribute import attribute
from .classify import classify
from .collector import cyclic_gc_paused
from .filters import reject_reason
from .quotes import needs_plain_marks, plain_marks
from .score import LOWERED, Model, document_features, load_model, sigmoid
from .segment import byline_author, segment

__all__ = [
    "EXTRACTOR_VERSION",
    "Analysed",
    "Candidate",
    "analyse",
    "extract_candidates",
    "has_raising_reason",
    "score_debate",
    "short_list",
    "worth_checking_cap",
]

# Bump whenever the model, the rules or the segmentation change: stored claims
# record the version that produced them.
EXTRACTOR_VERSION = "2026.12-333"


@dataclass(frozen=True)
class Candidate:
    span_start: int
    span_end: int
    text: str  # == body[span_start:span_end]
    score: float
    reasons: list[str] = field(default_factory=list)
    claimant: str = ""
    claim_type: str = "other"
    # In the article's short list: what a reader sees marked first (see worth_checking_cap).
    worth_checking: bool = False


@dataclass(frozen=True)
class Analysed:
    """Every sentence of a body, with why it is (not) a candidate."""

    span_start: int
    span_end: int
    text: str
    paragraph: int
    score: float
    rejected: str | None  # the filter's reason, or None for a candidate
    candidate: Candidate | None


def analyse(
    body: str,
    *,
    outlet: str | None = None,
    author: str | None = None,
    model: Model | None = None,
) -> list[Analysed]:
    """All sentences of ``body`` in order, scored, filtered and attributed; ``model``
    defaults to the shipped one. ``author``, the article's writer (else the one its
    byline names), holds what the text says in the first person."""
    writer = _one_writer(author) or _one_writer(byline_author(body))
    with cyclic_gc_paused():
        return _analyse(body, outlet, writer, model or load_model())


def _one_writer(author: str | None) -> str | None:
    """The writer's name when ``author`` names one only ("Jane Porter", not "Jane Porter
    and Tom Hale")."""
    if not author:
        return None
    name = author.strip().removeprefix("By ").strip()
    if " and " in name or "&" in name or "," in name or not 1 < len(name.split()) <= 4:
        return None
    if not _NOT_A_WRITER.isdisjoint(name.lower().split()):
        return None  # "Staff Reports", "Associated Press", "Editorial Board": no one person
    return name


_NOT_A_WRITER = frozenset(
    [
        *("staff", "reports", "report", "press", "associated", "news", "wire", "wires"),
        *("service", "services", "editorial", "board", "desk", "team", "bureau", "reuters"),
        *("ap", "afp", "correspondent", "correspondents", "writers", "editors", "the"),
    ]
)


def _analyse(body: str, outlet: str | None, author: str | None, model: Model) -> list[Analysed]:
    sentences = segment(body)
    if not sentences:
        return []
    texts = [s.text for s in sentences]
    # The scorer, the filters and the claim type read the text as it prints, as attribution
    # does (quotes.plain_marks: no soft hyphen inside a word, guillemets as quotation
    # marks); the spans keep the text as sent.
    if needs_plain_marks(body):
        texts = [plain_marks(t) for t in texts]
    # Context features and smoothing see the whole document, boilerplate included,
    # exactly as in training where every line of a debate is a unit.
    rows = document_features(texts)
    logits = model.document_logits(rows)
    attributions = attribute(sentences, outlet=outlet, author=author)
    scores = [sigmoid(z) for z in logits]
    rejected = [reject_reason(t) for t in texts]
    explained = [
        model.explain(hand) if reason is None else []
        for (hand, _), reason in zip(rows, rejected, strict=True)
    ]
    worth = _worth_checking(scores, [has_raising_reason(e) for e in explained], model)
    out: list[Analysed] = []
    for i, (s, (hand, _), att) in enumerate(zip(sentences, rows, attributions, strict=True)):
        reason = rejected[i]
        cand = None
        if reason is None:
            cand = Candidate(
                span_start=s.start,
                span_end=s.end,
                text=s.text,
                score=scores[i],
                reasons=explained[i],
                claimant=att.claimant,
                claim_type=classify(texts[i], hand, att),
                worth_checking=i in worth,
            )
        out.append(Analysed(s.start, s.end, s.text, s.paragraph, scores[i], reason, cand))
    return out


def worth_checking_cap(sentences: int, max_share: float) -> int:
    """How many candidates of a body of ``sentences`` sentences may be worth checking."""
    return max(1, int(sentences * max_share + 1e-9))


def has_raising_reason(reasons: Sequence[str]) -> bool:
    """Whether a candidate's reasons (``Model.explain``) hold one that raised its score."""
    return any(not r.startswith(LOWERED) for r in reasons)


def short_list(
    scores: Sequence[float], reasoned: Sequence[bool], min_score: float, max_share: float
) -> list[int]:
    """The short list of one body, best first: candidates (``reasoned``: a candidate with a
    reason that raised its score) scoring at least ``min_score``, at most ``max_share`` of
    the body's sentences (ties keep text order). The reason is needed, one a reader can be
    shown: a score its words alone carried ("But immigration hard-liners are skeptical.")
    picked none of the journalists' choices on held-out debates (0 of 49 such lines on
    the short list, by the cross-validated scores; see the README)."""
    ranked = sorted(
        (i for i, score in enumerate(scores) if score >= min_score and reasoned[i]),
        key=lambda i: -scores[i],
    )
    return ranked[: worth_checking_cap(len(scores), max_share)]


def _worth_checking(
    scores: Sequence[float], reasoned: Sequence[bool], model: Model
) -> frozenset[int]:
    """The short list with the model's cut-off and share (``short_list``)."""
    return frozenset(short_list(scores, reasoned, model.min_score, model.max_share))


def extract_candidates(
    body: str,
    *,
    outlet: str | None = None,
    author: str | None = None,
    threshold: float = 0.0,
    max_candidates: int | None = None,
) -> list[Candidate]:
    """Check-worthy claim candidates of ``body``, best first.

    Boilerplate, questions, greetings and fragments are never returned. Ties in
    score keep document order.
    """
    cands = [
        a.candidate
        for a in analyse(body, outlet=outlet, author=author)
        if a.candidate is not None and a.candidate.score >= threshold
    ]
    cands.sort(key=lambda c: (-c.score, c.span_start))
    return cands[:max_candidates] if max_candidates is not None else cands


def score_debate(
    texts: Sequence[str], speakers: Sequence[str | None], *, model: Model | None = None
) -> list[float]:
    """Check-worthiness of every line of one debate (a debate is one document).

    The same features, model and smoothing as ``extract_candidates``; the
    speakers add role and turn context. Used by training-time evaluation and by
    ``manage.py evaluate_checkworthiness``.
    """
    model = model or load_model()
    with cyclic_gc_paused():
        rows = document_features(texts, speakers)
        return [sigmoid(z) for z in model.document_logits(rows)]
