"""Sentences that are never claim candidates, each with the reason it was dropped.

The patterns are general web-article furniture (audio players, newsletter and
app promotions, bylines, photo credits, copyright lines, share/follow prompts),
not one outlet's wording, plus questions, greetings/thanks and fragments.
"""

from __future__ import annotations

import re

from .casefree import CaseFree
from .lexicon import _ROLE_WORDS, RATIO_RX
from .segment import DASHES

__all__ = ["BOILERPLATE", "FRAGMENT", "GREETING", "QUESTION", "reject_reason"]

BOILERPLATE = "boilerplate"
QUESTION = "question"
GREETING = "greeting or thanks"
FRAGMENT = "fragment"

# (case-free: its alternatives written in lower case, the word boundary they share put
# before them, so that the engine skips an alternative by its first letter; see
# casefree.py)
_BOILERPLATE = CaseFree(
    r"""
    ^\W*new\W+you\ can\ now\ listen
    | \b(?:listen\ to\ (?:this|the)\ (?:article|story)\b
      | you\ can\ now\ listen\ to\b
      | (?:click|tap)\ here\b
      | sign\ up\ (?:for|to|now|here)\b
      | subscribe\ (?:to|now|here|for)\b
      | newsletter\b
      | get\ the\ [\w\s]{0,30}\bapp\b
      | download\ (?:the|our)\ [\w\s]{0,20}\bapp\b
      | follow\ us\ on\b
      | (?:edited|condensed)\ (?:and\ condensed\ |and\ edited\ )?for\ (?:length|clarity|brevity)\b
      | may\ not\ be\ (?:published|reproduced|republished),?\ (?:or\ )?(?:broadcast|rewritten|
        redistributed|distributed)\b
      | share\ (?:this|on)\ (?:article|story|facebook|twitter|x)\b
      | read\ more\b\W*$
      | (?:getty\ images|ap\ photo|afp\ via\ getty|reuters/[a-z]|shutterstock)
      | copyright\b | all\ rights\ reserved\b
      | (?:contributed\ to\ this\ report|reporting\ by\b.*\bediting\ by)\b
      | this\ (?:story|article)\ (?:has\ been|was)\ updated\b
      | have\ a\ (?:news\ )?tip\b | to\ your\ inbox\b
      | this\ content\ is\ not\ available\b
      | (?:privacy\ policy|terms\ of\ (?:use|service)|cookie\ (?:policy|settings))\b)
    | ^\W*follow\ [\w.'’\ -]{1,40}?\ on\ (?:twitter|x|facebook|instagram|threads|bluesky|tiktok|
      linkedin)\b
    | ^\W*(?:related|advertisement|watch|video|listen|more|read(?:\ more)?|see\ also|
      more\ on\ this(?:\ story)?)\W*:
    | ^\W*advertisement\W*$
    | ^\W*a\ version\ of\ this\ (?:article|story)\ appear(?:s|ed)\ in\ print\b
    | ^\W*this\ (?:article|story|piece|post|report)\ (?:was\ )?(?:originally\ |first\ )?
      (?:appeared|published|produced|republished)\ (?:in|on|by)\b
    | ^\W*contributing\W*:
    | ^\W*write\ to\ [\w.'’\ -]{1,40}?\ at\ \S+@
    | \((?:photo|image|video|credit)s?\b[^)]*\)
    | ^\W*(?:photo|image|picture|video)s?\s*(?:by|credit|courtesy)?\s*:
    | ©
    | ^\W*(?:media|press|news|investor)\ (?:contacts?|inquiries|enquiries|relations)\W*:
    | ^\W*contacts?\W*:
    | \bfor\ (?:more\ information|further\ information|media\ inquiries|media\ enquiries),?
      \ (?:please\ )?(?:contact|call|email|e-mail|visit)\b
    | ^\W*(?:published|updated|last\ updated)\b[^.]{0,40}\b(?:am|pm|[ge]dt|[ge]st|utc)\b
    | ^\W*(?:published|updated|last\ updated)\b.{0,40}?\b\d{1,2}:\d\d\s*(?:a\.?m\b|p\.?m\b|[ge]dt\b
      |[ge]st\b|utc\b|[ecmp]t\b)
    | ^\W*(?:published|updated|last\ updated|posted)\W+(?:on\ )?
      (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\ \d{1,2},?\ \d{4}\W*$
    """,
    re.VERBOSE,
)
# "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By JANE DOE | Fox News".
# A wire's credit line: "Additional reporting by Tom Hale in Washington", "Writing by Ann Lee;
# Editing by Jo Roe and Ed Pike" (names only: not "Writing by hand is slower").
_NAMES = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_CREDIT_RE = re.compile(
    rf"^\W*(?:[Aa]dditional\s+reporting|[Rr]eporting|[Ee]diting|[Ww]riting)\s+by\s+{_NAMES}"
    rf"(?:(?:\s*[,;&]\s*|\s+and\s+|\s+in\s+|\s+from\s+)"
    rf"(?:(?:[Aa]dditional\s+reporting|[Ee]diting|[Ww]riting)\s+by\s+)?{_NAMES})*\W*$"
)
_BYLINE_RE = re.compile(
    r"^\W*by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s*(?:,|and|&|\|)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]+){0,3})*"
    # "By Jane Doe | Published March 3, 2024 5:00am EST"
    r"(?:\s*[|•·–—-]\s*(?:published|updated|posted)\b[^.!?]{0,60})?\W*$",
    re.IGNORECASE,
)
_QUESTION_END_RE = re.compile(r"\?[\"'”’)\]]*$")
_GREETING_RE = re.compile(
    r"^\W*(?:thank\s+you|thanks|good\s+(?:evening|morning|afternoon|night|luck)|hello|hi|"
    r"welcome|goodbye|bye|congratulations|happy\s+(?:birthday|holidays|new\s+year)|"
    r"god\s+bless|ladies\s+and\s+gentlemen|nice\s+to\s+(?:see|meet)|it'?s\s+(?:great|good|"
    r"nice)\s+to\s+be)\b",
    re.IGNORECASE,
)
_STAGE_RE = re.compile(r"^\W*[\[(][^\])]*[\])]\W*$")
_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
# Enough of English's verbs to tell a clause from a heading or a fragment: forms
# of be/have/do, modals, contractions, -ed/-ing forms and frequent verbs.
_VERB = CaseFree(
    r"""\b(?:
    am|is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|shall|
    should|may|might|must|cannot|\w+n't|\w+['’](?:s|re|ve|ll|m|d)|\w{2,}(?:ed|ing)|
    (?:say|go|get|make|take|know|think|want|see|come|give|use|find|tell|need|feel|become|
    leave|put|mean|keep|let|begin|seem|help|show|hear|play|run|move|live|believe|bring|
    happen|write|provide|sit|stand|lose|pay|meet|include|continue|set|learn|change|lead|
    understand|watch|follow|stop|create|speak|read|spend|grow|open|win|offer|remember|
    love|consider|appear|buy|wait|serve|die|send|expect|build|stay|fall|cut|reach|kill|
    remain|suggest|raise|pass|sell|require|report|decide|pull|reject|claim|cost|hit|
    rise|fight|vote|support|oppose|hold|plan|call|try|ask|work|look|add|agree|deny|
    warn|accuse|face|remain|increase|drop|allow|return|end|start|join|push|launch|
    sign|block|ban|fund|owe|own|employ|produce|earn|lack|exist|rank|total|top|double|
    estimate|predict|blame|fear|argue|insist|urge|allege|dispute|hope|worry|favor|
    favour)s?|
    denies|tries|applies|relies|carries|worries|replies|buries|qualifies|supplies|
    said|went|gone|made|took|came|gave|found|thought|knew|saw|got|left|kept|began|
    brought|wrote|paid|spent|sent|built|held|led|ran|rose|fell|grew|won|lost|met|told|
    stood|heard|felt|meant|became|fought|sold|bought|taught|caught|drove|flew|chose|
    struck|spoke|broke|woke|forgot|shot|hung|sat|swore|tore|wore|froze|stole|
    drew|threw|blew|sought|dealt|fled|hid|slid|spun|swung|sank|rang|sang|drank|shrank|
    swam|ate|laid|fed|bled|sped|slept|wept|crept|swept|dug|clung|flung|rode|strove|wove|
    shone|forbade|forgave|withdrew|overcame|undertook|oversaw|upheld|withheld|foresaw|
    mistook|overtook|rebuilt|rewrote
    )\b""",
    re.VERBOSE,
)
_MIN_WORDS = 4
# A figure with its unit: a short line with no verb that states one is a claim, as in a
# list of what a bill holds ("$66 billion for passenger and freight rail."), not a fragment.
_FIGURE_RE = re.compile(
    r"[$£€]\s?\d|\d(?:[\d,.]*\d)?\s?(?:%|percent\b|per\s+cent\b|(?:million|billion|trillion)\b)"
    # a ratio: "One in five adults smokes.", "3 in 10 voters"
    rf"|{RATIO_RX}"
)
# A credit line under a quotation, on the quotation's line: '"..." | — Mayor Lena Roe, in a
# campaign ad.' (the segmenter keeps the dash inside the sentence when it is not the
# line's first mark); no words of its own were said in it.
_CREDIT_LINE_RE = re.compile(
    # (a name, and what it is, where or when after a comma: not "- Ada Roe (R) dissects
    # why ...", a list's item)
    r"[—–-]+\s*(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’-]*(?:,\s*[^\"“”]{0,160})?\.?"
)
# (a clause of its own: "— Ada Roe, the mayor, has cut taxes", "..., said ...")
_CREDIT_SAYS_RE = re.compile(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|is|are|was|were|has|have|had|will|"
    r"would|can|could)\b"
)
# Every boilerplate pattern contains one of these words (or a ":", "©" or "/");
# a set test is far cheaper than the full regex, which then runs on the few
# sentences that hit.
_BOILERPLATE_HINTS = frozenset(
    [
        "listen",
        "click",
        "tap",
        "sign",
        "subscribe",
        "newsletter",
        "app",
        "follow",
        "share",
        "read",
        "related",
        "advertisement",
        "watch",
        "video",
        "photo",
        "photos",
        "image",
        "images",
        "picture",
        "getty",
        "shutterstock",
        "copyright",
        "rights",
        "contributed",
        "reporting",
        "updated",
        "privacy",
        "terms",
        "cookie",
        "published",
        "posted",
        "credit",
        "edited",
        "condensed",
        "contact",
        "contacts",
        "information",
        *("tip", "inbox"),
    ]
)
# The other patterns' openings, tested at the start of the sentence only ("first",
# "write", "produced" as hint words sent a sentence in twenty to the full pattern).
_BOILERPLATE_OPENINGS = (
    *("a version of this", "this article", "this story", "this piece", "this post"),
    *("this report", "this content", "contributing", "write to"),
)
_LOW_WORD_RE = re.compile(r"[a-z]+")
_LOWER = bytes(range(ord("a"), ord("z") + 1))
_UPPER = bytes(range(ord("A"), ord("Z") + 1))


def _is_shouting(text: str) -> bool:
    """All-capital promos and headings ("CLICK HERE TO GET THE ... APP")."""
    data = text.encode("ascii", "ignore")
    lower = len(data) - len(data.translate(None, _LOWER))
    upper = len(data) - len(data.translate(None, _UPPER))
    return upper + lower >= 12 and upper > 4 * lower


def _is_boilerplate(text: str) -> bool:
    low = text.lower()
    hinted = (
        ":" in low
        or "©" in low
        or "/" in low
        or not _BOILERPLATE_HINTS.isdisjoint(_LOW_WORD_RE.findall(low))
        or low.lstrip(" -—–\"“'‘").startswith(_BOILERPLATE_OPENINGS)
    )
    if hinted and _BOILERPLATE.found(text, low):
        return True
    return (
        (low.startswith("by ") and _BYLINE_RE.match(text) is not None)
        or (" by " in low[:30] and _CREDIT_RE.match(text) is not None)
        or _is_shouting(text)
    )


def _states_a_figure(text: str) -> bool:
    """A whole short line that states a figure: "$66 billion for passenger and freight
    rail." (not an interrupted turn, "... of $50 billion...", nor a style sheet's
    "width:100%;")."""
    return (
        (text[:1].isupper() or text[:1] in "$£€" or text[:1].isdigit())
        and _FIGURE_RE.search(text) is not None
        and not any(mark in text for mark in ("...", "…", "{", "}", ";", ":"))
    )


# A reporting clause with nothing reported: its words are in the sentence before or after
# ('"...," | Trump said on Twitter.', "In a speech last July, he said:", "McDonough wrote
# in a September 16, 2012 email to top State officials.", "Mr. Biden said, clutching the
# lectern."). A subject, a reporting verb, then only when, where or how: no "that", no
# object clause, no quotation.
# ("responded to Trump's rant", "continued to deliver speeches": deeds, not words)
_REPORTING_ONLY_VERB_RX = (
    r"said|says|wrote|writes|added|adds|tweeted|tweets|posted|declared|declares|"
    r"(?:replied|replies|responded|responds|answered)(?!\s+to\b)|"
    r"asked|asks|explained|explains|noted|notes|told|tells|"
    r"stated|remarked|elaborated|observed|quipped|joked|retorted|exclaimed|recalled|echoed|"
    r"interjected|chimed\s+in|went\s+on\s+to\s+say|"
    # before a colon only: "Ada Roe also spoke out against the plan:" leads into her words;
    # "Roe spoke in Dover on Tuesday." tells of a visit
    r"(?:spoke(?:\s+out)?|weighed\s+in)(?=[^.:]*:\s*$)"
)
# Lower-case words a name may follow in the subject: "Italy's Northern League leader Ada
# Roe", "Ohio's senior senator Jo Roe" (the offices of lexicon._ROLE_WORDS, and a few
# words before them). A verb is none of them: in "Smith beat Jones, the paper said."
# the words before the comma are a clause.
_NAME_DESCRIPTOR_RX = "|".join(
    sorted(
        {w for w in _ROLE_WORDS if w.isalpha()}
        | {"senior", "junior", "former", "top", "longtime", "veteran", "state", "party"},
        key=lambda w: (-len(w), w),
    )
)
_NAME_WORD_RX = r"(?:[A-Z][\w.'’-]*|of|the|de|van|von)"
# An apposition: "Roe, the mayor of Dover, Delaware, said" (a state after a town, set off)
_APPOSED_RX = (
    r",\s+(?:the|a|an|his|her|their|its)\s[^,.;:\"“”]{1,90}?"
    r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=,))?"
)
_REPORTING_ONLY_RE = re.compile(
    r"(?:(?:In|At|On|During|Later|Earlier|Asked\s+about\s+it)\b[^,.;:\"“”]{0,60},\s+)?"
    r"(?:"
    # a name, its descriptors before it ("17-year-old Jared Potts echoed:": an age); its
    # apposition may lack the closing comma ("Sam Lau, the communications director for
    # the Iowa Democratic Party said in a statement.")
    rf"(?:(?:\d{{1,3}}-year-old\s+)?{_NAME_WORD_RX}(?:\s+(?:{_NAME_WORD_RX}|"
    rf"(?:co-)?(?:{_NAME_DESCRIPTOR_RX})(?=\s+(?:(?:co-)?(?:{_NAME_DESCRIPTOR_RX})\s+)?[A-Z]))){{0,6}}|"
    r"[Hh]e|[Ss]he|[Tt]hey)"
    rf"(?:{_APPOSED_RX},?)?|"
    # a described subject ("The governor", "One union organizer", "Roe's campaign
    # manager", "His wife"): its apposition closed, for in "The deficit rose, the paper
    # said." the words before the comma are a clause, not the subject
    # ("It's barely been asked", "That's what the law says": no owner)
    r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|"
    r"(?!(?:It|That|This|What|Here|There|He|She|Who|Where|When|Why|How|Let)['’])[A-Z][\w.-]*['’]s)"
    rf"\s+[\w'’-]+(?:\s+[\w'’-]+){{0,3}}(?:{_APPOSED_RX},)?"
    r")"
    r"(?:\s+(?:also|then|later|has|had|have|once|again|[a-z]+ly))*"
    rf"\s+(?:{_REPORTING_ONLY_VERB_RX})(?P<rest>"
    # up to three of: an adverb, a day or a time ("Tuesday morning", "last week"), whom
    # ("reporters"), a preposition and its noun phrase ("on Twitter", "in a September 16,
    # 2012 email to top State officials", "about the county's plan", but not "about 40
    # people came": a number reported)
    r"(?:,?\s+(?:[a-z]+ly|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this|earlier|later)(?:\s+(?:week|month|"
    r"year|night|morning|day))?|afterwards?|reporters|supporters|the\s+crowd|"
    # whom, after "told": "He told his Democratic audience, to rowdy applause:"
    r"(?<=told\s)(?:his|her|their|the)\s+[\w-]+(?:\s+[\w-]+){0,2}?(?=[\s,.:])|"
    # ("said to reporters", "wrote to Sullivan"; "said to look for ...": an order reported)
    # a clause of when with a pronoun subject: "said as he launched the process"
    r"(?:as|while|when)\s+(?:he|she|they)\s+(?!(?:has|had|have)\b)[a-z]+\b[^.:;\"“”?!,]{0,60}?|"
    r"(?:to(?=\s+(?:[A-Z]|(?:the|a|an|his|her|their|its|my|our|your|him|them|me|us|reporters)\b))|"
    r"(?<!said\s)(?<!says\s)(?<!wrote\s)(?<!writes\s)(?<!asked\s)(?<!asks\s)to|"
    r"on|in|at|during|into|from|via|with|after|before|against|of|"
    r"about(?!\s+(?:[\d$£€]|(?:a\s+)?(?:half|third|quarter|dozen|hundred|thousand|million|"
    r"billion)\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+(?:teen|"
    r"ty)\b)))\s+[^.:;\"“”?!]{1,60}?)"
    r"(?=[\s,.:])){0,3}"
    r"(?:,\s+[a-z]+ing\b[^.:;\"“”?!]{0,60})?)"
    r"\s*[.:]"
)
_WHEN_CLAUSE_RE = re.compile(
    r"\b(?:as|while|when)\s+(?:he|she|they)\s+(?!(?:has|had|have)\b)[a-z]+\b"
)
_COMMA_UNIT_RE = re.compile(r",\s+(?![a-z]+ing\b|\d)")
# Words a reporting clause alone never holds, anywhere (auxiliaries it may hold: "has said")
_NEVER_IN_CLAUSE = frozenset(
    [
        *("is", "are", "was", "were", "would", "will", "could", "should", "can", "may"),
        *("might", "must", "did", "does", "do", "that"),
    ]
)
# A single quotation mark, not an apostrophe inside a word ("the port's lawyers")
_SINGLE_QUOTE_RE = re.compile(r"(?<![A-Za-z])['’]|['’](?![A-Za-z])")
# What shows a clause after the verb: "said Tuesday the budget was balanced", "told
# reporters the plan would fail", "said on Monday he won" report something.
# (read as runs of letters: "won't" is "won" and "t")
_FINITE_WORDS = frozenset(
    [
        *("is", "are", "was", "were", "be", "been", "would", "will", "could", "should"),
        *("can", "may", "might", "must", "has", "have", "had", "did", "does", "do", "won"),
        *("wouldn", "isn", "wasn", "he", "she", "they", "it", "we", "i", "you", "there"),
        "that",
    ]
)


# The pattern's verbs as words, to pass over the sentences that hold none without a scan
# (the words of its lookahead and of "went on to say" too: a test, not a match)
# ("out" of "spoke out" is no verb: a word of many sentences)
_REPORTING_ONLY_VERBS = frozenset(re.findall(r"[a-z]{3,}", _REPORTING_ONLY_VERB_RX)) - {"out"}


def _reports_nothing(text: str, words: list[str]) -> bool:
    """Whether ``text`` (its ``words``) is a reporting clause alone (_REPORTING_ONLY_RE)."""
    if (
        _REPORTING_ONLY_VERBS.isdisjoint(words)  # most sentences: no verb of the pattern
        or not _NEVER_IN_CLAUSE.isdisjoint(words)  # "said the plan would fail"
        or len(text) >= 160
        or text[-1:] not in ".:"
        or any(mark in text for mark in '"“”‘')
        or _SINGLE_QUOTE_RE.search(text) is not None  # (a quotation's words are reported)
    ):
        return False  # (each test set- or string-level: no scan)
    m = _REPORTING_ONLY_RE.fullmatch(text)
    if m is None:
        return False
    rest = m.group("rest")
    if text[-1] == "." and _COMMA_UNIT_RE.search(rest):
        # (a phrase set off by a comma before a full stop says something: "Clinton has
        # responded, with ads set to begin running on Friday."; before a colon it only
        # leads into the words: "He told his audience, to rowdy applause:")
        return False
    # (the clause of when's own subject is no clause reported: "as he launched the process")
    rest = (
        _WHEN_CLAUSE_RE.sub(" ", rest)
        if " as " in rest or " when " in rest or " while " in rest
        else rest
    )
    return _FINITE_WORDS.isdisjoint(_LOW_WORD_RE.findall(rest.lower()))


# A sentence that only leads into what follows it ("The poll also found that:", "According
# to Ada Roe, writing for the Courier:"): the claim is in the next sentence or the list.
_LEAD_IN_END_RE = re.compile(r"\b(?:that|as\s+follows|the\s+following)\s*:$")
_SOURCE_LEAD_IN_RE = re.compile(
    r"(?:According\s+to|Per|As\s+reported\s+by)\s+[^,.;:\"“”]{1,80}?"
    r"(?:,\s+[a-z]+ing\b[^.;:\"“”]{0,60}?)?\s*:|"
    # "As the Courier's Ada Roe reported after the vote:", "As Roe put it in 2019:"
    r"As\s+[^,;:\"“”]{1,80}?\s+(?:reported|reports|wrote|writes|noted|notes|said|says|"
    r"explained|explains|observed|put\s+it|puts\s+it|pointed\s+out|argued|argues)\b"
    # (no main clause after a comma: "As Roe noted, the plan is simple:" says it)
    r"[^,;:\"“”]{0,120}?\s*:|"
    # "Wallnau elaborated on the message he felt the Lord was seeking to convey:"
    r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:also\s+|then\s+|later\s+|further\s+)?(?:elaborated|"
    r"expanded|commented|reflected)\s+(?:on|upon|about)\b[^;:\"“”]{0,120}?\s*:"
)


def _leads_in(text: str) -> bool:
    """Whether ``text`` only leads into the words after it (_LEAD_IN_END_RE, _SOURCE_LEAD_IN_RE)."""
    return text[-1:] == ":" and (
        _LEAD_IN_END_RE.search(text) is not None or _SOURCE_LEAD_IN_RE.fullmatch(text) is not None
    )


# A verb in no list, in the third person, before what it acts on: "Lind chairs the water
# board.", "Her husband handles the books." (a lower-case word ending in -s before a
# determiner; not a preposition or an adverb that ends so: "across the", "always a").
_ACTS_ON_RE = re.compile(
    r"(?<=[a-z,]\s)(?P<verb>[a-z]{2,}[^su\W]s)\s+(?:the|a|an|his|her|their|its|our|my|this|"
    r"that|these|those)\s"
)
_NO_VERBS_IN_S = frozenset(
    [
        *("towards", "afterwards", "besides", "always", "perhaps", "sometimes", "whereas"),
        *("news", "series", "species", "means", "headquarters", "nowadays", "outdoors"),
        *("indoors", "upstairs", "downstairs", "overseas", "backwards", "forwards"),
    ]
)


def _acts_on_something(text: str) -> bool:
    """Whether a short line holds a verb in no list, acting on what follows it."""
    return any(m.group("verb") not in _NO_VERBS_IN_S for m in _ACTS_ON_RE.finditer(text))


def reject_reason(text: str) -> str | None:
    """Why ``text`` can never be a claim candidate, or ``None`` if it can."""
    stripped = text.strip()
    if _is_boilerplate(stripped):
        return BOILERPLATE
    if _QUESTION_END_RE.search(stripped):
        return QUESTION
    words = _WORD_RE.findall(stripped)
    if _GREETING_RE.match(stripped) and len(words) <= 14:
        return GREETING
    if _STAGE_RE.match(stripped) or len(words) < _MIN_WORDS:
        return FRAGMENT
    if (
        stripped[:1] in DASHES
        and _CREDIT_LINE_RE.fullmatch(stripped) is not None
        and _CREDIT_SAYS_RE.search(stripped) is None
    ):
        return FRAGMENT
    if (
        len(words) < 8
        and not _VERB.found(stripped)
        and not _states_a_figure(stripped)
        and not _acts_on_something(stripped)
    ):
        return FRAGMENT
    if (len(words) <= 24 and _reports_nothing(stripped, words)) or _leads_in(stripped):
        return FRAGMENT
    return None
