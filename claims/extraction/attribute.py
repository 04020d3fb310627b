"""Who makes each statement: attribution patterns, quotes and name resolution.

Rules, by priority within a sentence:

0. in a transcript, the speaker label its paragraph opens with ("TRUMP: ...",
   "MODERATOR (Lester Holt): ..."; see segment.py) speaks every sentence of it;
1. a speaker attached to a reporting verb: "X said/told/wrote/added/noted/stated/
   argued/claimed ...", "... said X", a quote followed by its speaker
   ('"...," Zakharova told reporters'), a pronoun subject resolved to the nearest
   named speaker earlier in the paragraph (or the previous sentence);
2. a source: "according to X", "X reported" (only when no speaker is found, so
   '"...," Zakharova told reporters, according to Reuters' is Zakharova's);
3. a sentence inside a multi-sentence quotation takes the quotation's speaker;
4. otherwise the statement is the article's own: the outlet's name, or
   "the article".

Names are shown in full where the article gives them: every "First Last" seen
so far is remembered by its surname, so a later "Zakharova" becomes "Maria
Zakharova"; titles and roles in front of a name are dropped ("Russian Foreign
Ministry spokesperson Maria Zakharova" -> "Maria Zakharova"), and the role is
remembered too ("the Ukrainian president said" -> "Volodymyr Zelenskyy").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .gender import PRONOUN_GENDER, honorific_gender, name_gender
from .lexicon import (
    _DATE_WORDS,
    _LEADING_FUNCTION_WORDS,
    _NOT_SUBJECTS,
    _ORG_HEADS,
    _PRONOUNS,
    _QUANTIFIER_SUBJECTS,
    _ROLE_WORDS,
    _SOURCE_VERBS,
    _SPEECH_VERBS,
)
from .names import (
    _NAME_PHRASE,
    _NAME_RUN_RE,
    NameBook,
    clean_name,
)
from .segment import Sentence
from .speakers import is_rubric

__all__ = ["Attribution", "NameBook", "attribute", "clean_name"]

ARTICLE_CLAIMANT = "the article"

# Subject before the verb: "Maria Zakharova said", "The Ukrainian president said",
# "He told", and an apposition between commas ("Janet Yellen, the Treasury
# secretary, wrote", "Zakharova, 46, said", "The Chancellor, Rachel Reeves, said":
# there the name in the apposition is the speaker).
_AUXILIARIES = (
    r"has|had|have|is|was|are|were|will|would|did|does|do|not|been|also|later|then|"
    r"previously|again|once|repeatedly|publicly|reportedly|still|now|already|long|"
    r"strongly|firmly|openly|privately|quickly|recently|further|often|never|always|"
    r"clearly|initially|first|just"
)
_SUBJECT_VERB_RE = re.compile(
    rf"(?P<subj>(?:[Tt]he\s+(?:[A-Z][\w'’.-]*\s+)*(?!(?:{_AUXILIARIES}|and|or|but)\b)[a-z][\w-]*|"
    # Every branch opens with a character class (no leading \b), so the regex engine
    # skips the positions no subject can start at.
    rf"{_NAME_PHRASE}['’]s\s+(?!(?:{_AUXILIARIES})\b)[a-z][\w-]*|"  # "Roe's campaign says"
    rf"{_NAME_PHRASE}|[Hh](?<=\b[Hh])e|[Ss](?<=\b[Ss])he|[Tt](?<=\b[Tt])hey))"
    rf"(?:\s+(?:of|from)\s+(?P<home>{_NAME_PHRASE}))?"
    r"(?:\s+\([^()]{1,30}\))?"  # "Sen. Bernie Sanders (I-Vt.) said"
    rf"(?:,\s+(?P<appos>[^,;\"“”]{{1,150}}?),)?"
    rf"(?:\s+(?:{_AUXILIARIES}))*\s+(?P<verb>{_SPEECH_VERBS})\b"
)
# Inverted: "..., said Zakharova", '"...," said Russian spokesperson Maria Zakharova'.
_VERB_RE = re.compile(rf"\b(?:{_SPEECH_VERBS})\b")
# The name must end the clause: in "Walsh, director of X, said Clinton is poised",
# Clinton is spoken about, not speaking.
_VERB_SUBJECT_RE = re.compile(
    rf"(?:[,\"”’']\s*)(?P<iverb>{_SPEECH_VERBS})\s+"
    rf"(?P<subj>(?:(?:[A-Z][\w'’.-]*|[a-z]+(?:person|man|woman)|minister|president|"
    rf"secretary|envoy|official)\s+)*{_NAME_PHRASE})"
    r"(?=\s*(?:[.,;:!?()\"”’'—–-]|$)|\s+(?:in|on|at|who|of|during|as|after|before|when|to|"
    r"from|about|last|this|earlier|yesterday|today|tonight|recently|later|while|and|but|"
    r"because|according|adding|noting|citing|with|for|via|through)\b)"
)
_ORG_PHRASE = rf"{_NAME_PHRASE}(?:\s+(?:of|for|on|and|&)\s+(?:the\s+)?{_NAME_PHRASE})*"
# "A spokesperson for the ministry said", "A White House spokesman told": the
# organisation speaks.
_SPOKESPERSON_RE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?P<org1>(?:[A-Z][\w'’.&-]*\s+)+)?"
    rf"(?:spokes(?:person|man|woman)|representative|official|aide)"
    rf"(?:\s+(?:for|of|at|with)\s+(?P<org2>(?:the\s+)?{_ORG_PHRASE}|the\s+[a-z]+))?"
    rf"(?:,\s+[^,;\"“”]{{1,80}}?,)?\s+(?:{_SPEECH_VERBS})\b"
)
_ACCORDING_RE = re.compile(
    rf"\b[Aa]ccording to\s+(?P<subj>(?:the\s+)?(?:[a-z]+\s+)?{_ORG_PHRASE}|"
    rf"the\s+[a-z]+(?:\s+[a-z]+)?)"
)
# Not a reporter's credit line: "Costa reported from Washington."
_SOURCE_RE = re.compile(
    rf"(?P<subj>(?:[Tt]he\s+)?{_NAME_PHRASE})\s+(?:{_SOURCE_VERBS})\b(?!\s+from\b)"
)
# A sentence that opens with its subject: "Roe, a farmer, visited Dover and said ...".
_OPENING_SUBJECT_RE = re.compile(
    rf"(?:[A-Z][\w'’.-]*\s+)*?(?P<subj>{_NAME_PHRASE})(?:,\s+[^,;\"“”]{{1,80}}?,)?\s+[a-z]"
)
# Participles that report the speech of the sentence's subject ("..., saying ...").
_PARTICIPLES = frozenset(
    ["saying", "telling", "declaring", "arguing", "adding", "noting", "warning", "insisting"]
)
# Verbs that report speech only before "that", a colon or a quotation ("added that",
# "added:"), never before a plain object ("added 4,000 jobs").
_BARE_OBJECT_VERBS = frozenset(
    [
        "added",
        "adds",
        "noted",
        "notes",
        "asked",
        "asks",
        "maintained",  # "maintained his lead"
        "responded",  # "responded by easing sanctions"
        "replied",
        "testified",  # "testified before the panel"
        "continued",  # "continued his tour"
        "mentioned",  # "mentioned the plan"
    ]
)
# Words a sentence opens with that a name phrase can swallow ("But Ramos said").
_OPENING_CONJUNCTIONS = frozenset(["And", "But", "So", "Yet", "Then", "Also", "Still", "Now"])
_TITLES_TEXT = "Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Prof Rev Sgt Capt Adm Maj Cpl Atty Supt Insp"
_TITLE_ABBREVIATIONS = frozenset(_TITLES_TEXT.split())
_TITLED_RE = re.compile(
    rf"(?:{'|'.join(sorted(_TITLE_ABBREVIATIONS))})\.?\s+(?P<name>{_NAME_PHRASE})"
)
_NAME_END_RE = re.compile(r"\s*(?:[.,;:!?()\"”’'—–-]|$)")
# Verbs whose object is the listener: never inverted ('"...," told Reuters' is rare; ",
# told Politico" names who heard it).
_LISTENER_VERBS = frozenset(
    [
        "told",
        "tells",
        "urged",
        "urges",
        "accused",
        "accuses",
        "criticized",
        "criticised",
        "praised",
        "slammed",
        "blasted",
        "mocked",
        "dismissed",
        "defended",
        "questioned",
    ]
)
# A subject inside an apposition: after a comma or a preposition ("of the", "in").
_EMBEDDED_BEFORE_RE = re.compile(r"(?:,|\b(?:of|in|at|for|from|with|by)(?:\s+the)?)\s+$")
# A sentence that opens with a name and an apposition: "Jeffrey Salkin, a rabbi, ...".
_APPOSED_OPENER_RE = re.compile(rf"(?P<name>{_NAME_PHRASE}),\s+[a-z\d]")
# Verbs that report the speaker's words only when a quotation follows.
_QUOTE_OBJECT_VERBS = frozenset(
    ["called", "calls", "described", "describes", "dubbed", "labeled", "labelled", "branded"]
)
_BE_WORDS = frozenset(["is", "was", "were", "are", "been", "be", "being"])
_REPORTED_AFTER_RE = re.compile(r"\s*(?:[,:\"“'‘.]|that\b|$)")
_PRONOUN_CLAIM_RE = re.compile(r"(?:He|She|They)\s+[a-z][^\"“”]{0,60}?(?:[\"“]|\bthat\s)")
_FAR_VERB_RE = re.compile(
    r"(?:,|\band)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|tells|wrote|saying|"
    r"telling|declaring|adding|arguing|warning|insisting|noting)\b"
)
_SPEECH_WORDS = frozenset(
    [
        *(w for w in re.findall(r"[a-z]{3,}", _SPEECH_VERBS) if w != "for"),
        "according",
    ]
)
# Capitalised too: "According to ..." and "Says ..." open sentences.
# The verbs of _SOURCE_VERBS ("that" and "first" there are context, not verbs).
_SOURCE_WORDS = frozenset(re.findall(r"[a-z]{3,}", _SOURCE_VERBS)) - {"that", "first"}
_SPEECH_WORDS = _SPEECH_WORDS | _SOURCE_WORDS
_SPEECH_WORDS_ANY_CASE = _SPEECH_WORDS | {w.capitalize() for w in _SPEECH_WORDS} | _PARTICIPLES
_WORD_RE = re.compile(r"[A-Za-z]+")
_SPOKES_HINT_RE = re.compile(r"spokes|official|aide|representative")
# Typewriter quotes: ``...'' and ''...'' (two apostrophes) as some outlets write them.
_QUOTE_CHARS_RE = re.compile(r"[\"“”]|''|``")
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:with|of|in|on|at|from|to|about|for|by|into|over|under|after|before|during)\s+$"
)
_OPENS_WITH_QUOTE_RE = re.compile(r"[\"“]|''|``")
# British style: 'We have fixed the foundations.' (a quote in single marks, whole).
_SINGLE_QUOTED_RE = re.compile(r"['‘].*['’]\W*$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Attribution:
    claimant: str
    # "speaker", "source", "quote" (inherited from a multi-sentence quote),
    # "article" (the outlet's own statement).
    kind: str
    direct_quote: bool


def _quote_state(text: str, inside: bool) -> tuple[bool, bool, bool]:
    """(starts inside a quote, ends inside a quote, has a quote char) for a sentence."""
    if not ('"' in text or "“" in text or "”" in text or "''" in text or "``" in text):
        return inside, inside, False  # most sentences: no regex scan
    state = inside
    seen = False
    for m in _QUOTE_CHARS_RE.finditer(text):
        seen = True
        ch = m.group()
        if ch in ("“", "``"):
            state = True
        elif ch == "”":
            state = False
        else:
            state = not state
    return inside, state, seen


def _has_quote(text: str) -> bool:
    return '"' in text or "“" in text or "”" in text or "''" in text or "``" in text


def _quoted(text: str, inside: bool) -> list[tuple[int, int]]:
    """The character ranges of a sentence that lie inside a quotation."""
    spans: list[tuple[int, int]] = []
    start = 0 if inside else -1
    for m in _QUOTE_CHARS_RE.finditer(text):
        ch = m.group()
        opening = ch in ("“", "``") or (ch not in ("”",) and start < 0)
        if opening and start < 0:
            start = m.end()
        elif not opening and start >= 0:
            spans.append((start, m.start()))
            start = -1
    if start >= 0:
        spans.append((start, len(text)))
    return spans


def _speaker(text: str, inside: bool = False) -> tuple[str | None, str, str | None]:
    """The speaker (or source) phrase of one sentence, which kind it is, and the
    role it was introduced with ("The Chancellor, Rachel Reeves, said" -> "chancellor")."""
    # Most sentences have no reporting verb at all: a set test skips the regexes.
    hits = _SPEECH_WORDS_ANY_CASE.intersection(_WORD_RE.findall(text))
    if not hits:
        if text.startswith(("He ", "She ", "They ")) and _PRONOUN_CLAIM_RE.match(text):
            # "He called the plan “a fundamental mistake”", "She hopes that ...": a
            # pronoun subject with a quotation or a that-clause of its own.
            return text.split(None, 1)[0], "speaker", None
        return None, "", None
    # Where the first reporting verb is: the subject patterns need one, and their
    # subject starts shortly before it, so the scan starts there too.
    verb = _VERB_RE.search(text, min(text.find(w) for w in hits))
    scan_from = max(0, verb.start() - 200) if verb is not None else len(text)
    spokes = _SPOKESPERSON_RE.search(text) if _SPOKES_HINT_RE.search(text) else None
    if spokes is not None and (spokes.group("org2") or spokes.group("org1")):
        org = (spokes.group("org2") or spokes.group("org1")).strip()
        if not spokes.group("org2") and any(w.lower() in _ROLE_WORDS for w in org.split()):
            org = "the " + org  # "A White House spokesperson" -> "the White House"
        return org, "speaker", None
    # The inverted form ('"...," said X') needs a comma or a quote before the verb,
    # so it is the more specific pattern and is tried first.
    quoted: list[tuple[int, int]] | None = None  # computed at the first match
    for rx in (_VERB_SUBJECT_RE, _SUBJECT_VERB_RE):
        for m in rx.finditer(text, scan_from):
            subj = m.group("subj")
            head, _, rest = subj.partition(" ")
            if head in _OPENING_CONJUNCTIONS and rest[:1].isupper():
                subj = rest  # "But Ramos said": Ramos
            if quoted is None:
                quoted = _quoted(text, inside) if inside or _has_quote(text) else []
            if quoted and any(a <= m.start("subj") < b for a, b in quoted):
                continue  # a speaker inside the quotation is quoted, not quoting
            if subj.rstrip(".") in _TITLE_ABBREVIATIONS:
                # "said Sen. Amy Klobuchar (D-Minn.)", "said Ms. Brainard conveyed":
                # the title was cut off from its name.
                titled = _TITLED_RE.match(text, m.start("subj"))
                if titled is None:
                    continue
                subj = titled.group("name")
                if rx is _VERB_SUBJECT_RE and not _NAME_END_RE.match(text, titled.end()):
                    continue
            first = subj.split()[0]
            if (
                first in _NOT_SUBJECTS
                or first.split("’")[0].split("'")[0] in _NOT_SUBJECTS
                or (subj in _LEADING_FUNCTION_WORDS or subj in ("Other", "Others"))
            ):
                # "We’re warned", "It's said"
                continue
            if subj in _QUANTIFIER_SUBJECTS and _QUOTE_CHARS_RE.search(text, 0, m.start()):
                continue  # '"Some have said ...," she said': inside the quotation
            if rx is _SUBJECT_VERB_RE and _EMBEDDED_BEFORE_RE.search(text, 0, m.start()):
                # "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July,
                # said": the subject is the name the sentence opens with, not a place
                # or an organisation inside its apposition.
                opener = _APPOSED_OPENER_RE.match(text)
                if opener is not None and name_gender(opener.group("name")) is not None:
                    # Only a name whose given name or title shows a person ("Later,",
                    # "Still," and "Meanwhile," open sentences too).
                    return opener.group("name"), "speaker", None
            if first == "the" and _PREPOSITION_BEFORE_RE.search(text, 0, m.start()):
                # "Sources familiar with the talks said": "the talks" is not the speaker.
                continue
            verb_word = m.groupdict().get("verb")
            iverb = m.groupdict().get("iverb")
            if iverb in _QUOTE_OBJECT_VERBS or iverb in _LISTENER_VERBS:
                # "the group, called Citizens United,": a name, not a speaker;
                # "Hunter, meanwhile, told Politico": Politico listened.
                continue
            if (
                verb_word is not None
                and verb_word.endswith("ed")
                and verb_word != "opposed"  # "was opposed to": a stance of the subject
                and not _BE_WORDS.isdisjoint(text[_subject_end(m) : m.start("verb")].split())
            ):
                continue  # passive: in "he was criticized" he is not the one speaking
            if verb_word in _BARE_OBJECT_VERBS and not _REPORTED_AFTER_RE.match(text, m.end()):
                continue  # "The state added 4,000 jobs": not speech
            if verb_word in _QUOTE_OBJECT_VERBS and not _QUOTE_CHARS_RE.search(text, m.end()):
                continue  # "Obama called Merkel on Tuesday": a phone call, not words
            words = subj.split()
            while words and words[-1] in _DATE_WORDS:
                words.pop()  # "said McConnell Tuesday"
            if not words or words[0] in _DATE_WORDS:
                continue
            subj = " ".join(words)
            groups = m.groupdict()
            home = groups.get("home")
            if home and words[-1].lower() in _ORG_HEADS:
                # "the Department of Commerce said": one organisation; in "Voss of
                # North Carolina said" the place is not the speaker.
                subj = f"{subj} of {home}"
            appos = (groups.get("appos") or "").strip()
            if first in ("The", "the") and appos and _NAME_RUN_RE.fullmatch(appos):
                return appos, "speaker", subj.split(None, 1)[1].lower()
            return subj, "speaker", None
    for present, rx in (
        ("ccording" in text, _ACCORDING_RE),
        (not hits.isdisjoint(_SOURCE_WORDS), _SOURCE_RE),
    ):
        found = rx.search(text) if present else None  # a set test skips the scan
        if found is not None:
            return found.group("subj"), "source", None
    # A reporting verb far from its subject: "Roe visited Dover on Monday and said ...",
    # "Roe defended the plan, saying ...": the name the sentence opens with speaks.
    if text.startswith(("He ", "She ", "They ")) and _PRONOUN_CLAIM_RE.match(text):
        return text.split(None, 1)[0], "speaker", None
    if _FAR_VERB_RE.search(text) is not None:
        opening = _opening_subject(text)
        if opening is not None:
            return opening, "speaker", None
    return None, "", None


# A headline or lead-in that names its speaker before a colon: "Roger Stone: Don't Trust
# the Voting Machines.", 'Sanders: "Brexit could help Trump."'.
_LABEL_RE = re.compile(rf"(?P<label>{_NAME_PHRASE}):\s+(?P<quote>[\"“‘']|''|``)?(?=\S)")


def _label_speaker(text: str, book: NameBook, document: Callable[[], str]) -> str | None:
    """The person a sentence names before a colon: a name whose given name or title
    shows a person ("Roger Stone:", "Dr. Ben Carson:"), or a name the article shows
    speaking elsewhere ("Trump: Clinton should have congratulated me." in an article
    where "Trump said"; 'Sanders: "..."' after "Bernie Sanders"). Never a dateline
    ("NEW DELHI:"), a rubric ("Analysis:", "Morning Email:") or a place ("New
    Hampshire:")."""
    m = _LABEL_RE.match(text)
    if m is None:
        return None
    label = m.group("label")
    if label.isupper() or is_rubric(label):
        return None
    tokens = label.split()
    if len(tokens) > 4 or tokens[0] in _NOT_SUBJECTS or tokens[0] in _LEADING_FUNCTION_WORDS:
        return None
    if len(tokens) > 1 and name_gender(label) is not None:
        return label
    if len(tokens) == 1 and m.group("quote") is not None and label.lower() in book.by_surname:
        return label
    surname = re.escape(tokens[-1].rstrip("."))
    speaks = re.compile(
        rf"\b{surname}(?:['’]s)?,?\s+(?:[a-z]+\s+){{0,2}}?(?:{_ELSEWHERE_VERBS})\b"
        rf"|\b(?:{_ELSEWHERE_VERBS})\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}{surname}\b"
    )
    body = document()
    return (
        label
        if speaks.search(body, 0, body.find(text))
        or speaks.search(body, body.find(text) + len(text))
        else None
    )


_ELSEWHERE_VERBS = "said|says|told|tells|wrote|writes|added|argued|tweeted|stated"


def _subject_end(m: re.Match[str]) -> int:
    """Where the subject and its apposition end (the auxiliaries follow)."""
    return max(m.end(g) for g in ("subj", "home", "appos") if m.group(g))


def _opening_subject(text: str) -> str | None:
    m = _OPENING_SUBJECT_RE.match(text)
    if m is None:
        return None
    subj = m.group("subj")
    first = subj.split()[0]
    if first in _NOT_SUBJECTS or first in _LEADING_FUNCTION_WORDS or first in _DATE_WORDS:
        return None
    if first in _SPEECH_WORDS_ANY_CASE:
        return None
    return subj


def attribute(sentences: Sequence[Sentence], *, outlet: str | None = None) -> list[Attribution]:
    """Attribution of every sentence of one document, in order."""
    book = NameBook()
    joined: list[str] = []

    def document() -> str:  # the whole text, joined once, for the rare look-up
        if not joined:
            joined.append("\n".join(s.text for s in sentences))
        return joined[0]

    own = Attribution(outlet or ARTICLE_CLAIMANT, "article", False)
    out: list[Attribution] = []
    inside = False
    paragraph = -1
    last_named: str | None = None  # nearest named speaker in this paragraph
    last_speaker: str | None = None  # nearest named speaker in the document
    person_before: str | None = None  # the last full name seen before this sentence
    group: list[int] = []  # indices of sentences in the current multi-sentence quote
    genders: dict[str, str] = {}  # full name -> "m"/"f", from "Mr. Roe", "Ms. Roe"
    for i, s in enumerate(sentences):
        if s.paragraph != paragraph:
            paragraph, inside, group = s.paragraph, False, []
            last_named = (
                out[-1].claimant
                if out
                and out[-1].kind == "speaker"
                and out[-1].claimant not in _QUANTIFIER_SUBJECTS
                else None
            )
        person_before = book.last_person
        book.learn(s.text)
        if "M" in s.text:
            _learn_honorifics(s.text, book, genders)
        started_inside, inside_after, has_quote = _quote_state(s.text, inside)
        label = None
        if not started_inside and ":" in s.text[:80]:
            label = _label_speaker(s.text, book, document)
        phrase, kind, role = (label, "speaker", None) if label else _speaker(s.text, inside)
        if phrase in _QUANTIFIER_SUBJECTS and started_inside:
            # '"Some have said that he should not have accepted it."' is the
            # quotation's speaker's, not "Some"'s.
            phrase, kind = None, ""
        claimant: str | None = None
        if phrase is not None:
            low = phrase.lower()
            if low in _PRONOUNS:
                # "She said": the nearest speaker named before, in this paragraph or
                # earlier, else the last person the article named; one whose first
                # name or title shows another gender is passed over ("she" is not
                # "Alan Krueger").
                claimant = _antecedent(
                    low,
                    s.text,
                    sentences,
                    i,
                    book,
                    genders,
                    (last_named, last_speaker, person_before),
                )
            else:
                claimant = book.resolve(phrase)
                if role is not None:
                    book.by_role.setdefault(role, claimant)
        direct = has_quote or started_inside
        if s.speaker is not None and len(s.speaker) > 1:
            # A transcript: the labelled speaker says every sentence of the turn.
            label = s.speaker.title() if s.speaker.isupper() else s.speaker
            book.learn(label)
            claimant, kind = book.resolve(label), "speaker"
        if claimant is not None:
            att = Attribution(claimant, kind or "speaker", direct)
            if kind == "speaker" and claimant not in _QUANTIFIER_SUBJECTS:
                # "Some have said ..." is theirs, but a later "she" is not "Some".
                last_named = last_speaker = claimant
        elif started_inside and group:
            att = out[group[0]]
        elif last_named is not None and (
            (has_quote and _OPENS_WITH_QUOTE_RE.match(s.text)) or _SINGLE_QUOTED_RE.match(s.text)
        ):
            # A quotation with no speaker of its own, after a named speaker in the same
            # paragraph: '"...," said Jane Roe. "We are seeing records broken."'
            att = Attribution(last_named, "quote", True)
        else:
            att = own
        out.append(att)
        if started_inside or (has_quote and inside_after):
            group.append(i)
        if started_inside and not inside_after and group:
            # The quotation closes here: its speaker (found here or where it opened)
            # speaks every sentence of it.
            speaker_att = next((out[j] for j in reversed(group) if out[j].kind != "article"), None)
            if speaker_att is not None:
                for j in group:
                    if out[j].kind == "article" or j != group[-1]:
                        out[j] = Attribution(speaker_att.claimant, "quote", True)
                out[i] = Attribution(speaker_att.claimant, speaker_att.kind, True)
            group = []
        inside = inside_after
    return out


_HONORIFIC_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’-]+)")
_CAPITALISED_RE = re.compile(r"[A-Z][\w'’-]+")
_PRONOUN_AT_RE = {p: re.compile(rf"\b(?:{p}|{p.capitalize()})\b") for p in _PRONOUNS}
# How many sentences back an antecedent is looked for when the speakers seen so far
# all disagree in gender.
_ANTECEDENT_WINDOW = 4
# Words of outlets' names, which read like a person's ("Fox News", "The Post").
_MEDIA_WORDS = frozenset(
    ["news", "times", "post", "journal", "press", "tribune", "herald", "radio", "magazine"]
)


def _learn_honorifics(text: str, book: NameBook, genders: dict[str, str]) -> None:
    for m in _HONORIFIC_RE.finditer(text):
        gender = honorific_gender(m.group(1))
        full = book.by_surname.get(m.group(2).rstrip("’'s").lower())
        if gender and full:
            genders.setdefault(full, gender)


def _persons_in(text: str, book: NameBook) -> list[str]:
    """Full names of the people the text mentions, in order (known surnames only)."""
    found: list[str] = []
    for m in _CAPITALISED_RE.finditer(text):
        word = m.group()
        if word.endswith(("’s", "'s")):
            word = word[:-2]
        full = book.by_surname.get(word.lower())
        if full is not None and (not found or found[-1] != full):
            found.append(full)
    return found


def _antecedent(
    pronoun: str,
    text: str,
    sentences: Sequence[Sentence],
    i: int,
    book: NameBook,
    genders: dict[str, str],
    preferred: tuple[str | None, ...],
) -> str | None:
    """Who "he"/"she"/"they" in sentence i refers to.

    "they" takes the first of the speakers seen so far (this paragraph's, the
    document's, the last person named). "he" or "she" inside a sentence that opens with
    a person named before refers to that person ("Sen. Ted Cruz is highlighting his win
    as he urges ..."). Otherwise "he" and "she" take the first of the speakers that
    can be a person (not "Fox News", "the group" or "CNN") and whose first name or
    title does not show the other gender; failing that, a person whose gender is known
    to agree, named earlier in this sentence or in the sentences just before it,
    nearest first; failing that, the first speaker as before.
    """
    first = next((p for p in preferred if p is not None), None)
    want = PRONOUN_GENDER.get(pronoun)
    if want is None:
        return first
    at = _PRONOUN_AT_RE[pronoun].search(text)
    if at is not None and at.start() > 0 and not _QUOTE_CHARS_RE.search(text, 0, at.start()):
        # "Texas Sen. Ted Cruz is highlighting his win as he urges ...": a pronoun
        # inside the sentence refers to the person the sentence opens with.
        opening = _opening_subject(text)
        surname = opening.rsplit(None, 1)[-1].lower() if opening is not None else ""
        if (
            opening is not None
            and surname in book.by_surname
            and not surname.endswith(("'s", "’s"))
        ):
            # A person named before ("Cruz's success" is not Cruz).
            name = book.resolve(opening)
            gender = genders.get(name) or name_gender(name)
            if _maybe_person(name) and gender in (None, want):
                return name
    conflict = False  # a speaker of the other gender was passed over
    for who in preferred:
        if who is None or not _maybe_person(who):
            continue
        gender = genders.get(who) or name_gender(who)
        if gender == want or (gender is None and not conflict):
            return who
        conflict = conflict or gender is not None
    spans = [text[: at.start()] if at else ""]
    spans += [sentences[j].text for j in range(i - 1, max(-1, i - 1 - _ANTECEDENT_WINDOW), -1)]
    for span in spans:
        for name in reversed(_persons_in(span, book)):
            if _maybe_person(name) and (genders.get(name) or name_gender(name)) == want:
                return name
    return first


def _maybe_person(name: str) -> bool:
    """False for what cannot be a "he" or "she": an organisation, an outlet, a role
    ("the governor"), an acronym or a run of more than four capitalised words."""
    tokens = name.split()
    if not tokens or len(tokens) > 4 or tokens[0] in ("the", "The") or name.isupper():
        return False
    return not any(t.lower() in _ORG_HEADS or t.lower() in _MEDIA_WORDS for t in tokens)
