"""Attribution evaluation on PolNeAR-style brat standoff (``manage.py evaluate_attribution``).

The corpus folder has ``text/NAME.txt``, ``attributions/NAME_ANNOTATOR.ann`` (brat:
``T`` spans typed Source / Cue / Content, ``E`` lines tying one attribution's spans)
and ``metadata.tsv`` (publisher per article). Texts are read at run time and never
copied anywhere.

What is measured, per candidate sentence the workers' pipeline returns
(``pipeline.analyse`` with the publisher as outlet):

* alignment: the candidate's attribution is the annotated one whose Content
  overlaps it by the most characters (so in "Roe said Doe believes X" the outer,
  longer Content - Roe's - wins); a candidate that overlaps no Content is
  *unattributed*;
* the expected claimant: the name the Source gives (its last run of capitalised
  words before any comma or post-modifier, titles and ages stripped: "81-year-old
  Jo Roe, a farmer" -> "Jo Roe"; organisations keep "of/for": "the U.S. Bureau of
  Labor Statistics"), expanded to the longest annotated named Source of the article
  with the same last word ("Trump" -> "Donald Trump"); a name in apposition to a
  count or a role ("One of his aides, Tad Roe,") is the name. A pronoun Source ("he",
  "she", "they", ...) refers to the nearest earlier annotated named Source of the
  article (no coreference is annotated: this is the principled stand-in, right for
  most wire copy); a relative "who" or "which" refers to the phrase it follows
  ("Ryder sided with Priebus, who said" -> "Priebus"). A common-noun Source
  ("officials", "the governor") is right when the claimant names either its head
  phrase ("the campaign" for "The campaign") or that nearest earlier named Source;
* *exact*: the claimant equals the expected full name (case, "the", possessive
  and punctuation ignored); *lenient*: the claimant contains the expected name's
  last word (surname or head word);
* source kind, by the head word of the Source: ``pronoun``, ``named`` ("Trump",
  "the State Department") or ``common`` ("officials", "White House officials",
  "the Ohio governor", "Republicans"); cue type:
  ``say`` (say/said/told/according to/wrote/tweeted...) or ``other``;
* invented speakers: the share of unattributed candidates whose claimant is not
  the outlet's own voice.

A nearest-name-before-the-verb baseline is scored on the same alignment in the
same run. Held-out split: an article is ``dev`` when the first byte of the SHA-1
of its file name is below 52 (about 20 %), ``train`` otherwise.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..attribute import ARTICLE_CLAIMANT
from ..gender import GIVEN_NAMES
from ..names import clean_name, maybe_person
from ..pipeline import analyse
from ..segment import segment
from .polnear import Annotation, Article, load_articles, split_of
from .referents import Referent, names_referent
from .sources import (
    RELATIVE_PRONOUNS,
    _norm_tokens,
    cue_type,
    relative_antecedents,
    source_kind,
    source_name,
)

__all__ = [
    "Annotation",
    "Article",
    "EvaluationResult",
    "baseline_claimant",
    "evaluate",
    "load_articles",
    "source_kind",
    "split_of",
]

_BASELINE_VERB_RE = re.compile(
    r"\b(?:said|says|say|told|tells|according to|wrote|writes|added|adds|stated|tweeted|"
    r"noted|argued|claimed|insisted|warned|believes|believe|wants|want)\b"
)
_NAME_WORD_RE = re.compile(r"[A-Z][\w'’.-]*")
# A sub-kind of "pronoun" tallied on its own: "he" and "she".
PERSONAL = "he/she"


def _full_names(article: Article) -> list[tuple[int, str]]:
    """Named Sources of the article, titles stripped, in text order, each expanded to
    the longest named Source with the same last word."""
    named = sorted(
        (a.source_start, source_name(a.source))
        for a in article.annotations
        if source_kind(a.source) == "named"
    )
    longest: dict[str, str] = {}
    for _, name in named:
        toks = _norm_tokens(name)
        if toks and len(name) > len(longest.get(toks[-1], "")):
            longest[toks[-1]] = name
    # A family name written first: "Shen" is "Shen Xincheng" when one named Source opens
    # with that word and none of more than one word ends with it.
    opening: dict[str, set[str]] = defaultdict(set)
    for full in longest.values():
        if _family_first(full):
            opening[_norm_tokens(full)[0]].add(full)
    ends = {toks[-1] for full in longest.values() if len(toks := _norm_tokens(full)) > 1}
    for word, fulls in opening.items():
        if (
            len(fulls) == 1
            and word not in ends
            and word in longest
            and len(_norm_tokens(longest[word])) == 1
        ):
            longest[word] = next(iter(fulls))
    return [(pos, longest.get((_norm_tokens(n) or [""])[-1], n)) for pos, n in named]


def _family_first(name: str) -> bool:
    """Whether a name can be a family name and a given name, in that order: two or
    three capitalised words that name a person ("Shen Xincheng", "Ban Ki-moon"; not
    "Obama administration", "Pew Research Center")."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and words[0].lower() not in GIVEN_NAMES  # ("Hillary" alone is a given name)
        and maybe_person(name)
    )


def _nearest_before(names: Sequence[tuple[int, str]], pos: int) -> str | None:
    best = None
    for p, n in names:
        if p >= pos:
            break
        best = n
    return best


_POST_MODIFIER_RE = re.compile(
    r",|\s+(?:for|to|of|from|at|in|on|with|who|whose|which|that|close|familiar|involved|"
    r"working|speaking|briefed)\b"
)


def _common_head(phrase: str) -> str:
    """A common-noun Source up to its first post-modifier: "a strategist for one of the
    candidates" -> "a strategist", "White House officials" stays whole."""
    return _POST_MODIFIER_RE.split(phrase.strip(), maxsplit=1)[0]


def _matches(claimant: str, expected: str) -> tuple[bool, bool]:
    # A common noun is matched by its head phrase ("The campaign" by "the campaign"):
    # its capitalised words are no name ("The", or "Ohio" of "the Ohio governor").
    name = _common_head(expected) if source_kind(expected) == "common" else source_name(expected)
    got, want = _norm_tokens(claimant), _norm_tokens(name)
    if not want or not got:
        return False, False
    return got == want, want[-1] in got


def baseline_claimant(sentence: str, outlet: str) -> str:
    """The nearest capitalised name before the first reporting word, else the outlet."""
    m = _BASELINE_VERB_RE.search(sentence)
    if m is None:
        return outlet
    words = list(_NAME_WORD_RE.finditer(sentence, 0, m.start()))
    if not words:
        after = _NAME_WORD_RE.search(sentence, m.end())  # "..., said Roe"
        return clean_name(after.group()) if after else outlet
    run = [words[-1]]
    for w in reversed(words[:-1]):
        if sentence[w.end() : run[0].start()].strip() == "":
            run.insert(0, w)
        else:
            break
    return clean_name(sentence[run[0].start() : run[-1].end()])


@dataclass
class Tally:
    n: int = 0
    exact: int = 0
    lenient: int = 0
    base_exact: int = 0
    base_lenient: int = 0


@dataclass
class Failure:
    kind: str
    sentence: str
    source: str
    expected: str
    got: str


@dataclass
class EvaluationResult:
    articles: int = 0
    candidates: int = 0
    cells: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    unattributed: int = 0
    invented: int = 0
    # of the invented, in a transcript's or an interview's labelled turn ("TAPPER:", "A:"):
    # the label names who speaks, though the corpus annotates no attribution there
    invented_labelled: int = 0
    base_invented: int = 0
    # candidates whose pronoun Source has a judged referent (--referents): how many,
    # right by the referent, and right by the stand-in
    judged: int = 0
    judged_right: int = 0
    judged_stand_in: int = 0
    failures: dict[str, list[Failure]] = field(default_factory=lambda: defaultdict(list))

    def rows(self, by_kind: bool = False) -> list[tuple[str, Tally]]:
        def total(kinds: tuple[str, ...], cues: tuple[str, ...] = ("say", "other")) -> Tally:
            t = Tally()
            for (kind, cue), c in self.cells.items():
                if kind in kinds and cue in cues:
                    t.n += c.n
                    t.exact += c.exact
                    t.lenient += c.lenient
                    t.base_exact += c.base_exact
                    t.base_lenient += c.base_lenient
            return t

        rows = [
            ("named, say-type cue", total(("named",), ("say",))),
            ("named, any cue", total(("named",))),
            ("pronoun, any cue", total(("pronoun",))),
            ("common noun, any cue", total(("common",))),
            ("all sources", total(("named", "pronoun", "common"))),
        ]
        if by_kind:
            for kind in ("named", "pronoun", "common"):
                for cue in ("say", "other"):
                    rows.append((f"{kind}, {cue} cue", total((kind,), (cue,))))
            # Of the pronouns, "he" and "she" alone: "who", "which", "it", "I" or "his"
            # refer to a name in their own sentence, to a thing or to the writer, which
            # the stand-in (the nearest earlier named source) cannot know.
            rows.append(("pronoun he/she, any cue", total((PERSONAL,))))
        return rows

    def format(self, by_kind: bool = False) -> str:
        def r(a: int, n: int) -> str:
            return f"{a / n:.3f}" if n else "  -  "

        lines = [
            f"{self.articles} articles, {self.candidates} candidates",
            f"{'source of the statement':<24} {'n':>5}  {'exact':>6} {'lenient':>7}"
            f"  {'base exact':>10} {'base lenient':>12}",
        ]
        for label, t in self.rows(by_kind):
            lines.append(
                f"{label:<24} {t.n:>5}  {r(t.exact, t.n):>6} {r(t.lenient, t.n):>7}"
                f"  {r(t.base_exact, t.n):>10} {r(t.base_lenient, t.n):>12}"
            )
        lines.append(
            f"invented speakers: {r(self.invented, self.unattributed)} of "
            f"{self.unattributed} unattributed candidates "
            f"(baseline {r(self.base_invented, self.unattributed)})"
        )
        if self.invented_labelled:
            lines.append(
                f"  of which {self.invented_labelled} in a labelled turn (a transcript's "
                f"speaker, an interview's answer); without them "
                f"{r(self.invented - self.invented_labelled, self.unattributed)}"
            )
        if self.judged:
            lines.append(
                f"pronoun Sources with a judged referent: {self.judged} candidates, claimant "
                f"names the referent {r(self.judged_right, self.judged)} "
                f"({self.judged_right}); the stand-in's lenient score on the same "
                f"candidates {r(self.judged_stand_in, self.judged)} ({self.judged_stand_in})"
            )
        return "\n".join(lines)


def _overlap(a: int, b: int, spans: Iterable[tuple[int, int]]) -> int:
    return sum(max(0, min(b, e) - max(a, s)) for s, e in spans)


def _is_own_voice(claimant: str, outlet: str) -> bool:
    return claimant in ("", ARTICLE_CLAIMANT, outlet)


def evaluate_article(
    article: Article,
    result: EvaluationResult,
    examples: int = 0,
    referents: dict[tuple[str, int], Referent] | None = None,
) -> None:
    outlet = article.publisher or ARTICLE_CLAIMANT
    names = _full_names(article)
    longest = {(_norm_tokens(n) or [""])[-1]: n for _, n in names}
    for _, n in names:
        if _family_first(n):
            # a family name written first, which _full_names expanded: "Shen" is "Shen
            # Xincheng" (a last word keeps its own: "Clinton" is never "Clinton Portis")
            longest.setdefault(_norm_tokens(n)[0], n)
    result.articles += 1
    labelled = {(s.start, s.end) for s in segment(article.text) if s.speaker}
    for a in analyse(article.text, outlet=outlet):
        cand = a.candidate
        if cand is None:
            continue
        result.candidates += 1
        base = baseline_claimant(cand.text, outlet)
        best, best_ov = None, 0
        for ann in article.annotations:
            ov = _overlap(cand.span_start, cand.span_end, ann.content)
            if ov > best_ov:
                best, best_ov = ann, ov
        if best is None:
            result.unattributed += 1
            result.invented += not _is_own_voice(cand.claimant, outlet)
            result.invented_labelled += (
                not _is_own_voice(cand.claimant, outlet)
                and (cand.span_start, cand.span_end) in labelled
            )
            result.base_invented += not _is_own_voice(base, outlet)
            if not _is_own_voice(cand.claimant, outlet) and examples:
                _keep(
                    result,
                    "invented",
                    Failure("invented", cand.text, "", "", cand.claimant),
                    examples,
                )
            continue
        kind = source_kind(best.source)
        if kind == "none":
            continue
        cue = cue_type(best.cue)
        cells = [result.cells[(kind, cue)]]
        if best.source.lower() in ("he", "she"):
            cells.append(result.cells[(PERSONAL, cue)])
        if best.source.lower() in RELATIVE_PRONOUNS:
            # "who"/"which" refers to the phrase it follows; a common noun phrase
            # ("legal experts, who") is scored as a common-noun Source would be.
            targets = _relative_targets(article, best.source_start, names, longest)
        else:
            targets = _source_targets(best, names, longest)
        ours = [_matches(cand.claimant, t) for t in targets] or [(False, False)]
        theirs = [_matches(base, t) for t in targets] or [(False, False)]
        for cell in cells:
            cell.n += 1
            cell.exact += any(e for e, _ in ours)
            cell.lenient += any(le for _, le in ours)
            cell.base_exact += any(e for e, _ in theirs)
            cell.base_lenient += any(le for _, le in theirs)
        judged = referents.get((article.name, best.source_start)) if referents else None
        if judged is not None:
            result.judged += 1
            own = _is_own_voice(cand.claimant, outlet)
            result.judged_right += names_referent(cand.claimant, judged, own)
            result.judged_stand_in += any(le for _, le in ours)
        if examples and not any(le for _, le in ours):
            _keep(
                result,
                f"{kind}, {cue} cue",
                Failure(kind, cand.text, best.source, " | ".join(targets), cand.claimant),
                examples,
            )


def _source_targets(
    ann: Annotation, names: Sequence[tuple[int, str]], longest: dict[str, str]
) -> list[str]:
    """Who an annotated Source is, as scored for the candidate it is the Source of."""
    kind = source_kind(ann.source)
    if kind == "named":
        own = source_name(ann.source)
        toks = _norm_tokens(own)
        return [longest.get(toks[-1], own) if toks else own]
    near = _nearest_before(names, ann.source_start)
    targets = [near] if near else []
    if kind == "common":
        targets.append(ann.source)
    return targets


def _relative_targets(
    article: Article, start: int, names: Sequence[tuple[int, str]], longest: dict[str, str]
) -> list[str]:
    targets = []
    for phrase in relative_antecedents(article.text, start):
        if source_kind(phrase) == "named":
            toks = _norm_tokens(phrase)
            targets.append(longest.get(toks[-1], phrase) if toks else phrase)
        else:
            targets.append(phrase)
            near = _nearest_before(names, start)
            if near:
                targets.append(near)
    return targets


def _keep(result: EvaluationResult, kind: str, failure: Failure, limit: int) -> None:
    bucket = result.failures[kind]
    if len(bucket) < limit:
        bucket.append(failure)


def evaluate(
    articles: Sequence[Article],
    *,
    examples: int = 0,
    referents: dict[tuple[str, int], Referent] | None = None,
) -> EvaluationResult:
    result = EvaluationResult()
    for article in articles:
        evaluate_article(article, result, examples, referents)
    return result
