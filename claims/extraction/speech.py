"""Who speaks in one sentence: the reporting-verb patterns ("X said", '"...," said X',
"according to X", "A spokesperson for X said"), and what makes a match not a speaker (a
passive, a name inside the quotation, a listener, a title cut from its name). Unnamed
groups are in groups.py, "Name: ..." labels in labels.py, quotation marks in quotes.py;
attribute.py runs them sentence by sentence and pronouns.py resolves "he" and "she"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from .alternation import by_first_letter, longest_first
from .gender import GIVEN_NAMES, name_gender
from .groups import (
    _PRE_HEAD_STOP,
    BODY_WORDS,
    DOCUMENT_NOUNS,
    EVIDENCE_NOUNS,
    GROUP_NOUNS,
    LIST_COMMA,
    PARTY_MEMBERS,
    PLURAL_VERB_WORDS,
    UNNAMED_NOUNS,
    WHEN_BEFORE_VERB,
    evidence_source,
    is_group_noun,
    is_group_word_free,
    is_plural,
    opening_unnamed,
    plural_source,
    unnamed_source,
)
from .headlines import HEADLINE_VERBS, bare_role_speaker, headline_speaker, quote_then_speaker
from .lexicon import (
    _DATE_WORDS,
    _INVERTED_VERBS,
    _LEADING_FUNCTION_WORDS,
    _MANNER_VERBS,
    _NOT_SUBJECTS,
    _NUMBER_WORDS,
    _ORG_HEADS,
    _PROGRESSIVE_VERBS,
    _QUANTIFIER_SUBJECTS,
    _REPORTING_VERBS,
    _ROLE_WORDS,
    _SOURCE_VERBS,
    _SPEECH_VERBS,
    _WEEKDAYS,
    DECLARED_ACT_WORDS,
    DEMONYMS,
    DENIED_SOMEONE,
    DENIED_SOMEONE_WORDS,
    FELT_AND_UNDER_WORDS,
    KIN_NOUNS,
    MADE_NOUNS,
    OFFERED_NOUNS,
    PLURAL_REPORTS_THAT,
    PLURAL_REPORTS_THAT_WORDS,
    POSSESSIVE_BRANDS,
    PRONOUN_FIGURE_WORDS,
    PRONOUN_FIGURES,
    RECALLED_NOUNS,
    SELF_OBJECT,
    TITLE_FULL_STOP,
    VERB_CONTEXT_WORDS,
    WELCOMED_NOUNS,
    WRITTEN_WORK_WORDS,
)
from .names import (
    _NAME_PART,
    _NAME_PHRASE,
    _NAME_RUN_RE,
    _TITLE_WORD,
    _WORD_END_NAME_PHRASE,
    OF_TITLES,
    SENT_TO,
    SENT_TO_RX,
    clean_name,
    maybe_person,
    person_after_office,
    without_trailing_dates,
)
from .organisations import BODY_DESCRIPTIONS, KIND_NOUNS_RX, names_a_body
from .places import STATE_AFTER_CITY, US_STATES, is_place
from .quotes import (
    CLOSES_WITH_QUOTE_RE,
    CLOSING_MARK,
    QUOTE_CHARS_RE,
    has_quote,
    in_quotation,
    quoted_ranges,
)

# The verb lists as the patterns read them: grouped by first letter, which matches the
# same and saves trying every verb at each place (alternation.py).
_SPEECH_VERB_RX = by_first_letter(_SPEECH_VERBS)
_PROGRESSIVE_VERB_RX = by_first_letter(_PROGRESSIVE_VERBS)
_DAYS = _WEEKDAYS

# Subject before the verb: "Maria Zakharova said", "The Ukrainian president said",
# "He told", and an apposition between commas ("Janet Yellen, the Treasury
# secretary, wrote", "Zakharova, 46, said", "The Chancellor, Rachel Reeves, said":
# there the name in the apposition is the speaker).
_AUXILIARIES = (
    r"has|had|have|is|was|are|were|will|would|did|does|do|not|been|also|later|then|both|"
    r"previously|again|once|repeatedly|publicly|reportedly|still|now|already|long|"
    r"strongly|firmly|openly|privately|quickly|recently|further|often|never|always|"
    r"clearly|initially|first|just|however|since|at\s+the\s+time|twice|"
    # "Cruz himself said"
    r"himself|herself|themselves|itself|"
    # Manner adverbs: "as she angrily said", "Roe flatly denied"
    r"angrily|simply|flatly|bluntly|quietly|loudly|curtly|tersely|sharply|frankly|candidly|"
    r"plainly|calmly|proudly|jokingly|emphatically|explicitly|specifically|separately|"
    r"directly|eventually|finally|immediately|subsequently|ultimately|apparently|"
    # Any other manner adverb: "Mr. Rubio defiantly told voters" (not "the Roe family said")
    r"(?!(?:family|rally|ally|only|early|assembly|supply|daily|weekly|monthly|yearly|holy|"
    r"bully|belly|jelly|folly|lily|italy|july)\b)[a-z]{3,}ly|"
    r"last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|"
    # "The department less than two weeks ago said", "Roe earlier this year said"
    r"(?:(?:less|more)\s+than\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|a\s+few|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+ago|"
    r"earlier\s+(?:this|last)\s+(?:week|month|year)|earlier|yesterday|today|"
    r"for\s+the\s+first\s+time|"
    # Negated: "Roe isn’t saying", "Roe didn’t say whether".
    r"(?:is|are|was|were|did|does|do|has|have|had|would)n['’]t|won['’]t|"
    # A day between the subject and its verb: "Roe on Tuesday said", "Roe later
    # Thursday told".
    rf"(?:on\s+)?(?:{_DAYS})"
    r"(?:\s+(?:morning|afternoon|evening|night))?|"
    # Where it was said: "Roe in her announcement speech called ...", "in a statement"
    r"in\s+(?:his|her|their|its|an?)\s+(?:[a-z-]+\s+){0,2}?(?:speech|interview|statement|"
    r"remarks|letter|op-ed|tweet|post|address|testimony|memo)"
)
# Words that end what a possessive owns: "Roe's aides said", "Roe's lead in ...".
# (The owned words are matched lazily, so the first verb of speech after them ends them.)
_POSSESSED_STOP = (
    rf"{_AUXILIARIES}|and|or|but|he|she|they|it|who|you|we|be|been|being|not|"
    r"that|which|why|what|how|when|where|whether|"  # not "Here's why you should be worried"
    r"the|a|an|its|his|her|their|this|these|those|"  # nor "Britain's watchdog blocked the"
    r"after|before|in|of|on|at|for|to|with|from|by|as|about|over|than"
)
# A quoted title inside an apposition: 'Roe, the author of "Going Viral," said', 'Roe,
# who calls it a "sham," said', 'Roe, host of "Today," a show ..., said'.
# The rest of a list of lower-case words inside an apposition: "..., refugees, and migration"
_LOWER_LIST_TAIL = (
    r"(?:,\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?){1,3},?\s+and\s+[a-z][\w'’-]*"
    r"(?:\s+[a-z][\w'’-]*){0,2}(?=,)"
)
_APPOSED_TITLE = r"(?:[\"“]|'')[^\"“”,]{1,60},?(?:\"|”|'')(?:[^,;\"“”]{1,120}?(?=,))?"
_PARTY_LABEL_END_RE = re.compile(r"\s+\([^()]{1,30}\)$")
# Words that never modify a subject's head: "The only thing he said", "The day after that".
_NOT_MODIFIERS = (
    r"the|a|an|and|or|but|he|she|they|it|we|i|you|that|which|who|whom|what|to|of|in|on|at|"
    r"for|with|by|as|from|about|after|before|than|if|when|while|because|so|this|these|those|"
    r"there"
)
# "The campaign manager said": a description of two to four lower-case words, where the
# subject patterns take one, at a clause's start and before a plain verb of saying.
# ("The state's top health official": a common noun's possessive among them)
_MODIFIER = rf"(?!(?:{_NOT_MODIFIERS}|{_AUXILIARIES})\b)[a-z0-9][\w-]*(?:['’]s\b)?"
# (a union's or a country's initials too: "the U.N. refugee agency", "the U.S. trade envoy")
_PROPER_MODIFIER = (
    r"(?:Democratic|Republican|Independent|Libertarian|[A-Z][a-z]+an|U\.S\.|U\.N\.|U\.K\.|"
    r"E\.U\.|EU|UN|UK|US)"
)
# What someone has that speaks for them, or speaks beside them: a body ("Roe's campaign"),
# an unnamed person ("Roe's lawyer"), kin ("Roe's sister").
_OWNED_SPEAKERS = (
    BODY_WORDS
    | UNNAMED_NOUNS
    | KIN_NOUNS
    | {"woman", "man", "aides", "lawyers"}
    # "Britain's competition watchdog on Tuesday blocked ..., saying"
    | {"watchdog", "regulator", "board", "council", "committee", "union", "court"}
)
# A document whose words are quoted, and "read(s)" beside the quotation: '"...," the
# statement read.', '"...," read a sign at the rally', 'The letter reads: "..."' (the
# documents that say things, groups.py's, and what carries words: signs, banners ...).
_DOCUMENTS = (
    rf"{DOCUMENT_NOUNS}|sign|signs|message|note|banner|caption|headline|text|placard|poster|"
    r"shirt|T-shirt|invitation|card|plaque|motion|petition|resolution|opinion"
)
_DETERMINED = r"(?:the|a|an|his|her|their|its|one|another)"
_THE_BODIES_OPENS_RE = re.compile(
    r"(?:(?:But|And)\s+)?[Tt]he\s+(?P<bodies>(?:(?!(?:of|in|for|to|and|that|who|which)\b)[a-z][\w-]*\s+){0,2}?"
    r"(?:departments|agencies|companies|campaigns|governments|ministries|committees|firms|"
    r"banks|unions|groups|organizations|organisations|parties|lawyers|attorneys))"
    r"\s+(?!(?:of|from|to|for|in|on|at|by|with|who|that|which)\b)[a-z]"
)
# A body by its kind opening a sentence: "The union is seeking", "But the agency sought"
_THE_BODY_OPENS_RE = re.compile(
    rf"(?:(?:But|And)\s+)?[Tt]he\s+(?P<kind>{KIND_NOUNS_RX})\s+"
    r"(?:(?:is|was|has|had|also|then|later|again|will|would)\s+)?[a-z]+\b"
    r"(?<!\bof)(?<!\bin)(?<!\bfor)(?<!\bto)(?<!\bthat)(?<!\bwho)(?<!\bwhich)"
)
_CLAUSE_OPENS_BEFORE_RE = re.compile(r"(?:^|[,.?!]?[\"”’]\s*|'')$")
_THE_DOCUMENT_OPENS_RE = re.compile(
    rf"(?:(?:But|And)\s+)?[Tt]he\s+(?P<doc>(?:[a-z][\w-]*\s+){{0,2}}?(?:{_DOCUMENTS}))"
    r"\s+(?!(?:of|from|to|for|in|on|at|by|with|about)\b)[a-z]"  # not "The notice of a letter"
)
_DOCUMENT_READS_RE = re.compile(
    rf"{CLOSING_MARK}\s*(?P<doc>(?i:{_DETERMINED})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_DOCUMENTS}))"
    # ('"...," the document states, becomes ...': a document states as it reads)
    r"\s+(?:reads|read|states)\b|"
    rf"{CLOSING_MARK}\s*(?:reads|read)\s+(?P<doc2>{_DETERMINED}\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{_DOCUMENTS}))\b|"
    rf"^(?P<doc3>(?i:{_DETERMINED})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_DOCUMENTS}))\s+(?:reads|read)"
    r"\s*[:,]?\s*[\"“]"
)
# A role a sentence opens with, then any verb: "The judge rubbed his chin", "The
# Democratic nominee left no doubt".
_ROLE_HEADS = longest_first(w for w in _ROLE_WORDS if w.isalpha())
# A person described by role, not named, as the subject of a reporting verb: "The
# self-described democratic socialist said", "..., the Florida senator said."
_DESCRIBED_HEADS = (
    r"senator|governor|candidate|nominee|businessman|businesswoman|billionaire|mogul|magnate|"
    r"socialist|congressman|congresswoman|lawmaker|president|mayor|secretary|chairman|"
    r"chairwoman|leader|speaker|front-?runner|contender|hopeful|developer|host|anchor|actor|"
    r"actress|author|judge|justice|minister|ambassador|director|founder|executive|pastor|"
    r"activist|commentator|columnist|pundit|Republican|Democrat|prosecutor|general|"
    # ("the first lady", "the city's police chief", "the team's head coach")
    r"lady|chief|coach"
)
# Trades: one person beside a role ("the former teacher and longtime council member") or
# before a far verb ("The retired surgeon opened with ..., saying").
_TRADES = (
    r"member|treasurer|teacher|lawyer|attorney|veteran|economist|farmer|nurse|doctor|"
    r"physician|surgeon|neurosurgeon|organizer|owner|analyst|consultant|official|strategist|"
    r"adviser|advisor|professor|scholar|historian|journalist|writer|entrepreneur|investor|"
    r"banker|engineer|pollster|lobbyist|preacher"
)
_MORE_ROLE_HEADS = f"{_DESCRIBED_HEADS}|{_TRADES}"
_THE_ROLE_OPENS_RE = re.compile(
    # after up to two fronted phrases ("In May, a U.S. District Court judge sided ...")
    r"(?:[^,;\"“”]{1,80},\s+){0,2}?"
    r"(?:(?:But|And|Yet|So)\s+)?"
    rf"(?P<desc>(?P<det>[Tt]he|[Aa]n?)\s+"
    # (a court or a panel as well: "The appeals court rejected the appeal and said ...")
    rf"(?:(?:{_MODIFIER}|{_PROPER_MODIFIER}|[A-Z][\w.'’-]*)\s+){{0,4}}?"
    rf"(?P<head>{_ROLE_HEADS}|{_MORE_ROLE_HEADS}|"
    rf"(?:court|panel|board|tribunal|jury)(?!\s+(?:{_ROLE_HEADS})\b))"
    rf"(?!\s+(?:{_ROLE_HEADS}|{_MORE_ROLE_HEADS})\b))"  # "The billionaire | businessman"
    # (not a noun after the role: "The deputy head of the delegation"; not a function
    # word: "Betty Friedan, the feminist leader and author, compared")
    # ("A federal judge on Tuesday blocked the law, saying ...")
    rf"(?:\s+(?:{WHEN_BEFORE_VERB}))?"
    r"\s+(?:also\s+|later\s+|then\s+|quickly\s+)?"
    r"(?!(?:and|but|the|who|whom|whose|which|that|was|were|has|had|have|are|not|for|with|"
    r"from)\b)[a-z]{3,}(?:ed\b|\b(?!\s+(?:of|for|to|at|in|on)\b))"
)
# Someone's body or person a sentence opens with, then any verb: "Rubio's campaign sent out
# a press release saying ...", "Hillary Clinton's right-hand woman rallied supporters".
_POSSESSED_OPENS_RE = re.compile(
    r"(?:[^,;\"“”]{1,80},\s+){0,2}?(?:(?:But|And|Yet|So)\s+)?"
    rf"(?P<desc>(?:{_NAME_PHRASE}['’]s|His|Her|Their)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<head>[a-z][\w-]*))"
    rf"(?:\s+(?:on\s+)?(?:{_DAYS}))?"  # "Britain's watchdog on Tuesday blocked"
    r"\s+(?:also\s+|later\s+|then\s+|quickly\s+)?"
    r"(?:[a-z]{3,}ed|sent|went|took|made|gave|left|came|put|held|wrote|spoke|met|kept|stood|"
    r"struck|hit|ran|got|brought|sought|fought|threw|drew)\b"
)
# Adverbs between a description and its verb: "One reader even noted", "a nurse also said".
_SAYS_ADVERBS = r"also|even|later|then|again|once|never|often|still|just|recently|quickly|now"
_THE_DESCRIBED_SAYS_RE = re.compile(
    # ("Even the organizer of the rally said": a focus word before the subject)
    r"(?:^(?:Even\s+)?|,\s+|\b(?:[Bb]ut|[Aa]nd|when|as)\s+)"
    # ("The X said" alone is the subject patterns'; "A woman said" is not)
    # (a party or a state among the modifiers: "the Democratic presidential candidate")
    # ("The 52-year-old said": an age alone describes a person too)
    r"(?P<desc>[Tt]he\s+\d{1,3}-year-old(?=\s+(?:also\s+)?(?:said|says|told|added)\b)|"
    rf"(?:[Tt]he\s+(?:(?:{_MODIFIER}|{_PROPER_MODIFIER})\s+){{1,3}}|"
    # ("A U.S. District Court judge ruled that", "A Senate aide said": capitalised words
    # before the role)
    rf"(?:[Aa]n?|[Aa]nother|One)\s+(?:(?:{_MODIFIER}|[A-Z][\w.'’-]*)\s+){{0,4}})"
    rf"(?!(?:{_NOT_MODIFIERS}|{_AUXILIARIES}|{_SAYS_ADVERBS})\b)[a-z][a-z-]*(?<!ed)"
    # ("One engineer at the site said": where the one described is, with the description)
    r"(?:\s+(?:at|in|from|on)\s+(?:the|a|an|his|her|their|its)\s+(?:[a-z][a-z-]*\s+)?"
    r"[a-z][a-z-]*(?=[\s,]))?)"
    # ("A man who lives near the port said", "One engineer, who asked not to be named
    # because ..., said": the one described, whatever the clause says of them)
    r"(?:\s+who\s+[^,;:\"“”]{1,80}?|,\s+who\s+[^;:\"“”]{1,150}?,)?"
    # ("The health department has insisted", "A federal judge had ruled")
    r"(?:\s+(?:has|have|had))?"
    rf"\s+(?:(?:{_SAYS_ADVERBS}|long|repeatedly|previously)\s+)?(?:said|says|told|tells|added|adds|wrote|writes|explained|argued|"
    r"insisted|noted|warned|stated|declared|claimed|acknowledged|suggested|"
    r"predicted|predicts|tweeted|posted(?=\s*:)|"
    # ("The board chair is warning residents that ...": a progressive form)
    r"(?:is|was)\s+(?:saying|telling|warning|arguing|insisting|claiming|predicting|accusing)|"
    # ("..., the budget office estimates.": a body's figure)
    r"estimated|estimates|concluded|concludes|"
    # (not "The latest hiccup adds to the drama")
    rf"ruled(?=\s+(?:(?:{_DAYS})\s+)?that\b)|"
    # a court's finding: "A federal judge found that ..." (one described by another role
    # finds what a poll or a study does, read elsewhere)
    r"found(?:(?<=judge\sfound)|(?<=court\sfound)|(?<=jury\sfound)|(?<=panel\sfound))"
    r"(?=\s+that\b))\b(?!\s+to\b)"
)
# A party's adjective before an aide ("A Democratic aide" is one of its members, unnamed)
# or before what an owner has ("Roe's Republican challenger").
_PARTY_WORDS = frozenset(["Democratic", "Republican", "GOP", "Conservative", "Labour", "Tory"])
# "The company that makes | Glimmer said", "A group which represents | Ohio farmers said":
# a subject described by a clause whose object is a name.
_RELATIVE_OBJECT_RE = re.compile(
    # (the clause's verb in the present or the past: not "The poll showed that although")
    r"(?:The|A|An)\s+(?:[a-z][\w-]*(?<!ed)\s+){1,3}(?:that|which|who)\s+"
    r"(?:[a-z]+ly\s+)?[a-z]+(?:s|ed)\s+"
)
# A sentence's own verb right after a clause's ("The account Roe retweeted | was ..."),
# and what such a sentence opens with: a determiner and nouns, no verb ("The account ").
_REDUCED_RELATIVE_AFTER_RE = re.compile(
    r"\s+(?:was|is|were|are|has\s+been|had\s+been|remains|remained|proved|turned\s+out)\b"
)
_DETERMINED_NOUNS_RE = re.compile(
    r"(?:The|A|An|This|That|One)\s+(?:[a-z][\w-]*\s+){1,3}(?:(?:Mayor|Gov\.|Sen\.|Rep\.|"
    r"President|Dr\.|Mr\.|Mrs\.|Ms\.)\s+)?"
)
# Nouns for what was said, which the sentence's own verb goes on to tell: "The message
# Roe sent was clear: ...", "The one thing Roe said was no."
_SAID_CONTENT_NOUNS = frozenset(
    [
        *("thing", "things", "word", "words", "message", "answer", "reply", "response"),
        *("point", "argument", "regret", "promise", "demand", "request", "concern", "hope"),
    ]
)
# The end of a free relative's clause: "what he (personally) wants." (no clause after it)
_FREE_RELATIVE_END_RE = re.compile(r"(?:\s+(?:it\s+)?to)?\s*(?:[.,;!?]|$)")
# A share of those asked: "51 percent of respondents", "a majority of voters", "Two-thirds".
_SHARE_OPENS_RE = re.compile(
    r"(?i:\d|(?:about|some|nearly|almost|roughly|only|just)\s+\d|a\s+majority|majorities|most\b|"
    r"half\b|a\s+third|a\s+quarter|"
    r"(?:one|two|three)[- ](?:thirds?|quarters?|in\s+(?:four|five|ten)))"
)
# A noun set off after a clause, then the group whose clause is about it: "a figure |
# economists said was alarming", "a move | critics called reckless".
_APPOSED_NOUN_LEAD_RE = re.compile(
    r"(?:a|an)\s+(?:move|step|decision|figure|trend|arrangement|fact|issue|penalty|policy|"
    r"plan|practice|position|change|measure|proposal|record|claim|charge|number|amount|"
    r"rate|shift|deal|law|rule|cut|increase|drop|decline|rise|vote|idea|approach)\s+"
    r"(?:that\s+|which\s+)?(?=[a-z])"
)
# What such a subject opens with, before its clause: "The union ", "A group of ".
_DESCRIBED_HEAD_RE = re.compile(r"(?:The|A|An)\s+(?:[a-z][\w-]*\s+){1,3}")
# '"...," said the woman, who': one described after the verb, then a clause about them.
_SAID_DESCRIBED_WHO_RE = re.compile(
    r"[,\"”’']\s*(?:said|says|added|told\s+\w+)\s+(?:the|a|an|one)\s+[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,3},\s+who\b"
)
_SUBJECT_VERB_RE = re.compile(
    # (a home after "at" or "with" only for a name: not "the time at Politico argued")
    # ("The Breck for Westmara campaign said": a join between the capitalised words)
    rf"(?P<subj>(?:[Tt]he\s+(?:[A-Z][\w'’.-]*\s+(?:(?:for|of|and|&)\s+(?=[A-Z]))?)*"
    # ("The Institute for Fiscal Studies (IFS) think tank said": its acronym between)
    r"(?:(?<=[A-Za-z]\s)\([A-Z]{2,8}\)\s+(?=[a-z]))?"
    # ("The Fairway Drug pharmacy chain said", "The Tarn Institute think tank said", "The
    # Harbor Capital hedge fund said": a trade before the body's noun)
    r"(?:(?<![Tt]he\s)[a-z][\w-]*+\s+(?=(?:chain|firm|company|maker|giant|retailer|operator|"
    r"tank|fund|group)\s))?"
    rf"(?!(?:{_AUXILIARIES}|and|or|but|he|she|they|we|it|you|each|both|all)\b)"
    # ("has the final say": "say" a noun after an adjective, no subject before it)
    r"(?!(?:final|last|ultimate|first|real|whole|equal|only|big|bigger|greater)\s+say\b)[a-z][\w-]*+"
    r"(?!\s+(?:at|with)\s)|"
    # Every branch opens with a character class (no leading \b), so the regex engine
    # skips the positions no subject can start at. (A subject's lower-case words are
    # taken whole, possessively: what follows a subject opens with a space, a comma or an
    # apostrophe, so the engine need not try each shorter prefix of a word.)
    # "Roe's campaign says", "Roe's campaign chairman, Ada Pike, said"
    # ("Bernie Sanders’ campaign says": a bare apostrophe after a final "s")
    # ("Roe's Republican challenger, Jo Pike, said": a party's word before the role)
    rf"{_WORD_END_NAME_PHRASE}(?:['’]s|(?<=s)['’])\s+(?:(?:{'|'.join(sorted(_PARTY_WORDS))})\s+)?"
    rf"(?!(?:{_POSSESSED_STOP})\b)[a-z][\w-]*+"
    # (no past tense among them: "Britain's watchdog blocked proposed mergers")
    rf"(?:\s+(?!(?:{_POSSESSED_STOP})\b)(?![a-z]+ed\b)[a-z][\w-]*+(?<!ly)){{0,3}}?(?=[\s,])"
    r"(?!\s+(?:at|with)\s)|"
    rf"{_WORD_END_NAME_PHRASE}|[Hh](?<=\b[Hh])e|[Ss](?<=\b[Ss])he|[Tt](?<=\b[Tt])hey))"
    # "Voss of North Carolina", "Aris Lin of the Patriarchate of Jerusalem", "Dee Lind of
    # Liberty Church in Marion", "Jo Roe at the now-defunct Ledger", "Jo Roe with Cato".
    # ("Ilse Varga of the governing Country Progress Party": an adjective before it)
    # ("Maren Lund of the firm Coldwater Threat Labs": what the home is, before its name)
    rf"(?:\s+(?:of|from|at|with)\s+(?P<home>(?:the\s+(?:[a-z]+-[a-z]+|[a-z]+(?:ing|al|ive|ist|ic)|"
    r"(?:[a-z]+\s+)?(?:firm|company|group|consultancy|nonprofit|charity|think\s+tank))\s+|"
    rf"(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?){_WORD_END_NAME_PHRASE}"
    # "Lewis of the James Martin Center for Nonproliferation Studies"
    rf"(?:\s+(?:of|in|for|on|and|&)\s+(?:the\s+)?{_WORD_END_NAME_PHRASE})*))?"
    # "Sen. Paul Ritter (I-Vt.) said", "Gov. Jo Roe (R-OH), said", "Sen. Jo Roe (a Dover
    # Democrat first elected in 2012) says"
    r"(?:\s+\([^()]{1,120}\),?)?"
    # An apposition never opens with a subject pronoun: in "Rather, he said, continued
    # delays ..." the speaker is "he", not "Rather".
    # (a comma inside a number is not the apposition's end: "admit 250,000 refugees")
    # (it ends only before a comma or a title's opening quotation mark: tested first, so
    # the lazy run does not try the rest of the pattern at every character)
    # ("Tom Vance, 68, who owns a store, said": an age before the apposition)
    # ("Ada Pike, assistant secretary for population, refugees, and migration, said": a
    # list of lower-case words inside it)
    rf"(?:,\s+(?:\d{{1,3}},\s+(?=who\s))?(?!(?:he|she|they|we|I)\s)(?P<appos>[^,;\"“”]{{1,240}}?(?=[,\"“'])(?:(?<=\d),\d{{3}}[^,;\"“”]{{0,120}}?|{_APPOSED_TITLE}|{_LOWER_LIST_TAIL})?)"
    r"(?:,|(?<=,\")|(?<=,”)|(?<=,''))"
    # or between dashes: "Joyce — who is listed as an attorney — told the Herald"
    # (or a hyphen between spaces: "Ann Roe - who ran the port - said")
    r"|\s+(?:[—–]|--|-(?=\s))\s*(?P<dappos>[^—–\"“”]{1,160}?)\s*(?:[—–]|--|(?<=\s)-))?"
    # (what can open the verb and its auxiliaries, tested first: the engine then skips the
    # hundreds of verbs after a name that the next word of a longer name follows)
    rf"(?=['’]|\s+(?:[a-z\d]|{_DAYS}))"
    rf"(?:(?:\s+(?:{_AUXILIARIES}))*\s+(?P<verb>{_SPEECH_VERB_RX})|"
    # "He’s predicting", "Roe is touting": a progressive form needs its auxiliary.
    rf"(?:['’](?:s|re)|\s+(?:is|are|was|were|been)(?:n['’]t)?)(?:\s+(?:{_AUXILIARIES}))*"
    rf"\s+(?P<pverb>{_PROGRESSIVE_VERB_RX}))\b"
)
# A body's acronym between its name and its kind, no part of the claimant.
_ACRONYM_BETWEEN_RE = re.compile(r"(?<=[A-Za-z])\s\([A-Z]{2,8}\)(?=\s[a-z])")
# Inverted: "..., said Zakharova", '"...," said Russian spokesperson Maria Zakharova'.
_VERB_RE = re.compile(rf"\b(?:{_SPEECH_VERB_RX}|{_PROGRESSIVE_VERB_RX})\b")
# Lower-case words a name can follow: '"...," said former Utah governor Jo Roe',
# "said pollster Jo Roe", "said Concord resident Jo Roe".
_DESCRIPTORS = "|".join(
    sorted(
        {w for w in _ROLE_WORDS | UNNAMED_NOUNS if w.isalpha()}
        | {
            *("former", "retired", "longtime", "veteran", "political", "presidential"),
            *("top", "pollster", "consultant", "scientist", "researcher", "historian"),
            *("lawyer", "activist", "campaign", "manager", "commentator", "columnist"),
            *("fellow", "student", "owner", "pastor", "communications", "policy"),
            *("radio", "talk", "show", "county", "city", "party", "conservative"),
            *("liberal", "progressive", "lobbyist", "organizer", "delegate", "hopeful"),
            *("co-founder", "partner", "economics", "law", "science", "ally", "friend"),
            *("confidant", "donor", "undecided", "registered", "local", "young"),
            *("prominent", "worker", "teacher", "farmer", "nurse", "secretary of state"),
            *("boss", "front-runner", "frontrunner", "nominee", "contender", *KIN_NOUNS),
            *("prosecutor", "co-host", "businessman", "businesswoman", "detective"),
            # "Tennis great Ada Roe", "Hollywood actor Jo Roe", "real estate mogul Jo Roe"
            *("great", "legend", "star", "icon", "champion", "singer", "actor", "actress"),
            *("rapper", "musician", "comedian", "writer", "novelist", "producer", "player"),
            *("coach", "billionaire", "mogul", "magnate", "entrepreneur", "investor"),
            *("journalist", "publisher", "filmmaker", "artist", "athlete"),
        },
        key=lambda w: (-len(w), w),
    )
)
# The name must end the clause: in "Walsh, director of X, said Clinton is poised",
# Clinton is spoken about, not speaking.
_VERB_SUBJECT_RE = re.compile(
    # (a “ only where a closing mark was mistyped: '“It is unusual,“ said Roe')
    rf"(?:[,\"”’'“](?<![^,.?!]“)\s*)(?P<iverb>{_REPORTING_VERBS})\s+"
    # '"...," added his campaign manager Jo Roe': a determiner only before descriptors
    # ('"...," said the Dover Courier': "the" before a name)
    rf"(?P<subj>(?:(?:his|her|their|its)\s+(?=(?:{_DESCRIPTORS})\s)|the\s+(?=[A-Z]))?"
    # ("said lobbyist and GOP strategist Jo Roe": two descriptions joined)
    # ("wrote film director Osman Haddad": a plain word before a descriptor)
    rf"(?:(?:[A-Z][\w'’.-]*|[a-z]+(?:person|man|woman)|(?:{_DESCRIPTORS})(?:\s+and)?(?=\s)|"
    rf"(?!(?:a|an|the|his|her|their|its|our|my|your|this|that|one)\s)[a-z][\w-]*(?=\s+(?:{_DESCRIPTORS})\s)|"
    # "said former Gov. and party Chairman Ed Rendell"
    # (at most eight words: a longer run of capitalised words is no description, and an
    # unbounded run would try every split of it against the name after it)
    rf"(?<=\.\s)and(?=\s)|"
    # ("said Marks & Spencer chief executive Stu Roe": an ampersand in a body's name)
    rf"(?<=[a-z]\s)&(?=\s+[A-Z]))\s+){{0,8}}"
    rf"{_NAME_PHRASE})"
    # A straight quote mark or an apostrophe ends the clause only when it closes: in 'said
    # Roe "understood ..."' and "said Roe’s plan failed" Roe is spoken about.
    r"(?=\s*(?:[.,;:!?()”—–-]|$)|\s*[\"'’](?!\w)|\s+(?:in|on|at|who|of|during|as|after|before|"
    r"when|to|"
    # "and" ends it unless another name follows: in "said China and Russia have ...",
    # China is spoken about
    r"from|about|last|this|earlier|yesterday|today|tonight|recently|later|while|"
    r"and(?!\s+[A-Z])|but|"
    r"because|according|adding|noting|citing|with|for|via|through)\b)"
)
# '"...," said the company's chief executive, Jo Roe.', "..., said his best friend at
# Lehigh, Jo Roe, who ...": a description after the verb, then the name in apposition.
_SAID_DESCRIBED_NAME_RE = re.compile(
    rf"(?:[,\"”’']|'')\s*(?:{_REPORTING_VERBS})\s+(?:the|his|her|their|its|a|an)\s+"
    rf"[^,;:\"“”()]{{1,80}}?,\s+(?:the\s+)?(?:(?:Dr|Prof|Professor|Rev|Sgt|Capt)\.?\s+)?"
    rf"(?P<name>{_NAME_PHRASE})"
    # the name ends the clause, or a relative or an apposition follows it (in "Roe, said
    # the aide who succeeded him, Ed Doe, should go" Doe is spoken about), after a home
    # perhaps ("Dr. Jo Roe of the University of Leeds.")
    r"(?=(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][^,;:\"“”()]{0,80}?)?"
    r"\s*(?:[.;!?]|$|,\s+(?:who|whose|a|an|the|one|in|at|on)\b|,\s*(?:[\"“]|'')))"
)
# The other order, closing the sentence: "..., the county librarian, Ada Roe, said." (a
# description of up to four lower-case words, then the name set off, then the verb).
_DESCRIBED_NAME_SAID_RE = re.compile(
    rf",\s+the\s+(?:[a-z][\w'’-]*\s+){{0,3}}[a-z][\w'’-]*,\s+(?P<name>{_NAME_PHRASE}),\s+"
    rf"(?:(?:has|have|had)\s+)?(?:{_REPORTING_VERBS})\b"
)
# '"...," Britain's junior foreign minister for the Middle East, Ada Roe, told parliament':
# a role a place or a body owns, with what it is for, then the name
_OWNED_ROLE_NAME_SAID_RE = re.compile(
    rf",[\"”’']?\s+(?:the|{_NAME_PHRASE}['’]s)\s+(?:[a-z][\w'’-]*\s+){{0,3}}[a-z][\w'’-]*"
    rf"\s+(?:for|of|on)\s+(?:the\s+)?{_NAME_PHRASE},\s+(?P<name>{_NAME_PHRASE}),\s+"
    rf"(?:{_REPORTING_VERBS})\b"
)
# ("the Committee on Foreign Relations"; not "the New York Times on | Tuesday")
_ORG_JOINED = rf"\s+(?:of|for|on(?!\s+(?:{_WEEKDAYS})\b)|and|&)\s+(?:the\s+)?{_NAME_PHRASE}"
_ORG_PHRASE = rf"{_NAME_PHRASE}(?:{_ORG_JOINED})*"
# Verb forms, regular and irregular: after a subject ("has", "released", "says", "won") they
# make a clause, where a noun ("technology") would not.
_VERB_FORMS = (
    r"has|have|had|was|is|will|would|did|does|also|sought|took|made|gave|went|came|spoke|"
    r"wrote|said|told|held|kept|left|led|met|ran|saw|sent|stood|won|brought|thought|began|"
    r"beat|lost|got|hit|cut|put|let|"
    r"[a-z]+(?:ed|[^s]s)"
)
# Right after a quotation, "said" is followed by its speaker, described with any nouns:
# '"...," said Cruz constituent Dan Golvach', '"...," said Air Force 1st Lt. Tyler Lind',
# '"...," said Oversight ranking Democrat Ed Cole (D-Md.)'. Lower-case words that can be
# verbs or function words ("will", "backs", "attacked") are not descriptors.
_QUOTE_SAID_DESCRIBED_RE = re.compile(
    rf"(?:[,.?!](?:[\"”’]|'')|[\"”]|'')\s*(?:{_REPORTING_VERBS})\s+"
    r"(?:(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th)|(?!(?:the|a|an|and|or|but|to|of|in|on|at|"
    rf"can|could|should|may|might|must|not|that|who|which|{_VERB_FORMS})\b)"
    # '"...," said Roe's deputy campaign manager, Ann Lind': a comma after a role word
    r"[a-z][a-z-]*(?<!s)(?<!ed)(?:,(?=\s+[A-Z]))?)\s+){1,6}?"
    # (not cut after an initial: "Andrew J. Pincus of Mayer Brown" is not "Andrew J")
    rf"(?P<name>{_NAME_PHRASE})(?<!\b[A-Z])(?=\s*(?:\([^()]{{1,30}}\)\s*)?(?:[.,;:!?—–-]|$)|"
    r"\s+(?:in|on|at|of|who|during|when|after|before|while|about|last|this|earlier|yesterday|"
    r"today)\b)"
)
# Words no description of a person holds: pronouns, auxiliaries, modals
_NOT_DESCRIBING = (
    r"he|she|they|we|it|you|i|his|her|their|its|this|these|those|there|no|some|many|all|"
    r"any|would|will|could|should|can|may|might|must|had|has|have|was|were|is|are|did|do|"
    rf"does|be|been|{_VERB_FORMS}"
)
# "The sale drew 300 bidders, said auctioneer Ben Roe.": the same, closing a sentence with
# no quotation marks, the name last (or before when)
_COMMA_SAID_DESCRIBED_RE = re.compile(
    r",\s*(?:said|says|added|explained|noted|warned|argued|insisted|cautioned|acknowledged|"
    r"conceded|recalled|wrote)\s+"
    # (one lower-case word at least: "said Gov. Ben Roe" is the subject patterns')
    r"(?!(?:the|a|an|and|or|but|to|of|in|on|at|not|that|who|which|only|also|"
    # (not a clause: "..., said she would back Roe.")
    rf"{_NOT_DESCRIBING})\b)[a-z][a-z-]*(?<!s)(?<!ed)(?<!ly)\s+"
    # (no "of", "at" ... among the words before the name: in "said criminologist Paul
    # Ferris of Tarnbridge University." the university is where the person works)
    rf"(?:(?:[A-Z][\w'’.-]*|(?!(?:{_NOT_DESCRIBING}|of|at|from|with|for|in|on)\b)"
    r"[a-z][a-z-]*(?<!s)(?<!ed)(?<!ly))\s+){0,4}?"
    rf"(?P<name>{_NAME_PHRASE})(?<!\b[A-Z])"
    # where the person works, after the name: "of Tarnbridge University", "at the Harrow
    # Institute"
    r"(?:\s+(?:of|at|from|with)\s+(?:the\s+)?[A-Z][\w'’.&-]*"
    r"(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w'’.&-]*){0,6})?"
    r"(?=\s*[.!]?\s*$|"
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|"
    r"today)\b[^,;]*$)"
)
# What may close a reporting clause at the end of a sentence: its end, or when and where
# ("..., Roe said Monday.", "..., the Florida senator said in a statement.").
_REPORT_ENDS = (
    r"(?=\s*[.,;]|\s+(?:on|in|at|last|this|earlier|later|during|to|after|before|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
# A speaker described, not named, right at a quotation's closing mark: '"...," the
# editorial board wrote', '"...!" one user tweeted', '"...," said the senior Cruz adviser,
# who ...'. A determiner and at most six words, the last a lower-case noun (a name is
# found by the patterns above); the same group twice, as "desc" before the verb and
# "desc2" after it.
_DESCRIPTION = (
    r"(?P<desc>(?:the|his|her|their|its|one|another|an?)\s+"
    r"(?:(?!(?:and|or|but|who|which|that|said|says|told)\b)[A-Za-z0-9][\w'’.-]*\s+){0,5}?"
    r"(?!(?:and|or|but|who|which|that|will|would|has|had|have|also|then|did|does)\b)"
    # (or an age alone: '"...," said the 46-year-old.')
    r"(?:[a-z][a-z-]*(?<!ed)(?<!known)|(?<=the\s)\d{1,3}-year-old))"
)
_QUOTE_DESCRIPTION_RE = re.compile(
    rf"(?:{CLOSING_MARK}|[?!]’)\s+(?:"
    # ('"...," his wife, Ada Roe, wrote': the name in apposition)
    rf"{_DESCRIPTION}(?:,\s+(?P<dname>{_NAME_PHRASE}),)?(?:\s+[a-z]+ly)?"
    r"(?:\s+(?:will|would|has|had|also|then|later))?"
    rf"\s+(?:{_REPORTING_VERBS})\b|"
    # (only the plain verbs: in '"Guardians of the Galaxy," posted the clip' nobody speaks)
    r"(?:said|says|added|wrote|writes|asked|replied|explained|continued|noted|warned|"
    rf"tweeted|concluded|declared|recalled)\s+{_DESCRIPTION.replace('desc', 'desc2')}"
    r"(?=\s*(?:[.,;:!?]|$)|\s+(?:who|in|on|at|of|during|as|after|before|when|to|from)\b))"
)
_ROLE_VERBS = (
    r"said|says|stated|told|tells|added|argued|insisted|wrote|tweeted|declared|noted|"
    r"explained|warned|replied|responded|countered|recalled|predicted|claimed|maintained|"
    r"acknowledged|conceded|"
    # ("The inspector general concluded that ...", "The auditor estimated that ...")
    r"concluded|estimated|projected|testified|confirmed"
)
_ROLE_VERB_WORDS = frozenset(_ROLE_VERBS.split("|"))
_ROLE_DESCRIPTION = (
    # (not "The only thing the mayor said": one description, one "the")
    r"(?P<desc>[Tt]he\s+(?:(?!(?:and|or|but|who|which|that|the|a|an)\b)[A-Za-z][\w'’.-]*\s+){1,4}?"
    rf"(?:(?:{_DESCRIBED_HEADS})"
    # two roles joined: "the Vermont senator and presidential candidate", "the former
    # teacher and longtime council member" (a trade counts as a role beside another)
    r"(?:\s+and\s+(?:(?!(?:and|or|but|who|which|that|the|a|an)\b)[A-Za-z][\w'’.-]*\s+){0,3}?"
    rf"(?:{_MORE_ROLE_HEADS}))?|"
    rf"(?:{_TRADES})\s+and\s+(?:(?!(?:and|or|but|who|which|that|the|a|an)\b)[A-Za-z][\w'’.-]*\s+){{0,3}}?"
    rf"(?:{_MORE_ROLE_HEADS})))"
)
# Who heads or belongs to a body: "The head of the union said", "A member of the
# board told", "The chairman of the Harbor Union said".
_HEADS_OF = (
    *("head", "chief", "president", "chairman", "chairwoman", "chair", "director"),
    *("leader", "founder", "co-founder", "owner", "author", "member", "spokesman"),
    *("spokeswoman", "spokesperson", "executive", "manager", "secretary", "treasurer"),
    *("editor", "publisher", "principal", "superintendent", "dean", "commissioner"),
    *("administrator", "organizer", "coordinator", "pastor", "captain", "commander"),
    *("members", "leaders", "heads", "owners", "authors", "organizers", "officers"),
    # offices held "of" a place or a field: "the minister of finance", "the governor of
    # the central bank", "the mayor of Leeds", "the speaker of the assembly"
    *("minister", "governor", "mayor", "speaker"),
)
# Who is sent "to" a country or a body: "the U.S. ambassador to Japan", "Chad's Ambassador
# to France", "the special envoy to Syria".
_HEADS_TO = (*sorted(SENT_TO), "ambassadors", "envoys")
_HEADS_OF_WORDS = frozenset(_HEADS_OF)
_OF_WORDS = frozenset(["of", "for", "at"])
# (an envoy's "to": looked at only beside an envoy's word, "to" being so common)
_HEADS_TO_WORDS = frozenset(_HEADS_TO) | {w.capitalize() for w in _HEADS_TO}
_HEAD_OF = (
    r"(?P<desc>(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|"
    # whose: "Lusk's chief of staff", "The senator's chief of staff", "Her chief of staff"
    # ("The Trump campaign's director of communications")
    # (a lower-case owner only after "the": not "he’s with former secretary of state X")
    r"(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*['’]s|"
    r"[Tt]he\s+(?:[A-Z][\w.'’-]*\s+){0,2}[a-z]+['’]s|"
    r"[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
    # ("The White House chief of staff", "The U.S. Ambassador to Japan": a capitalised body
    # or country before the head)
    r"(?:(?!of\b)[a-z][\w-]*\s+|[A-Z][\w.]*\s+"
    rf"(?=(?:[A-Z][\w.]*\s+)?(?:[a-z]|(?i:{'|'.join(_HEADS_TO)})\b))){{0,2}}?"
    # ("The chief of staff", "the secretary of state": no determiner after "of")
    rf"(?:(?:{'|'.join(_HEADS_OF)})\s+(?:of|for|at)|(?i:{'|'.join(_HEADS_TO)})\s+to)\s+"
    r"(?:(?:the|a|an|his|her|its|their)\s+)?"
    r"(?:(?!(?:is|was|are|were|be|been|on|in|during|after|before|last|this|who|which|that)\b)"
    r"[\w'’.&-]+\s+){0,3}?(?!(?:is|was|are|were|be|been)\b)[\w'’.&-]+?)"
)
_HEAD_OF_DETERMINERS = frozenset(["the", "a", "an", "one", "another"])  # (not "her", "its")
_HEAD_OF_SAYS_RE = re.compile(
    # at the start, after a comma or after a quotation: "The head of the union said",
    # '"...," a member of the board told the Ledger.'
    rf"(?:^(?:(?:But|And|Still|Meanwhile|However|Yet|Now|Even),?\s+)?|(?<=,\s)|(?<=[\"”]\s)){_HEAD_OF}"
    # ("..., who asked not to be named because he was not authorized to speak, said";
    # "Duncan Hunter’s chief of staff, Joe Kasper, told": the name set beside it)
    rf"(?:,\s+(?:who|speaking)\b[^,;\"“”]{{1,120}},|,\s+(?P<hname>{_NAME_PHRASE}),)?"
    r"(?:\s+(?:also|later|then|again|has|had|have|would|will))*"
    r"\s+(?:said|says|told|tells|added|adds|wrote|writes|argued|noted|warned|explained|"
    r"insisted|stated|declared|confirmed|announced)\b(?!\s+to\s+(?:be|have)\b)"  # not "said to be"
    # or after the verb: '"...," said the head of the union.'
    rf"|(?:,|[\"”])\s+(?:said|says|added|wrote|told)\s+{_HEAD_OF.replace('desc', 'desc2')}"
    r"(?=\s*(?:[.,;:!?]|$))"
)
_NAME_COMMA_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*,\s*$")
_OPENING_ROLE_RE = re.compile(
    rf"(?:(?:But|And|Still|Meanwhile|However|Yet|Now),?\s+)?{_ROLE_DESCRIPTION}"
    # ("The budget director, in testimony before lawmakers, said": where, set off)
    r"(?:,\s+(?:in|at|during|on|speaking|testifying|appearing|writing)\s[^,;\"“”]{1,60}?,)?"
    r"(?:\s+(?:also|later|then|again|has|had|have|would|will|only|repeatedly|previously))*"
    # ("would only say that ...": the plain form after an auxiliary)
    rf"\s+(?:{_ROLE_VERBS}|(?<=only\s)say(?=\s+(?:that\b|[\"“:])))\b"
)
_TRAILING_ROLE_RE = re.compile(
    rf"(?:,|{CLOSING_MARK})\s+{_ROLE_DESCRIPTION}"
    # '"...," the White House press secretary, Josh Roe, said on Tuesday.': the person
    rf"(?:,\s+(?P<tname>{_NAME_PHRASE}),)?"
    # ("told reporters", "told the Ledger", "told The Washington Post")
    r"\s+(?:also\s+)?(?:said|says|added|wrote|tweeted|told\s+(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}\w+)"
    rf"{_REPORT_ENDS}"
)
# Whose the one described is: "a longtime adviser to Bill Clinton", "a person close to
# the Clintons", "the former top aide to President George W. Bush".
_WHOSE_RE = re.compile(
    r"\s+(?:close\s+)?(?:to|for)\s+(?:the\s+)?(?:(?:President|Sen\.|Gov\.|Rep\.)\s+)?"
    rf"{_NAME_PHRASE}(?=\s*(?:[.,;:!?]|$)|\s+(?:who|in|on|at|during|as|after|before|when)\b)"
)
# "A spokesperson for the ministry said", "A White House spokesman told": the
# organisation speaks.
# "the former | CEO of ...": a role's determiner and descriptors before it.
_THE_ROLE_BEFORE_RE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}$")
_SPOKESPERSON_RE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?P<org1>(?:[A-Z][\w'’.&-]*\s+)+)?"
    rf"(?P<role>spokes(?:person|man|woman)|representative|official|aide)"
    # ("for the Teller County emergency management office": lower-case words after a name)
    rf"(?:\s+(?:for|of|at|with)\s+(?P<org2>(?:the\s+)?{_ORG_PHRASE}(?:(?:\s+[a-z][\w-]*){{0,2}}?\s+"
    r"(?:office|department|agency|campaign|team|committee|board|division|unit|service|group|"
    r"ministry|council|commission|company|firm|authority|bureau))?|"
    r"the\s+[a-z]+))?"
    rf"(?:,\s+(?:(?P<sname>{_NAME_PHRASE})|[^,;\"“”]{{1,80}}?),)?\s+(?:{_SPEECH_VERB_RX})\b"
)
# "per" as "according to": "..., per the Labor Department", "..., per Reuters" (not "$5
# per person", nor ", per capita").
_PER_SOURCE_RE = re.compile(r",\s+per\s+(?=(?:the\s+)?[A-Z]|(?:an?|the)\s+[a-z]+\s+(?:by|from)\b)")
# "..., as Hale put it", "As the mayor puts it,": whose words the sentence gives.
_AS_PUT_IT_RE = re.compile(rf"(?<![\w'’])[Aa]s\s+(?P<name>{_NAME_PHRASE})\s+(?:put|puts)\s+it\b")
# "Hale's view is that ...", "Roe's argument was that ...": the owner's stance.
_VIEW_IS_THAT_RE = re.compile(
    r"(?:(?:But|And)\s+)?"
    rf"(?P<name>{_NAME_PHRASE})['’]s\s+(?:(?:own|main|central|basic)\s+)?"
    r"(?:view|position|argument|contention|belief|point|case|pitch|message|answer|response|"
    r"explanation|defense|defence|theory)\s+(?:is|was)\s+that\b"
)
# A passive verb of saying: "(Roe) is said to", "was told to", "were told that" (the
# span from seven characters before the verb to four after it).
_PASSIVE_SAID_RE = re.compile(
    r".*\b(?:is|was|are|were|be|been|being)\s+(?:said|told)\s+(?:to|that)\b"
)
# The same opening a sentence, before its source and a comma: "Per the Labor Department,".
# ("Per the governor's office, 14 counties ...": a role's body too; not "Per capita,")
_OPENING_PER_RE = re.compile(
    r"Per\s+(?:(?:the\s+|an?\s+)?[A-Z]|the\s+[a-z]+['’]s\s+[a-z])[^,;]{0,80},"
)
# Papers and figures that come from someone: the evidence of groups.py and a few more.
_PAPERS = rf"{EVIDENCE_NOUNS}|memos|papers|files|letters|notes|calculations|transcripts"
_ACCORDING_RE = re.compile(
    rf"\b[Aa]ccording to\s+"
    # "according to a post from X", "according to a tally by the Associated Press"
    rf"(?:an?\s+(?:[\w'’-]+\s+){{0,3}}?(?:by|from)\s+|"
    # papers and figures from someone: "according to White House-era memos from Ada
    # Pike", "data from the FBI" (not "the Democratic chairs from Jefferson County")
    rf"(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{_PAPERS})\s+"
    r"(?:(?:available|released|published|compiled|kept)\s+)?(?:by|from)\s+)?"
    # "according to conservative columnist Hugh Hewitt": the name, not its descriptors
    rf"(?:(?:{_DESCRIPTORS})\s+){{0,3}}"
    # ("the state's Office of Drug Control Policy": a body a place owns)
    rf"(?P<subj>(?:the\s+)?(?:[a-z]+(?:['’]s)?\s+)?{_ORG_PHRASE}|"
    # (whole words: not "the e" of "the eSafety Commissioner")
    rf"the\s+[a-z]+(?![\w'’-])(?:\s+(?!of\b)[a-z]+(?![\w'’-]))?)"
)
# Whatever "according to" introduces, up to the end of its phrase: a comma, a full stop
# (not an initial's: "the U.S. Department"), a relative clause or a participle that says
# when or by whom ("a CBS poll released Monday", "sources who spoke to Fox News").
_ACCORDING_PHRASE_RE = re.compile(
    r"\b[Aa]ccording\s+to\s+(?P<np>[^,;:?!\"“”()\[\]]{2,120}?)"
    # (a dash closes it: "according to the agency's report - still believe ...")
    r"(?=\s*(?:[,;:?!\"“”()\[\]—–]|$)|\s-\s|(?<=[a-z0-9])\.(?:\s|$)|\s+(?:who|which|that|when|where|"
    # a new clause's subject: "according to the witness he describes ..."
    r"he|she|they|we|it|"
    r"released|published|conducted|obtained|commissioned|taken|tabled|presented|this|last|in\s+\d|"
    r"on\s+(?:\w+day|[A-Z][a-z]{2,8}\.?\s+\d))\b)"
)


# The rest of an according-to phrase after a lower-case description: more lower-case
# words ("firm"), then the name to the end ("the tracking | firm AdLedger Analytics").
_DESCRIBED_NAME_END_RE = re.compile(
    r"(?:\s+[a-z][\w'’-]*){0,3}\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|&\s+)?[A-Z][\w&'’.-]*)*)"
)
# The name after an according-to phrase that ends with a role: "according to its board
# chairwoman, | Ellen Markey."
# The company, then a verb: of speech, or a past tense whose clause a participle of speech
# follows (_FAR_VERB_RE: "raised prices, saying ...").
_BRAND_OPENS_RE = re.compile(
    r"(?:(?:But|And|Meanwhile),?\s+)?(?P<subj>(?P<brand>[A-Z][\w]+)['’]s)"
    rf"(?:\s+(?:on\s+)?(?:{_WEEKDAYS}))?"
    r"\s+(?:(?:also|later|then)\s+)?(?P<verb>[a-z]+)\b"
)
# Posting words: "Hillary Clinton took to Twitter to say thanks", "..., Roe took to the
# Senate floor on Tuesday to denounce the bill".
_TOOK_TO_SAY_RE = re.compile(
    rf"(?:^|,\s+|\b(?:But|And)\s+)(?:(?P<role>[Tt]he\s+[a-z]+)|(?P<subj>{_NAME_PHRASE}))\s+"
    r"(?:(?:later|also|then|quickly)\s+)?"
    r"(?:took|takes|turned|turns)\s+to\s+(?:(?:the|his|her|their)\s+)?(?:[\w.'’-]+\s+){0,3}?"
    r"(?:Twitter|Facebook|Instagram|X|Truth\s+Social|TikTok|social\s+media|airwaves|floor|podium|"
    r"microphone|stage|radio|television|pages|blog)(?:\s+(?:on|late|early)\s+[\w.]+(?:\s+night)?)?"
    r"\s+to\s+(?:say|announce|criticize|criticise|blast|defend|attack|deny|praise|thank|accuse|"
    r"mock|slam|dismiss|declare|claim|insist|warn|argue|explain|express|call|urge|denounce|"
    r"condemn|complain|respond|reply|apologize|apologise|congratulate|tout|predict|vow)\b"
)
# "Ada Roe, a farmer, is among those who say ...", "Roe was among the donors who believe".
_AMONG_THOSE_RE = re.compile(
    # ("Ada Roe, a supporter from Hemet, California, is among": commas in the apposition)
    rf"(?:(?:But|And)\s+)?(?P<subj>{_NAME_PHRASE})(?:,\s+[^;\"“”]{{1,160}}?,)?"
    r"\s+(?:is|was|are|were)\s+(?:(?:also|now|still|not)\s+)?among\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?who\s+(?:(?:also|still|now)\s+)?"
    rf"(?:{_REPORTING_VERBS}|believe|believed|think|thought|fear|feared|worry|worried|want|wanted)\b"
)
# A person's name closing a phrase, lower-case words describing them before it.
_DESCRIBED_PERSON_END_RE = re.compile(
    # (not the second of two: "economists Peter Schott and | Justin Pierce")
    r"(?<=[a-z]\s)(?<!\band\s)(?<!\bor\s)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+)$"
)
_NAME_AFTER_ROLE_RE = re.compile(rf",\s+(?P<name>{_NAME_PHRASE})\s*(?:[,.;]|$)")
# A time ago that closes the phrase: "the witness up to about an hour ago"
_TRAILING_AGO_RE = re.compile(
    r"\s+(?:(?:up\s+to|about|some|just|only|nearly|almost|over)\s+)*"
    r"(?:an?|\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)"
    r"\s+[a-z]+\s+ago$"
)


# What of someone's can be a source: a person, a body, a document or a count.
_OWN_SOURCE_WORDS = frozenset(
    [
        *("lawyer", "lawyers", "attorney", "attorneys", "spokesman", "spokeswoman"),
        *("spokesperson", "aide", "aides", "physician", "doctor", "family", "campaign"),
        *("office", "staff", "team", "company", "biography", "memoir", "book", "profile"),
        *("page", "website", "account", "accounts", "records", "filing", "filings"),
        *("documents", "statement", "returns", "data", "figures", "count", "estimate"),
        *("estimates", "calculations", "analysis", "report", "tally", "disclosure"),
        # people around them: "according to their friends and advisers"
        *("friends", "advisers", "advisors", "allies", "associates", "colleagues", "aides"),
    ]
)


# Where a source's figures are from, closing its phrase: "... polling average in New
# Hampshire".
_TRAILING_PLACE_RE = re.compile(
    r"\s+(?:in|across)\s+(?:the\s+)?(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)$"
)


def _according_phrase(text: str) -> str | None:
    m = _ACCORDING_PHRASE_RE.search(text)
    if m is None:
        return None
    np = m.group("np")
    if np.endswith(" ago"):
        np = _TRAILING_AGO_RE.sub("", np)
    place = _TRAILING_PLACE_RE.search(np)
    if (
        place is not None
        and np[: place.start()].rsplit(None, 1)[-1][:1].islower()
        and is_place(place.group("place"))  # not "a report in the Des Moines Register"
    ):
        np = np[: place.start()]  # "the RealClearPolitics polling average in Ohio"
    words = without_trailing_dates(np.split())
    while words and words[-1] in ("in", "on", "at", "from", "of", "last", "this"):
        words.pop()  # "a CNN/ORC poll in | May": the date's preposition
    if (
        not words
        or (
            # ("according to our analysis", "according to my count": the writer's own)
            words[0].lower()
            in ("him", "her", "them", "me", "us", "it", "his", "their", "our", "my")
            # "according to his Facebook profile", "according to her lawyer": a source of
            # theirs (not "according to their instinctive preference": as they prefer)
            and not (
                len(words) > 1
                and words[0].lower() in ("his", "her", "their")
                and not _OWN_SOURCE_WORDS.isdisjoint(w.lower() for w in words[1:])
            )
        )
    ):
        return None  # "according to him": a pronoun's, resolved elsewhere
    return " ".join(words)


# "As reported by the Herald, ...": the medium is the source.
# A body or a medium that reports: "The newspaper reported that", "The company reported a
# loss", "Multiple outlets reported on Wednesday".
_BODY_REPORTED_RE = re.compile(
    r"(?:^|,\s+|\b(?:and|but)\s+)(?P<subj>(?:[Tt]he|[Mm]ultiple|[Ss]everal|[Oo]ther)\s+"
    r"(?:(?!(?:of|in|for|to|and|that|who|which)\b)[a-z][\w-]*\s+){0,3}?"
    # (the bodies of groups.py, media and other institutions)
    rf"(?:{'|'.join(sorted(BODY_WORDS))}|newspapers?|paper|network|outlets?|station|website|"
    r"site|magazine|group|giant|retailer|bank|department|committee|commission|council|board|"
    r"union|wire|channel|broadcaster|tabloid|publication|media|chain|maker|insurer|lender|"
    r"airline|utility|hospital|university|district|county|city))"
    # ("The company on Thursday reported a loss", "the bank last week reported")
    rf"(?:\s+(?:{WHEN_BEFORE_VERB}))?"
    r"\s+(?:(?:recently|first|also|previously|later|then)\s+)?(?:reported|reports)\b"
    r"(?!\s+(?:to|for|from|back)\b)"
)
# A stance in the passive, with who took it: "was endorsed by Ada Roe", "has been
# criticized by former rival Ted Lusk".
_STANCE_PASSIVES = (
    "endorsed|criticized|criticised|praised|condemned|denounced|attacked|blasted|slammed|"
    "mocked|ridiculed|lambasted|applauded|hailed|dismissed|rejected|accused|questioned|"
    "challenged|disputed|assailed|rebuked|welcomed"
)
_STANCE_WORDS = frozenset(_STANCE_PASSIVES.split("|"))
_STANCE_BY_RE = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+|also\s+)?"
    rf"(?:{_STANCE_PASSIVES})\s+(?:(?!by\b)[\w'’-]+\s+){{0,4}}?by\s+"
    rf"(?:(?:{_DESCRIPTORS}|rival|opponent|challenger|critic)\s+){{0,3}}(?P<subj>(?:the\s+)?{_ORG_PHRASE})"
    r"(?=\s*(?:[.,;:!?]|$)|\s+(?:of|in|on|at|who|during|after|before|and|for)\b)"
)
# Passive: "The meeting was first reported by Politico."
_REPORTED_BY_RE = re.compile(
    r"\b(?:was|were|is|are|has\s+been|had\s+been)\s+(?:(?:first|initially|previously|also|"
    rf"widely)\s+)?reported\s+(?:[\w'’-]+\s+){{0,3}}?by\s+(?P<subj>(?:[Tt]he\s+)?{_ORG_PHRASE})"
)
_AS_REPORTED_RE = re.compile(
    rf"\b[Aa]s\s+(?:first\s+|previously\s+|originally\s+)?reported\s+(?:by|in)\s+"
    rf"(?P<subj>(?:the\s+)?{_ORG_PHRASE})"
)
# Who released what "according to" cites, after it: "... released Wednesday by the X".
_RELEASED_BY_RE = re.compile(
    r"\s+(?:released|published|compiled|conducted|commissioned|issued|tabled|presented)\s+"
    # ("tabled in parliament on Thursday by")
    r"(?:(?:on\s+|last\s+|this\s+|in\s+)?[A-Z]?[a-z]+\s+){0,2}?by\s+"
    # ("by the state Office of ...", "by the city's Office of ...", "by the commission":
    # the body the story named)
    rf"(?P<subj>(?:[Tt]he\s+)?(?:(?:state|city|county|federal|national|regional)(?:['’]s)?\s+)?"
    rf"{_ORG_PHRASE}|the\s+(?:{KIND_NOUNS_RX})\b)"
    # "by the Inspector of Custodial Services, Ada Roe.": the holder of the office
    rf"(?:,\s+(?P<holder>{_NAME_PHRASE})(?=\s*[.,;]|\s*$))?"
)
# A document a body made or owns: "according to a notice the company filed with ...",
# "according to rate filings the insurer submitted", "according to the authority's figures"
_BODY_DOCUMENT_RE = re.compile(
    rf"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_PAPERS}|{DOCUMENT_NOUNS}|letters?)\s+"
    rf"(?:that\s+)?(?P<body>the\s+(?:{KIND_NOUNS_RX}))\s+"
    r"(?:had\s+|has\s+)?(?:filed|submitted|sent|released|published|issued|provided|gave|posted)\b"
    rf"|(?P<owner>the\s+(?:{KIND_NOUNS_RX}))['’]s\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_PAPERS}|{DOCUMENT_NOUNS})$"
)
_TITLE_FOR_OF_RE = re.compile(
    rf"\b(?i:{'|'.join(sorted(OF_TITLES))})\s+(?:of|for)\s+(?:the\s+)?[A-Z]"
)
_FOR_WHOM_RE = re.compile(r"\s+for\s+(?=[a-z])")  # "for the Associated Press", not "for Public"
_WHEN_AFTER_RE = re.compile(r"\s+(?:on|in|last|this)\s+(?P<day>[A-Z][a-z]+)")
# A group that reports, closing the sentence or before what it reports.
_GROUP_REPORTED_RE = re.compile(
    # (whole words, a possessive among them: "the study's researchers", not "s researchers")
    r"(?<![\w'’])(?P<subj>(?:(?:[Tt]he|[Ss]ome|[Oo]ther|[Ss]everal)\s+)?"
    r"(?:[A-Za-z][\w-]*(?:['’]s)?\s+){0,2}?"
    rf"(?:{GROUP_NOUNS}))\s+(?:also\s+|have\s+|had\s+)?reported"
    r"(?=\s*[.!]?[\"”]?\s*$|\s+(?:that|on|in|a|an|\d)\b)"
)
# A body that released a study and what it found: "The Urban Institute released a study
# Tuesday finding that ...", "The committee released a report estimating that ..." (the
# participle reports; not "released a report on housing.")
_RELEASED_FINDINGS = (
    r"(?:released|releases|published|publishes|issued|issues)(?=\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:report|study|analysis|survey|review|audit|estimate|forecast|paper|assessment)s?\b"
    r"[^,;:\"“”.!?]{0,60}?,?\s+(?:estimating|showing|finding|concluding|projecting|predicting|"
    r"warning)\b)"
)
# Not a reporter's credit line: "Costa reported from Washington."
_SOURCE_RE = re.compile(
    rf"(?P<subj>(?:[Tt]he\s+)?{_NAME_PHRASE})"
    # ("The Ledger, citing unnamed sources, reported"; "The Harrow Institute, a think tank,
    # found that")
    r"(?:,\s+(?:citing|quoting|an?|appointed|created|formed|established|set\s+up|led|chaired)"
    r"\s+[^,;\"“”]{1,80},)?"
    # ("Cascade Retail Group on Thursday reported a 12% jump", "... last week reported")
    rf"(?:\s+(?:{WHEN_BEFORE_VERB}))?"
    r"\s+(?:(?:recently|first|also|previously)\s+)?"
    rf"(?:{_SOURCE_VERBS}|{_RELEASED_FINDINGS})\b(?!\s+from\b)"
)
# The rest of an organisation's name before the part a source pattern found: "the U.S.
# Bureau of | Labor Statistics reported" (looked for only in the 80 characters before it).
# An ordinal inside a body's name: "the 6th Circuit", "the 82nd Airborne Division".
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
# What joins the parts of a body's name: "of", "for", "on", "and", "&", then "the" and an
# ordinal if any ("the U.S. Court of Appeals for the 6th | Circuit").
_ORG_JOIN = rf"\s+(?:of|for|on|and|&)\s+(?:the\s+)?(?:{_ORDINAL}\s+)?"
_ORG_HEAD_BEFORE_RE = re.compile(rf"(?:(?<=\s)|^)(?:[Tt]he\s+)?{_NAME_PHRASE}{_ORG_JOIN}$")
# A body's head or an office's title, "for" or "of", and the items of its list before a
# comma: "the Department for Digital, Culture, | Media and Sport".
_ORG_LIST_BEFORE_RE = re.compile(
    r"(?:(?<=\s)|^)(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}?(?P<head>[A-Z][a-z]+)"
    # ("the Secretary of State for Digital, Culture, | Media and Sport": an office's title)
    r"(?:\s+of\s+State)?\s+(?:for|of)\s+"
    r"(?:(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*,\s+){1,3}$"
)
_LIST_HEADS = _ORG_HEADS | OF_TITLES
# What the list ends with: "Media and Sport", "Food and Rural Affairs".
_LIST_CLOSES_RE = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}(?:and|&)\s+[A-Z]")

# "The 9th | Circuit Court of Appeals", "the 82nd | Airborne Division": an ordinal opens it.
_ORDINAL_BEFORE_RE = re.compile(rf"(?:(?<=\s)|^)[Tt]he\s+{_ORDINAL}\s+$")


def org_start(text: str, at: int) -> int:
    """Where an organisation's name that ends at ``at`` starts, up to three names back
    over "of", "for", "on" and "and": "the U.S. Bureau of | Labor Statistics", "The Centers for
    Disease Control and | Prevention", and an ordinal before it: "The 9th | Circuit"; ``at``
    itself when nothing comes before."""
    start = at
    for _ in range(3):
        head = _ORG_HEAD_BEFORE_RE.search(text, max(0, start - 80), start)
        if head is None and text.startswith(", ", start - 2) and _LIST_CLOSES_RE.match(text, start):
            # "the Department for Culture, | Media and Sport": a body's name with a list
            # of what it is for, closed by "and"
            head = _ORG_LIST_BEFORE_RE.search(text, max(0, start - 120), start)
            if head is not None and head.group("head").lower() not in _LIST_HEADS:
                head = None
        if head is None:
            break
        start = head.start()
    ordinal = _ORDINAL_BEFORE_RE.search(text, max(0, start - 12), start)
    return ordinal.start() if ordinal is not None else start


# A finding credited at the end of the sentence: "..., Fox found.", "..., Gallup shows."
_TRAILING_SOURCE_RE = re.compile(
    rf",\s+(?P<subj>(?:[Tt]he\s+)?{_NAME_PHRASE})\s+(?:(?:recently|also)\s+)?"
    r"(?:found|finds|showed|shows|estimated|estimates|concluded|concludes)[.!]?[\"”’]?\s*$"
)
# A sentence that opens with its subject: "Roe, a farmer, visited Dover and said ...".
_OPENING_SUBJECT_RE = re.compile(
    # ("62-year-old Ada Roe also railed against ...": an age before the name)
    rf"(?:[A-Z][\w'’.-]*\s+)*?(?:\d{{1,3}}-year-old\s+)?(?P<subj>{_NAME_PHRASE})(?:\s+\([^()]{{1,30}}\))?"
    # (an apposition between commas or dashes: "Roe — her chief of staff — offered")
    # ("Jo Roe, a grocer in San Jose, Calif., gave": a state after the apposition's city)
    rf"(?:,\s+[^,;\"“”]{{1,160}}?(?:{STATE_AFTER_CITY})?,|\s+[—–]\s+[^—–;\"“”]{{1,160}}?\s+[—–])?\s+[a-z]"
)
# A body whose name runs over "of", "for", "on" or "and" opening the sentence, then its
# verb: "The Court of Appeals for the 6th Circuit overruled ...".
_THE_ORG_OPENS_RE = re.compile(
    rf"(?P<subj>[Tt]he\s+{_NAME_PHRASE}(?:{_ORG_JOIN}{_NAME_PHRASE})+)"
    r"(?:,\s+[^,;\"“”]{1,160}?,)?\s+[a-z]"
)
_THE_NAMED_BODY_OPENS_RE = re.compile(rf"(?P<subj>[Tt]he\s+(?P<name>{_NAME_PHRASE}))\s+[a-z]")


def _the_named_body_opener(text: str) -> str | None:
    """A body's name after "The", with no "of" in it, opening the sentence: "The Supreme
    Court struck down the law, ruling ..." (its last word one only a body's name ends
    with; read last, after the far verb, as _THE_ORG_OPENS_RE takes the joined names)."""
    named = _THE_NAMED_BODY_OPENS_RE.match(text) if text.startswith("The ") else None
    return named.group("subj") if named is not None and names_a_body(named.group("name")) else None


_DESCRIBED_NAME_RE = re.compile(
    # ("Former prosecutor and city mayor Rudy Giuliani": two roles joined)
    rf"\s+(?:(?:{_DESCRIPTORS})\s+(?:and\s+)?){{1,3}}(?P<name>{_NAME_PHRASE})(?=[\s,])"
)
_FRONTED_SUBJECT_RE = re.compile(
    # "At a town hall in Ames, Iowa, on Sunday, Rep. Ann Roe (D-Iowa) defended ..."
    rf"(?:[^,;\"“”]{{1,80}},\s+){{1,3}}(?:\d{{1,3}}-year-old\s+)?(?P<subj>{_NAME_PHRASE}|he|she|they)"
    rf"(?:\s+\([^()]{{1,30}}\))?\s+[a-z]"
)
# "But the other candidate, former Secretary of State Ann Roe, drew a contrast, saying":
# the name in the apposition of a "the ..." subject.
# A word of a description no list holds, before the name it describes ("retired surgical
# nurse Doreen Maddox"): not a word that links the name to someone else ("flanked by",
# "speaking to", "who", "and").
_PLAIN_DESCRIPTOR = (
    r"(?!(?:to|with|for|by|at|in|on|from|about|and|or|who|whom|which|that|than|as|like|"
    r"alongside|beside|against|after|before|under|over|near|said|says|told)\b)"
    r"[a-z][a-z-]{2,}(?<!ing)"
)
# Lower-case words describing the person an apposition names: "retired nurse Ada Pike"
_DESCRIBING_WORDS_RE = re.compile(
    rf"^(?:(?:an?|the)\s+)?(?:(?:{_DESCRIPTORS}|{_PLAIN_DESCRIPTOR})\s+){{1,4}}(?=[A-Z])"
)
_THE_APPOSED_RE = re.compile(
    # ("Its president, Lena Marsh, said": whose, by a possessive pronoun)
    rf"(?:(?:But|And|Yet|Still)\s+)?(?:[Tt]he|Its|His|Her|Their|One|An?|Another|"
    rf"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}}['’]s)\s+"
    # ("The Secretary of State for Environment, Food and Rural Affairs, Helen Marsh,")
    rf"(?:[^,;\"“”]|{LIST_COMMA}){{1,60}},\s+"
    # (one way to read each word: a plain word is a listed descriptor too)
    rf"(?:(?>[A-Z][\w'’.-]*|of|(?:{_DESCRIPTORS})|{_PLAIN_DESCRIPTOR})\s+)*?"
    rf"(?P<subj>{_NAME_PHRASE}),\s+[a-z]"
)
# The verb after "The union's president, Ada Quist, ...": any speech or stance verb.
# A finding reported before what it found: "..., INEGI, reported that ..." (not
# "reported for work")
_FINDING_THAT = r"(?:reported|reports|found|finds|concluded|concludes|showed|shows)(?=\s+that\b)"
# (a finding reported too: "The union's treasurer, Ada Quist, reported that ...")
_APPOSED_STANCE_RE = re.compile(
    rf"(?:(?:{_AUXILIARIES})\s+)*(?P<verb>{_SPEECH_VERB_RX}|{_FINDING_THAT})\b"
)
# Participles of a stance the sentence's subject takes as it acts ("..., citing the
# attack", "by asking whether ..."), with no words reported.
_STANCE_PARTICIPLES = (
    *("citing", "asking", "questioning", "slamming", "criticizing", "criticising"),
    *("accusing", "denouncing", "mocking", "dismissing", "touting", "pledging", "urging"),
    *("contrasting", "announcing"),
)
# An unnamed source's nouns, one or more ("an aide", "two aides"): a set test before the
# pattern of the unnamed a sentence opens with.
_UNNAMED_FORMS = UNNAMED_NOUNS | {f"{noun}s" for noun in UNNAMED_NOUNS}
_SPEAKS_FOR_RE = re.compile(
    r"\b(?i:spokes(?:man|woman|person|people)|representatives?|officials?)\b"
)
# A verb of saying whose object is missing, a relative clause's ("the level experts say
# is needed"): an auxiliary or a copula right after it.
_GAPPED_SAY = (
    r"(?:say|says|said|believe|believed)\s+(?:is|are|was|were|will|would|could|should|can|"
    r"may|might|must|has|have|had)\b"
)
# Participles that report the speech of the sentence's subject ("..., saying ...").
_PARTICIPLES = frozenset(
    [
        *_STANCE_PARTICIPLES,
        "pointing",  # "pointing to", "pointing out"
        *("ruling", "finding"),  # "..., ruling that ..."
        *("saying", "telling", "declaring", "arguing", "adding", "noting", "warning"),
        *("insisting", "calling", "describing", "writing", "tweeting", "posting"),
        *("joking", "boasting", "complaining", "claiming", "vowing", "predicting"),
        *("suggesting", "acknowledging", "admitting", "explaining", "asserting", "stating"),
        "promising",
        *("forecasting", "projecting", "estimating"),  # "..., forecasting a deficit of ..."
    ]
)
# "..., with Sen. Jo Roe calling it “a menu”": a name and a participle of speech or stance
# after "with" (titles and descriptors before the name are read past).
_WITH_SPEAKER_RE = re.compile(
    rf"\bwith\s+(?:(?:[A-Z][\w.'’-]*|{_DESCRIPTORS})\s+){{0,4}}?(?P<name>{_NAME_PHRASE})"
    rf"\s+(?:\w+ly\s+)?(?:{'|'.join(sorted(_PARTICIPLES))})\b"
)
# Verbs that report speech only before "that", a colon or a quotation ("added that",
# "added:"), never before a plain object ("added 4,000 jobs").
# What follows some verbs of the lists when they report no words: "promised to be a
# crucial moment", "claimed the prize", "felt the need to".
_PROMISED_NOTHING_RE = re.compile(r"\s+to\s+be\s+(?:a|an|the)\s")
_CLAIMED_A_WIN_RE = re.compile(
    r"\s+(?:the|a|an|his|her|their|its)\s+(?:\w+\s+)?(?:prize|victory|win|title|seat|"
    r"mantle|nomination|crown|trophy)\b"
)
_FELT_NEED_RE = re.compile(r"\s+(?:the|a)\s+need\b")
# "worries" reports a fear only before a clause ("worries that ...", "worries the county
# will ..."), not as a cause of worry ("The drought worries farmers") or a noun ("Asian
# worries about ...").
_WORRIES_NOBODY_RE = re.compile(
    r"(?!\s+(?:that|so\s+much|(?:he|she|they|it|we|I|the\s+\w+|[A-Z][\w'’-]+)\s+"
    r"(?:would|will|could|might|may|is|are|was|were|has|have|had|can|must|should)\b))"
)
# "claims" as a noun: "have claims in the area", "the fraud claims, pointing ...",
# "could blunt Republican claims." (and "claims the prize")
_CLAIMS_NOUN_RE = re.compile(
    rf"{_CLAIMED_A_WIN_RE.pattern}|\s*(?:[,.;:)!?]|$)|"
    r"\s+(?:in|of|on|about|against|to|for|and|or|were|are|have|had|by|from|made|filed)\b"
)
# "declared himself an independent": a change of status, not a statement
_DECLARED_SELF_RE = re.compile(rf"\s+{SELF_OBJECT}\s+(?:an?|the)\b")
_NOT_WORDS_AFTER = {
    "declared": _DECLARED_SELF_RE,
    "declares": _DECLARED_SELF_RE,
    "promised": _PROMISED_NOTHING_RE,
    "promises": _CLAIMS_NOUN_RE,
    "worries": _WORRIES_NOBODY_RE,
    "claimed": _CLAIMED_A_WIN_RE,
    "claims": _CLAIMS_NOUN_RE,
    "felt": _FELT_NEED_RE,
    "feels": _FELT_NEED_RE,
}
# Words that make the clause after them a question asked or a report spoken of, not the
# sentence's own report: "why", "whether", "reports that", "the idea that".
_EMBEDDING_BEFORE_RE = re.compile(
    r"\b(?:(?:ask(?:ed|ing|s)?|wonder(?:ed|ing|s)?)\s+(?:[\w'’.-]+\s+){0,3}?(?:why|whether|if|how)|"
    r"(?:reports?|news|rumou?rs?|speculation|allegations?|suggestions?|idea|notion|word|"
    r"claims?)\s+that|"
    # the writer's impression of what the subject holds: "It doesn't sound like Roe knows"
    r"(?:sounds?|sounded|seems?|seemed|looks?|looked|feels?|felt)\s+(?:like|as\s+(?:if|though)))\s+$"
)
_BARE_OBJECT_VERBS = frozenset(
    [
        "added",
        "adds",
        "asked",
        "asks",
        "maintained",  # "maintained his lead"
        # (present forms: "Clinton maintains a wide lead", "Roe recalls the day")
        *("maintains", "stresses", "recalls", "observes", "confirms"),
        "responded",  # "responded by easing sanctions"
        "replied",
        "testified",  # "testified before the panel"
        "continued",  # "continued his tour"
    ]
)
# Words a sentence opens with that a name phrase can swallow ("But Ivers said").
_OPENING_CONJUNCTIONS = frozenset(["And", "But", "So", "Yet", "Then", "Also", "Still", "Now"])
_TITLES_TEXT = "Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Prof Rev Sgt Capt Adm Maj Cpl Atty Supt Insp"
_TITLE_ABBREVIATIONS = frozenset(_TITLES_TEXT.split())
_TITLED_RE = re.compile(
    rf"(?:{'|'.join(sorted(_TITLE_ABBREVIATIONS))})\.?\s+(?P<name>{_NAME_PHRASE})"
)
_NAME_END_RE = re.compile(r"\s*(?:[.,;:!?()\"”’'—–-]|$)")
# Verbs whose object is the listener: never inverted (", told the Herald" names who
# heard it, not who spoke).
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
# After an apposition's comma, a verb of the opener's own ("Bo Ek, 45, is running ...").
_OWN_PREDICATE_RE = re.compile(r",\s+(?:is|was|are|were|has|had|have|will|would)\s+[a-z]")
_AND_BEFORE_RE = re.compile(r"\b[a-z]+\s+and\s+$")
_EMBEDDED_BEFORE_RE = re.compile(r"(?:,|\b(?:of|in|at|for|from|with|by)(?:\s+the)?)\s+$")
# A party label after a name: "Sen. Ann Kirby, R-Fla., said", "(D-N.M.)".
_PARTY_LABEL = r"[RDI]-[A-Z][A-Za-z.]*"
_PARTY_LABEL_RE = re.compile(rf"{_PARTY_LABEL}\.?")
# The name a party label follows: the speaker, not the label.
_NAME_BEFORE_LABEL_RE = re.compile(rf"(?P<name>{_NAME_PHRASE}),\s+$")
# A participle's phrase before a name, with no comma to close it: "Making her way around".
_PARTICIPLE_OPENER_RE = re.compile(r"[A-Z][a-z]{2,}ing\s[^,;\"“”]*$")
_NOT_PARTICIPLES = frozenset(
    ["Nothing", "Something", "Anything", "Everything", "Beijing", "Wyoming", "Morning"]
)
# A participle opening a phrase, not a name ("Walking to", "Standing in front of"):
# "Manning said" is a name, so the word after it decides.
_PARTICIPLE_PHRASE_RE = re.compile(
    r"[A-Z][a-z]{2,}ing\s+(?:to|the|a|an|in|on|at|with|through|into|out|up|down|back|away|"
    r"around|across|past|over|from|for|his|her|their|its|this|that|these|those|before|after|"
    r"him|them|off|[a-z]+ing)\s"
)
_NAME_LEAD_RE = re.compile(rf"(?P<name>{_NAME_PHRASE})(?:\s|$)")
# A sentence that opens with a name and an apposition: "Eric Holm, a pastor, ...",
# "Sen. Ann Kirby, R-Fla., a candidate, ...".
# ("76-year-old Jo Roe, founder of ...,": an age before the name)
_APPOSED_OPENER_RE = re.compile(
    rf"(?:\d{{1,3}}-year-old\s+)?(?P<name>{_NAME_PHRASE})(?:,\s+{_PARTY_LABEL})?,\s+[a-z\d]"
)
# A name opening the sentence, then its apposition: "Clara Roe, | Harold Roe's niece"
_NAME_THEN_COMMA_RE = re.compile(rf"(?P<name>{_NAME_PHRASE}),\s+")
# A reporting clause set off by commas inside a sentence: "..., Lusk said, ...".
_APPOS_REPORT_RE = re.compile(
    rf"(?P<name>{_NAME_PHRASE}|he|she|they)\s+(?:also\s+)?(?:said|says|argued|argues|added|"
    r"adds|noted|notes|wrote|writes|insisted|insists|contended|contends|claimed|claims|"
    r"told\s+\w+|tells\s+\w+)"
)
# A short fronted phrase of lower-case words: "Just last week, ", "Earlier this year, ".
_LEAD_PHRASE_RE = re.compile(r"[A-Z][a-z]+(?:\s+[a-z][\w'’-]*){0,4},\s+")
_DESCRIBED_HOW_RE = re.compile(
    rf"\s+(?:how|what|why|(?:[^.;:\"“”]|{TITLE_FULL_STOP}){{1,60}}?\sas)\b"
)
# What naming says without quotation marks: "called him a liar", "called the vote an
# insult" (not "called Paris a day later", "called it a day": no object named so).
_NAMED_AS_RE = re.compile(
    r"\s+(?:the|his|her|their|its|it|him|them|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:"
    r"(?:a|an)\s+"
    r"(?!(?:day|night|week|month|year|few|couple|number|lot|bit|while|time|second|third|"
    r"minute|hour|moment|career|draw|tie|meeting|session|halt|truce|strike)s?\b)[a-z]|"
    # "Mayor Roe called it the most important decision in a generation", "... one of the
    # worst", "called the plan reckless."
    r"the\s+(?:most|least|single|only|biggest|best|worst|[a-z]+est)\b|one\s+of\s+the\b|"
    r"(?:[a-z]+(?:able|ible|ous|ful|less|ive|ic|ent|ant)|wrong|false|absurd|un(?:fair|true|"
    r"just|wise|safe|sound|founded|precedented|constitutional|necessary|democratic|american|"
    r"serious|warranted|called\s+for)|"
    # ("Pike called the levy unfair.", "a rigged system", "misleading")
    r"racist|sexist|naive|weak|corrupt|premature|misguided|flawed|rigged|misleading|"
    r"troubling|disappointing|alarming|appalling|shocking|insulting|disgusting|"
    r"embarrassing|outrageous|bizarre|crazy|stupid|illegal|immoral)(?:\s*[.,;]|\s+and\s))"
)
# Verbs that report the speaker's words only when a quotation follows.
_QUOTE_OBJECT_VERBS = frozenset(
    ["called", "described", "describes", "dubbed", "labeled", "labelled", "branded"]
)
# Verbs that report speech only with the words reported: a quotation in the sentence, or
# a colon, a comma or "that" after them ("the borrowing continued.", "agreed to meet",
# "answered 12 questions", "in Syria once agreed.").
_WORDS_AFTER_VERBS = frozenset(
    ["continued", "continues", "concluded", "agreed", "agrees", "echoed", "answered"]
)
# A comma counts only before a quotation: "the drinking continued, and ..." is no speech.
# (with whom first: "agreed with Hale that taxes fell")
_CONTINUED_SPEECH_RE = re.compile(
    r"\s*(?::|that\b|,\s*(?:[\"“‘]|''))|\s+with\s+(?:[A-Z][\w.'’-]*\s+){1,3}that\b"
)
_BE_WORDS = frozenset(["is", "was", "were", "are", "been", "be", "being"])
# The rest of a sentence after a closing reporting clause's verb: where or when, no clause.
_CLOSING_TAIL_RE = re.compile(r"[^,;:\"“”]{0,60}?[.!?][\"”]?\s*$")
# "added that", "added:", "added warily: ..."
_REPORTED_AFTER_RE = re.compile(
    # "Roe noted; ...", "Roe asked how ...", "asked whether ..."
    r"(?:\s+[a-z]+ly)?(?:\s+(?:this|last)\s+(?:week|month|year))?"  # "noted this week that"
    # "testified Thursday that", "asked on Monday whether" (a day alone is the next branch's)
    r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?=\s+(?:that|how|whether|why|what|if)\b))?"
    r"\s*(?:[,;:\"“'‘.]|that\b|(?:how|whether|why|what|if)\b|$)"
    r"|\s+(?:a|an|the|this|one)\s+[a-z]+(?:\s+[a-z]+)?\s*:"  # "added a caveat: ..."
    # before whom: "testified before the Senate Judiciary Committee that", "replied to
    # the senator that"
    r"|\s+(?:before|to)\s+(?:the\s+|a\s+)?(?:[A-Za-z][\w'’.-]*\s+){1,5}?that\b"
    # where or when, closing the sentence or before a quotation: "Roe asked on Twitter.",
    # "Roe added in a statement: ...", "Roe asked Tuesday." (not "added in Iowa, where")
    r"|(?:\s+(?:on|in|at|during)\s+(?:the\s+|a\s+|an\s+)?[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,2}?"
    r"|\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*(?:[.;!?]\s*$|:|,\s*(?:[\"“]|''))"
)
# "asked the students if ...", "asked Rubio which states ...", "asked her to call ...": a
# question or a request put to someone (not "asked for $1.9 billion").
_ASKED_WHOM_RE = re.compile(
    r"\s+(?:him|her|them|us|me|(?:the|a|an|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?|"
    # ("asked former Attorney General Ed Roe whether": a descriptor before the name)
    r"(?:the\s+)?(?:(?:former|then|acting|outgoing|incoming|fellow|rival)\s+)?"
    rf"(?P<name>{_NAME_PHRASE}))\s+(?:[A-Z][a-z]+day\s+)?"  # "asked Roe Wednesday if"
    r"(?P<word>if|whether|why|how|what|which|when|where|who|about|to(?=\s+[a-z]))\b"
)
# The speaker's own "asked" ("Hannity then asked Trump ..."), before _ASKED_WHOM_RE.
_ASKER_VERB_RE = re.compile(
    r"(?:\s+(?:then|also|later|again|once|pointedly|repeatedly|directly))?\s+(?:asked|asks)"
)
_PRONOUN_CLAIM_RE = re.compile(
    # (after an opening conjunction too: "But he recognizes that ...")
    r"(?:(?:But|And|Yet|Still),?\s+(?P<pron>he|she|they)|He|She|They)"
    r"\s+[a-z][^\"“”]{0,60}?(?:[\"“]|\bthat\s)"
)
# "They" opening the sentence with a stance in the plural present, which the verb list
# (third person singular and past) does not hold: "They want a 5 percent cut", "They
# believe taxes are too high", "But they also argue that ..."
_THEY_STANCE_RE = re.compile(
    r"(?:(?:But|And|Yet|Still|Now|So),?\s+they|They)\s+(?:(?:also|still|now|all|both|really|"
    r"strongly|firmly|clearly|genuinely|do)\s+)*(?:believe|think|want|hope|fear|expect|argue|"
    r"insist|warn|claim|contend|maintain|worry|doubt|predict|feel)\b"
)
# After "that" or an opening quotation mark, what shows no words are reported: a verb
# right after "that" (a relative clause), or a short quoted title in capitals.
_NO_CLAIM_AFTER_RE = re.compile(
    r"(?<=that\s)(?:has|had|have|is|was|are|were|will|would|can|could|already|also)\b|"
    # a past tense after it: "He installed a suite that included a bathroom"
    r"(?<=that\s)(?:[a-z]{3,}ed|became|began|made|took|gave|won|lost|kept|led|ran|went|"
    r"came|grew|drew|brought|sold|built|left|held)\b|"
    # a determiner, its noun closing the clause: "She will hit that number on Tuesday",
    # "He made that point." (not "She hopes that taxes fall", "that the", "that he")
    r"(?<=that\s)(?!(?:the|a|an|he|she|it|they|we|i|you|there|this|these|those|his|her|"
    r"their|its|our|no|all|some|most|many|more|every|each|both|any|such|one|two|three|"
    r"four|five|six|half|if|when|while|because|as)\b)"
    r"[a-z][\w-]*(?:\s*[.,;:!?]|\s+(?:on|in|at|by|for|with|to|from|and|or|of|as|"
    r"when|before|after|than)\b|\s*$)|"
    r"(?<=[\"“])(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*[\"”]|"
    # a work's title in title case, its small words and the full stop that ends the
    # sentence inside the marks too: 'He is now host of “The Nightly Show with Larry
    # Wilmore.”', 'She starred in “Trainwreck.”'
    rf"(?<=[\"“])[A-Z][\w'’-]*(?:\s+{_TITLE_WORD}){{0,8}}[,.!?]?[\"”]\s*$"
)
# A body a "which said" clause hangs on, with or without an apposition between them.
_WHICH_SAID_RE = re.compile(
    r"(?P<name>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)?[A-Z][\w'’&.-]*){1,7})"
    r"(?:,\s+an?\s+[^,;\"“”]{1,60}?)?,\s+which\s+(?:also\s+|has\s+|had\s+)?"
    r"(?:said|says|announced|warned|argued|contends|claimed|reported|estimated|insisted)\b"
)
# "..., whose chairman, Sen. Rufus Roe, said ...": the one the role is given to
_WHOSE_ROLE_SAID_RE = re.compile(
    rf",\s+whose\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_ROLE_HEADS}),\s+(?P<name>{_NAME_PHRASE}),\s+"
    r"(?:also\s+)?(?:said|says|told|argued|warned|added|noted|insisted)\b"
)
_DEGREE_WORDS = frozenset(["the most", "most", "the more", "more", "the least", "least"])
# An unnamed source after its verb: "..., said two people familiar with the matter"
_UNNAMED_AFTER_VERB_RE = re.compile(
    r"\s+(?:(?:two|three|four|five|six|several|some|many|other|one|a|an)\s+)?"
    # (a short list of its own: groups.py's nouns of groups and of persons hold "members",
    # "wife", ... which would take ", said members were ..." and ", said he and his wife
    # had ..." for a source after the verb)
    r"(?:[a-z-]+\s+){0,3}?(?:people|person|officials?|sources?|aides?|analysts?|experts?|"
    r"investigators?|prosecutors?|lawyers?|residents?|executives?|employees?|workers?)\b"
)
_FAR_VERB_RE = re.compile(
    # "she released a statement saying ...", "sent a tweet saying ..."
    # "responded on Facebook writing, “...”"
    # ("is making a pitch to New York voters saying ...": an appeal to an audience)
    r"\b(?:statement|release|tweet|email|e-mail|letter|post|message|memo|video|Facebook|Twitter|"
    r"Instagram|pitch|appeal)(?:\s+to\s+(?:its\s+|his\s+|her\s+|their\s+|(?:[A-Z][\w.'’-]*\s+){1,3})?"
    r"(?:supporters|members|donors|reporters|voters|followers|staff))?"
    r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s+(?:this|last)\s+week)?"
    r"\s+(?:saying|writing)\b|"
    # "The ministry released data showing that ...": what the subject's paper shows
    r"\b(?:released|published|issued|unveiled|posted)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:showing|suggesting|arguing|concluding|finding|indicating)(?=\s+(?!off\b|up\b)[\w$])|"
    # "Roe released a marketing video that said, “...”": the subject's paper's words
    r"\b(?:released|published|issued|unveiled|posted|aired)\s+(?:[\w'’-]+\s+){1,4}?"
    r"that\s+(?:said|says|read|reads|stated|states|declared|claimed|claims)(?=\s*[,:]?\s*[\"“]|\s+that\b)|"
    r"(?:,[\"”’]?|\band(?:\s+ha[sd])?|\bbut|\bby|\bupon|\s[–—]|\s-(?=\s)|"
    # "... before explaining why she backs her"
    r"\b(?:while|before|after)(?=\s+(?:saying|telling|arguing|insisting|noting|warning|"
    r"explaining|declaring)\b))\s+"
    r"(?:also\s+|later\s+|then\s+|now\s+|eventually\s+|finally\s+|repeatedly\s+|first\s+|only\s+|"
    r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:said|says|told|tells|"
    # "Roe spoke at a forum on Sunday, and criticized Doe": a finite verb after "and"
    # or after ", then" ("Clinton paused, then revealed why ...")
    r"(?:(?<=and\s)|(?<=then\s)|(?<=but\s))(?:criticized|accused|acknowledged|argued|insisted|warned|"
    rf"claimed|predicted|vowed|promised|denied{DENIED_SOMEONE}|declared(?!\s+{SELF_OBJECT}\s)|"
    r"asserted|admitted|conceded|suggested|"
    r"explained|revealed|noted|stressed|"
    # "The Fed held rates steady, but signaled that two cuts were likely"
    r"(?:signaled|signalled|indicated|hinted)(?=\s+(?:that|at)\b)|"
    # "... and called the levy “rotten to the core”": naming, with the quotation
    r"(?:called|described|dubbed|labeled|labelled|branded)(?=[^\"“”]{1,60}[\"“]))|"
    # after an apposition, with a person as its object: "Roe, the former governor, who
    # has resented it, called his rival “scripted”" (not "The bill, called “Fair Share”")
    r"(?<=,\s)(?:called|described|dubbed|labeled|labelled|branded)(?=\s+(?:him|her|them|"
    r"(?:his|her|their|its)\s+[a-z][\w-]*)\s+[^\"“”]{0,40}(?:[\"“]|''))|"
    # ("..., wrote in a blog post that", "..., wrote on Tuesday that": where or when)
    r"wrote(?=(?:\s+(?:in\s+(?:an?|the|his|her|its|their)(?:\s+[\w-]+){1,5}?|"
    r"on\s+[\w.-]+(?:\s+[\w.-]+)?))?\s*(?:that\b|[:,\"“]))|"
    # after an apposition, before what was argued: "Roe's lawyer, Ada Pike of the Legal Aid
    # Society, argued that ..."
    r"(?<=,\s)(?:argued|insisted|warned|noted|acknowledged|contended|testified|explained)"
    r"(?=\s+that\b)|"
    r"saying|telling|declaring|adding(?!\s+(?:to|up)\b)|arguing|warning|insisting|noting|"
    # a court's or a panel's holding given with what it did: "..., ruling that ..."
    # ("..., ruling 5-3 that ...": the vote between)
    r"(?:ruling|finding)(?=\s+(?:(?:\d+-\d+|unanimously)\s+)?that\b)|"
    # "Judge Ho dissented, writing that ...": what the subject wrote
    r"writing(?=\s+that\b)|"
    # a stance taken in the same breath: "..., citing the attack", "by asking whether ..."
    rf"{'|'.join(_STANCE_PARTICIPLES)}|"
    r"calling\s+(?:for|on)|pointing\s+(?:to|out)|promising\s+to|"
    # Naming in the speaker's words, with the quotation: "..., calling him “a stiff.”"
    r"(?:calling|describing|writing|tweeting|posting)(?=[^\"“”]{1,60}[\"“])|"
    # "..., joking that ...", "..., vowing: ..."
    r"(?:joking|boasting|complaining|claiming|vowing|predicting|suggesting|acknowledging|"
    r"admitting|explaining|asserting|stating|promising)(?=\s*(?:that\b|[:\"“]))|"
    # a forecast given with its figure: "..., forecasting a deficit of $800 million"
    r"(?:forecasting|projecting|estimating)(?=\s+(?:that\b|an?\s|the\s|[$£€]|\d)))\b"
    # "Roe stood at a town hall to say he was leaning toward ...": a purpose of speaking
    r"|\b(?:stood|rose|stepped\s+(?:up|forward)|got\s+up|took\s+the\s+(?:stage|floor|podium|"
    r"microphone|mic))\b[^,;:.\"“”]{0,50}?\s+to\s+(?:say|tell|argue|warn|ask|announce|declare)\b"
    # "Roe took to Twitter to say ...", "Roe went on to say", "Roe declined to say"
    # ("Roe likes to say that the port pays for itself", "as Roe used to say")
    r"|\b(?:went\s+on|goes\s+on|went\s+so\s+far\s+as|declined|refused|continued|likes|liked|"
    r"loves|loved|used|"
    r"took\s+to\s+[A-Z]\w+|"
    r"(?:was|were)\s+(?:not\s+)?(?:quick|careful|willing|unwilling|reluctant|prompted|moved|"
    # "Caucus-goers were slightly more likely to say"
    r"(?:(?:slightly|much|far|somewhat|significantly)\s+)?(?:more|less)\s+likely))"
    r"\s+to\s+(?:say|tell|add|note|stress|point\s+out)\b"
    # "Roe was quoted as saying", "Roe was quoted by the Ledger as saying"
    r"|\b(?:was|were|is|are)\s+quoted\s+(?:[^,;\"“”]{1,40}?\s+)?as\s+(?:saying|telling)\b"
)
# Every word _FAR_VERB_RE needs one of (its verbs): a set test before the search.
_FAR_WORDS = frozenset(
    w
    for w in re.findall(r"[a-z]{3,}", _FAR_VERB_RE.pattern)
    if w.endswith(("ing", "id", "ys", "old", "lls", "ote", "say", "tell", "ed"))
) | {"add", "note", "stress", "point"}
# The verbs of _SOURCE_VERBS ("that" and "first" there are context, not verbs).
_SOURCE_WORDS = frozenset(re.findall(r"[a-z]{3,}", _SOURCE_VERBS)) - {"that", "first"} | {
    *("released", "releases", "published", "publishes", "issued", "issues"),  # (_RELEASED_FINDINGS)
}
# Words of the verb patterns that are context after the verb: "for" in "calls for",
# "that" in "charged that", "concern" in "expressed concern". Common words, they would send
# most sentences through the patterns; the first word of each pattern stays in the set (the
# patterns are searched from the first word found).
_CONTEXT_WORDS = frozenset(
    [
        *("for", "out", "that", "about", "back", "against", "support", "aim", "hope"),
        # ("doubts" is also the verb: "Hale doubts the figures", as "claims" is below)
        *("interest", "concern", "concerns", "confidence", "doubt", "regret"),
        *("frustration", "opposition", "optimism", "skepticism", "disappointment", "outrage"),
        *("new", "brief", "written", "joint", "radio", "television", "statement"),
        # "spoke with CNN about", "made it clear", "made the point", "offered a response"
        *("with", "clear", "secret", "the", "his", "her", "their", "similar", "similarly"),
        *(w for w in MADE_NOUNS if w != "claims"),  # ("Roe claims" is a verb)
        *OFFERED_NOUNS,
        *WELCOMED_NOUNS,
        *VERB_CONTEXT_WORDS,
        *RECALLED_NOUNS,
        *DECLARED_ACT_WORDS,  # "declared a state of emergency"
        *WRITTEN_WORK_WORDS,  # "wrote the letter on Feb. 2"
        *DENIED_SOMEONE_WORDS,  # "denied him a seat"
        *FELT_AND_UNDER_WORDS,  # "felt blindsided", "wrote under the pseudonym"
    ]
)
_SPEECH_WORDS = frozenset(
    [
        *(
            w
            for w in re.findall(r"[a-z]{3,}", _SPEECH_VERBS + "|" + _PROGRESSIVE_VERBS)
            if w not in _CONTEXT_WORDS
        ),
        *_SOURCE_WORDS,
        "according",
    ]
)
# Capitalised too: "According to ..." and "Says ..." open sentences.
_SPEECH_WORDS_ANY_CASE = _SPEECH_WORDS | {w.capitalize() for w in _SPEECH_WORDS} | _PARTICIPLES
# Verb words only before what they report ("write that", "argue in the paper that")
_PLURAL_REPORTS_WORDS = frozenset(PLURAL_REPORTS_THAT_WORDS + PRONOUN_FIGURE_WORDS)
_PLURAL_REPORTS_RE = re.compile(rf"\b(?:{PLURAL_REPORTS_THAT}|{PRONOUN_FIGURES})")
_WORD_RE = re.compile(r"[A-Za-z]+")
# The words the spokesperson pattern needs one of, found by substring (cheaper than a
# regex alternation tried at every character).
_SPOKES_HINTS = ("spokes", "official", "aide", "representative")
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:with|of|in|on|at|from|to|about|for|by|into|over|under|after|before|during)\s+$"
)


# A body described, then named in apposition, then its verb: "A regional development group,
# the Tarn Rail Council, said", "The union, Workers United, which represents ..., warned".
_BODY_APPOSED_SAYS_RE = re.compile(
    # ("The laboratory, the Nordvik Institute for Doping Analysis, said")
    rf"(?:(?:But|And)\s+)?(?:An?|The)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{BODY_DESCRIPTIONS}|"
    r"laboratory|lab|regulator|agency|tribunal|court|panel)"
    r",\s+(?P<name>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)?[A-Z][\w'’&.-]*){0,7})"
    r",\s+(?:(?:which|that)\s+[^,;\"“”]{1,120}?,\s+)?(?:also\s+)?"
    r"(?:said|says|told|added|warned|argued|wrote|urged|estimated|announced|insisted)\b"
    # ("The country's statistics agency, INEGI, reported that ...")
    r"|(?:(?:But|And)\s+)?(?:The|Its|Their)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{BODY_DESCRIPTIONS}|laboratory|lab|regulator|agency|office|bureau|institute)"
    r",\s+(?P<name2>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)?[A-Z][\w'’&.-]*){0,7})"
    rf",\s+(?:also\s+)?{_FINDING_THAT}"
)

# What a body is by its trade, and a body's name of up to six capitalised words ("Strydora",
# "Bank of Valdoria", "Harlow & Sons").
_BODY_TRADES = rf"{BODY_DESCRIPTIONS}|giant|brand|bank|lender|insurer|broadcaster|publisher|agency"
_BODY_NAME = r"[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'’&.-]*){0,5}"
# "Its sponsor, sportswear maker Strydora, said", "Roe's publisher, the media group Tarn
# House, said": a body someone has, named after a description of its trade
_OWNED_BODY_NAMED_SAYS_RE = re.compile(
    rf"(?:(?:But|And)\s+)?(?:The|Its|His|Her|Their|{_NAME_PHRASE}['’]s)\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    r"[a-z][\w-]*,\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    rf"(?:{_BODY_TRADES})\s+(?P<name>{_BODY_NAME})"
    r",\s+(?:also\s+)?(?:has\s+|had\s+)?"
    r"(?:said|says|told|added|warned|argued|wrote|announced|insisted|confirmed|denied)\b"
)


def _speaker(text: str, inside: bool = False) -> tuple[str | None, str, str | None]:
    """The speaker (or source) phrase of one sentence, which kind it is ("speaker",
    "source", "description" for one described, not named: "the editorial board", "The
    self-described democratic socialist", or "group" for a plural or evidence subject kept
    whole: "Protest organizers in Cleveland", "a Monmouth poll"), and the role it was
    introduced with ("The Chancellor, Rachel Reeves, said" -> "chancellor")."""
    if text.startswith("All told, "):
        # "All told, the group raised $4 million": "in all", not everyone telling
        text = "In total, " + text[10:]
    if ", per " in text:
        # "Unemployment fell to 4.1%, per the Labor Department.": "according to"
        text = _PER_SOURCE_RE.sub(", according to ", text)
    elif text.startswith("Per ") and _OPENING_PER_RE.match(text):
        text = "According to " + text[4:]  # "Per Delgado's office, the state has added ..."
    # Most sentences have no reporting verb at all: a set test skips the regexes.
    sentence_words = _WORD_RE.findall(text)
    hits = _SPEECH_WORDS_ANY_CASE.intersection(sentence_words)
    if hits and hits.issubset(_PLURAL_REPORTS_WORDS) and _PLURAL_REPORTS_RE.search(text) is None:
        hits = frozenset()  # "..., critics argue.": no verb before what it reports (groups.py's)
    if text[:1] in "\"“‘'" and ":" in text and not inside:
        quoted_first = quote_then_speaker(text)
        if quoted_first is not None:
            return quoted_first, "speaker", None  # "'We will win': Okafor on the budget"
    if (" as saying" in text or " as telling" in text) and not inside:
        cited = _CITED_AS_SAYING_RE.search(text)
        if (
            cited is not None
            and cited.group("name")
            and _person_like(clean_name(cited.group("name")))
        ):
            # "State media quoted Commerce Minister Wang Wentao as saying ...": the one
            # quoted, not the medium that quoted
            return clean_name(cited.group("name")), "speaker", None
        if cited is not None and cited.group("pron"):
            return ("He" if cited.group("pron") == "him" else "She"), "speaker", None
    if text[:1] in '"“' and ("—" in text or "–" in text) and not inside:
        credit = _QUOTE_DASH_CREDIT_RE.fullmatch(text)
        if credit is not None and _person_like(clean_name(credit.group("name"))):
            # '"This bill will cost jobs," — Rep. Ada Pike, R-Ohio': the credit line kept
            # in the quotation's sentence by its comma
            return clean_name(credit.group("name")), "speaker", None
    if not HEADLINE_VERBS.isdisjoint(sentence_words):
        headline = headline_speaker(text, sentence_words)
        if headline is not None:
            return headline, "speaker", None  # "Roe Says Levy Will Pass"
    if ("'s " in text or "’s " in text) and not inside:
        brand = _BRAND_OPENS_RE.match(text)
        if (
            brand is not None
            and brand.group("brand").lower() in POSSESSIVE_BRANDS
            and (
                _VERB_RE.match(text, brand.start("verb")) is not None
                or brand.group("verb") in ("reported", "reports")
                or (brand.group("verb").endswith("ed") and _FAR_VERB_RE.search(text, brand.end()))
            )
        ):
            # "Moody's said", "McDonald's raised prices, saying ...": a company named in
            # the possessive, not someone's something
            return brand.group("subj"), "speaker", None
    if text.startswith(("In ", "As ", "But ", "And ")) and not inside:
        in_words = _IN_THE_WORDS_RE.match(text)
        if in_words is not None and in_words.group("who"):
            return in_words.group("who"), "source", None  # "In the words of one analyst"
        if in_words is not None:
            name = in_words.group("name") or in_words.group("owner")
            if _can_be_subject(name) and not is_place(name):
                # "In the words of Tom Reyes, a former engineer, the brakes were ...",
                # "In Reyes's words, ...": his
                return name, "speaker", None
        as_put = _AS_UNNAMED_PUT_RE.match(text)
        if as_put is not None:
            # "As one analyst put it, ...": one unnamed
            return as_put.group("who"), "source", None
    if hits and "they" in sentence_words and not inside:
        which = _WHICH_THEY_SAY_RE.search(text)
        group = opening_unnamed(text) if which is not None else None
        if which is not None and group is None:
            plural_np = _OPENING_PLURAL_RE.match(text)
            if (
                plural_np is not None
                # (not what someone owns: "Roe's proposals target farmers, which they say")
                and "'s " not in plural_np.group("np")
                and "’s " not in plural_np.group("np")
            ):
                group = plural_np.group("np")
                if group.startswith(("The ", "Both ", "All ", "Many ", "Some ", "Most ")):
                    group = group[:1].lower() + group[1:]
        if (
            which is not None
            and group is not None
            and is_plural(group)
            and 0 <= text.lower().find(group.lower()) < which.start()
            and not in_quotation(text, which.start(), inside)
        ):
            # "Both candidates oppose the bill, which they say shortchanges growers": the
            # plural the sentence opens with holds what the relative clause says
            return group, "group", None
    if hits and text.startswith(("A ", "An ", "The ", "But ", "And ", "Its ", "Their ")):
        apposed = _BODY_APPOSED_SAYS_RE.match(text)
        if apposed is not None:
            # "A regional development group, the Tarn Rail Council, said": the body named
            return apposed.group("name") or apposed.group("name2"), "source", None
    if hits and ", " in text[:80]:
        owned_body = _OWNED_BODY_NAMED_SAYS_RE.match(text)
        if owned_body is not None:
            # "Its sponsor, sportswear maker Strydora, said": the body named
            return owned_body.group("name"), "source", None
    if (
        "read" in sentence_words or "reads" in sentence_words or "states" in sentence_words
    ) and has_quote(text):
        document = _DOCUMENT_READS_RE.search(text)
        if document is not None:
            # '"...," the statement read.', 'The letter read: "..."', '"...," read a sign'
            phrase = document.group("doc") or document.group("doc2") or document.group("doc3")
            return phrase[0].lower() + phrase[1:], "source", None
    if " took to " in text or " takes to " in text or " turned to " in text:
        platform = _TOOK_TO_SAY_RE.search(text)
        if platform is not None and platform.group("role") is not None:
            return platform.group("role").lower(), "description", None  # "The senator took to"
        if platform is not None and _can_be_subject(platform.group("subj")):
            # "Hillary Clinton took to Twitter to say thanks": her words, posted
            return platform.group("subj"), "speaker", None
    if (" put it" in text or " puts it" in text) and not inside:
        put = _AS_PUT_IT_RE.search(text)
        if put is not None and _can_be_subject(put.group("name")):
            return put.group("name"), "speaker", None  # "..., as Hale put it in a memo."
    if (" is that " in text or " was that " in text) and not inside:
        view = _VIEW_IS_THAT_RE.match(text)
        if view is not None and _can_be_subject(view.group("name")):
            return view.group("name"), "speaker", None  # "Hale's view is that ..."
    if "who" in sentence_words and "among" in sentence_words and not inside:
        among = _AMONG_THOSE_RE.match(text)
        if among is not None and _can_be_subject(among.group("subj")):
            # "Naureen Jahangir, a Sanders supporter, is among those who say ...": one of
            # them, named
            return among.group("subj"), "speaker", None
    if not hits:
        # (not inside a quotation: in '“... They need something to vote for.”' the closing
        # mark is no quotation of theirs)
        claim = _PRONOUN_CLAIM_RE.match(text) if not inside else None
        if claim is not None and not _NO_CLAIM_AFTER_RE.match(text, claim.end()):
            # "He called the plan “a fundamental mistake”", "She hopes that ...": a
            # pronoun subject with a quotation or a that-clause of its own; not a
            # relative "that" ("He has built a base that has kept him ...") nor a quoted
            # title ("He strode onstage to the “Air Force One” theme song").
            return claim.group("pron") or text.split(None, 1)[0], "speaker", None
        if not inside and text[:1] in "TBAYSN" and _THEY_STANCE_RE.match(text) is not None:
            return "They", "group", None  # the group before, if any (attribute.py)
        colon_speaker = _colon_quote_speaker(text)
        if colon_speaker is not None:
            return colon_speaker, "speaker", None
        # "Critics warn ...", "Polls show ..."; evidence first: in "84 percent of voters
        # oppose it, the poll found." the poll reports what the voters hold
        plural = evidence_source(text, sentence_words, inside) or plural_source(
            text, sentence_words, inside
        )
        if plural is not None:
            return plural, "group", None
        if not PLURAL_VERB_WORDS.isdisjoint(sentence_words):
            group = unnamed_source(text, sentence_words, 0, inside)  # "..., insiders believe"
            if group is not None:
                return group, "source", None
        return None, "", None
    # Where the first reporting verb is: the subject patterns need one, and their
    # subject starts shortly before it, so the scan starts there too.
    verb = _VERB_RE.search(text, min(text.find(w) for w in hits))
    scan_from = max(0, verb.start() - 200) if verb is not None else len(text)
    spokes = _SPOKESPERSON_RE.search(text) if any(h in text for h in _SPOKES_HINTS) else None
    if (
        spokes is not None
        and not spokes.group("org2")
        and spokes.group("org1")
        and (
            (_PARTY_WORDS | DEMONYMS).issuperset(spokes.group("org1").split())
            # "A Delgado aide said": one of a person's aides, unnamed, not the person
            or (
                spokes.group("role") == "aide"
                and text[spokes.start() :].split(None, 1)[0].lower() in ("a", "an", "one")
                and maybe_person(spokes.group("org1").strip())  # (a body's aide: the body)
            )
        )
    ):
        # "A Democratic aide said": an unnamed party member, not the party; "a Chinese
        # official said": one of a nation's officials, not "the Chinese"
        article, _, aide = text[spokes.start() : spokes.end("role")].partition(" ")
        return f"{article.lower()} {aide}", "source", None
    if spokes is not None and spokes.group("sname") and _person_like(spokes.group("sname")):
        # "The White House spokesman, Josh Roe, said": the person, not the White House
        return spokes.group("sname"), "speaker", None
    if spokes is not None and spokes.group("role") != "aide":
        spokes_name = _apposed_to_name(text, spokes.start())
        if spokes_name is not None:
            # "Tamsin Rourke, a spokeswoman for the Fairness Alliance, which opposed the
            # bill, said": the person the description is put beside, not the Alliance
            return spokes_name, "speaker", None
    if spokes is not None and (spokes.group("org2") or spokes.group("org1")):
        org = (spokes.group("org2") or spokes.group("org1")).strip()
        if not spokes.group("org2") and any(w.lower() in _ROLE_WORDS for w in org.split()):
            org = "the " + org  # "A White House spokesperson" -> "the White House"
        return org, "speaker", None
    if text.split(None, 1)[0] in _INVERTED_VERBS:
        said = _SAID_FIRST_RE.match(text)  # "Said Dorothy Poynter, who grew up ..., “...”"
        if said is not None and (
            _person_like(said.group("name"))
            # "Added Comey, “...”": one name, with the quotation right after it
            or (
                said.group("quote") is not None
                and _can_be_subject(said.group("name"))
                and not is_place(said.group("name"))
            )
        ):
            return said.group("name"), "speaker", None
    known = _KNOWN_AS_RE.search(text) if " known " in text else None
    if known is not None:
        # '"...," said the base chief known as Bob': the name he is known by
        return known.group("name") or known.group("name2"), "speaker", None
    lone = _LONE_ONE_RE.match(text) if text[:1] in "AOYBSE" else None
    if lone is not None:
        # "Yet another said, “...”", "One said the levy was void": one of those just
        # quoted or named, unnamed
        return lone.group("subj").lower(), "source", None
    apposed = (
        _DETERMINER_APPOSED_RE.match(text)
        if text[:1] in "AaTtOoHhMBIi" or _FRONTED_DETERMINER_RE.search(text, 0, 44)
        else None
    )
    if apposed is not None and _person_like(apposed.group("name")):
        # "Another delegate on the slate, Jim Poolman, said", "And a third, Ada Pike, said"
        return apposed.group("name"), "speaker", None
    # (from the first reporting verb: the pattern's verbs are tried after every comma)
    described_name = (
        _SAID_DESCRIBED_NAME_RE.search(text, max(0, verb.start() - 3)) if verb is not None else None
    )
    if (
        described_name is not None
        and _person_like(described_name.group("name"))
        and not _after_apposed_opener(text, described_name.start())
    ):
        # "..., said the company's chief executive, Jo Roe.": the name the description
        # is put beside speaks
        return described_name.group("name"), "speaker", None
    set_off = _DESCRIBED_NAME_SAID_RE.search(text, scan_from) if ", the " in text else None
    if set_off is None and (" for " in text or " of " in text or " on " in text):
        set_off = _OWNED_ROLE_NAME_SAID_RE.search(text, scan_from)
    if set_off is not None and _person_like(set_off.group("name")):
        # "..., the county librarian, Ada Roe, told the board."
        return set_off.group("name"), "speaker", None
    the_apposed = _THE_APPOSED_RE.match(text)
    apposed_role_speaker: str | None = None  # the name, if the role patterns below miss it
    apposed_says: str | None = None  # the name, when a verb of saying follows it
    if the_apposed is not None:
        verb = _APPOSED_STANCE_RE.match(text, the_apposed.end() - 1)
        name = _the_apposed(text) if verb is not None else None
        apposed_says = name
        if (
            name is not None
            and verb is not None
            and verb.group("verb") in _ROLE_VERB_WORDS
            and _WORDS_FOLLOW_RE.match(text, verb.end())
        ):
            # "The family's attorney, Ada Roe, insisted that ...": read below, role and
            # all; else the name (not "The union chief, Ada Roe, added 40 members")
            apposed_role_speaker = name
        if (
            name is not None
            and verb is not None
            and (
                verb.group("verb") not in _GUARDED_VERBS
                # naming in the speaker's words: '..., Lena Marsh, called the vote "rash."'
                or (
                    verb.group("verb") in _QUOTE_OBJECT_VERBS
                    and QUOTE_CHARS_RE.search(text, verb.end()) is not None
                )
                # "Her opponent, Rick Vale, claims the figures are wrong": not a noun here
                # ("..., claims in the area"), as the subject patterns check it
                # (and no passive: "RJR Nabisco, was promised $90 million")
                or (
                    verb.group("verb") in _NOUN_GUARDED_VERBS
                    and not _NOT_WORDS_AFTER[verb.group("verb")].match(text, verb.end())
                    and _BE_WORDS.isdisjoint(text[verb.start() : verb.start("verb")].split())
                )
            )
            and verb.group("verb") not in _ROLE_VERB_WORDS  # read below, role and all
        ):
            # "The union's president, Ada Quist, expressed concern": a stance verb the
            # role patterns (said, told ...) do not read; "The Chancellor, Rachel Reeves,
            # has defended": the role is hers for a later "the chancellor"
            held = text[4 : text.find(",")].strip() if text.startswith(("The ", "the ")) else ""
            if not held or len(held.split()) > 4 or held.split()[-1].lower() not in _ROLE_WORDS:
                return name, "speaker", None
            return name, "speaker", held.lower()
    if (
        not _HEADS_OF_WORDS.isdisjoint(sentence_words) and not _OF_WORDS.isdisjoint(sentence_words)
    ) or (not _HEADS_TO_WORDS.isdisjoint(sentence_words) and "to" in sentence_words):
        head_of = _HEAD_OF_SAYS_RE.search(text)
        before = (
            _NAME_COMMA_BEFORE_RE.search(text, 0, head_of.start()) if head_of is not None else None
        )
        if before is not None and before.group().rstrip(", ") not in _DATE_WORDS:
            # "Sam Lau, the director for the party said": Lau's apposition (not "... in
            # May, the U.S. ambassador to Japan said")
            head_of = None
        if head_of is not None:
            # "The head of the union said", "A member of the board told": the one described,
            # with whose head or member they are (not "The head", nor nobody)
            desc = head_of.group("desc") or head_of.group("desc2")
            if head_of.group("hname") and _person_like(head_of.group("hname")):
                return head_of.group("hname"), "speaker", None
            det, _, rest = desc.partition(" ")
            if det.lower() not in _HEAD_OF_DETERMINERS:
                # "Lusk's chief of staff said", "Her chief of staff said"
                return (desc if det[-2:-1] in "'’" else f"{det.lower()} {rest}"), "source", None
            kind = "description" if det in ("The", "the") else "source"
            return f"{det.lower()} {rest}", kind, None
    # The inverted form ('"...," said X') needs a comma or a quote before the verb,
    # so it is the more specific pattern and is tried first.
    quoted: list[tuple[int, int]] | None = None  # computed at the first match
    role = (_OPENING_ROLE_RE.match(text) if text[:1] in "TBAMSHYN" else None) or (
        _TRAILING_ROLE_RE.search(text) if "the" in sentence_words else None
    )
    if role is not None and not (inside and role.start() == 0):
        named = role.groupdict().get("tname")
        if named and _person_like(named):
            return named, "speaker", None
        # "The self-described democratic socialist said ...", "..., the Florida senator
        # said.": resolved like a description at a quotation
        return role.group("desc"), "description", None
    if text.startswith("In "):
        poll = evidence_source(text, sentence_words, inside)  # "In a poll, 79 percent said"
        if poll is not None:
            return poll, "group", None
    fronted_clause = _SUBORDINATE_CLAUSE_RE.match(text) if text[:1] in "AWBSTUOCNSJHDMEO" else None
    opening_evidence: str | None = None
    evidence_looked = False
    if text[:4] in ("Both", "But ", "And ") and (both := _BOTH_SAID_RE.match(text)) is not None:
        # "Both women said they wanted a deal": the two named before (attribute.py), not
        # "they" of the clause reported
        return both.group("subj"), "group", None
    who_said = _WHO_VERB_RE.search(text) if "who" in sentence_words else None
    for rx in (_VERB_SUBJECT_RE, _SUBJECT_VERB_RE):
        for m in _main_clause_first(rx, text, scan_from):
            if (
                who_said is not None
                and who_said.group().startswith(",")  # (set off: not "Anyone who thinks")
                and m.start() >= who_said.end()
            ):
                # "a lecture from the Mexican president, who said that NAFTA has been good
                # and that the U.S. Chamber of Commerce thinks ...": the one the first
                # "who said" hangs on; the subject after it is inside what was said
                relative = _relative_speaker(text, inside)
                if relative is not None:
                    kind = "description" if relative.startswith("the ") else "speaker"
                    return relative, kind, None
            subj = m.group("subj")
            if ") " in subj:
                subj = _ACRONYM_BETWEEN_RE.sub("", subj)  # "the Institute ... (IFS) think tank"
            if (
                rx is _SUBJECT_VERB_RE
                and m.group("verb") in ("said", "told")
                and _PASSIVE_SAID_RE.match(text, m.start("verb") - 7, m.end("verb") + 4)
            ):
                continue  # "Roe is said to be furious", "Roe was told to leave": not Roe's
            if (
                rx is _VERB_SUBJECT_RE
                and subj.startswith("the ")
                and name_gender(clean_name(subj[4:])) is not None
            ):
                subj = subj[4:]  # '"...," said the Rev. Ada Pike': the person, titles and all
            if fronted_clause is not None and m.end() <= fronted_clause.end():
                # "While Roe has condemned the plan, the groups who wrote to her say ...",
                # "Although Roe has denied the report, the memo shows ...": the main
                # clause's group or evidence speaks, not the fronted clause's subject
                group = evidence_source(text, sentence_words, inside) or plural_source(
                    text, sentence_words, inside
                )
                if group is not None and text.lower().find(group.lower()) >= fronted_clause.end():
                    return group, "group", None
                # "Though Roe has described himself as a moderate, the Courier reported
                # that ...": the main clause's medium or paper reports it
                main_source = (
                    _SOURCE_RE.search(text, fronted_clause.end())
                    if not _SOURCE_WORDS.isdisjoint(sentence_words)
                    else None
                )
                if (
                    main_source is not None
                    and main_source.start("subj") >= fronted_clause.end()
                    and main_source.group("subj").split()[-1] not in _DATE_WORDS
                ):
                    subj = main_source.group("subj")
                    return ("the" + subj[3:] if subj.startswith("The ") else subj), "source", None
            if rx is _VERB_SUBJECT_RE and _after_apposed_opener(text, m.start()):
                continue  # "Frank Lutz, a pollster, said Mr. Roe and the camp had failed"
            if (
                apposed_says is not None
                and the_apposed is not None
                and m.start("subj") >= the_apposed.end()
            ):
                # "The league's deputy commissioner, Bettina Roussel, said the league
                # believed ...": the one apposed to the role says it, not the clause's
                # subject
                return apposed_says, "speaker", None
            appos = (m.groupdict().get("appos") or m.groupdict().get("dappos") or "").strip()
            reported = _APPOS_REPORT_RE.fullmatch(appos) if appos else None
            if reported is not None and _can_be_subject(reported.group("name")):
                # "The Herald, Lusk said, called it a fraud": the clause set off by commas
                # reports the sentence
                return reported.group("name"), "speaker", None
            if (
                appos
                and rx is _SUBJECT_VERB_RE
                and text[: m.start("subj")] in ("", "But ", "And ")
                and _OWNER_DESCRIPTION_RE.fullmatch(subj)
                and _APPOSED_NAME_RE.fullmatch(appos)
                and _can_be_subject(appos.removeprefix("the "))
                and not is_place(appos)
            ):
                # "Germany's largest carmaker, Volkswagen, said", "Texas' largest utility,
                # Oncor, said": the name apposed to the description speaks
                return appos, "speaker", None
            if subj[-2:] in ("'s", "’s") and subj[:-2] in ("He", "She", "he", "she"):
                subj = subj[:-2]  # "He’s argued that": "has", not a name
            head, _, rest = subj.partition(" ")
            if head in _OPENING_CONJUNCTIONS and rest[:1].isupper():
                subj = rest  # "But Ivers said": Ivers
            if subj in PARTY_MEMBERS and m.start("subj") == 0:
                continue  # "Republican assails elites": a party's member, unnamed
            if subj.endswith((" who", " which", " that")):
                continue  # "the groups who wrote to her ... say": the clause's verb, not theirs
            if head == "the" and rx is _SUBJECT_VERB_RE:
                epithet = _EPITHET_OWNER_RE.search(
                    text, max(0, m.start("subj") - 40), m.start("subj")
                )
                if epithet is not None and _can_be_subject(epithet.group("name")):
                    name = epithet.group("name")
                    if not is_place(name):
                        return name, "speaker", None  # "Roe the realist knows": Roe
            if quoted is None:
                quoted = quoted_ranges(text, inside) if inside or has_quote(text) else []
            if quoted and any(a <= m.start("subj") < b for a, b in quoted):
                continue  # a speaker inside the quotation is quoted, not quoting
            if _EMBEDDING_BEFORE_RE.search(text, max(0, m.start("subj") - 40), m.start("subj")):
                # "asking Sanders why he has criticized ...", "responded to reports that
                # Trump planned to ...": the clause is asked about or reported on
                continue
            if rx is _SUBJECT_VERB_RE and _not_said_here(text, m, fronted_clause):
                continue
            if (
                rx is _SUBJECT_VERB_RE
                and subj[:1].islower()
                and subj not in ("he", "she", "they")
                and _RELATIVE_OBJECT_BEFORE_RE.search(
                    text, max(0, m.start("subj") - 60), m.start("subj")
                )
            ):
                # "A man who lives near the port said": the port is inside his clause
                continue
            if _PARTY_LABEL_RE.fullmatch(subj):
                # "Sen. Ann Kirby, R-Fla., said": the name before the label speaks.
                named = _NAME_BEFORE_LABEL_RE.search(text, 0, m.start("subj"))
                if named is None:
                    continue
                subj = named.group("name")
            if subj.rstrip(".") in _TITLE_ABBREVIATIONS:
                # "said Sen. Nora Feld (D-Wash.)", "said Ms. Lind showed":
                # the title was cut off from its name.
                titled = _TITLED_RE.match(text, m.start("subj"))
                if titled is None:
                    continue
                subj = titled.group("name")
                if rx is _VERB_SUBJECT_RE and not _NAME_END_RE.match(text, titled.end()):
                    continue
            first = subj.split()[0]
            if subj.endswith((" I", " We")) and len(subj.split()) == 2:
                continue  # "As I mentioned above": the writer, in the article's voice
            if (
                first in _NOT_SUBJECTS
                or first.split("’")[0].split("'")[0] in _NOT_SUBJECTS
                or (subj in _LEADING_FUNCTION_WORDS or subj in ("Other", "Others"))
                # "to calm Canadian fears": a people's fears, no one's words (but "Cuban
                # said" and "one Canadian wants" have a speaker)
                or (subj in DEMONYMS and (m.groupdict().get("verb") or "") in _NOUN_LIKE_VERBS)
                or (
                    subj.lower() in _NOUN_ADJECTIVES
                    and (m.groupdict().get("verb") or "") in _NOUN_LIKE_VERBS
                )
            ):
                # "We’re warned", "It's said"
                continue
            if subj in _QUANTIFIER_SUBJECTS and QUOTE_CHARS_RE.search(text, 0, m.start()):
                continue  # '"Some have said ...," she said': inside the quotation
            reporting = (
                _PARTICIPLE_CLAUSE_BEFORE_RE.search(
                    text, max(0, m.start("subj") - 90), m.start("subj")
                )
                if rx is _SUBJECT_VERB_RE and m.start("subj") > 0 and "ing " in text
                else None
            )
            if reporting is not None and text[: reporting.start()].strip():
                # "Orrin was blunt, claiming without evidence that Pellow wanted ...": the
                # participle reports the opener's words, with Pellow's wish inside them
                head = text[: reporting.start()]
                reporting_name = _opening_subject(head) or _fronted_subject(head)
                if reporting_name is not None:
                    # ("Voters were angry, saying ...": a group)
                    return (
                        reporting_name,
                        "group" if is_group_noun(reporting_name) else "speaker",
                        None,
                    )
            if (
                rx is _SUBJECT_VERB_RE
                and (
                    _EMBEDDED_BEFORE_RE.search(text, 0, m.start())
                    or appos
                    # "Ann Roe, president and CEO of Acme stated": a title in the apposition
                    or (first.lower() in _ROLE_WORDS and _AND_BEFORE_RE.search(text, 0, m.start()))
                )
                # a pronoun is never inside the opener's apposition: in "Roe, who ...,
                # fits that bill, he added." someone else says it of Roe
                and subj not in ("he", "she", "they")
            ):
                # "Eric Holm, a Tacoma, Wash., pastor helping with the vigil, said",
                # "Ann Roe, who founded EDGE, a group based in Dover, said": the subject is
                # the name the sentence opens with, not a place or an organisation inside
                # its apposition.
                opener = _APPOSED_OPENER_RE.match(text)
                if opener is None and (lead := _LEAD_PHRASE_RE.match(text)) is not None:
                    # "Just last week, Jo Roe, editor of The Forward, ..., wrote"
                    opener = _APPOSED_OPENER_RE.match(text, lead.end())
                name = opener.group("name") if opener is not None else ""
                head, _, rest = name.partition(" ")
                if head in _OPENING_CONJUNCTIONS and rest[:1].isupper():
                    name = rest  # "But Murshed Zaheed, acting director of X, which ..., said"
                if (
                    opener is not None
                    and opener.end("name") <= m.start()
                    and (
                        _person_like(name)
                        or text.startswith(", who ", opener.end("name"))  # "Beck, who ..."
                    )
                    # not when the opener has a verb of its own: "Bo Ek, the mayor's
                    # nephew, is joining the show, NBC announced": NBC announces it
                    and not _OWN_PREDICATE_RE.search(text, opener.end("name"), m.start())
                ):
                    return name, "speaker", None
                after_quote = _opener_after_quotation(text, m.start())
                if after_quote is not None and text.startswith(
                    ", who ", text.find(after_quote) + len(after_quote)
                ):
                    # '"...," Ann Roe, who chairs Our Principles PAC, said': not the PAC
                    return after_quote, "speaker", None
            if (
                rx is _SUBJECT_VERB_RE
                and appos
                and _PARTICIPLE_OPENER_RE.match(text[: m.start()])
                and text.split(None, 1)[0] not in _NOT_PARTICIPLES
            ):
                # "Making her way around Chez Lumen, Roe and her husband, thanked ...":
                # the name is inside the participle's phrase; the subject follows it.
                lead = _NAME_LEAD_RE.match(appos)
                if lead is None:
                    continue
                return lead.group("name"), "speaker", None
            embedded = _EMBEDDED_BEFORE_RE.search(text, 0, m.start())
            if embedded is not None and (
                is_place(appos)  # "in Dover, Delaware, said"
                or (is_place(subj.rstrip(".")) and embedded.group().strip() != ",")
                or subj.rstrip(".") in US_STATES  # "Lind of Dover, Delaware says"
            ):
                # The place is where, not who ("Kirby, at a town hall in Columbus, Ohio,
                # said"); the sentence's opener speaks. Not after a fronted clause's
                # comma: "As Europe rearms, Germany has pledged ...".
                group_of = (
                    _group_before(text, m, sentence_words) if rx is _SUBJECT_VERB_RE else None
                )
                if group_of is not None:
                    # "Six Gannett newspapers in New Jersey, including ..., said"
                    return group_of + subj, "group", None
                opener_name = _opener(text, m.start()) or _opener_after_quotation(text, m.start())
                if opener_name is None:
                    continue
                return opener_name, "speaker", None
            if first == "the" and _PREPOSITION_BEFORE_RE.search(text, 0, m.start()):
                # "Sources familiar with the talks said": "the talks" is not the speaker.
                continue
            if ("'s " in subj or "’s " in subj) and _PLACE_PREPOSITION_BEFORE_RE.search(
                text, 0, m.start()
            ):
                continue  # "a partner at Roe's firm told him": the firm is not the subject
            verb_word = m.groupdict().get("verb")
            iverb = m.groupdict().get("iverb")
            if (
                verb_word is not None
                and verb_word not in _REPORTING_WORDS
                and text.startswith(("According to ", "according to "))
                and text.find(",", 0, m.start()) > 0
                and subj.startswith(("the ", "The "))
            ):
                # "According to memos from Ada Pike, the mayor had opposed the levy": the
                # memos report the mayor's stance (not "According to X, Roe said ...",
                # and not a named subject, whom a later "she" refers to)
                continue
            if iverb in _QUOTE_OBJECT_VERBS or iverb in _LISTENER_VERBS:
                # "the group, called Parents First,": a name, not a speaker;
                # "Ivers, meanwhile, told the Herald": the Herald listened.
                continue
            if verb_word is not None and " " in verb_word:
                verb_word = " ".join(verb_word.split())  # "went\non": "went on"
            manner = verb_word if verb_word in _MANNER_WORDS else iverb
            if manner is not None and " " in manner:
                manner = " ".join(manner.split())
            if manner in _MANNER_WORDS and not (
                _QUOTE_BEFORE_RE.search(text, 0, m.start("iverb") if iverb else m.start())
                or _QUOTE_AFTER_RE.match(text, m.end())
                # '"Out!" | Roe yelled on Tuesday.': the quotation was the sentence before
                or (m.start() == 0 and _ONLY_WHEN_AFTER_RE.fullmatch(text, m.end()))
                or text.startswith(" that ", m.end())  # "Roe charged that the clerks lied"
                # "Roe posted on Truth Social that ...", "posted to X that ..."
                or _ON_PLATFORM_THAT_RE.match(text, m.end()) is not None
            ):
                continue  # "Roe laughed at the idea": no words reported
            if (
                verb_word is not None
                and verb_word != "opposed"  # "was opposed to": a stance of the subject
                and (
                    (
                        verb_word.endswith("ed")
                        and not _BE_WORDS.isdisjoint(
                            text[_subject_end(m) : m.start("verb")].split()
                        )
                    )
                    # ("Joyce — who is listed as an attorney — told the Post": the
                    # auxiliary right before "told" counts, not the apposition's)
                    or (
                        verb_word in ("told", "written")
                        and text[: m.start("verb")].rstrip().rsplit(None, 1)[-1] in _BE_WORDS
                    )
                )
            ):
                continue  # passive: in "he was criticized", "they have been told to" he
                # and they are not the ones speaking
            if (
                verb_word is not None
                and subj[-2:] in ("'s", "’s")
                and not text[_subject_end(m) : m.start("verb")].strip()
            ) or (
                verb_word in ("claims", "promises", "worries") and ("'s " in subj or "’s " in subj)
            ):
                continue  # "the Post's repeated requests", "Roe's false claims": a noun
            if subj in ("he", "she", "they") and m.start("subj") > 0:
                clause = _WHO_CLAUSE_SAYS_RE.match(text)
                if clause is not None and m.start("subj") < clause.start("verb"):
                    # "One driver, who asked not to be named because he feared losing his
                    # job, said": the clause's "he" is the driver, who speaks after it
                    continue
                if ", who " in text and _SAID_DESCRIBED_WHO_RE.search(text, 0, m.start("subj")):
                    # '"...," said the woman, who spoke on condition of anonymity because
                    # she feared ...': the woman speaks; her clause's "she" is she
                    continue
            not_words = _NOT_WORDS_AFTER.get(verb_word or "")
            if not_words is not None and not_words.match(text, m.end()):
                # "promised to be a crucial moment", "claimed the prize", "felt the need":
                # the verb reports no words here
                continue
            if (
                verb_word in _BARE_OBJECT_VERBS
                and not _REPORTED_AFTER_RE.match(text, m.end())
                and not CLOSES_WITH_QUOTE_RE.search(text, 0, m.start())  # '"...," Roe added'
                and not (verb_word in ("asked", "asks") and _asks_someone(text, m.end()))
            ):
                continue  # "The state added 4,000 jobs": not speech
            if (
                verb_word in _WORDS_AFTER_VERBS
                and not (
                    _CONTINUED_SPEECH_RE.match(text, m.end())
                    # a parenthetical: "The adjustment, they concluded, never happened."
                    or (text[: m.start()].endswith(", ") and text.startswith(",", m.end()))
                    # closing the sentence after what was concluded: "..., the board
                    # concluded in a report released Monday." (not "the slide continued")
                    or (
                        text[: m.start()].endswith(", ")
                        and verb_word not in ("continued", "continues")
                        and _CLOSING_TAIL_RE.match(text, m.end()) is not None
                    )
                    or QUOTE_CHARS_RE.search(text, m.end())
                    or CLOSES_WITH_QUOTE_RE.search(text, 0, m.start())  # '"...," Roe answered'
                )
            ):
                continue  # "the borrowing continued.": not speech without words reported
            if (
                verb_word in _QUOTE_OBJECT_VERBS
                and not QUOTE_CHARS_RE.search(text, m.end())
                and not _DESCRIBED_HOW_RE.match(text, m.end())  # "Roe described how ..."
                and not _NAMED_AS_RE.match(text, m.end())  # "Roe called him a liar"
            ):
                continue  # "Obama called Merkel on Tuesday": a phone call, not words
            # "said McConnell Tuesday", '"...," Roe, an aide, said Sunday.'
            words = without_trailing_dates(subj.split())
            if len(words) < len(subj.split()) and _TIME_PREPOSITION_BEFORE_RE.search(
                text, max(0, m.start("subj") - 8), m.start("subj")
            ):
                continue  # "voters going to the polls on Super Tuesday said": when, not who
            first_word = words[0].removesuffix("’s").removesuffix("'s") if words else ""
            if not words or (
                first_word in _DATE_WORDS
                and (len(words) == 1 or words[0] not in _GIVEN_NAME_MONTHS)
            ):
                # "Monday Roe said", "Thursday’s meeting says"; but "April Lind said" is a
                # person
                continue
            subj = " ".join(words)
            if (
                m.start("subj") > 0
                and text[:2] in ("Th", "A ", "An")
                and _RELATIVE_OBJECT_RE.fullmatch(text, 0, m.start("subj")) is not None
            ):
                # "The company that makes Glimmer said": the company, which the name is the
                # object of the clause about
                head = text[: m.end("subj")]
                return head[:1].lower() + head[1:], "source", None
            if (
                m.start("subj") > 0
                and _REDUCED_RELATIVE_AFTER_RE.match(text, m.end())
                and (noun := _DETERMINED_NOUNS_RE.fullmatch(text, 0, m.start("subj"))) is not None
                # (not what was said, told after it: "The only thing the mayor said was no.")
                and " only " not in noun.group()
                and _SAID_CONTENT_NOUNS.isdisjoint(noun.group().lower().split())
            ):
                # "The account Mayor Roe retweeted was set up ...", "The figure Roe cited
                # is wrong": what the subject said is spoken of, not reported
                continue
            if text.endswith(
                "what ", max(0, m.start("subj") - 5), m.start("subj")
            ) and _FREE_RELATIVE_END_RE.match(text, m.end()):
                continue  # "That is not what he wants.": what he holds, not held by him
            if subj.lower() in _DEGREE_WORDS:
                continue  # "the most frequently cited pressure": a degree, not a speaker
            groups = m.groupdict()
            home = groups.get("home")
            home_words = home.split() if home else []
            title_at = [
                i for i, w in enumerate(home_words) if w.rstrip(".") in _TITLE_ABBREVIATIONS
            ]
            if title_at and title_at[-1] + 1 < len(home_words):
                # "Speaker of the House Rep. Paul Ryan said": the titled name speaks.
                return " ".join(home_words[title_at[-1] + 1 :]), "speaker", None
            the_role = (
                _THE_ROLE_BEFORE_RE.search(text, max(0, m.start("subj") - 40), m.start("subj"))
                if home
                and len(words) == 1
                and words[0].lower() in _ROLE_WORDS
                and words[0].lower() not in _ORG_HEADS  # "the Department of Labor"
                else None
            )
            if the_role is not None:
                # "the former CEO of Hewlett-Packard added": a description, not "CEO"
                return text[the_role.start() : m.end("home")], "description", None
            if (
                words[-1].lower() in _ROLE_WORDS
                and len(home_words) > 2
                and (len(words) == 1 or all(w[:1].isupper() for w in words))
            ):
                # "Chairman of the Joint Chiefs Mark Milley said": the person the title
                # ends with, when the given name is known, or after the office's words
                # ("White House Chief of Staff Jo Roe said")
                given = next(
                    (
                        i
                        for i in (len(home_words) - 2, len(home_words) - 3)
                        if i > 0 and home_words[i].lower() in GIVEN_NAMES
                    ),
                    person_after_office(home_words) if words[-1].lower() in OF_TITLES else None,
                )
                if given is not None:
                    return " ".join(home_words[given:]), "speaker", None
            if home and (
                words[-1].lower() in _ORG_HEADS
                # "Local 418 of the Tamsworth Transit Workers Union said" (attribute.py
                # joins a local's number to it: "Local-418")
                or words[-1].startswith("Local-")
                # "the cities of Blackpool and Liverpool said": the group, not one city
                or (first in ("The", "the") and words[-1].islower() and words[-1].endswith("s"))
            ):
                # "the Department of Commerce said": one organisation; in "Voss of
                # North Carolina said" the place is not the speaker.
                subj = f"{subj} of {home}"
            pair = _TWO_NAMES_RE.fullmatch(appos) if appos and " and " in appos else None
            if (
                pair is not None
                and words[-1].endswith("s")
                # a plural noun, not a name ending in "s": "Evans, Ada Roe and ..."
                and (
                    words[-1].islower()
                    or is_group_noun(words[-1])
                    or not maybe_person(subj)  # "two members of Congress, A and B,"
                )
            ):
                # "The Democratic candidates, Ada Roe and Sen. Ted Lusk, have promised":
                # the two the plural names
                return (
                    f"{clean_name(pair.group('a'))} and {clean_name(pair.group('b'))}",
                    "group",
                    None,
                )
            named = _APPOS_NAMED_RE.fullmatch(appos) if appos and " named " in appos else None
            if named is not None and _can_be_subject(named.group("name")):
                # "One voter, a nurse named Ada Pike, told reporters": Pike
                return named.group("name"), "speaker", None
            if first in ("The", "the") and appos and _NAME_RUN_RE.fullmatch(appos):
                return appos, "speaker", subj.split(None, 1)[1].lower()
            if appos and (
                subj.split()[-1].islower()
                # "The state's Education Minister, Ada Pike, said": a title capitalised
                or subj.split()[-1].lower() in _ROLE_WORDS
                # "The local MP, Ada Pike, said": a title in capitals
                or (subj.split()[-1].isupper() and 2 <= len(subj.split()[-1]) <= 4)
                # "the Minister for the Marine, Ada Pike, confirmed": a title with "for"
                # ("The Secretary of State for Environment, Food and | Rural Affairs, Ada
                # Pike, said": the title's list is looked back over)
                or _TITLE_FOR_OF_RE.search(
                    text, max(0, org_start(text, m.start("subj")) - 40), m.end("subj")
                )
                is not None
            ):
                # "Roe's attorney, Ada Pike, said": Pike; "Democrats' nominee, Sen. Tim
                # Kaine (D-Va.), promised": Kaine, without his party's label
                # ("Roe's union representative, Ada Pike of the Police Union, said": the
                # name without the body she is of)
                appos_name = _AFFILIATION_END_RE.sub("", _PARTY_LABEL_END_RE.sub("", appos))
                # ("The founder, retired nurse Ada Pike, said": the words describing her go)
                appos_name = _DESCRIBING_WORDS_RE.sub("", appos_name)
                if _NAME_RUN_RE.fullmatch(appos_name) or (
                    # "Roe's son, Arlo, said": kin are named by the given name alone
                    subj.split()[-1] in KIN_NOUNS
                    and _GIVEN_NAME_RE.fullmatch(appos_name) is not None
                    and _can_be_subject(appos_name)
                    and not is_place(appos_name)
                ):
                    return appos_name, "speaker", None
            if rx is _SUBJECT_VERB_RE and (verb_word or m.group("pverb")) not in _REPORTING_WORDS:
                # "Roe intends to run, Doe said": the clause that reports the sentence
                # comes last, and its speaker says what Roe intends.
                later = _TRAILING_REPORT_RE.search(text, m.end())
                if later is not None and _can_be_subject(later.group("subj")):
                    return later.group("subj"), "speaker", None
                group_later = (
                    _TRAILING_GROUP_REPORT_RE.search(text, m.end())
                    if not _GROUP_WORDS_ANY_CASE.isdisjoint(sentence_words)
                    else None
                )
                if group_later is not None:
                    return group_later.group("subj"), "group", None
            if rx is _SUBJECT_VERB_RE and m.start() > 0:
                group_of = _group_before(text, m, sentence_words)
                if group_of is not None:
                    # "Officials in Harbor County announced": the officials
                    return group_of + subj, "group", None
                reporter = (
                    _OPENING_REPORTER_RE.match(text, 0, m.start())
                    if "reported" in sentence_words or "reports" in sentence_words
                    else None
                )
                if reporter is not None and not is_place(reporter.group("subj")):
                    # "The Dover Courier reported the email came after Ada Roe proposed a
                    # toll": the paper reports what Roe proposed
                    name = reporter.group("subj")
                    return ("the" + name[3:] if name.startswith("The ") else name), "source", None
                if not evidence_looked:  # (looked for once per sentence)
                    opening_evidence = evidence_source(text, sentence_words, inside)
                    evidence_looked = True
                evidence = (
                    opening_evidence
                    if not text.endswith(",", 0, m.start() - 1)  # "..., he said ...,"
                    else None
                )
                at = text.lower().find(evidence.lower()) if evidence is not None else -1
                if evidence is not None and -1 < at < 20 and at + len(evidence) < m.start():
                    # "Polls show as many as 30 percent of Roe's backers say ...": the polls
                    # report what the backers say
                    return evidence, "group", None
            joint = (
                _JOINT_OPENER_RE.fullmatch(text, 0, m.start("subj"))
                if rx is _SUBJECT_VERB_RE and " and " in text[: m.start("subj")]
                else None
            )
            listed = (
                [*(joint.group("list") or "").split(", ")[:-1], joint.group("a")]
                if joint is not None
                else []
            )
            if joint is not None and (
                (_person_like(joint.group("a")) and _person_like(subj) and not joint.group("list"))
                # "Pike and Roe said", named before: each by the full name, later; "both
                # Delgado and Jim Hale say": one by the surname, one in full; "Pike, Roe
                # and Lind said": three
                or all(
                    _lone_name(name) or (" " in name and _person_like(name))
                    for name in (*listed, subj)
                )
            ):
                # "Ada Pike and Ted Roe said": the two
                names = [clean_name(name) for name in listed]
                return f"{', '.join(names)} and {clean_name(subj)}", "group", None
            if m.start() > 0:
                plural = plural_source(text, sentence_words, inside)
                if plural is not None and text.find(plural) < m.start("subj") < (
                    text.find(plural) + len(plural)
                ):
                    return plural, "group", None  # "Organizers in Ashford say": not Ashford
            agent = (
                _OBTAINED_BY_BEFORE_RE.search(text, max(0, m.start("subj") - 30), m.start("subj"))
                if " by " in text
                else None
            )
            if agent is not None and m.start() > 0:
                # "A memo from the budget office obtained by CNN says ...": the memo says
                # it, not the outlet that obtained it; read without the outlet
                rest = _speaker(text[: agent.start()].rstrip(", ") + text[m.end("subj") :], inside)
                if rest[0] is not None:
                    return rest
            if m.start("subj") > 0 and not _UNNAMED_FORMS.isdisjoint(sentence_words):
                unnamed = opening_unnamed(text)
                at = text.lower().find(unnamed.lower()) if unnamed is not None else -1
                if (
                    unnamed is not None
                    and 0 <= at < m.start("subj") < at + len(unnamed)
                    # (not one who speaks for the body or person: "A spokesman for Rudd
                    # said", "Officials with the Tarn Board said" are Rudd's, the Board's)
                    and _SPEAKS_FOR_RE.search(unnamed) is None
                ):
                    # "Two aides to Delgado said", "A source close to Roe said": the
                    # aides, the source, not the one they are close to
                    whole = text[at : m.end("subj")]
                    return whole[:1].lower() + whole[1:], "source", None
            if _MEMBER_OF_BEFORE_RE.search(text, max(0, m.start("subj") - 30), m.start("subj")):
                # "A member of Congress said": the member, not Congress
                member = unnamed_source(text, sentence_words, 0, inside)
                at = text.lower().find(member.lower()) if member is not None else -1
                if member is not None and at <= m.start("subj") < at + len(member):
                    return member, "source", None
            if m.start() > 0 and (
                not is_group_word_free(sentence_words)
                or not UNNAMED_NOUNS.isdisjoint(sentence_words)
                or not KIN_NOUNS.isdisjoint(sentence_words)
            ):
                # "Prosecutors say that he told an agent ...", "One person familiar with
                # the talks said the guild had signaled ...": the group or the person
                # reports the sentence; the speaker inside its clause is reported.
                outer = unnamed_source(text[: m.start()], sentence_words, 0, inside)
                if outer is not None:
                    return outer, "source", None
            member = _one_member(text, m.start("subj"), m.end("subj"))
            if member is not None:
                return member, "source", None  # "one senior Democrat said"
            if home and is_group_noun(subj.rsplit(None, 1)[-1]) and m.start("subj") == m.start():
                # "Officials at the Tarn Port Authority said": the officials, where they are
                return text[m.start("subj") : m.end("home")], "group", None
            if m.start("subj") > 0 and ("'s " in subj or "’s " in subj):
                unnamed = opening_unnamed(text)
                at = text.lower().find(unnamed.lower()) if unnamed is not None else -1
                if unnamed is not None and 0 <= at < m.start("subj") < at + len(unnamed):
                    # "A person familiar with Korvo's plans said": the person, unnamed, not
                    # the plans
                    whole = text[at : m.end("subj")]
                    return whole[:1].lower() + whole[1:], "source", None
                opener = _NAME_THEN_COMMA_RE.fullmatch(text, 0, m.start("subj"))
                if opener is not None and _person_like(opener.group("name")):
                    # "Clara Roe, Harold Roe's niece, who farms ..., argued": Clara Roe,
                    # whom the owned description describes
                    return opener.group("name"), "speaker", None
            if " to " in text:
                sent = _sent_to_speaker(text, m.start("subj"), m.end("subj"), appos)
                if sent is not None:
                    return sent, "speaker", None
            if subj.split()[-1] in _OFFICER_ACRONYMS and subj.split()[0] in _OFFICER_DETERMINERS:
                return subj[:1].lower() + subj[1:], "source", None  # "Its CFO said"
            if subj in _OFFICER_ACRONYMS and m.start("subj") > 0:
                whose = _OFFICER_OWNER_RE.search(
                    text, max(0, m.start("subj") - 60), m.start("subj")
                )
                if whose is not None:
                    # "The company's CEO told analysts", "Its CFO said": the company's officer,
                    # not a person named "CEO"
                    owner = whose.group()
                    return owner[:1].lower() + owner[1:] + subj, "source", None
            author, _, authored = subj.replace("’s ", "'s ").partition("'s ")
            if authored in _AUTHORED and (_person_like(author) or _lone_name(author)):
                return author, "speaker", None  # "Delgado's tweet said": Delgado, in a tweet
            posted_on = (
                _AUTHORED_ON_RE.search(text, max(0, m.start("subj") - 60), m.start("subj"))
                if " on " in text[max(0, m.start("subj") - 4) : m.start("subj")]
                else None
            )
            if posted_on is not None and posted_on.group("det"):
                # "A post on Facebook said", "The report on Ohio said": the paper
                paper = text[posted_on.start() : m.end("subj")]
                return paper[:1].lower() + paper[1:], "source", None
            if posted_on is not None and (
                _person_like(posted_on.group("author")) or _lone_name(posted_on.group("author"))
            ):
                # "Delgado's post on X said": Delgado, not the site she posted on
                return posted_on.group("author"), "speaker", None
            return subj, "speaker", None
    described = (
        _QUOTE_SAID_DESCRIBED_RE.search(text, scan_from)
        if has_quote(text)
        else _COMMA_SAID_DESCRIBED_RE.search(text, scan_from)
        if ", " in text
        else None
    )
    member = (
        _one_member(text, described.start("name"), described.end("name"))
        if described is not None
        else None
    )
    if member is not None:
        return member, "source", None  # '"...," said one senior Democrat.'
    if described is not None and _can_be_subject(described.group("name")):
        party, _, rest = described.group("name").partition(" ")
        if party in PARTY_MEMBERS and " " in rest:
            return rest, "speaker", None  # "ranking Democrat Ed Cole": Ed Cole
        return described.group("name"), "speaker", None
    plural = evidence_source(text, sentence_words, inside) or plural_source(
        text, sentence_words, inside
    )
    if plural is not None:
        return plural, "group", None  # "Protest organizers in Cleveland say", "Polls show"
    unnamed = unnamed_source(text, sentence_words, scan_from, inside)
    if (
        unnamed is not None
        and "ccording to" in text
        and re.search(rf"{re.escape(unnamed)}\s+{_GAPPED_SAY}", text) is not None
    ):
        # "..., according to CDC data, below the 95% level experts say is needed": what
        # the group says is inside a clause; the source of the sentence is the one it
        # is according to
        unnamed = None
    if unnamed is None and has_quote(text):
        by_description = _QUOTE_DESCRIPTION_RE.search(text, max(0, scan_from - 3))
        if by_description is not None:
            dname = by_description.group("dname")
            if dname is not None and _GIVEN_NAME_RE.match(dname) and not is_place(dname):
                return dname, "speaker", None
            description = by_description.group("desc")
            if description is None:  # after the verb: "said an aide to Ed Rudd"
                description = by_description.group("desc2")
                description += _whose(_WHOSE_RE.match(text, by_description.end("desc2")))
            return description, "description", None
    if unnamed is not None and unnamed[:1].islower():
        # '"...," said a longtime adviser to Bill Clinton': whose adviser, too
        whose = _WHOSE_RE.match(text, text.find(unnamed) + len(unnamed))
        unnamed += _whose(whose)
    if unnamed is not None:
        at = text.find(unnamed)
        named = _apposed_to_name(text, at) if unnamed.startswith(("a ", "an ", "the ")) else None
        if named is not None:
            # "Ada Roe, a former Ohio senator, who served two terms, told reporters": the
            # description is in apposition to the name, which is the speaker
            return named, "speaker", None
        lowered = text.lower().find(unnamed.lower())  # ("One voter" as "one voter")
        after = lowered + len(unnamed)
        if lowered >= 0 and text.startswith(", ", after):
            # "One voter, a nurse named Ada Pike, told reporters": Pike
            apposed = _APPOS_NAMED_RE.match(text, after + 2)
            if (
                apposed is not None
                and text.startswith(",", apposed.end())
                and _can_be_subject(apposed.group("name"))
            ):
                return apposed.group("name"), "speaker", None
        if (
            lowered > 0
            and unnamed.startswith(("that ", "which ", "who "))
            and _DESCRIBED_HEAD_RE.fullmatch(text, 0, lowered)
        ):
            # "The union that represents nurses said": the union, not the nurses
            return text[:1].lower() + text[1:after], "source", None
        if text.startswith("According to ") and _SHARE_OPENS_RE.match(unnamed):
            # "According to a Post-ABC News survey, 51 percent of respondents said ...":
            # the survey reports what its share said
            according_to = _according_phrase(text)
            if according_to is not None:
                return according_to, "source", None
        apposed_noun = _APPOSED_NOUN_LEAD_RE.match(unnamed)
        if apposed_noun is not None and text.endswith(", ", 0, lowered):
            # "Prices rose 4 percent, a figure economists said was alarming": the
            # economists, not "a figure economists"
            unnamed = unnamed[apposed_noun.end() :]
        # "insiders said", "grain traders also say", "these people said": an unnamed
        # group speaks, which is not the outlet's own statement. A source, not a
        # speaker: a later "he" or "she" never refers to it.
        return unnamed, "source", None
    described = _THE_DESCRIBED_SAYS_RE.search(text, scan_from) if not inside else None
    if described is not None:
        named = (
            _apposed_to_name(text, described.start("desc"))
            if described.group("desc")[:1] in "Tt"
            else None
        )
        if named is not None:
            # '"...," Ann Roe, the polling guru who founded the site tweeted': the name
            return named, "speaker", None
        # "The 57-year-old scientist says", "When the AP asked, the campaign manager said",
        # "..., the rights group says.": a person or body described, with its modifiers
        return described.group("desc"), "description", None
    according: str | None = None
    for present, rx in (
        ("ccording" in text, _ACCORDING_RE),
        ("reported" in hits, _AS_REPORTED_RE),
        (not hits.isdisjoint(_SOURCE_WORDS), _SOURCE_RE),
        (not hits.isdisjoint(_SOURCE_WORDS), _TRAILING_SOURCE_RE),
    ):
        found = rx.search(text) if present else None  # a set test skips the scan
        if found is not None and found.group("subj") in _NOT_SUBJECTS:
            continue  # "We found that ...": the writer's own finding
        if found is not None and rx is _SOURCE_RE and found.group("subj")[-2:] in ("'s", "’s"):
            continue  # "Roe's reported net worth": an adjective, not a verb
        if found is not None and found.group("subj")[-2:] in ("'s", "’s"):
            # "according to Roe's lawyer, Ada Pike", "according to Roe's plea deal": the
            # name the possessive leads to, else the thing that is Roe's.
            owned = _OWNED_RE.match(text, found.end("subj"))
            if owned is not None:
                name = owned.group("name")
                return name or f"{found.group('subj')} {owned.group('noun')}", "source", None
        if rx is _ACCORDING_RE:
            phrase = _according_phrase(text)
            at = (
                phrase.find(found.group("subj"))
                if found is not None and phrase is not None and found.group("subj").islower()
                else -1
            )
            named = (
                _DESCRIBED_NAME_END_RE.fullmatch(phrase, at + len(found.group("subj")))
                if at >= 0 and found is not None and phrase is not None
                else None
            )
            role_at = (
                text.find(phrase, max(0, text.find("ccording to"))) + len(phrase)
                if phrase is not None and phrase.split()[-1].lower() in _ROLE_WORDS
                else -1
            )
            role_named = _NAME_AFTER_ROLE_RE.match(text, role_at) if role_at > 0 else None
            if role_named is not None and _person_like(role_named.group("name")):
                # "according to its board chairwoman, Ellen Markey.": the one the role is
                return role_named.group("name"), "source", None
            if named is not None:
                # "according to the nonpartisan tracking firm AdLedger Analytics", "an
                # analysis by the research firm Tide Economics": the name after the
                # description (which had given "the nonpartisan tracking")
                return named.group("name"), "source", None
            described_person = (
                _DESCRIBED_PERSON_END_RE.search(phrase)
                if phrase is not None and found is not None and not found.group("subj").islower()
                else None
            )
            if (
                described_person is not None
                and described_person.group("name").split()[0].lower() in GIVEN_NAMES
            ):
                # "according to USA TODAY contributor and monetary historian David Marsh":
                # the person the words before describe, not the outlet they write for
                return described_person.group("name"), "source", None
            owned_document = (
                _BODY_DOCUMENT_RE.match(phrase) if phrase is not None and "the " in phrase else None
            )
            if owned_document is not None:
                return owned_document.group("body") or owned_document.group("owner"), "source", None
            by = (
                # (after "according to": "figures" may stand earlier in the sentence)
                _RELEASED_BY_RE.match(
                    text, text.find(phrase, max(0, text.find("ccording to"))) + len(phrase)
                )
                if phrase is not None and phrase.split()[-1][:1].islower()
                else None
            )
            if by is not None and by.group("holder") and _person_like(by.group("holder")):
                return by.group("holder").rstrip("."), "speaker", None
            subj = _FOR_WHOM_RE.split(by.group("subj"), 1)[0].rstrip(".") if by is not None else ""
            when = _WHEN_AFTER_RE.search(subj)
            if when is not None and when.group("day") in _DATE_WORDS:
                subj = subj[: when.start()]  # "by Gallup on Monday": Gallup
            if subj[-1:].isalpha():
                # "according to figures released by the Tarn Football League", "a poll
                # released Wednesday by the Harbor Institute": whoever released them (not
                # whom for: "conducted by Edison Research for the Associated Press")
                return ("the" + subj[3:] if subj.startswith("The ") else subj), "source", None
            if phrase is not None and (found is None or phrase.split()[-1][:1].islower()):
                # "according to a yearly Gallup poll", "according to company documents",
                # "according to the officer in charge of the base": the source as the
                # sentence gives it, where it is no name; after a medium that reports
                # it ("Politico reported, according to sources in the meetings, ...").
                according = phrase
                continue
        if (
            found is not None
            and rx is _SOURCE_RE
            and text.endswith((" in ", " at "), 0, found.start("subj"))
            and not found.group("subj").startswith(("the ", "The "))
        ):
            continue  # "the casinos in Atlantic City reported": where, not who
        if (
            found is not None
            and rx is _SOURCE_RE
            and found.group("subj")[:1].isupper()
            and found.group("subj").split()[-1] not in _DATE_WORDS
        ):
            # "the U.S. Bureau of Labor Statistics reported", "the Department of Labor and
            # Industry reported": the organisation whole, up to three names back
            start = org_start(text, found.start())
            if start < found.start():
                return text[start : found.end("subj")], "source", None
        if found is not None and found.group("subj").split()[-1] not in _DATE_WORDS:
            subj = found.group("subj")
            person, of, _ = subj.partition(" of ")
            if rx is _ACCORDING_RE and of and _person_like(person):
                subj = person  # "calculations by Amy Roe of the Institute": Amy Roe
            return subj, "source", None  # not "Monday reported"
        if found is not None and " on " in found.group("subj"):
            # "As reported by the Herald on Tuesday": the medium without its date.
            return found.group("subj").rsplit(" on ", 1)[0], "source", None
    if "reported" in hits and according is None:
        reported = _GROUP_REPORTED_RE.search(text)
        if reported is not None and reported.group("subj").split()[0] not in _NOT_SUBJECTS:
            # "..., the researchers reported.", "Health officials reported that ...": a
            # group reports (not a medium, which the source patterns above found)
            return reported.group("subj"), "group", None
    if according is not None:
        return according, "group", None
    if not inside and " by " in text and not _STANCE_WORDS.isdisjoint(sentence_words):
        agent = _STANCE_BY_RE.search(text)
        if agent is not None and _can_be_subject(agent.group("subj")):
            # "Cruz was also endorsed the day before by former rival Carly Fiorina": the
            # one who took the stance
            name = agent.group("subj")
            if name.endswith(".") and not _INITIAL_END_RE.search(name):
                name = name[:-1]  # the sentence's full stop: "... by Ana Roe."
            if not is_place(name):
                return name, "speaker", None
    if not inside and ("reported" in sentence_words or "reports" in sentence_words):
        body = _BODY_REPORTED_RE.search(text) or _REPORTED_BY_RE.search(text)
        if body is not None and not is_place(body.group("subj")):
            # "The newspaper reported that ...", "Multiple outlets reported on
            # Wednesday ...", "The meeting was first reported by the Courier."
            subj = body.group("subj")
            _, _, after_owner = subj.replace("’s ", "'s ").partition("'s ")
            if after_owner and _person_like(after_owner):
                return after_owner, "speaker", None  # "by The Post's Greg Sargent": Sargent
            if subj.startswith(("The ", "Multiple ", "Several ", "Other ")):
                subj = subj[0].lower() + subj[1:]
            return subj, "source", None
    if "who" in sentence_words:
        relative = _relative_speaker(text, inside)
        if relative is not None and relative.startswith("the "):
            # "a reversal for the Wisconsin Republican, who said": a description
            return relative, "description", None
        if relative is not None:
            return relative, "speaker", None
    if "with" in sentence_words:
        absolute = _WITH_SPEAKER_RE.search(text)
        if absolute is not None and _can_be_subject(absolute.group("name")):
            # "Democrats went further, with Gov. Jo Roe calling Doe a fascist": the name
            # in the absolute phrase speaks
            return absolute.group("name"), "speaker", None
    # A reporting verb far from its subject: "Roe visited Dover on Monday and said ...",
    # "Roe defended the plan, saying ...": the name the sentence opens with speaks.
    claim = _PRONOUN_CLAIM_RE.match(text) if not inside else None
    if claim is not None and not _NO_CLAIM_AFTER_RE.match(text, claim.end()):
        return claim.group("pron") or text.split(None, 1)[0], "speaker", None
    colon_speaker = _colon_quote_speaker(text)
    if colon_speaker is not None:
        return colon_speaker, "speaker", None

    far = _FAR_VERB_RE.search(text) if not _FAR_WORDS.isdisjoint(sentence_words) else None
    if (
        far is not None
        and far.group().startswith(",")
        and far.group().endswith(("said", "says", "added"))
        and _UNNAMED_AFTER_VERB_RE.match(text, far.end())
    ):
        far = None  # "Records were copied, said two people familiar with ...": theirs
    moved = _moved_clause_speaker(text, far.start()) if far and _MOVED_BY_RE.match(text) else None
    if moved is not None and moved[0] is not None:
        # "Apple rose 1.3% after analysts at Morgan Stanley raised their target, saying
        # ...": a share or a price does not speak; the subject of the clause the
        # participle follows does (with none, the sentence's subject: "Roe rose 3 points
        # in the poll after the debate, saying she had won")
        return moved
    if far is not None:
        determined = (
            _DETERMINER_APPOSED_OPENS_RE.match(text) if text[:1] in "AaOoHhTtMBIi" else None
        )
        opening = (
            _opening_subject(text)
            or _fronted_subject(text)
            or _the_apposed(text)
            or _apposed_opener(text)
            or (
                determined.group("name")
                if determined is not None and _person_like(determined.group("name"))
                else None
            )
            # "One customer, a wheat farmer named Jo Roe, said": the name, not the farmer
            or _named_subject(text)
            or _described_body_opener(text)
            or _the_named_body_opener(text)
        )
        # "A campaign official later defended it, saying", "Campaign officials ...": an
        # unnamed source, which a name may only modify
        unnamed = opening_unnamed(text)
        if opening is not None and (unnamed is None or opening.lower() not in unnamed.lower()):
            return opening, "speaker", None
        if text.startswith(("The former ", "The latter ")) and _FORMER_VERB_RE.match(text):
            # "The latter disagreed, saying": one of two named before (attribute.py); not
            # "The former secretary of state mocked ...", a role
            return text[:10].rstrip(), "speaker", None
        if unnamed is not None:
            return unnamed, "source", None
        role = _THE_ROLE_OPENS_RE.match(text)
        if role is not None and "ask" not in far.group():
            # "The judge rubbed his chin, and then said ...", "The president left no
            # doubt, saying ...": the role, which the article's names resolve (not a
            # question put: "The host raised the fine, asking Roe why ..."); "a U.S.
            # District Court judge sided with ..., saying": one unnamed
            if role.group("det").lower() == "the":
                return role.group("desc"), "description", None
            desc = role.group("desc")
            return desc[:1].lower() + desc[1:], "source", None  # "a federal judge"
        owned = _POSSESSED_OPENS_RE.match(text)
        if (
            owned is not None
            and owned.group("head") in _OWNED_SPEAKERS
            and "ask" not in far.group()
        ):
            desc = owned.group("desc")
            if desc.startswith(("His ", "Her ", "Their ")):
                desc = desc[0].lower() + desc[1:]  # "His office put out a statement saying"
            return desc, "source", None  # not the owner: "Roe's campaign"
        bodies = _THE_BODIES_OPENS_RE.match(text)
        if bodies is not None and "ask" not in far.group():
            # "The departments declined to give details, saying ...": bodies, unnamed
            return "the " + bodies.group("bodies"), "source", None
        document = _THE_DOCUMENT_OPENS_RE.match(text)
        if document is not None and "ask" not in far.group():
            # "The email goes on to say: ...", "The memo, sent Friday, ends by saying"
            return "the " + document.group("doc"), "source", None
        body = _THE_BODY_OPENS_RE.match(text)
        if body is not None and "ask" not in far.group():
            # "The union is seeking 9 percent, arguing that ...": the body the story named
            return "the " + body.group("kind"), "description", None
    if "says" in hits and not inside:
        bare = bare_role_speaker(text)
        if bare in _BARE_OFFICES:
            return f"the {bare}", "description", None  # "..., union says": the union
        if bare is not None:
            return bare, "source", None  # "SEIU chief says ...", "..., analyst says."
    if apposed_role_speaker is not None:
        return apposed_role_speaker, "speaker", None
    if ", whose " in text and not inside:
        whose_role = _WHOSE_ROLE_SAID_RE.search(text)
        if whose_role is not None and _person_like(whose_role.group("name")):
            return whose_role.group("name"), "speaker", None
    if ", which " in text and not inside:
        which = _WHICH_SAID_RE.search(text)
        if which is not None and not in_quotation(text, which.start(), inside):
            # "... represented by the Linwick Tenant Law Project, a nonprofit clinic, which
            # said ...": the body the clause hangs on
            return which.group("name"), "source", None
    return None, "", None


def _apposed_to_name(text: str, at: int) -> str | None:
    """The person's name a description at ``at`` is in apposition to, when the name opens
    the clause (at the start or after a quotation's close): "Ann Roe, | the polling guru"."""
    named = _NAME_BEFORE_LABEL_RE.search(text, max(0, at - 60), at)
    if (
        named is not None
        and _CLAUSE_OPENS_BEFORE_RE.search(text, 0, named.start("name")) is not None
        and _person_like(named.group("name"))
    ):
        return named.group("name")
    return None


def _whose(m: re.Match[str] | None) -> str:
    """The words of a _WHOSE_RE match, without a sentence's full stop ("to Bill Clinton."
    but "to George W."), or nothing."""
    if m is None:
        return ""
    words = m.group()
    return words[:-1] if words.endswith(".") and not _INITIAL_END_RE.search(words) else words


_INITIAL_END_RE = re.compile(r"(?:\b[A-Z]|Jr|Sr)\.$")


# How many matches of one subject pattern a sentence's speaker is looked for among: a
# sentence of news has a handful; "Roe barked Roe barked ..." thousands of times would
# have each checked against the whole text before it, a time quadratic in its length.
_MAX_SUBJECT_MATCHES = 40


def _main_clause_first(rx: re.Pattern[str], text: str, start: int) -> Iterable[re.Match[str]]:
    """The matches of `rx`, those inside a fronted subordinate clause last: in "After
    Brown criticized Roe, Hillary shot back, “...”" Hillary speaks, not Brown. Lazily,
    as the caller stops at the first speaker, unless the sentence opens with a clause;
    at most _MAX_SUBJECT_MATCHES of them."""
    clause = _SUBORDINATE_CLAUSE_RE.match(text) if text[:1] in "AWBSTUOCNSJHDMEO" else None
    if clause is None:
        return islice(rx.finditer(text, start), _MAX_SUBJECT_MATCHES)
    end = clause.end()
    matches = list(islice(rx.finditer(text, start), _MAX_SUBJECT_MATCHES))
    return [m for m in matches if m.end() > end] + [m for m in matches if m.end() <= end]


# A sentence that opens with something whose price or level moved by a figure: "Apple
# rose 1.3% after ...", "Shares of Boeing fell 3 percent", "Oil prices slid by nearly $2".
_MOVED_BY_RE = re.compile(
    r"(?:(?:But|And)\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|of|the|and|&|shares|"
    r"stocks?|prices?|futures|crude|index|yields?|bonds?)){0,6}?"
    r"(?:\s+(?:also|[a-z]+ly))?\s(?:rose|fell|slid|jumped|dropped|climbed|"
    r"gained|lost|tumbled|surged|plunged|sank|declined|rallied|slumped|soared|dipped|"
    r"advanced|retreated|edged\s+(?:up|down|higher|lower))\s+(?:by\s+)?"
    r"(?:(?:more\s+than|nearly|almost|about|as\s+much\s+as)\s+)?[$€£]?\d"
)
# The last clause before the participle: "... after | analysts at Morgan Stanley raised".
_MOVED_CLAUSE_RE = re.compile(r"\b(?:after|as|when|because|since|while)\s+(?=\S)")


def _moved_clause_speaker(text: str, end: int) -> tuple[str | None, str, str | None]:
    """The subject of the last subordinate clause before ``end`` in a sentence about a
    price that moved ("... after the FAA grounded the jets, saying": the FAA), as
    ``_speaker`` gives it."""
    starts = [m.end() for m in _MOVED_CLAUSE_RE.finditer(text, 0, end)]
    if not starts:
        return None, "", None
    clause = text[starts[-1] : end]
    clause = clause[:1].upper() + clause[1:] + ", saying"
    opening = _opening_subject(clause)
    unnamed = opening_unnamed(clause)
    if unnamed is not None and (opening is None or opening.lower() in unnamed.lower()):
        return unnamed[:1].lower() + unnamed[1:], "source", None
    if opening is None and (body := _THE_BODY_CLAUSE_RE.match(clause)) is not None:
        # "Shares of Tarnly Motors fell 8 percent after the carmaker cut its forecast,
        # citing ...": the body described (attribution.py finds which one it is)
        return "the " + body.group("body"), "description", None
    return opening, ("speaker" if opening is not None else ""), None


# A body described by its kind or trade, opening a clause: "The carmaker cut ...".
_THE_BODY_CLAUSE_RE = re.compile(
    r"The\s+(?P<body>(?:[a-z][\w-]*\s+){0,2}?(?:company|carmaker|automaker|firm|bank|retailer|"
    r"maker|airline|insurer|chain|group|giant|lender|utility|manufacturer|producer|operator|"
    r"developer|drugmaker|conglomerate|startup))\s+[a-z]"
)


# A participle of speech whose clause holds a later subject: "..., claiming without
# evidence that | Pellow wanted ...", "..., saying | Pellow had lied".
_PARTICIPLE_CLAUSE_BEFORE_RE = re.compile(
    r",\s+(?:(?:also|then|later|again|repeatedly|falsely)\s+)?(?:saying|claiming|arguing|"
    r"insisting|warning|noting|suggesting|asserting|predicting|complaining|alleging|adding|"
    r"explaining|declaring|charging|contending|maintaining)\s+(?:[a-z][\w'’-]*\s+){0,4}?"
    r"(?:that\s+)?$"
)


def _one_member(text: str, start: int, end: int) -> str | None:
    """ "one senior Democrat", "a Texas Republican", "A Democrat" for the name-like words
    text[start:end] ending in a party's member after "a", "one" or "another": a member,
    unnamed (a later "he" is no "Democrat")."""
    name = text[start:end].rstrip(".")
    if name.rsplit(None, 1)[-1] not in PARTY_MEMBERS:
        return None
    head, _, rest = name.partition(" ")
    if head in ("A", "An", "One", "Another") and rest:
        return f"{head.lower()} {rest}"
    one = _ONE_BEFORE_RE.search(text, max(0, start - 40), start)
    return (
        None if one is None else f"{one.group('det').lower()}{text[one.end('det') : start]}{name}"
    )


def _fronted_subject(text: str) -> str | None:
    """The subject after one or two fronted phrases: "In an interview on Monday, Roe
    defended the plan, saying ..." (Roe), "Speaking in Salem, Oregon, Roe went on ...".
    """
    m = _FRONTED_SUBJECT_RE.match(text)
    subj = _name_subject(m)
    if subj is not None and m is not None and ("'s " in subj or "’s " in subj):
        # "In May, Roe's Ohio state director, Tad Mell, reached out ..., writing": the
        # one named in apposition to what is Roe's, not "Roe's Ohio"
        owned = _OWNED_APPOSED_RE.match(text, m.end("subj"))
        if owned is None or not _person_like(owned.group("name")):
            return None
        return owned.group("name")
    return None if subj is None or is_place(subj) else subj


# Verbs of saying or holding that read as plural nouns after an adjective.
_NOUN_LIKE_VERBS = frozenset(
    [
        *("fears", "hopes", "claims", "worries", "concerns", "doubts", "warnings"),
        *("suspicions", "estimates"),
    ]
)
# Adjectives that open a sentence before such a noun: "Recent estimates put the cost at
# ...", "Early fears proved wrong" (no one named "Recent" estimates anything).
_NOUN_ADJECTIVES = frozenset(
    [
        *("recent", "subsequent", "new", "early", "earlier", "later", "initial", "latest"),
        *("preliminary", "official", "unofficial", "independent", "internal", "private"),
        *("previous", "current", "revised", "updated", "final", "annual", "separate"),
        *("similar", "additional", "rough", "conservative", "higher", "lower", "widespread"),
        *("growing", "lingering", "persistent", "such", "these", "those", "other", "many"),
    ]
)
# A sentence's subject, a relative clause after it, then its verb of saying: "One driver,
# who asked not to be named because he feared losing his job, said ...".
_WHO_CLAUSE_SAYS_RE = re.compile(
    r"[^,;:\"“”]{1,60},\s+who\s+[^,;:\"“”]{1,150}?,\s+(?:also\s+)?"
    r"(?P<verb>said|says|told|tells|added|wrote)\b"
)


# A name an epithet follows: "So Roe | the realist knows that ..."
_EPITHET_OWNER_RE = re.compile(r"(?:^|(?<=^So\s)|(?<=^And\s)|(?<=^But\s))(?P<name>[A-Z][a-z]+)\s+$")
# Words reported right after a verb: a that-clause, a quotation or a colon.
_WORDS_FOLLOW_RE = re.compile(
    # (when, first: "warned last month that", "said on Monday that")
    r"(?:\s+(?:(?:last|this)\s+(?:week|month|year)|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day|earlier|yesterday|today|recently))?"
    r"(?:\s*(?:that\b|[\"“:])"
    # whom it was said to first: "warned staff that", "told the board that"
    r"|\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?[a-z]+\s+that\b"
    # a clause without "that": "insisted the auction had been a success"
    r"|\s+(?:the|a|an|it|he|she|they|we|this|there|its|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:had|has|have|was|were|is|are|would|will|could|can|should|did|does|must)\b)"
)
# The body a name in apposition is of: "Ada Pike of the Police Union", "Jo Roe at Acme".
_AFFILIATION_END_RE = re.compile(r"\s+(?:of|at|with|from)\s+(?:the\s+)?[A-Z][^,;]*$")
# Whose words a sentence gives, fronted: "In the words of Tom Reyes, ...", "In Reyes's
# own words, ...".
_IN_THE_WORDS_RE = re.compile(
    rf"(?:(?:But|And)\s+)?In\s+(?:the\s+words\s+of\s+(?:(?P<name>{_NAME_PHRASE})|"
    r"(?P<who>(?:one|an?|another)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*))|"
    rf"(?P<owner>{_NAME_PHRASE})(?:['’]s|s['’])\s+(?:own\s+)?words)\s*,"
)
# "As one analyst put it, ...", "As a senior aide noted, ...": one unnamed.
# ("As the Ledger's investigative unit reported just today, ...": a body's part)
_AS_UNNAMED_PUT_RE = re.compile(
    r"(?:(?:But|And)\s+)?As\s+(?P<who>(?:(?:one|an?|another|some|many|several)\s+|"
    r"the\s+(?:[A-Z][\w.&-]*\s+){0,4}?[A-Z][\w.&-]*['’]s?\s+)"
    r"(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:(?:later|once|recently|first)\s+)?"
    r"(?:put\s+it|puts\s+it|noted|notes|said|says|observed|wrote|quipped|joked|reported|"
    r"reports)(?:\s+(?:just\s+)?(?:today|yesterday|on\s+\w+day|\w+day|last\s+\w+))?\s*,"
)
# A relative clause whose "they" says or holds it: "..., which they say shortchanges ...".
_WHICH_THEY_SAY_RE = re.compile(
    r",?\s+(?:which|that|what)\s+they\s+(?:also\s+|still\s+)?(?:say|said|argue|argued|claim|"
    r"claimed|believe|believed|insist|insisted|contend|contended|consider|considered|call|"
    r"called|describe|described)\b"
)
# A plural the sentence opens with, then its verb: "Ferry crews oppose", "Both bidders
# focused on".
# (no preposition, auxiliary or relative among its words: groups.py's words that stop a
# group's head)
_OPENING_PLURAL_RE = re.compile(
    r"(?:(?:But|And)\s+)?(?P<np>(?:(?:The|Both|All|Many|Some|Most|Several|Two|Three|Four)\s+)?"
    rf"(?:(?!(?i:{_PRE_HEAD_STOP})\s)[\w'’-]+\s+){{0,3}}?[a-z]{{3,}}(?<!s)s)\s+"
    r"(?:(?:also|still|now|have|had|long)\s+){0,2}[a-z]{3,}(?<!s)\b"
)
# A body the sentence opens with, described first: "Britain's biggest retailer Tesco runs",
# "Germany's largest carmaker, Volkswagen, employs", "The state-owned investment giant
# Korvo runs".
_DESCRIBED_BODY_OPENS_RE = re.compile(
    rf"(?:(?:But|And)\s+)?(?:The|{_NAME_PHRASE}(?:['’]s|s['’]))\s+(?:[a-z][\w-]*\s+){{0,3}}?"
    rf"(?:{_BODY_TRADES}|[a-z]*maker)(?:,\s+|\s+)(?P<name>{_BODY_NAME}),?\s+[a-z]"
)


def _described_body_opener(text: str) -> str | None:
    m = (
        _DESCRIBED_BODY_OPENS_RE.match(text)
        if text[:1] in "TBA" or "'" in text[:30] or "’" in text[:30]
        else None
    )
    if m is None or not _can_be_subject(m.group("name")) or is_place(m.group("name")):
        return None
    return m.group("name")


# An owner and what it owns, in lower case: "Germany's largest carmaker", "Texas' largest
# utility", "The city's biggest employer".
_OWNER_DESCRIPTION_RE = re.compile(
    rf"(?:{_NAME_PHRASE}|The\s+[a-z]+)(?:['’]s|s['’])\s+(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*"
)
# A name set off after it: "Volkswagen", "the NEA", "Bank of Valdoria".
_APPOSED_NAME_RE = re.compile(rf"(?:the\s+)?{_BODY_NAME}")
_OWNED_APPOSED_RE = re.compile(rf"(?:\s+[a-z][\w-]*){{0,3}},\s+(?P<name>{_NAME_PHRASE}),")


# "Here's Clinton in December 1992: “...”", "Here is Roe, speaking on Tuesday: “...”".
_HERE_IS_COLON_RE = re.compile(
    rf"(?:Here['’]s|Here\s+is|Listen\s+to|Consider|Recall)\s+(?P<name>{_NAME_PHRASE})"
    r"(?:,?\s+(?:in|on|at|from|during|speaking|writing|last|this|back)\b[^:\"“”]{0,60})?"
    r":\s*[\"“]"
)


def _colon_quote_speaker(text: str) -> str | None:
    """ "Roe lobbies for a higher wage: “No one who works ...”": the quotation after the
    colon is the subject's."""
    if ":" not in text:
        return None
    head, _, rest = text.partition(" ")
    if head in _OPENING_CONJUNCTIONS and rest[:1].isupper():
        return _colon_quote_speaker(rest)  # "And Mr. Roe gloated: “...”"
    dashed = _DASHED_LABEL_RE.search(text)
    if dashed is not None:
        # "Media shares blame - HuffPollster: “...”": the label after the dash speaks
        return dashed.group("label") if _can_be_subject(dashed.group("label")) else None
    presented = _HERE_IS_COLON_RE.match(text)
    if presented is not None and _can_be_subject(presented.group("name")):
        # "Here's Clinton in December 1992: “...”": the one the sentence presents
        return presented.group("name")
    described = _DESCRIBED_COLON_RE.search(text)
    if described is not None and _person_like(described.group("name")):
        # "The timing doesn't surprise Republican pollster Daron Shaw: “...”": the person
        # a description names right before the colon
        return described.group("name")
    if _COLON_QUOTE_RE.search(text) is None:
        return None
    opening = _opening_subject(text) or _fronted_subject(text)
    if opening is not None and _COLON_QUOTE_RE.match(text, text.find(opening)):
        return opening
    return None


def _after_apposed_opener(text: str, at: int) -> bool:
    """Whether the comma at `at` closes the apposition of the person the sentence opens
    with, no quotation before it: then a name after "said" is spoken about ("Ivo Lutz, a
    pollster, said Mr. Roe and the camp had failed"), not the speaker of an inverted
    report ('"...," said Roe')."""
    if text[at] != "," or QUOTE_CHARS_RE.search(text, 0, at):
        return False
    o = _APPOSED_OPENER_RE.match(text)
    return (
        o is not None and _person_like(o.group("name")) and "," not in text[o.end("name") + 1 : at]
    )


def _apposed_opener(text: str) -> str | None:
    """ "Ann Roe, who lives outside the capital, Sacramento, said ...": the person the
    sentence opens with, whatever its apposition holds."""
    o = _APPOSED_OPENER_RE.match(text)
    return o.group("name") if o is not None and _person_like(o.group("name")) else None


# "It's a big if, but Roe was in Ames on Tuesday": the subject of the clause after "but".
_BUT_SUBJECT_RE = re.compile(rf",\s+but\s+(?P<subj>{_NAME_PHRASE})\s+[a-z]")


def _but_subject(text: str) -> str | None:
    """The name the clause after a sentence's one ", but" opens with."""
    matches = list(_BUT_SUBJECT_RE.finditer(text))
    if len(matches) != 1:
        return None
    subj = matches[0].group("subj")
    return subj if _can_be_subject(subj) and not is_place(subj) else None


# "Outside the plant, a worker named Ana Roe has nothing but praise for it": the one a
# sentence's subject introduces by name.
_NAMED_SUBJECT_RE = re.compile(
    rf"(?:^|,\s+)(?:[Aa]n?|[Oo]ne)\s+(?:[a-z\d][\w-]*\s+){{1,3}}?(?:named|called)\s+"
    rf"(?P<subj>{_NAME_PHRASE}),?\s+[a-z]"
)


# "Across town, knocking on doors, is Ben Roe, a canvasser": a subject after its verb;
# "Roe's been making the case for weeks": a subject with "has" contracted.
_INVERTED_SUBJECT_RE = re.compile(
    rf"(?:,|\b(?:there|here)(?:\s+[a-z]+){{0,3}})\s+(?:is|was)\s+(?P<subj>{_NAME_PHRASE}),\s+"
    r"(?:a|an|the)\s"
)
_CONTRACTED_SUBJECT_RE = re.compile(
    rf"(?P<subj>{_NAME_PHRASE})['’]s\s+(?:been|got|also\s+been|long\s+been|never\s+been)\b"
)


_APPOS_NAMED_RE = re.compile(
    rf"(?:an?|one)\s+(?:[\w-]+\s+){{0,3}}?named\s+(?P<name>{_NAME_PHRASE})"
)


def _named_subject(text: str) -> str | None:
    """A person the sentence introduces by name as its subject where the other patterns
    see none: "a worker named Ana Roe has ...", "..., is Ben Roe, a canvasser",
    "Roe's been saying"."""
    m = (
        _NAMED_SUBJECT_RE.search(text)
        or _INVERTED_SUBJECT_RE.search(text)
        or _CONTRACTED_SUBJECT_RE.match(text)
    )
    return m.group("subj") if m is not None and _can_be_subject(m.group("subj")) else None


def _the_apposed(text: str) -> str | None:
    m = _THE_APPOSED_RE.match(text)
    subj = _name_subject(m)
    if subj is None:
        return None
    tokens = subj.split()
    for i in range(len(tokens) - 1):
        if tokens[i].lower() in GIVEN_NAMES:
            return " ".join(tokens[i:])  # "State Hillary Clinton": the given name starts it
    return subj if _person_like(subj) else None


def _opener(text: str, before: int) -> str | None:
    """The name the sentence opens with, if it ends before `before` and is neither a
    place nor a function word: "Mara Lind of Dover, ...", "Kirby, at a town hall, ..."."""
    m = _OPENING_SUBJECT_RE.match(text)
    name = _name_subject(m) if m is not None and m.end("subj") <= before else None
    if name is not None and m is not None:
        head = _NEXT_WORD_RE.match(text, m.end("subj"))
        if head is not None and head.group(1).rstrip("s") in UNNAMED_NOUNS:
            return f"{name} {head.group(1)}"  # "Federal officials ..., said"
    if name is None:
        o = _APPOSED_OPENER_RE.match(text)
        if o is not None and o.end("name") <= before and _can_be_subject(o.group("name")):
            name = o.group("name")
    return None if name is None or is_place(name) else name


# An object's relative clause, its subject next: "the pact, which Roe has criticized",
# "a man whom Roe attacked" (not "an interview in which Roe said": the subject speaks).
_RELATIVE_BEFORE_SUBJECT_RE = re.compile(r"(?<!\b(?:in|on|at|by|to)\s)\b(?:which|whom)\s+$")
# A subordinating word right before a subject: "after | Sanders endorsed him".
_SUBORDINATOR_BEFORE_RE = re.compile(r"\b(?:after|before|since|until|when|once)\s+$")
# Stances taken towards someone (not words reported: "after Roe said it would ...").
_DEED_STANCE_VERBS = frozenset(
    [
        *("endorsed", "praised", "criticized", "criticised", "attacked", "thanked", "blamed"),
        *("congratulated", "slammed", "mocked", "defended", "rebuked", "chastised", "scolded"),
        *("endorses", "praises", "criticizes", "attacks", "thanks", "blames", "defends"),
    ]
)
# An object pronoun, then the clause's end or a phrase of where, when or how.
_OBJECT_PRONOUN_THEN_END_RE = re.compile(
    r"\s+(?:him|her|them|it|us|me)\b(?:\s+(?:in|on|at|during|for|with|last|this|earlier)\b"
    r"[^,;:.\"“”]{0,60})?\s*(?:[.;!?]|$|,(?!\s+(?:saying|adding|calling|arguing|noting|"
    r"writing|telling|declaring|insisting|warning|describing)\b))"
)
# A named object closing a relative clause, then the sentence's own verb: "who has endorsed
# Canova, | was able to raise ..."
_NAMED_OBJECT_THEN_VERB_RE = re.compile(
    r"\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*,\s+(?:(?:also|still|now|then)\s+)?"
    r"(?:was|were|is|are|has|have|had|will|would|can|could|[a-z]+ed)\b"
)
# A finite verb right after a relative clause's verb: the sentence's own.
_MAIN_VERB_AFTER_RE = re.compile(
    r"\s+(?:(?:already|also|still|now|not|never)\s+)?(?:are|is|were|was|will|would|can|could|"
    r"have\s+been|has\s+been|had\s+been|remain|remains|remained)\b"
)
# Verbs that report the relative clause's own words or belief: "that Roe said is a front".
_BRIDGING_VERBS = frozenset(
    [
        *("said", "says", "claimed", "claims", "believed", "believes", "thought", "thinks"),
        *("alleged", "alleges", "argued", "argues", "estimated", "estimates", "expected"),
        *("expects", "predicted", "predicts", "suggested", "suggests", "insisted", "insists"),
        *("warned", "warns", "feared", "fears", "hoped", "hopes", "told", "wrote", "writes"),
        *("testified", "maintained", "maintains", "contended", "contends", "asserted"),
    ]
)
# The relative clause's verb with nothing said after it: an adverb, a short phrase of when
# or where, then the clause's end ("which Roe vehemently opposed.", "whom Roe attacked
# during the campaign,"; not "which Roe said would cost", "which Roe likened to ...",
# "which Roe called ''a disgrace''").
_NOTHING_SAID_AFTER_RE = re.compile(
    r"(?:\s+[a-z]+ly)?(?:\s+(?:in|during|on|at|last|earlier|later|this|under|before|after|"
    r"from|since)(?:\s+(?!(?:he|she|they|it|that)\b)[\w'’-]+){1,4})?\s*(?:[.,;!?]|[—–]|\s-\s|$)"
)
# A fronted clause whose verb says nothing: "After Roe testified before the committee,",
# "When she spoke Tuesday," (not "After Roe said in a statement that taxes would rise,",
# "after Roe pledged to spend $2 million,"; nor "As Roe noted, ...", which credits the
# main clause to Roe).
_CONTENTLESS_CLAUSE_RE = re.compile(
    r"(?:\s+(?:on|in|at|before|with|during|last|this|earlier|later|again|publicly|"
    rf"here|there|yesterday|today|tonight|{_DAYS})\b(?:(?!\bthat\b)[^\"“”'‘:])*)?,"
)


# A preposition left at the clause's end, its object named before the subject: "the ideas
# he believes in -", "The voters Pike talked about were angry."
_CLAUSE_END = r"\s*(?:[,.;:!?—–]|\s-\s|$)|\s+(?:were|was|is|are|or|and|but)\b"
_STRANDED_PREPOSITION_RE = re.compile(rf"\s+(?:in|of|about|for|on|with)(?={_CLAUSE_END})")
_CLAUSE_ENDS_RE = re.compile(rf"(?={_CLAUSE_END})")


def _not_said_here(text: str, m: re.Match[str], fronted: re.Match[str] | None) -> bool:
    """Whether the subject and verb of ``m`` (from _SUBJECT_VERB_RE) say nothing the
    sentence holds: the verb of a relative clause about its object, with nothing said
    after it ("the pact, which Roe has criticized,"); a verb whose preposition is left at
    the clause's end ("the ideas he believes in -"); or a fronted clause's verb with
    nothing after it ("After Roe testified, the panel ...")."""
    start = m.start("subj")
    if _RELATIVE_BEFORE_SUBJECT_RE.search(text, max(0, start - 9), start) is not None:
        return _NOTHING_SAID_AFTER_RE.match(text, m.end()) is not None
    if (
        text.endswith("that ", max(0, start - 5), start)
        and _MAIN_VERB_AFTER_RE.match(text, m.end()) is not None
        and (m.group("verb") or m.group("pverb") or "") not in _BRIDGING_VERBS
    ):
        # "Some records that Linder questioned | are already stored": the relative
        # clause's verb is about its head, and the sentence's own verb follows (not
        # "a charity that prosecutors said | is a front", where they say it is)
        return True
    if (
        _SUBORDINATOR_BEFORE_RE.search(text, max(0, start - 8), start) is not None
        and (m.group("verb") or "") in _DEED_STANCE_VERBS
        and _OBJECT_PRONOUN_THEN_END_RE.match(text, m.end()) is not None
    ):
        # "... received $250,000 after Sanders endorsed him in a fundraising email": a
        # stance taken towards someone, told as when something else happened
        return True
    if _STRANDED_PREPOSITION_RE.match(text, m.end()) is not None or (
        (m.group("verb") or "").endswith((" about", " of", " on", " for", " to", " with"))
        and not (m.group("verb") or "").endswith(("went on", "goes on"))  # going on speaking
        and _CLAUSE_ENDS_RE.match(text, m.end()) is not None
    ):
        # "the ideas he believes in -", "The voters Pike talked about were angry": what
        # the verb is about is named before the subject
        return True
    return (
        fronted is not None
        and not text.startswith("As ")
        and m.end() <= fronted.end()
        and _CONTENTLESS_CLAUSE_RE.fullmatch(text, m.end(), fronted.end()) is not None
    )


_SUBORDINATE_CLAUSE_RE = re.compile(
    # ("Not long after ...", "Shortly before ...", "Hours after ...", "Even as ...")
    r"(?:(?:Not\s+long|Shortly|Soon|Just|Hours|Days|Weeks|Minutes|Moments|Even|Only)\s+(?i:after|"
    r"before|as|when|since|though)\s|"
    r"(?:After|When|While|Before|Since|Although|Though|Because|Once|Until|Unless|As)\s)"
    # (a list's commas inside it, "When the city beat out Dallas, Denver and other cities
    # ..., Cleveland felt ...": a name with its comma, before another name and "and", is
    # taken whole, so the lazy run does not end there; "After Clinton testified, Gowdy and
    # his team ..." still ends at the verb's comma)
    r"(?:[A-Z][\w'’-]*,(?=\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,?\s+(?:and|or)\s)|"
    r"[^,;\"“”]){1,220}?,"
)
# A subject led by a determiner, with the speaker's name in its apposition.
_APPOSED_DETERMINERS = "another|an?|one|his|her|their|its|my"
_DETERMINER_APPOSED_RE = re.compile(
    # ("The chancellor, Rachel Reeves, said" is read below, where the role is learnt too.)
    # "One pastor backing Roe, Ada Pike of Grace Church in Dover, said", "A former
    # candidate -- Jo Roe, who lost in 2008 -- said": the apposition may give a home and a
    # clause, set off by commas or dashes.
    # (after a fronted phrase too: "Earlier Tuesday, his campaign manager, Jeff Weaver, says")
    rf"(?:[A-Z][^,;\"“”—–]{{1,40}},\s+(?=(?:{_APPOSED_DETERMINERS})\s))?"
    r"(?:(?:And|But)\s+)?(?:[Aa]nother|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y)\s+"
    # ("Her challenger, state Sen. Paul Wexley, said": descriptors before the name)
    rf"[^,;\"“”—–]{{1,80}}(?:,|\s+--|\s*[—–])\s+(?:(?:{_DESCRIPTORS})\s+){{0,2}}(?P<name>{_NAME_PHRASE})"
    r"(?:\s+(?:of|from)\s+[^,;\"“”—–]{1,80}?)?(?:,\s+[^,;\"“”—–]{1,120}?)?"
    rf"(?:,|\s+--|\s*[—–])\s+(?:(?:{_AUXILIARIES})\s+)*"
    rf"(?:{_REPORTING_VERBS}|reported|reports)\b"
)
# The same apposition before any verb, for a verb of saying further on: "One of the men,
# Jo Roe, 70, had served in the Navy and said ..."
_DETERMINER_APPOSED_OPENS_RE = re.compile(
    r"(?:(?:And|But)\s+)?(?:[Aa]nother|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y)\s+"
    rf"[^,;\"“”—–]{{1,80}},\s+(?P<name>{_NAME_PHRASE})(?:,\s+\d{{1,3}})?,\s+"
    rf"(?:(?:{_AUXILIARIES})\s+)*[a-z]{{3,}}"
)
# "said the base chief known as Bob", "the base chief, known only as Bob, said"
_KNOWN_AS_RE = re.compile(
    rf"\b(?:{_REPORTING_VERBS})\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,4}}?known\s+(?:only\s+)?as\s+"
    rf"(?P<name>{_NAME_PHRASE})|"
    rf"\b[Tt]he\s+(?:[\w'’-]+\s+){{0,4}}?[a-z]+,\s+known\s+(?:only\s+)?as\s+(?P<name2>{_NAME_PHRASE}),"
    rf"\s+(?:(?:{_AUXILIARIES})\s+)*(?:{_REPORTING_VERBS})\b"
)
_FRONTED_DETERMINER_RE = re.compile(rf", (?:{_APPOSED_DETERMINERS}) ")
_PLACE_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:at|in|on|into|over|under)\s+$")
# A subject and its clause, then a colon and a quotation, with no quotation before.
_COLON_QUOTE_RE = re.compile(
    rf"{_NAME_PHRASE}(?:\s+\([^()]{{1,30}}\))?"
    # a verb right after the subject ("Roe lobbies ...:", "Roe then boomed:"), so that
    # "Signs of a shift ... from Roe:" is not Signs's
    r"(?:\s+(?:then|later|just|may|might|can|could))*"
    rf"\s+(?:{_VERB_FORMS})\b[^:;\"“”]{{0,100}}:\s*(?:[\"“]|'')"
)
_DESCRIBED_COLON_RE = re.compile(
    rf"\b(?:(?:{_DESCRIPTORS})\s+){{1,3}}(?P<name>{_NAME_PHRASE}):\s*(?:[\"“]|'')"
)
# ("... - More from Ada Pike and Jo Roe: “...”": whose more it is)
_DASHED_LABEL_RE = re.compile(
    rf"\s[-–—]\s*(?:More\s+from\s+)?(?P<label>{_NAME_PHRASE}(?:\s+and\s+{_NAME_PHRASE})?):"
    r"\s*(?:[\"“]|'')"
)
# A verb form right after a subject ("has", "released", "says"), not a noun ("technology").
_VERBISH_RE = re.compile(rf"\s+(?:{_VERB_FORMS})\b")
_NOUNS_BEFORE_VERB_RE = re.compile(
    # (no count, article or pronoun among the nouns: in "The Utah Republican spent two
    # years in a camp and says" the role ends before its verb, "spent")
    r"(?P<nouns>(?:\s+(?!(?:might|may|could|should|must|can|cannot|will|would|a|an|the|his|"
    r"her|their|its|my|our|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|"
    r"several|many|some|few)\b)[a-z]+){1,2}?)"
    rf"(?=\s+(?:{_VERB_FORMS})\b)"
)
# The verb before its speaker: "Said Dorothy Poynter, ...", "Added Comey: “...”".
_SAID_FIRST_RE = re.compile(
    rf"[A-Z][a-z]+\s+(?P<name>{_NAME_PHRASE})(?P<quote>\s*[,:]\s*(?:[\"“]|''))?(?(quote)|(?=[\s,:]))"
)
_GIVEN_NAME_MONTHS = frozenset(["April", "May", "June", "August"])
_REPORTING_WORDS = frozenset(_REPORTING_VERBS.split("|"))
_MANNER_WORDS = frozenset(v.replace(r"\s+", " ") for v in _MANNER_VERBS.split("|"))  # "went on"
# Verbs the subject patterns report speech with only in some contexts (a quotation, words
# reported after them, no plain object): a shortcut past those checks must skip them.
_GUARDED_VERBS = (
    _BARE_OBJECT_VERBS
    | _QUOTE_OBJECT_VERBS
    | _WORDS_AFTER_VERBS
    | _MANNER_WORDS
    | frozenset(_NOT_WORDS_AFTER)
)
# Where words were posted, then what they said: " on Truth Social that", " to X that".
_ON_PLATFORM_THAT_RE = re.compile(r"\s+(?:on|to)\s+(?:[A-Z][\w.'’-]*\s+){1,3}that\b")
# Of those, the verbs guarded only against a noun or a non-report after them ("claims in
# the area", "promised to be", "felt the need"), which _NOT_WORDS_AFTER tells.
_NOUN_GUARDED_VERBS = frozenset(_NOT_WORDS_AFTER) - (
    _BARE_OBJECT_VERBS | _QUOTE_OBJECT_VERBS | _WORDS_AFTER_VERBS | _MANNER_WORDS
)
# A quotation that has just closed, or one that opens right after the verb.
_QUOTE_BEFORE_RE = re.compile(r"(?:[\"”’]|'')[,.?!]?\s*$|[,.?!](?:[\"”’“]|'')\s*$")
_ONLY_WHEN_AFTER_RE = re.compile(
    r"(?:\s+(?:back|again|later|on\s+\w+|at\s+\w+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))*"
    r"[.!?]\s*"
)
_QUOTE_AFTER_RE = re.compile(r"(?:\s+(?:back|out|in|at\s+\w+))?\s*[,:]?\s*(?:[\"“‘]|''|``)")
# The first of two people who open a sentence: "Ada Pike and | Ted Roe said".
_JOINT_OPENER_RE = re.compile(
    rf"(?:(?:But|And|Yet|Still),?\s+)?(?:[Bb]oth\s+)?"  # ("Both Delgado and Hale say")
    # (a plural description first: "Former Mexican presidents Ada Roe and ...")
    rf"(?:(?:[A-Z][\w'’.-]*\s+){{0,3}}[a-z]+s\s+)?(?P<list>(?:{_NAME_PHRASE},\s+){{1,4}})?"
    rf"(?P<a>{_NAME_PHRASE}),?\s+and\s+"
)
# Two names in apposition to a plural: "The candidates, | Ada Roe and Ted Lusk |, said".
_TWO_NAMES_RE = re.compile(rf"(?P<a>{_NAME_PHRASE})\s+and\s+(?P<b>{_NAME_PHRASE})")
# One more of those quoted, unnamed: "Yet another said", "One said", "A third said".
_LONE_ONE_RE = re.compile(
    r"(?:(?:And|But|Yet|Still|Also),?\s+)?(?P<subj>[Aa]nother|One|A\s+(?:second|third|fourth|fifth)|"
    # "Each side said", "All but two said": each of those just named, or all but a few
    r"Each\s+(?:side|camp|party|man|woman|one)|All\s+but\s+(?:one|two|three|four|five|a\s+few))"
    r",?\s+(?:also\s+)?(?:said|says|told|tells|added|adds|wrote|noted|argued|insisted)\b"
)
# Before a name cut to its first word by a day word: "on | Super Tuesday said" is when.
_TIME_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:on|in|at|by|since|until|before|after)\s+$")
# Before the body one member of which speaks: "A member of | Congress said".
# A company's officers by their acronym, and whose they are before them.
_OFFICER_ACRONYMS = frozenset(["CEO", "CFO", "COO", "CTO"])
_OFFICER_DETERMINERS = frozenset(["Its", "His", "Her", "Their", "A", "An"])
_OFFICER_OWNER_RE = re.compile(
    r"(?:[Tt]he\s+[a-z]+['’]s|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Tt]he)\s+$"
)
# What a person writes or says in their own name: "Delgado's tweet said", "Roe's statement
# said" are the person's words (not "Roe's lawyer", "Roe's plea deal").
_AUTHORED = frozenset(
    [
        *("tweet", "tweets", "post", "posts", "statement", "letter", "op-ed", "column"),
        *("speech", "remarks", "testimony", "memoir", "blog", "email", "message"),
    ]
)
# Someone's words on a site, or a paper on a subject, just before the site's or the
# subject's name: "Delgado's post on | X said", "The report on | Ohio said".
_AUTHORED_ON_RE = re.compile(
    rf"(?:(?P<author>{_NAME_PHRASE})['’]s|(?<![\w'’])(?P<det>[Aa]n?|[Tt]he))\s+"
    rf"(?:{'|'.join(sorted(_AUTHORED))}|{DOCUMENT_NOUNS}|{EVIDENCE_NOUNS})\s+on\s+$"
)
# Bodies and offices one of which a story is about, named bare in its headline ("...,
# union says", "..., minister says"): "the union", resolved as one (not "..., analyst
# says": one of many, unnamed).
_BARE_OFFICES = frozenset(
    [
        *("union", "minister", "police", "watchdog", "regulator", "agency", "court"),
        *("governor", "senator", "mayor", "judge"),
    ]
)
# An envoy's title before or after what looks like a subject: "Britain's Ambassador to |
# the United States, Karen Pierce, said", "said U.S. Ambassador | to Japan Rahm Emanuel".
_SENT_TO_BEFORE_RE = re.compile(
    rf"(?P<title>(?:[A-Z][\w.'’-]*\s+){{0,3}}(?i:{SENT_TO_RX}))\s+to\s+(?:the\s+)?$"
)
_SENT_TO_AFTER_RE = re.compile(r"\s+to\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,6}[A-Z][\w'’-]*")


def _sent_to_speaker(text: str, start: int, end: int, appos: str) -> str | None:
    """The person an envoy's title names, when the subject at ``start:end`` is the country
    the envoy is sent to or the title's first words; the title whole when no one is named
    ("Chad's Ambassador to France"); None when no such title is there."""
    before = _SENT_TO_BEFORE_RE.search(text, max(0, start - 60), start)
    if before is not None:
        if appos and _person_like(appos):
            return appos  # "..., Karen Pierce, said"
        return clean_name(text[before.start("title") : end])
    if text[start:end].split()[-1].lower() not in SENT_TO:
        return None
    after = _SENT_TO_AFTER_RE.match(text, end)
    return clean_name(text[start : after.end()]) if after is not None else None


# Who obtained or first reported a document, before the subject that seems to speak:
# "A memo from the budget office obtained by | CNN says".
_OBTAINED_BY_BEFORE_RE = re.compile(
    r",?\s+(?:obtained|reviewed|seen|first\s+reported|viewed|shared)\s+(?:by|with)\s+(?:the\s+)?$"
)
_MEMBER_OF_BEFORE_RE = re.compile(r"\b(?:member|aide|staffer|employee)\s+of\s+(?:the\s+)?$")
# A reporting clause after a comma, with nothing but its time or place after it:
# "..., Mr. Roe said.", "..., she said on Tuesday, adding ...".
_TRAILING_REPORT_RE = re.compile(
    # '..., Roe said Monday.', '... "capital investment," Ben Carson said Monday.'
    rf",(?:[\"”’]|'')?\s+(?P<subj>{_NAME_PHRASE}|the\s+[a-z]+(?:\s+(?!(?:who|which|that)\b)[a-z]+)?|he|she|they)"
    r"\s+(?:also\s+)?(?:said|says|told|tells|added|wrote|announced)"
    rf"{_REPORT_ENDS}"
)
# The same with a group reporting: "Voters rejected the levy, county officials said."
_TRAILING_GROUP_REPORT_RE = re.compile(
    r",(?:[\"”’]|'')?\s+(?P<subj>(?:(?:[A-Z][\w'’.-]*|state|federal|local|county|city|senior|"
    rf"other|some|several|two|three|four|his|her|their|its)\s+){{0,2}}(?:{GROUP_NOUNS}))"
    r"\s+(?:also\s+)?(?:said|say|says|told|added|wrote|announced|confirmed)"
    rf"{_REPORT_ENDS}"
)
# A medium or a person that reports, opening the sentence: "The Dover Courier reported
# (on Monday) (that) ...", "Reuters reports ..." (not "Costa reported from Dover").
_OPENING_REPORTER_RE = re.compile(
    r"(?:(?:But|And|Still|Yet|Now|Meanwhile|However|Earlier|Later),?\s+)?"
    rf"(?P<subj>(?:[Tt]he\s+)?{_NAME_PHRASE})\s+(?:(?:recently|first|also|previously|later)\s+)?"
    r"(?:reported|reports)\b(?!\s+(?:to|for|from|back)\b)"
)
# Bodies named by where they are: "Six newspapers in Kent", "Hospitals across Ohio".
_PLACED_BODIES = (
    "newspapers|papers|outlets|networks|stations|companies|firms|banks|agencies|unions|"
    "churches|schools|hospitals|universities|colleges|courts|councils|governments|ministries"
)
# Their words as a sentence may write them (the cheap test before those patterns).
_GROUP_WORDS_ANY_CASE = frozenset(
    form
    for word in f"{GROUP_NOUNS}|{_PLACED_BODIES}".split("|")
    for form in (word, word.lower(), word.capitalize())
)
# A group a subject's name belongs to, opening the sentence or a clause: "Officials in
# Harbor County announced ..." (the officials, not the county), "Voters in Ohio rejected
# ...", "..., but at least a dozen members of Congress told ...".
_GROUP_BEFORE_RE = re.compile(
    r"(?:^(?:(?:But|And|Still|Yet|Now|So|Meanwhile|However),?\s+)?|(?<=,\s)|(?<=\bbut\s)|"
    r"(?<=\band\s))"
    rf"(?P<group>(?:(?!(?:but|and|or|yet)\s)[\w'’.-]+\s+){{0,4}}?(?i:{GROUP_NOUNS}|{_PLACED_BODIES})\s+"
    r"(?:in|at|of|from|for|across|throughout)\s+(?:the\s+)?"
    # ("Voters in Ohio, Michigan and | Wisconsin told": a list of places before the last)
    r"(?:(?:(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*,\s+){0,6}"
    r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*,?\s+(?:and|&)\s+)?)$"
)


# A verb in the passive: "voters in West Virginia were asked" (they did not ask).
_PASSIVE_BEFORE_VERB_RE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ed|told|said|shown|seen|known|given)$"
)


def _group_before(text: str, m: re.Match[str], words: list[str]) -> str | None:
    """The words of a group before the subject of a subject-verb match ``m`` that names
    the group's place or body ("Officials in " before "Harbor County announced"); None
    when there is none or the verb is in the passive."""
    if _GROUP_WORDS_ANY_CASE.isdisjoint(words) or _PASSIVE_BEFORE_VERB_RE.search(m.group()):
        return None  # most sentences: no group's word at all
    at = m.start("subj")
    group = _GROUP_BEFORE_RE.search(text, max(0, at - 120), at)
    return None if group is None else text[group.start("group") : at]


_OWNED_WORD = r"(?!(?:in|of|at|on|for|from|with|by|to|and|or|that|who)\b)[a-z-]+"
# What a possessive owns: a named person after descriptors ("'s spokeswoman Hope Hicks",
# "'s lawyer, Ada Pike") or a lower-case noun phrase ("'s plea agreement").
_OWNED_RE = re.compile(
    rf"\s+(?:(?:{_OWNED_WORD}\s+){{0,3}}?{_OWNED_WORD},?\s+(?P<name>{_NAME_PHRASE})(?=[\s,.;:]|$)|"
    rf"(?P<noun>(?:{_OWNED_WORD}\s+){{0,2}}{_OWNED_WORD})(?=[\s,.;:]|$))"
)
_GIVEN_NAME_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)\b")
# Where a quotation closes and the words about its speaker begin: '"...," Roe, 67, ...'.
_AFTER_CLOSING_QUOTE_RE = re.compile(rf"{CLOSING_MARK}\s*(?=[A-Z])")


def _opener_after_quotation(text: str, before: int) -> str | None:
    """The name that follows a closing quotation and its comma, with an apposition that
    runs to `before`: in '"...," Jo Roe, 67, of Dover, Del., said' Jo Roe speaks."""
    closing = None
    for found in _AFTER_CLOSING_QUOTE_RE.finditer(text, 0, before):
        closing = found  # the last one
    if closing is None:
        return None
    o = _APPOSED_OPENER_RE.match(text, closing.end())
    if o is None or o.end("name") > before or not _can_be_subject(o.group("name")):
        return None
    name = o.group("name")
    return None if is_place(name) else name


# A relative clause that reports speech: "Sen. Ann Kirby of Ohio, the ranking Democrat on
# the panel, who said none of the emails ...", "Priebus, who has said he doesn't ...".
_WHO_VERB_RE = re.compile(
    rf",?\s+who(?:,\s+[^,;\"“”]{{1,120}},)?(?:\s+(?:{_AUXILIARIES}))*\s+"
    r"(?:said|says|told|tells|tweeted|tweets|argued|argues|claimed|claims|"
    r"insisted|insists|warned|warns|explained|explains|acknowledged|acknowledges|admitted|"
    r"admits|predicted|predicts|stated|states|testified|testifies|declared|declares|"
    r"contended|contends|conceded|concedes|confirmed|confirms|recalled|recalls|cautioned|"
    r"complained|complains|boasted|emphasized|stressed|is\s+saying|"
    # a stance of the one named: "Ann Roe, who wants to cut taxes", "who has pledged ..."
    r"proclaimed|proclaims|asserted|asserts|vowed|vows|promised|promises|pledged|pledges|"
    r"believes|believed|thinks|wants|wanted|hopes|fears|expects|endorsed|endorses|"
    r"supports|opposes|opposed|accused|accuses|criticized|criticizes|praised|praises|"
    r"denied|denies|dismissed|rejected|rejects|suggested|suggests|urged|urges|blamed|"
    r"blames|proposed|proposes|demanded|demands|called\s+(?:for|on)|calls\s+(?:for|on)|"
    r"reported(?=\s+that\b)|"
    # naming in the speaker's words, before a quotation: "who called the plan “a sham”"
    r"(?:called|calls|described|describes|dubbed|labeled|branded)(?=[^.;\"“”]{1,60}[\"“])|"
    # only with the words reported: not "who wrote the profile", "who maintained a lead"
    r"(?:wrote|writes|noted|notes|added|adds|maintained|maintains)(?=\s*(?:that\b|[:,\"“])))\b"
)
# "Ada Roe is a | Democrat who ...", "Roe, 52, was a ...", "Ada Roe, a ...": the subject
# a copula or an apposition describes.
_COPULA_SUBJECT_RE = re.compile(
    rf"(?:(?:But|And|Yet)\s+)?(?P<subj>{_NAME_PHRASE})(?:,\s+\d{{1,3}},)?"
    r"(?:\s+(?:is|was|has\s+been|had\s+been|remains)\s+(?:also\s+)?|,\s+)"
    r"an?\s+(?:[a-z-]+\s+){0,3}$"
)
# "one senior | Democrat", "a | Texas Republican", "a lifelong | Republican": one person,
# unnamed, before a name-like word (an article or "one" and up to three adjectives).
_ONE_BEFORE_RE = re.compile(r"(?<![\w'’-])(?P<det>[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){0,3}$")
# The name that ends a stretch of text: "... endorsed by former Sen. Gordon Humphrey".
_NAME_AT_END_RE = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_NAME_PHRASE})(?:\s+(?:of|from)\s+(?:the\s+)?{_ORG_PHRASE})?"
    rf"(?:\s+\([^()]{{1,30}}\))?(?:,\s+{_PARTY_LABEL}\.?)?\s*$"
)


_PASSIVE_RE = re.compile(r"\s(?:been|being|be)\s")
# A relative clause's verb (and a preposition) right before a described subject: it is
# the clause's object ("who attended | the caucuses described", "who lives near | the port").
_RELATIVE_OBJECT_BEFORE_RE = re.compile(rf"\bwho\s+(?!(?:{_AUXILIARIES})\b)(?:[a-z]+\s+){{1,3}}$")
_INSIDE_BEFORE_RE = re.compile(r"\b(?:in|at|of|on)\s+(?:the\s+)?$")


# A role a relative clause hangs on: "... from the Mexican president| , who said".
_ROLE_AT_END_RE = re.compile(
    rf"\b[Tt]he\s+(?P<desc>(?:(?!(?:the|a|an|of|and|or|to|in|on|for|with)\s)[\w'’.-]+\s+){{0,3}}"
    rf"(?:{_MORE_ROLE_HEADS}|premier|chancellor|spokesman|spokeswoman|spokesperson|aide|"
    r"commissioner|chief))$"
)


def _relative_speaker(text: str, inside: bool) -> str | None:
    """The name a "who said" clause hangs on, with or without an apposition between them:
    "Sen. Ann Kirby, the ranking Democrat on the panel, who said ..." is Kirby's. Not a
    group ("Democrats who say") nor a place ("Ohio, who said")."""
    m = _WHO_VERB_RE.search(text)
    if m is None:
        return None
    if in_quotation(text, m.start(), inside):
        return None  # quoted: the speaker in the quotation is not the sentence's
    if _PASSIVE_RE.search(m.group()):
        return None  # "Roe, who has been endorsed by ...": someone else's stance
    if (
        m.group().rsplit(None, 1)[-1] in _DEED_STANCE_VERBS
        and _NAMED_OBJECT_THEN_VERB_RE.match(text, m.end()) is not None
    ):
        # "how Bernie Sanders, who has endorsed Canova, was able to raise ...": a stance
        # told in passing, the sentence's own verb after it
        return None
    before = text[: m.start()]
    if not before.strip():
        return None  # "who said" with nothing before it
    comma = before.rfind(", ")
    if m.group().startswith(","):
        if comma > 0 and before[comma + 2 : comma + 3].islower():
            # the apposition between the name and "who" ("Kirby, the ranking Democrat on
            # the panel, who"), not a phrase that ends with the person ("..., this time
            # in an article by Jo Roe, who")
            tail = _NAME_AT_END_RE.search(before, comma + 2)
            if tail is None or name_gender(tail.group("name")) is None:
                before = before[:comma]
    elif before.rsplit(None, 1)[-1][:1].islower():
        return None  # "advice for anyone who wants": not the name before "anyone"
    if len(before) > 160:
        # The name and its home fit in the last words: a bounded window keeps the
        # end-anchored search linear on long runs of capitalised words.
        before = before[len(before) - 160 :].split(" ", 1)[-1]
    found = _NAME_AT_END_RE.search(before)
    if found is None and m.group().startswith(","):
        # "a lecture from the Mexican president, who said ...": the one described
        role = _ROLE_AT_END_RE.search(before)
        return None if role is None else "the " + role.group("desc")
    if found is None or _INSIDE_BEFORE_RE.search(before, 0, found.start()):
        return None  # "leaders in Congress, ..., who have insisted": not Congress
    name = found.group("name")
    if name.split()[-1] in PARTY_MEMBERS and before[: found.start()].endswith(("the ", "The ")):
        return "the " + name  # "the Wisconsin Republican, who said": whom it describes
    if name.split()[-1] in PARTY_MEMBERS and _ONE_BEFORE_RE.search(before, 0, found.start()):
        # "Ada Roe is a Democrat who wants ...": the one the sentence says it of
        copula = _COPULA_SUBJECT_RE.match(before, 0, found.start())
        if copula is None or not _can_be_subject(copula.group("subj")):
            return None
        return None if is_place(copula.group("subj")) else copula.group("subj")
    if (
        len(name.split()) > 6
        or not _can_be_subject(name)
        or is_place(name)
        or (" " not in name and is_group_noun(name))
    ):
        return None
    return name


def _lone_name(word: str) -> bool:
    """One capitalised word that can be a subject and is no place, no group and no pronoun
    ("Pike", not "Ohio", "Democrats", "Then" or "He")."""
    return (
        " " not in word
        and word[:1].isupper()
        and word.lower() not in ("he", "she", "they", "we", "it", "i", "you")
        and word not in _LEADING_FUNCTION_WORDS
        and _can_be_subject(word)
        and not is_place(word)
        and not is_group_noun(word)
    )


# A medium that quotes or cites someone by name "as saying": the one it quotes (a title
# and descriptors before the name), or "him"/"her". (An unnamed one, "cited an unnamed
# official as saying", stays the medium's: a later '"...," he said' would go on with
# the unnamed one, as after '"...," an aide said', where the story meant the person
# named before.)
_CITED_AS_SAYING_RE = re.compile(
    r"\b(?:quoted|quotes|cited|cites)\s+(?:(?P<pron>him|her)|"
    rf"(?P<name>(?:(?:{_DESCRIPTORS})\s+){{0,3}}{_NAME_PHRASE}))"
    r",?\s+as\s+(?:saying|telling)\b"
)
# A credit line's words: a name, then what it is, where or when ("Bernie Roe.", "Gov. Ada
# Lusk, in a debate on Tuesday.", "Ted Pike of the Ledger", "Ada Pike (R-Ohio)").
# attribute.py reads it under a quotation, and the pattern below after one.
CREDIT_RX = (
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’-]*)"
    r"(?:(?:,\s*|\s+(?:of|at|on|in|to)\s+|\s*\()[^\"“”]{0,160})?\.?"
)
# A quotation, then a dash and who said it, closing the sentence: '"...," — Rep. Ada Pike,
# R-Ohio', '"..." — Ada Pike, in a campaign ad.'
_QUOTE_DASH_CREDIT_RE = re.compile(rf"[\"“][^\"“”]{{2,}}[\"”],?\s*[—–]\s*{CREDIT_RX}")


# "Both women said ...", "Both candidates have argued ...": the two named before.
_BOTH_SAID_RE = re.compile(
    r"(?:(?:But|And)\s+)?(?P<subj>Both\s+(?:men|women|candidates|leaders|sides|senators|"
    r"lawmakers|officials|of\s+them|campaigns))\s+(?:(?:also|later|have|had)\s+)?(?:said|say|"
    r"told|argued|argue|agreed|agree|insisted|insist|warned|warn|noted|note|claimed|claim)\b"
)
# "The former said", "The latter disagreed": one of two named before, with its verb.
_FORMER_VERB_RE = re.compile(
    r"The\s+(?:former|latter)\s+(?:(?:also|then|later|quickly)\s+)?(?:[a-z]+ed|said|says|told|tells|"
    r"wrote|writes)\b"
)


def _person_like(name: str) -> bool:
    """A name whose given name or title shows a person, or two to four capitalised words
    that name no place and no organisation ("Later,", "Still," and "Meanwhile," open
    sentences too)."""
    if name_gender(name) is not None:
        return True
    tokens = name.split()
    return len(tokens) > 1 and tokens[0] not in _LEADING_FUNCTION_WORDS and maybe_person(name)


def _subject_end(m: re.Match[str]) -> int:
    """Where the subject and its apposition end (the auxiliaries follow)."""
    return max(m.end(g) for g in ("subj", "home", "appos") if m.group(g))


# "The Slate technology columnist Ann Roe went on to say": a person described after "The".
_THE_DESCRIBED_RE = re.compile(
    # (the word before the name is a role: in "The remarks suggest Mr. Roe is", no one)
    r"(?:(?:But|And)\s+)?The\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}"
    rf"(?:{_DESCRIPTORS})\s+(?P<name>{_NAME_PART}(?:\s+{_NAME_PART}){{1,3}})\s+[a-z]"
)


def _opening_subject(text: str) -> str | None:
    words = text.split(None, 1)
    if not words:
        return None  # nothing to open with
    first = words[0]
    if first.endswith("ing") and first not in _NOT_PARTICIPLES and text.startswith(" ", len(first)):
        # "Rallying hundreds of workers, Roe tried ... and promised": the participle's
        # phrase, then its subject (unless the -ing word is a name: "Manning visited")
        fronted = _fronted_subject(text)
        if fronted is not None and text[len(first) + 1 : len(first) + 2].islower():
            return fronted
    if text.startswith(("The ", "But The ", "And The ")):
        described = _THE_DESCRIBED_RE.match(text)
        if described is not None and _person_like(described.group("name")):
            return described.group("name")
    # ("And Roe campaign chairman Tad Orrin offered": after the conjunction)
    after = 4 if text.startswith(("And ", "But ", "Yet ")) else 0
    if text.startswith(("The ", "the "), after):
        # "The U.S. Court of Appeals for the 6th Circuit overruled and said": the body whole
        org = _THE_ORG_OPENS_RE.match(text, after)
        if org is not None and org.group("subj")[-2:] not in ("'s", "’s"):
            body, on, day = org.group("subj").rpartition(" on ")
            if on and day in _DATE_WORDS:
                return body  # "The Sports Appeals Chamber on Friday overturned ..."
            return org.group("subj")
    m = _OPENING_SUBJECT_RE.match(text, after)
    subj = _name_subject(m)  # never a possessive: "Roe's daughter ..., writing" is not Roe
    if subj is not None and m is not None:
        # "Trump campaign manager Corey Lewandowski rejected the idea, saying ...": the
        # person the descriptors name, not the organisation before them.
        described = _DESCRIBED_NAME_RE.match(text, m.end("subj"))
        if described is not None:
            return described.group("name")
    return subj


def _name_subject(m: re.Match[str] | None) -> str | None:
    """The subject a match names, unless its first word is a function word, a date or
    a reporting verb ("It", "Earlier", "Monday", "Says"), or a participle that opens a
    phrase ("Walking to the car, Roe ...")."""
    if m is None:
        return None
    subj: str = m.group("subj")
    if _PARTICIPLE_PHRASE_RE.match(m.string, m.start("subj")):
        return None
    if subj[-2:] in ("'s", "’s"):
        return None  # "Roe's campaign released a statement saying": not Roe
    if subj.startswith("The ") and _can_be_subject(subj[4:]):
        # "The State Department has ... and says": an organisation; "The Florida senator
        # sought ..., saying": the role, which the article's names resolve
        if _VERBISH_RE.match(m.string, m.end("subj")):
            return "the " + subj[4:]
        nouns = _NOUNS_BEFORE_VERB_RE.match(m.string, m.end("subj"))
        return None if nouns is None else "the " + subj[4:] + nouns.group("nouns")
    return subj if _can_be_subject(subj) else None


def _can_be_subject(name: str) -> bool:
    """False when the name opens with a function word, a date or a reporting verb, or
    is a count ("Eight years ago, ...")."""
    tokens = name.split()
    first = tokens[0]
    return not (
        first in _NOT_SUBJECTS
        or first.split("’")[0].split("'")[0] in _NOT_SUBJECTS  # "I’m Nancy", "It's"
        or first.endswith(("n't", "n’t"))  # a question: "Don’t Republicans run a risk?"
        or first in _LEADING_FUNCTION_WORDS
        or first in _DATE_WORDS
        or first in _SPEECH_WORDS_ANY_CASE
        or (first in _NUMBER_WORDS and len(tokens) == 1)
        or name == "To"  # "To nudge it along, one group ...": an infinitive
        # a sentence adverb: "Initially a Democrat, he ran ...", "Finally, ..."
        or (
            len(tokens) == 1
            and len(first) >= 6
            and first.endswith("ly")
            and (first.endswith("ally") or not first.endswith("lly"))
            and first.lower() not in GIVEN_NAMES
        )
    )


def _asks_someone(text: str, at: int) -> bool:
    """ "asked the students if ...", "asked her to call ...": a question or a request
    (not "asked Bennett about it", which reports no words)."""
    m = _ASKED_WHOM_RE.match(text, at)
    return m is not None and m.group("word") != "about"


def addressee(text: str, speaker: str) -> str | None:
    """Whom the sentence's speaker puts a question to: "Hannity asked Trump how high the
    wall would be" -> "Trump", who answers the quotation that follows (a later "he said"
    is his). Not a question someone else asks inside the sentence ("..., she said, was a
    question when a young man asked Clinton why ...")."""
    at = text.find(speaker) if "ask" in text else -1
    if at < 0:
        return None
    verb = _ASKER_VERB_RE.match(text, at + len(speaker))
    m = _ASKED_WHOM_RE.match(text, verb.end()) if verb is not None else None
    if m is None or m.group("name") is None or m.group("word") == "to":
        return None  # "asked him why": no name; "asked Roe to call": a request
    name = " ".join(without_trailing_dates(m.group("name").split(), keep=1))  # "Lusk Wednesday"
    return name if _can_be_subject(name) and not is_place(name) else None
