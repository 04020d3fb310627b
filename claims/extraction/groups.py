"""Unnamed sources: a group as the subject of a reporting verb ("insiders said", "grain
traders also say", any plural subject a sentence opens with: "Protest organizers in
Cleveland say", "Six in 10 say"), one unnamed person ('"...," said a senior aide', "a
source close to her said"), and evidence that reports its findings ("A Monmouth poll
showed", "..., records show", "The memo said"). Their statements are theirs, not the
outlet's; speech.py asks once no named speaker is found (a plural or evidence subject
first, as the whole phrase the sentence opens with)."""

from __future__ import annotations

import re

from .alternation import by_first_letter
from .lexicon import _DATE_WORDS, _WEEKDAYS, DEMONYMS, KIN_NOUNS
from .quotes import in_quotation

# An unnamed group as the subject of a reporting verb.
GROUP_NOUNS = (
    r"officials|experts|analysts|insiders|respondents|voters|sources|aides|advisers|"
    r"advisors|critics|supporters|opponents|residents|observers|economists|strategists|"
    r"traders|lawmakers|people|officers|investigators|researchers|scientists|leaders|"
    r"members|diplomats|activists|organizers|organisers|executives|delegates|donors|"
    r"Democrats|Republicans|conservatives|liberals|allies|friends|colleagues|specialists|"
    r"scholars|historians|pollsters|candidates|lawyers|attorneys|doctors|teachers|workers|"
    r"farmers|students|parents|veterans|protesters|progressives|evangelicals|moderates|"
    r"police|authorities|prosecutors|regulators|negotiators|senators|governors|judges|"
    r"employees|staffers|organizations|organisations|groups|users|neighbors|neighbours|"
    r"customers|consumers|owners|participants|attendees|demonstrators|commentators|"
    r"forecasters|academics|physicians|nurses|witnesses|survivors|relatives|"
    # (occupations and roles a story quotes unnamed: "..., hospital managers said")
    r"managers|administrators|engineers|inspectors|auditors|planners|developers|"
    r"journalists|editors|campaigners|advocates|clinicians|epidemiologists|"
    r"bankers|investors|shareholders|brokers|directors|trustees|commissioners|"
    r"councillors|legislators|ministers|representatives|spokespeople|pilots|miners|"
    r"soldiers|firefighters|paramedics|medics|rescuers|volunteers|tenants|landlords|"
    r"homeowners|patients|families|villagers|locals|citizens|detectives|deputies|"
    r"troopers|coaches|players|fans|mourners|clergy|monitors|"
    # (a study's: "..., the authors reported", "the study's authors wrote")
    r"authors"
)
# (one group per first letter: a word start tries only the nouns that begin with it;
# "Democrats" and "Republicans" under their capitals, the pattern being case-sensitive)
_GROUP_NOUNS_RX = by_first_letter(GROUP_NOUNS, cased=True)
# What an unnamed source is close to or knows: "a source close to the campaign", "people
# familiar with the talks", "a person briefed on the planning for Thursday’s meeting".
_KNOWING = (
    r"close\s+to|familiar\s+with|briefed\s+on|involved\s+in|knowledgeable\s+about|"
    r"aware\s+of|with\s+(?:direct\s+)?knowledge\s+of"
)
# The noun and its verb first (a fixed word, cheap to find), then up to three words
# before it ("grain traders", "these people", "some GOP leaders").
_GROUP_CORE_RE = re.compile(
    rf"\b{_GROUP_NOUNS_RX}"
    # what they know: "..., two people familiar with the matter said"
    rf"(?P<knowing>\s+(?:{_KNOWING})\s+(?:(?!(?:said|say|says|told)\b)[\w'’-]+\s+){{1,6}}?"
    r"(?=said\b|say\b|says\b|told\b))?"
    # ("Two officials, who spoke on condition of anonymity because ..., said": a relative
    # clause may run longer than an apposition)
    rf"(?:,\s+(?:who\s+[^,;\"“”]{{1,150}}?|[^,;\"“”]{{1,80}}?),)?\s*(?<=\s)(?:also\s+|have\s+|had\s+)?"
    r"(?:[a-z]+ly\s+)?"  # "insiders recently told"
    r"(?:said|say|says|told|tell|argued|argue|warned|warn|noted|insisted|believe|believed|"
    # (closing the sentence or before what they hold, not "the 50,000 a day officials
    # estimated before the opening")
    r"(?:estimated|estimate|predicted|predict|cautioned|caution|reported|concluded)"
    r"(?=\s*[.!]?[\"”]?\s*$|\s+(?:that|there|it|the|a|an)\b)|"
    # after a quotation: '"...," federal prosecutors wrote', '"...," aides added'
    r"(?<=[a-z]\s)(?:wrote|added)(?=\s+(?:in|on|at|to|after|before|that)\b|\s*[.,;]))\b"
)
# A verb of saying with its subject before it, just before a group ("A source close to the
# council said | officers had warned"; not '"...," said | officials')
_SAID_BEFORE_RE = re.compile(r"[\w)]\s+(?:said|says|say|told\s+\w+)\s+(?:that\s+)?(?:\S+\s+){0,3}$")
_GROUP_LEAD_RE = re.compile(
    r"(?:(?<![\w.'’-])(?:[Tt]he|[Tt]hese|[Ss]ome|[Mm]any|[Oo]ther|[Ss]everal|[Tt]wo|[Tt]hree)\s+)?"
    # (no preposition among them: in "A strong majority of Democratic voters say" the
    # share is the group's lead, found by plural_source)
    # (nor "per day": "the 50,000 per day city officials estimated")
    # (nor a verb of saying: in "A source close to the council said officers had warned"
    # the officers are reported)
    r"(?:(?<![\w.'’-])(?!(?:of|in|for|to|from|at|on|by|with|per|said|says|say|told)\s)"
    r"[A-Za-z][\w.'’-]*\s+){0,3}$"
)
# A share of a group, just before it: "a strong majority of", "as many as 40 percent of",
# "three-quarters of the", "some of the same".
_SHARE_OF_RE = re.compile(
    r"(?<![\w.'’-])(?:(?:[Aa]s\s+many\s+as|[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Oo]nly|[Jj]ust|"
    r"[Mm]ore\s+than|[Ff]ewer\s+than|[Aa]t\s+least)\s+)?(?:(?:[Aa]n?|[Tt]he)\s+)?"
    r"(?:(?:strong|wide|slim|large|small|overwhelming|vast|narrow|solid|clear|broad|growing)\s+)?"
    r"(?:\d[\d,.]*\s*(?:percent|%)|[A-Za-z]+-(?:quarters|thirds|fifths)|[Hh]alf|third|quarter|"
    r"majority|minority|plurality|[Mm]ost|[Mm]any|[Ss]ome|[Aa]ll|[Nn]one|[Ff]ew|[Ss]everal|array|"
    r"number|lot|[Dd]ozens|[Hh]undreds|[Tt]housands|[Mm]illions|[Ee]ach|[Bb]oth)\s+of\s+$"
)
_GROUP_NOUN_SET = frozenset(GROUP_NOUNS.split("|"))
_GROUP_NOUN_KEYS = frozenset(n.lower() for n in _GROUP_NOUN_SET)


def is_group_word_free(words: list[str]) -> bool:
    """True when no word of the sentence names a group: the cheap test before a search."""
    return _GROUP_NOUN_SET.isdisjoint(words)


def is_group_noun(word: str) -> bool:
    """True for a plural noun that names a group ("Democrats", "Officials")."""
    return word.lower() in _GROUP_NOUN_KEYS


UNNAMED_NOUNS = frozenset(
    [
        "official",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "aide",
        "adviser",
        "advisor",
        "source",
        "person",
        "executive",
        "member",
        "officer",
        "analyst",
        "expert",
        "diplomat",
        "lawmaker",
        "strategist",
        "economist",
        "resident",
        "voter",
        "supporter",
        "insider",
        "staffer",
        "operative",
        "employee",
        "worker",
        "speechwriter",
        "organizer",
        "delegate",
        "donor",
        "lawyer",
        "attorney",
        "witness",
    ]
)
# More people a reporter leaves unnamed, counted only after "a", "one", "another" or a
# possessive ("one longtime friend said", "her lawyer said", "a Democratic senator
# said"): after "the", a role word is the person quoted before ('"...," the senator
# said'), so these stay out of UNNAMED_NOUNS.
_MORE_UNNAMED = frozenset(
    [
        *("friend", "commenter", "attendee", "participant", "neighbor", "neighbour"),
        *("colleague", "associate", "confidant", "ally", "critic", "activist", "volunteer"),
        *("consultant", "pollster", "historian", "professor", "researcher", "scholar"),
        *("senator", "congressman", "congresswoman", "legislator", "lobbyist", "protester"),
        *("relative", "student", "teacher", "veteran", "doctor"),
        # occupations and roles a story quotes unnamed ("One driver, who asked not to be
        # named, said")
        *("driver", "nurse", "farmer", "parent", "customer", "shopper", "tenant"),
        *("passenger", "patient", "pilot", "firefighter", "miner", "fisherman", "survivor"),
        *("commander", "investigator", "engineer", "manager", "negotiator", "prosecutor"),
        *("detective", "inspector", "banker", "trader", "soldier"),
        # one named by whom they stand against or follow: "Her Republican opponent said"
        *("opponent", "rival", "challenger", "predecessor", "successor", "counterpart"),
        # kin: "his brother added", "Her husband said"
        *KIN_NOUNS,
    ]
)
_PERSON_NOUNS = "|".join(sorted(UNNAMED_NOUNS | _MORE_UNNAMED))
# '"...," said a senior campaign adviser': one unnamed person after the verb.
# The same before a verb, which ends it: "People briefed on the reshuffling | were ...".
_KNOWING_LEAD_RE = re.compile(
    rf"\s+(?:{_KNOWING})\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:(?:[A-Z][\w.-]*\s+){0,2}[\w-]+['’]s\s+)?[\w'’-]+"  # "close to Ada Roe's campaign"
)


def knowing_after(text: str, at: int) -> str:
    """What the unnamed people whose noun ends at ``at`` know, or "": " familiar with the
    matter" after "People"."""
    m = _KNOWING_LEAD_RE.match(text, at)
    return m.group() if m is not None else ""


_KNOWING_RE = re.compile(rf"\s+(?:{_KNOWING})\s+[^,;:.?!\"“”]{{1,60}}?(?=\s*(?:[,;:.?!]|$))")
# A member of a party, unnamed: "said a New Hampshire Republican", "an Iowa Democrat".
# How one unnamed person opens a sentence: "A source said", "One aide told".
_ONE_HEADS = frozenset(["A", "An", "One", "Another"])
PARTY_MEMBERS = frozenset(["Republican", "Democrat", "Independent", "Libertarian"])
_UNNAMED_AFTER_RE = re.compile(
    r"[,\"”’']\s*(?:said|says|added|told)\s+(?P<subj>(?:an?|one|another|his|her|their)\s+"
    rf"(?:[\w.'’-]+\s+){{0,5}}?(?:{_PERSON_NOUNS}|"
    # a party's member, unless the party's word modifies what follows ("a Republican
    # National Committee member", "a Florida Republican strategist")
    rf"(?:{'|'.join(sorted(PARTY_MEMBERS))})(?!\s+(?:[A-Z]|(?:{'|'.join(sorted(UNNAMED_NOUNS))})\b))))\b"
)


# What ends a speaker put after the verb: '"...," said her lawyer.', "said his mother,
# who ...", "said their spokesman in a statement" (not "said her mother spent ...").
_INVERTED_END_RE = re.compile(r"\s*(?:[,.;:!?\"”’)]|$)|\s+(?:who|of|for|to|at|in|on|with)\b")


# "A source said ...", "an aide said Thursday", "one campaign employee told": one
# unnamed person before the verb.
_UNNAMED_BEFORE_RE = re.compile(
    # (or after a possessive "the X's": "the prime minister's spokesman", someone else
    # than the prime minister)
    # ("That person said": the one the story described before)
    r"(?<![\w-])(?P<subj>(?:[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Tt]hat|[Tt]his|"
    r"[Tt]he\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s)\s+"
    rf"(?:[\w.&'’-]+\s+){{0,4}}?(?:{_PERSON_NOUNS})"
    rf"(?:\s+(?:{_KNOWING})\s+[^,;:.?!\"“”]{{1,60}}?"
    # whom they belong to: "A member of Congress", "an aide to Gov. Ada Roe"
    r"|\s+(?:of|for|to|at|with)\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}"
    # ("a senior official at another club, who ...", "An aide to the governor, speaking")
    r"|\s+(?:of|for|to|at|with)\s+(?:the|another|one|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)?)"
    # (an apposition, but not a name: "her lawyer, Jo Roe, wrote" is Jo Roe's; or a
    # clause without commas: "A Brazilian official who spoke on condition of anonymity
    # said", the person whatever the clause says; "An aide, speaking on condition of
    # anonymity because ..., said")
    r"(?:,\s+(?![A-Z])(?:(?:who|speaking)\s+[^,;\"“”]{1,150}?|[^,;\"“”]{1,80}?),|"
    r"\s+who\s+(?!(?:said|says|told)\b)[^,;\"“”]{1,100}?(?=\s+(?:said|says|told)\b))?"
    r"\s+(?:also\s+|later\s+)?"
    r"(?:said|says|told|tells|added|wrote|testified|testifies)\b"
)

# A body that speaks for the person a possessive names: "his campaign said", "her
# office told", '"...," his campaign said' (not "his campaign staffer": a person).
BODY_WORDS = frozenset(
    [
        *("campaign", "office", "team", "administration", "company", "agency", "firm"),
        *("organization", "organisation", "staff", "camp", "government", "ministry"),
    ]
)
_BODY = "|".join(sorted(BODY_WORDS))
_OWNED_BODY_RE = re.compile(
    # ("The governor's office said": a role's body too; "The Ohio governor's office said":
    # with the state's name)
    rf"(?<![\w-])(?P<subj>(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he\s+(?:[A-Za-z][\w-]*\s+){{0,2}}?"
    rf"[a-z][\w-]*['’]s)"
    rf"\s+(?:[a-z][\w-]*\s+)?(?:{_BODY}))"
    rf"(?!\s+(?:{_PERSON_NOUNS})\b)"
    r"(?:,\s+(?![A-Z])[^,;\"“”]{1,80}?,)?\s+(?:also\s+|later\s+|has\s+|had\s+)?"
    r"(?:said|says|told|tells|added|wrote|announced|confirmed|argued|insisted|noted|denied|"
    # ("The comptroller's office reported that ...", "The mayor's office estimated")
    r"reported|estimated|stated|claimed|acknowledged|maintained|predicted|projected|"
    r"disputed|countered|responded)\b"
    # ("The governor's office posted on X that ...": words posted, not "posted a photo")
    r"|(?P<subj3>(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he\s+(?:[A-Za-z][\w-]*\s+){0,2}?"
    rf"[a-z][\w-]*['’]s)\s+(?:[a-z][\w-]*\s+)?(?:{_BODY}))\s+(?:posted|tweeted)\s+(?:on|to)\s+"
    r"(?:[A-Z][\w.]*\s+){1,3}that\b"
    r"|[,\"”’']\s*(?:said|says|added|told)\s+"
    rf"(?P<subj2>(?:his|her|their|its)\s+(?:[a-z][\w-]*\s+)?(?:{_BODY}))\b"
    rf"(?!\s+(?:{_PERSON_NOUNS})\b)"
)

# '"...," say some Democrats': a group after the verb.
_GROUP_AFTER_RE = re.compile(
    r"[,\"”’']\s*(?:said|say|says)\s+(?P<subj>(?:(?:some|many|several|other|most)\s+)?"
    rf"(?:[\w.'’-]+\s+){{0,3}}?(?:{GROUP_NOUNS})\b"
    # what they know: "..., said two people familiar with the talks"
    rf"(?:\s+(?:{_KNOWING})\s+[^,;:.?!\"“”]{{1,60}}?)?)(?=\s*(?:[,.;:]|who\b|$))"
)


# A participle's phrase after a group's head: "Republican activists clamoring to block
# him say" (not a preposition that ends in -ing: "during", "including").
_PARTICIPLE = (
    r"(?!(?:during|including|according|regarding|concerning|following|bring|thing|"
    r"nothing|something|anything|everything|morning|evening|spring|string|king|ring|"
    r"wing|sing|swing|sting|ceiling)\b)"
    r"[a-z]{3,}ing|"
    # who asked them: "Economists polled by the Ledger", "residents interviewed on Friday"
    r"(?:polled|surveyed|interviewed|contacted)(?=\s+(?:by|for|in|on|at|after|before|this|last)\b)"
)
# Any plural subject the sentence opens with, then a verb of saying or holding in the
# plural: "Others say ...", "Forecasters warn ...", "Protest organizers in Cleveland say
# ...", "Politicians and even some technologists say ...", "Six in 10 say ...". The words
# before the head are no clause ("The party offered fresh ammunition to Republicans who
# say" opens with no subject of "say"): no preposition, auxiliary or relative among them.
# Whom a group tells, after "told": a name ("the Herald") or one of these.
_LISTENERS = ("reporters", "journalists", "voters", "supporters", "us", "me", "him", "her", "them")
_PASSIVE_AUXILIARIES = ("is", "are", "was", "were", "be", "been")


def _active(verb: str) -> str:
    """`verb` where no "are", "were" ... stands just before it."""
    return verb + "".join(rf"(?<!\b{aux}\s{verb})" for aux in _PASSIVE_AUXILIARIES)


_PLURAL_VERBS = (
    r"say|said|argue|argued|insist|insisted|"
    # told a listener: "told POLITICO", "told reporters" (not "told 40 jokes")
    rf"told(?=\s+(?:the\s+)?(?:[A-Z]\w*|{'|'.join(_LISTENERS)})\b)|"
    r"contend|contended|warn|warned|believe|believed|confirm|confirmed|"
    r"maintain|maintained|predict|predicted|acknowledge|acknowledged|agree|agreed|worry|"
    r"worried|suspect|suspected|note|noted|complain|complained|suggest|suggested|think|"
    r"caution|cautioned|(?:point|pointed)\s+out|emphasize|emphasized|decry|decried|"
    # holding a belief, a hope or a fear: "Supporters of the law hope this is ...",
    # "Some Republicans doubt that ...", "Liberal politicians fear ..."
    # (not passive: "are expected to decide", "were charged with")
    rf"hope|hoped|fear|feared|doubt|doubted|expect|{_active('expected')}|concede|conceded|"
    rf"conclude|concluded|estimate|{_active('estimated')}|vow|vowed|pledge|pledged|allege|"
    rf"{_active('alleged')}|charge|{_active('charged')}|"
    # "Members of the board accused Roe of lying" (not a group "accused of" something)
    r"accuse(?!\s+of\b)|accused(?!\s+of\b)|"
    # "Both campaigns claimed victory" (not "claimed 40 lives"); "Critics claim the mayor
    # is ..." (the present only before what is claimed: as often the noun, "North
    # Korea's claim that ...", "disability claim forms")
    r"claimed(?!\s+(?:[\w,]+\s+){0,3}?lives\b)|"
    r"(?<!['’]s\s)claim(?=\s+(?:that|the|a|an|to|they|it|he|she|their|his|her|its)\b)|"
    # a stance taken against or for something: "Jewish groups condemned the plan" (the
    # present only where it is no noun: not "the question", "thanks for the welcome")
    r"criticize|criticized|condemn|condemned|denounce|denounced|urge|urged|demanded|"
    r"questioned|blasted|slammed|praised|welcomed|rejected|hailed(?!\s+(?:a\s+)?(?:cabs?|taxis?)\b)|"
    # "Union officials disputed that account", "Officials denied the report" (the present
    # only before its object: "a dispute", "the dispute over ...")
    r"disputed|denied|(?:dispute|deny)(?=\s+(?:that|the|this|a|an|his|her|their|its|any)\b)|"
    # a feeling put into words: "Small island states expressed deep frustration"
    r"expressed(?=\s+(?:[a-z]+\s+){0,2}(?:concerns?|frustration|anger|outrage|support|hopes?|"
    r"doubts?|skepticism|alarm|dismay|disappointment|optimism|confidence|surprise|regret|"
    r"fears?|relief|opposition)\b)|"
    # "Democrats call for ...", "Parents asked that ..." (not "threatened to": as often
    # an act as words, "Prosecutors threatened to charge him")
    r"call(?=\s+(?:for|on)\b)|called(?=\s+(?:for|on)\b)|"
    # naming in their words: "Union leaders called the cuts “a betrayal.”"
    r"called(?=\s+(?:[\w'’-]+\s+){1,5}?[\"“])|"
    r"ask(?=\s+(?:for|that|whether)\b)|asked(?=\s+(?:for|that|whether)\b)|"
    # what a group sees, wants or backs: "Investors see about a one-in-five chance ...",
    # "Party leaders want no repeat ...", "Officers favored Trump" (not the nouns
    # "support" and "view": "customer support", "in view")
    # (not "voted 212 to 41 in favor of": a noun)
    r"see|saw|viewed|consider|considered|oppose|opposed|supported|favor(?<!\bin\sfavor)|"
    r"favored|want|wanted|"
    # ("Most Republicans support the ban"; not "customer support staff")
    r"support(?=\s+(?:the|a|an|his|her|their|its|this|that|these|those|[A-Z])\b)|"
    r"prefer|preferred|"
    # a finding: "Researchers have found that ..." (not "Hikers found the trail")
    r"find(?=\s+that\b)|found(?=\s+that\b)|"
    # a crowd's words: "Protesters outside City Hall chanted “Say his name”"
    r"chant(?=\s*[,:]?\s*[\"“‘])|chanted(?=\s*[,:]?\s*[\"“‘])"
)
# (not the words of the patterns' context: "out", the listeners, "the", "that", \s, \b)
PLURAL_VERB_WORDS = frozenset(re.findall(r"[a-z]+", _PLURAL_VERBS)) - {
    *("s", "b", "out", "the", "that", "of", "for", "on", "whether", *_LISTENERS),
    # (what follows "claim": "claim that", "claim the", "claim to", "claim they" ...)
    *("a", "an", "to", "they", "it", "he", "she", "their", "his", "her", "its"),
    *_PASSIVE_AUXILIARIES,
    *("b" + aux for aux in _PASSIVE_AUXILIARIES),  # ("\\bare" read as letters)
    "bin",  # ("\\bin\\sfavor")
}
_PRE_HEAD_STOP = (
    r"to|for|with|by|on|at|in|of|from|as|that|which|who|is|are|was|were|has|have|had|will|"
    r"would|can|could|it|its|this|when|while|if|than|then|said|say|says|but|not|they|"
    r"he|she|we|i|you|there|here|where|because|after|before|what|how|why|do|does|did|don|"
    r"doesn|didn|told|tells|tell|show|shows|showed"
)
# (grouped by first letter, as the patterns try them before every word of a phrase;
# matched case-insensitively, so grouped by the small letters only)
_PRE_HEAD_STOP_RX = by_first_letter(_PRE_HEAD_STOP)
_SMALL_COUNTS = "two|three|four|five|six|seven|eight|nine|ten"
# Where a group is, after its head: "Protesters outside City Hall", "Residents near the
# plant" (not an adjective: "Some outside analysts").
_SPATIAL = r"(?:outside|near|across|around|inside|throughout)(?=\s+(?:the\s|a\s|an\s|[A-Z]))"
# "Most of them", "Many in the crowd": a share of people
_QUANTIFIERS = ("Many", "Most", "Some", "Few", "All", "None", "Several")
_QUANTIFIER_HEADS = frozenset(w for q in _QUANTIFIERS for w in (q, q.lower()))
# Verbs of _PLURAL_VERBS that tell a wish or a view, not words.
_WANTING_VERBS = frozenset(
    [
        *("want", "wanted", "favor", "favored", "oppose", "opposed", "supported"),
        *("prefer", "preferred", "see", "saw", "viewed", "consider", "considered"),
    ]
)
_MET_BY_WRITER = (
    r"(?:we|I)(?:\s+have|['’]ve)?\s+(?:spoke|spoken|talked|interviewed|met|surveyed|reached|"
    r"contacted|asked)"
)
# A comma inside a list of names closed by "and": "in Ohio, Michigan and Indiana", "the
# Department for Culture, Media and Sport", "Environment, Food and Rural Affairs".
LIST_COMMA = r",(?=\s+(?:[A-Z][\w'’-]*[\s,]+){1,6}(?:and|&)\s+[A-Z])"
_PLURAL_SUBJECT_RE = re.compile(
    r"(?:(?:But|And|Still|Rather|Instead|Yet|Now|So|Meanwhile|However),?\s+)?"
    # a share first: "Nine in 10 registered voters", "About 4 in 10 Democrats"
    # (a count's lead too: "At least a dozen members of Congress", "More than 40 ...")
    r"(?P<subj>(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Oo]nly|[Jj]ust|[Aa]t\s+least|[Mm]ore\s+than|"
    rf"[Ff]ewer\s+than|[Uu]p\s+to)\s+)?(?:[\w-]+\s+(?:in|out\s+of)\s+(?:\d+|{_SMALL_COUNTS})\s+)?"
    rf"(?:(?!(?i:{_PRE_HEAD_STOP_RX})(?:['’]\w+)?\s)[A-Za-z0-9][\w.'’-]*\s+){{0,6}}?"
    # the head: a plural ("forecasters", "Others"), a share ("in 10", "9 percent") or
    # "majorities"
    r"(?:[A-Za-z][\w-]*[a-rt-z]s|[Pp]eople|[Pp]olice|[A-Za-z]*(?:wo)?men|"
    # a share of people: "A majority of her backers", "Half of those polled", "a number
    # of attendees"; "Most of them", "Many in the crowd", "Some of the women"
    r"(?:[Mm]ajority|[Mm]inority|[Pp]lurality|[Hh]alf|[Nn]umber|third|quarter|fifth)(?=\s+of\s)|"
    # a share alone, its figure beside it: "a quarter, 26 percent,"
    r"(?:quarter|third|fifth)(?=,\s+\d)|"
    rf"(?i:{'|'.join(_QUANTIFIERS)})(?=\s+(?:of|in|at)\s)|"
    # "those surveyed", "those polled"
    r"[Tt]hose\s+(?:surveyed|polled|questioned|interviewed|asked|responding)|"
    rf"(?:[Ii]n|[Oo]ut\s+of)\s+(?:\d+|{_SMALL_COUNTS})|\d+|percent)"
    # what follows the head: "in Cleveland", "of the new bill", "close to her campaign",
    # "briefed on the move"
    # (a place, then a clause: "Voters in Dover who watched the debate")
    rf"(?:\s+(?:in|of|from|at|with|on|for|{_SPATIAL}|{_KNOWING})\s+[^,;:.?!\"“”]{{1,40}}?(?=\s+who\s))?"
    rf"(?:\s+(?:in|of|from|at|with|on|for|{_SPATIAL}|{_KNOWING}|(?P<rel>who|whose|that|{_PARTICIPLE}|"
    # a clause of the reporter's own: "Several residents we spoke with on Friday"
    # (not ending on an auxiliary: "who have | praised his candidacy warned")
    # (nor on a subject of the clause's own: "who asked not to be named because they |
    # feared retaliation said")
    # ("Farmers in Iowa, Nebraska and Kansas say": a list of places)
    rf"{_MET_BY_WRITER}))\s+(?:[^,;:.?!\"“”]|{LIST_COMMA}){{1,60}}?(?<!\shave)(?<!\shas)(?<!\shad)(?<!\sbeen)(?<!\salso)"
    r"(?<!\sthey)(?<!\she)(?<!\sshe)(?<!\swe)(?<!\sit)"
    rf"|\s+{_MET_BY_WRITER}(?=\s))?)"
    r"(?:,\s+(?:however|too|though|meanwhile|in\s+turn|for\s+their\s+part),|\s+(?:all|both)|"
    # an apposition: "Lawyers for the plaintiffs, a coalition of site owners, said",
    # "Officials at the agency, speaking on condition of anonymity, said", "Opponents,
    # led by the Taxpayers League, argue"
    r",\s+(?:a|an|the|many|most|some|all|both|speaking|including|"
    r"(?:led|joined|backed|organized|funded)\s+by)\s[^,;:.?!\"“”]{1,80},|"
    # the share in figures beside it: "Just over a quarter, 26 percent, say"
    r",\s+\d+(?:\.\d+)?\s*(?:percent|%),)?"
    # when, before the verb: "State regulators last week warned", "Officials on Monday said"
    # (not after a clause, whose own it is: "the tenants who met her on Friday said")
    rf"(?(rel)|(?:\s+(?:on\s+(?:{_WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:last|this)\s+(?:week|month|year|weekend)|yesterday|earlier|recently))?)"
    # "Many backers privately say", "Five employees separately told the Herald"
    rf"\s+(?:also\s+|have\s+long\s+|have\s+(?:in\s+the\s+past\s+)?|had\s+|still\s+|now\s+)?"
    # ("almost universally say": a degree before the adverb)
    rf"(?:(?:almost|nearly|fairly|very)\s+(?=[a-z]{{3,}}ly\s))?(?:[a-z]{{3,}}ly\s+|already\s+)?"
    rf"(?:{_PLURAL_VERBS})\b"
)
# Where what follows a group's head starts ("organizers | in Cleveland"; not "6 in 10").
_POST_HEAD_RE = re.compile(
    rf"\s+(?:in|of|from|at|with|on|for|{_SPATIAL}|{_KNOWING}|who|whose|{_PARTICIPLE}|{_MET_BY_WRITER})\s+(?!\d)"
)
_PRE_HEAD_STOP_RE = re.compile(rf"(?i:{_PRE_HEAD_STOP})")
_CLAUSE_WORD_RE = re.compile(
    r"\b(?:when|while|who|whom|that|which|where|because|after|before|if|was|were|is|are)\b"
)
# A group's phrase ending with one is what befalls it ("workers ... would see raises").
_MODALS = frozenset(["would", "will", "could", "can", "should", "may", "might", "must"])
# ... or a passive or a perfect whose auxiliary the phrase took in ("explanations ...
# have been | questioned", "many of you have | questioned")
_MODALS_AND_AUXILIARIES = _MODALS | {"have", "has", "had", "been", "be", "also"}
# After "a" in a count's lead: "About a dozen members", "At least a third of voters".
_COUNT_NOUNS = frozenset(
    ["dozen", "handful", "third", "quarter", "fifth", "half", "couple", "few", "number"]
)
_DETERMINERS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "my", "our", "this", "these", "those"]
)
# Plural-looking words that are no group: "This says", "his", "news", "Congress".
_NOT_PLURAL_HEADS = frozenset(["this", "his", "its", "news", "thus", "plus", "yes", "does"])


def _plural_looking_but_not(word: str) -> bool:
    return word.lower() in _NOT_PLURAL_HEADS or word.endswith(("us", "is", "ss", "'s", "’s"))


def is_plural(phrase: str) -> bool:
    """ "Democrats", "the polls", "officials close to him": a group, by the head word
    before what follows it."""
    words = _POST_HEAD_RE.split(phrase, maxsplit=1)[0].split()
    head = words[-1] if words else ""
    if head.lower() in _PLURALS_WITHOUT_S:
        return True  # "people familiar with the matter", "two women"
    return head.endswith("s") and not _plural_looking_but_not(head)


_PLURALS_WITHOUT_S = frozenset(["people", "men", "women", "children", "police"])


def plural_source(text: str, words: list[str], inside: bool) -> str | None:
    """The whole plural subject a sentence opens with, when a verb of saying or holding
    follows it: "Seventy-four percent of registered voters say" (not "percent of
    registered voters"), "Organizers of both conventions insist", "Critics argue"."""
    if PLURAL_VERB_WORDS.isdisjoint(words) or inside:
        return None
    found = _plural_subject_at(text, 0)
    if found is not None:
        # "Although critics said ...": the group, without the clause's conjunction
        found = _SUBORDINATOR_RE.sub("", found, count=1) or found
    if found is None and "," in text:
        # "Around that time, 47 percent said ...", "Still, while the levy stands, farmers
        # say ...": after one or two fronted phrases
        fronted = _FRONTED_RE.match(text)
        if fronted is not None:
            found = _plural_subject_at(text, fronted.end())
    return found


_SUBORDINATOR_RE = re.compile(
    r"^(?:Even\s+though|Although|Though|While|Whereas|Because|Since|Unless|Even\s+if|If|When)\s+"
)


# One or two phrases fronted before a sentence's subject, each opening with an adverb,
# a preposition or a subordinating word and closed by a comma.
_FRONTED_RE = re.compile(
    r"(?:(?:But|And|Still|Yet|So|Now|Meanwhile|However|Instead|Indeed|Overall|Nationally|"
    r"Nationwide|Statewide|Elsewhere|Separately|Similarly|Likewise|Moreover|Today|Earlier|"
    r"Later|Then|Again|Also),\s+|(?:But|And|Yet|So)\s+(?=[a-z]))?"  # "And until it closed, ..."
    r"(?:(?i:In|On|At|Around|After|Before|During|Since|By|For|From|Among|Across|Like|Unlike|"
    r"While|Although|Though|Even\s+though|When|As|If|Over|Under|Until|Despite|Last|This|"
    r"Earlier|Later|Asked|Overall|Nationally|Nationwide|Statewide|Meanwhile|However|Still|"
    r"Yet|Now|Today|Instead|Indeed|Nonetheless|Nevertheless|Thus|Besides|Otherwise|Again|"
    # any sentence adverb: "Ultimately, ...", "Privately, ..."
    r"[a-z]{3,}ly)\b[^,;:\"“”]{0,100},\s+){1,2}"
)


# A finite verb right after a group's verb: that verb was inside a relative clause.
_VERB_AFTER_RE = re.compile(
    r"\s+(?:(?:already|also|still|now|not)\s+)?(?:are|is|were|was|will|would|can|could|remain|"
    r"remains|have\s+been|has\s+been)\b"
)
# A day or a time at the end of a group's phrase, which the phrase's "on ..." took in.
_TRAILING_WHEN_RE = re.compile(
    rf"\s+on\s+(?:{_WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?$|"
    r"\s+(?:last|this)\s+(?:week|month|year|weekend)$"
)
_LEADING_WHEN_RE = re.compile(
    r"(?:Last|This|Next)\s+(?:year|week|month|spring|summer|fall|winter)\s+"
)


def _plural_subject_at(text: str, pos: int) -> str | None:
    m = _PLURAL_SUBJECT_RE.match(text, pos)
    if m is None:
        return None
    subj = m.group("subj")
    when = _TRAILING_WHEN_RE.search(subj) if m.start("rel") < 0 else None
    if when is not None and when.start() > 0:
        # "Federal prosecutors on Friday": the day is not theirs (but in "the tenants who
        # met her on Friday" it is the clause's, which says who they are)
        subj = subj[: when.start()]
    if subj.endswith(" to") or subj.rsplit(None, 1)[-1] in _MODALS_AND_AUXILIARIES:
        # "Attorneys for Clinton appeared to oppose": a verb's, not the head's; "2
        # million workers in California would see raises": what befalls them
        return None
    if m.start("rel") >= 0 and _VERB_AFTER_RE.match(text, m.end()):
        # "Some records that Linick questioned | are already stored": the verb was the
        # relative clause's, and the sentence's own comes after it
        return None
    lead = _LEADING_WHEN_RE.match(subj)
    if lead is not None:
        # "Last year only 32 percent of voters said": the date is no part of them
        return _plural_subject_at(text, m.start("subj") + lead.end())
    head = _POST_HEAD_RE.split(subj, maxsplit=1)[0]
    last = head.split()[-1]
    # "People who have fought such threats say": a relative clause after the head
    outside = subj if m.start("rel") < 0 else subj[: m.start("rel") - m.start("subj")]
    if _CLAUSE_WORD_RE.search(outside) or _PRE_HEAD_STOP_RE.fullmatch(last):
        return None  # "Roe was in the office with aides when a member ... suggested"
    words = head.split()
    if (
        len(words) > 1
        and last[:1].isupper()
        and words[-2][:1].isupper()
        and not is_group_noun(last)
    ):
        return None  # "Campaign spokeswoman Hope Hicks said": a name, not a plural
    if subj.split()[-1] in ("and", "or", "but") or any(
        w.lower() in _DETERMINERS
        and words[i - 1] != "and"
        # a count: "About a dozen members", "At least a third of voters"
        and not (w == "a" and i + 1 < len(words) and words[i + 1] in _COUNT_NOUNS)
        for i, w in enumerate(words)
        if i
    ):
        # "Rita Osei toured the flooded farms on Monday and said": a determiner inside
        # is a clause's object, not the subject's (only first, or after "and": "Her
        # advisers and allies", "Roe's team and her allies")
        return None
    if _plural_looking_but_not(last):
        return None
    if last in _QUANTIFIER_HEADS and text[: m.end()].rsplit(None, 1)[-1] in _WANTING_VERBS:
        # "All of them wanted to teach me a lesson", "many of the upcoming contests favor
        # Roe": a share's wish or a share of things, not words
        return None
    if subj[:3].lower() == "in ":
        return None  # "In 2016 said ...": a date, no share of people
    if (
        last.isdigit()
        and " in " not in f" {head.lower()} "
        and " out of " not in f" {head.lower()} "  # "Nearly nine out of 10 say"
        and "percent" not in subj
    ):
        return None  # "In 2016 said ..." is no share of people
    return subj


# An unnamed person or group a sentence opens with, then any verb: "A Roe campaign
# official later walked back the comments, saying ...", "Campaign officials defended the
# plan, arguing ...". For a verb of saying far from its subject.
_OPENING_UNNAMED_RE = re.compile(
    r"(?:(?:But|And|Still|Yet|So|Now|Meanwhile|However),?\s+)?"
    r"(?P<subj>(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Mm]any|[Oo]ther|[Ss]everal|[Tt]wo|"
    r"[Tt]hree|[Ff]our)\s+)?"
    rf"(?:(?!(?i:{_PRE_HEAD_STOP_RX})\s)[\w.&'’-]+\s+){{0,4}}?"
    rf"(?i:{'|'.join(sorted(UNNAMED_NOUNS))}|{GROUP_NOUNS})"
    rf"(?:\s+(?:{_KNOWING})\s+[^,;:.?!\"“”]{{1,60}}?"
    # whom they work for: "an aide for Mr. Roe", "One operative inside Roe Tower"
    # ("Economists at the University of Illinois": "of" inside the body's name)
    r"|\s+(?:for|to|at|with|of|inside|in)\s+(?:the\s+)?[A-Z][\w.'’&-]*"
    r"(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[A-Z][\w.'’&-]*){0,4})?)"
    r"(?:,\s+[^,;\"“”]{1,80}?,)?\s+(?:also\s+|later\s+|then\s+|quickly\s+)?[a-z]{3,}\b"
)


def opening_unnamed(text: str) -> str | None:
    """The unnamed person or group a sentence opens with ("A campaign official", "Campaign
    officials", "People close to her"), when a verb follows; else None."""
    m = _OPENING_UNNAMED_RE.match(text)
    if m is None:
        return None
    subj = m.group("subj")
    head, _, rest = subj.partition(" ")
    if head in _ONE_HEADS or head in ("Some", "Many", "Other", "Several"):
        return f"{head.lower()} {rest}"
    return subj


# Evidence that shows something: a poll, a study, records. "A Monmouth poll out Monday
# showed ...", "Polls in New Hampshire show ...", "..., records show.", "..., the poll
# found." Its findings are its own, not the outlet's.
EVIDENCE_NOUNS = (
    r"polls?|polling|surveys?|study|studies|reports?|data|analys[ie]s|figures|numbers|"
    r"results|records|documents|filings|research|estimates|census|audits?|tally|count|"
    r"projections|forecasts?|statistics|emails|e-mails|photos|videos?|footage|ledgers|"
    r"returns|interviews|tests|evidence|models?|averages?|review|tallies"
)
# Documents that say things ("The memo said", "A statement posted on its website said").
DOCUMENT_NOUNS = (
    r"report|reports|statement|letter|memo|filing|complaint|lawsuit|indictment|release|"
    r"editorial|ad|advertisement|email|e-mail|post|tweet|notice|ruling|order|document"
)
_EVIDENCE_VERBS = (
    r"show|shows|showed|shown|found|finds|find|suggest|suggests|suggested|indicate|indicates|"
    r"indicated|"
    r"reveal|reveals|revealed|confirm|confirms|confirmed|documented|documents|concluded|"
    r"concludes|estimated|estimates"
)
_RELEASED_WORDS = frozenset(
    ["released", "published", "out", "conducted", "taken", "on", "in", "since", "during"]
)
# The days and dates of lexicon.py, and the words of "last week", "this month", "today".
_WHEN_WORDS = _DATE_WORDS | {"today", "yesterday", "week", "month", "year", "this", "last"}
# What a document says with: "The memo said", "A letter from the Legion warns that".
_DOCUMENT_VERBS = (
    "said|says|stated|states|read|reads|warns|warned|argues|argued|claims|claimed|alleges|"
    "alleged|notes|noted|accuses|accused"
)
_EVIDENCE_WORDS = frozenset(
    [
        *_EVIDENCE_VERBS.split("|"),
        # ("read" is left out: "The statement read like a confession" reads nothing out)
        *(verb for verb in _DOCUMENT_VERBS.split("|") if verb not in ("read", "reads")),
        *("tell", "tells", "showing", "suggesting", "indicating"),
    ]
)
# The standings verbs are common words ("had", "has"): looked at only beside a paper's noun
_STANDINGS_WORDS = frozenset(["put", "puts", "had", "has", "gave", "gives"])
_STANDINGS_PAPERS = frozenset(
    [
        *("poll", "polls", "polling", "survey", "surveys", "average", "averages"),
        *("analysis", "study", "estimate", "estimates", "report", "audit", "review"),
    ]
)
_STANDINGS_PAPERS |= {w.capitalize() for w in _STANDINGS_PAPERS}
_POLL_RE = re.compile(r"(?i:\bpoll|\bsurvey|\baverage)")
_MAKER_RE = re.compile(r"\bby\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]")
# A poll's standings: "The survey put Roe at 48 percent", "A poll out Monday had the two
# parties tied", "gave Roe a 6-point lead"
_STANDINGS_VERBS = (
    r"(?:put|puts|had|has|gave|gives)(?=\s[^.;:\"“”]{1,60}?\b(?:(?:at|on)\s+"
    r"(?:(?:about|around|nearly|roughly|some|almost|more\s+than|less\s+than)\s+)?[$£€]?\d|tied\b|"
    r"(?:ahead|behind|leading|trailing)\b|an?\s+\d[\d.]*[- ](?:point|percentage)))"
)
# When, between a subject and its verb: "A Register survey last month found", "The company on
# Thursday reported", "A federal judge last week blocked" (speech.py's patterns read it too).
WHEN_BEFORE_VERB = (
    rf"(?:on\s+)?(?:{_WEEKDAYS})|(?:last|this|earlier\s+this)\s+(?:week|month|year|quarter)"
)
_EVIDENCE_OPENING_RE = re.compile(
    r"(?:(?:But|And|However|Still|Meanwhile|Yet|Now),?\s+)?"
    # ("of" inside a name: "A University of New Hampshire poll")
    rf"(?P<subj>(?:(?!(?i:{_PRE_HEAD_STOP_RX})\s)\w[\w.'’/&-]*\s+|of\s+(?=[A-Z])){{0,8}}?"
    rf"(?i:{EVIDENCE_NOUNS}|(?P<doc>{DOCUMENT_NOUNS}))"
    # "New polls released Sunday", "Polling of union voters", "A poll out Monday"
    # ("A survey of 1,000 adults": a comma inside a number)
    # ("Emails obtained by the Ledger show", "Records reviewed by the Ledger indicate")
    r"(?:\s+(?:of|from|in|by|released|conducted|out|published|taken|for|among|on|compiled|"
    r"obtained|reviewed|seen|collected|gathered|analyzed|analysed|provided)\b"
    r"(?:[^,;:\"“”]|(?<=\d),(?=\d{3}))"
    r"{0,80}?)?)"
    # a clause or an adverb set off by commas: "Exit polls from Iowa, which Roe won,
    # showed", "A poll of voters has, however, revealed", "The report, released Tuesday
    # by the Tarn Institute, found"
    # ("A report by the Tarn Institute, a nonpartisan research group, found": who made
    # it, described)
    # ("An email from Roe's campaign, obtained by Politico, shows": who got it, set off)
    r"(?:,\s+(?:which|who|whose|where|released|conducted|published|commissioned|issued|"
    r"obtained|reviewed|seen|viewed|leaked|first\s+reported|compiled|gathered|collected|"
    r"prepared|analy[sz]ed|"
    # ("commissioned by the Department for Levelling Up, Housing and Communities,": a
    # comma in a body's list of what it is for)
    rf"taken|carried\s+out|an?|the)\b(?:[^,;:\"“”]|{LIST_COMMA}){{1,100}},|"
    r"\s+(?:has|have|had)?,\s+(?:however|though|meanwhile|too|in\s+fact),)?"
    # when it came out: "A Register survey last month found", "A poll on Sunday showed"
    rf"(?:\s+(?:{WHEN_BEFORE_VERB}))?"
    rf"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+|still\s+|again\s+|consistently\s+)?"
    r"(?:(?:seems|seem|seemed|appears|appear|appeared)\s+to\s+)?"
    # ("Early results of an entrance poll are showing that ...")
    rf"(?:{_EVIDENCE_VERBS}|(?:is|are)\s+(?:showing|suggesting|indicating)|"
    rf"(?P<standing>{_STANDINGS_VERBS})|"
    # a document's words
    rf"(?(doc)(?:{_DOCUMENT_VERBS})|(?!)))\b"
)
_EVIDENCE_TRAILING_RE = re.compile(
    r",\s+(?P<subj>(?:(?:the|a|an|this|that|these|its|their|his|her)\s+)?(?:[\w.'’/-]+\s+){0,3}?"
    rf"(?:{EVIDENCE_NOUNS})"
    # ("..., figures compiled by the Tarn Institute show.": who made them)
    r"(?:\s+(?:compiled|released|published|obtained|reviewed|gathered|collected|analyzed|"
    r"provided)\s+by\s+[^,;:\"“”]{1,60}?)?)"
    rf"\s+(?:{_EVIDENCE_VERBS}|tells?\s+us)(?:\s+(?:on\s+)?\w+day)?"
    # closing the sentence, or set off inside it: "The levy, polls show, is popular."
    r"(?:\s*[.;,!]?$|,\s)"
)


# Where what follows evidence's head starts: a group's post-head words, and who made it
# ("A study by the Ledger found", "A survey conducted by the county found", "A poll
# released this week found"; not "Roe released the records showed": a clause's object).
_EVIDENCE_POST_RE = re.compile(
    rf"{_POST_HEAD_RE.pattern}|\s+(?:by|conducted|compiled|obtained|reviewed|collected|"
    r"gathered|analyzed|analysed|provided)\s+|"
    r"\s+released(?=\s+(?:this|last|on|early|late|in)\b|\s+\w+day\b)"
)
_RESTATED_RE = re.compile(r"(?:In other words|In short|Put simply|Simply put|That is),")
# Where a second clause starts: ", and ...", ", but ...", ", while ...", ", as ...".
_JOINED_CLAUSE_RE = re.compile(r",\s+(?:and|but|while|as|though|although|yet)\s+(?=[a-zA-Z])")
# "In a Ledger survey released Thursday, 79 percent of Democrats said ...": the survey's
# respondents speak in its findings.
_IN_EVIDENCE_RE = re.compile(
    r"In\s+(?P<subj>(?:a|an|the|its|their|this|that)\s+(?:[\w.'’/&-]+\s+){0,6}?"
    rf"(?i:{EVIDENCE_NOUNS})(?:\s+(?:released|conducted|published|taken|out|of|by|for|"
    r"from|among)\b[^,;\"“”]{0,60})?),\s+"
)


# Standings a poll found, told with the poll at the end: "Delgado leads Hale 48% to 42% in
# a new Quinnipiac poll.", "Roe has a 10-point lead in the RealClearPolitics average."
_POLL_HEADS = frozenset(["poll", "polls", "survey", "average", "polling"])
_STANDING_WORDS = frozenset(
    ["leads", "lead", "led", "leading", "ahead", "trails", "trailed", "behind", "tied", "edge"]
)
_IN_POLL_AT_END_RE = re.compile(
    r"\s+in\s+(?P<subj>(?:a|an|the)\s+(?:[\w.'’/&-]+\s+){0,5}?"
    r"(?:poll|survey|polling\s+average|average(?:\s+of\s+(?:recent\s+)?polls)?))"
    r"(?:\s+(?:released|conducted|published|taken|out)\b[^,;.]{0,60})?\s*[.!]?$"
)


def evidence_source(text: str, words: list[str], inside: bool) -> str | None:
    """The poll, study or records a sentence reports the findings of: "A Monmouth poll out
    Monday showed Clinton ahead", "Recent polling shows ...", "..., records show.", "In a
    Ledger poll, 79 percent of Democrats said ..."."""
    if not inside and not _POLL_HEADS.isdisjoint(words) and not _STANDING_WORDS.isdisjoint(words):
        in_poll = _IN_POLL_AT_END_RE.search(text)
        if in_poll is not None:
            # "Delgado leads Hale 48% to 42% in a new Quinnipiac poll.": the poll's finding
            subj = in_poll.group("subj")
            return subj[:1].lower() + subj[1:]
    if inside or (
        _EVIDENCE_WORDS.isdisjoint(words)
        and (_STANDINGS_WORDS.isdisjoint(words) or _STANDINGS_PAPERS.isdisjoint(words))
    ):
        return None
    m = _EVIDENCE_OPENING_RE.match(text) or _EVIDENCE_TRAILING_RE.search(text)
    if m is None and "," in text and "ccording to" not in text and not _RESTATED_RE.match(text):
        # "In Florida, a June poll found ...", "Overall, FEC records show ...", "...,
        # and a new CNN/ORC poll shows ...": after fronted phrases or a joined clause (not
        # when the sentence names its source itself: "..., according to the Center"; not
        # the writer's restatement: "In other words, the statistics show ...")
        fronted = _FRONTED_RE.match(text)
        if fronted is not None:
            m = _EVIDENCE_OPENING_RE.match(text, fronted.end())
        if m is None:
            for joint in _JOINED_CLAUSE_RE.finditer(text):
                m = _EVIDENCE_OPENING_RE.match(text, joint.end())
                if m is not None:
                    break
    if (
        m is not None
        and m.groupdict().get("standing")
        and _POLL_RE.search(m.group("subj")) is None
        and _MAKER_RE.search(m.group("subj")) is None
    ):
        # standings are a poll's, or a named maker's figures ("An analysis by the Budget
        # Office put the cost at $24 million"): not "Recent estimates put the cost at ..."
        m = None
    if m is not None and m.start() > 0 and in_quotation(text, m.start(), inside):
        return None  # '"As they took control, records show, cash flowed ...," the Times'
    if m is not None:
        head = _EVIDENCE_POST_RE.split(m.group("subj"), maxsplit=1)[0].split()
        if any(w.lower() in _DETERMINERS for w in head[1:]):
            return None  # "Roe released the records showed": a clause's object
    elif text.startswith("In "):
        fronted = _IN_EVIDENCE_RE.match(text)
        group = plural_source(text[fronted.end() :], words, inside) if fronted else None
        if group is not None and _people_not_person(group):
            m = fronted
    if m is None:
        return None
    words = m.group("subj").split()
    released = next(
        (
            i
            for i, w in enumerate(words[:-1])
            if i
            and w in ("released", "published", "out")
            # only when and how follow: not "released Sunday by The Post and ABC News"
            and all(r in _WHEN_WORDS or r.endswith("ly") for r in words[i + 1 :])
        ),
        None,
    )
    if released is not None:
        words = words[:released]  # "a poll for the Ledger released last week actually"
    while len(words) > 1 and (
        words[-1].rstrip(".,") in _WHEN_WORDS
        or words[-1] in _RELEASED_WORDS
        or (len(words[-1]) > 4 and words[-1].endswith("ly") and words[-1].islower())
    ):
        words.pop()  # "A Monmouth poll out Monday", "The audit released Monday"
    while len(words) > 1 and words[-1] in ("of", "in", "on", "the", "first", "week"):
        words.pop()  # "three polls conducted the first week of | March"
    found = " ".join(words)
    if len(words) <= 2 and text.startswith(", ", m.end("subj")):
        # "The figures, compiled by the Tarn Institute, show": the figures by their maker
        maker = _SET_OFF_MAKER_RE.match(text, m.end("subj"))
        if maker is not None:
            head, _, rest = found.partition(" ")
            if head in ("The", "A", "An", "These", "Those", "This"):
                found = f"{head.lower()} {rest}"  # (its article small, as "the report")
            found = f"{found} by {maker.group('maker')}"
    return found


# Who made the evidence, set off after it: ", released Tuesday by the Tarn Institute,"
# (not who commissioned, obtained or reviewed it).
_SET_OFF_MAKER_RE = re.compile(
    r",\s+(?:released|compiled|published|conducted|issued|prepared|gathered|collected)\s+"
    r"(?:[\w.]+\s+){0,3}?by\s+(?P<maker>(?:the\s+)?[A-Z][^,;:\"“”]{1,80}?),"
)


# A people by one capitalised plural word: "Texans", "Haitians" (not "Evans").
_PEOPLE_WORD_RE = re.compile(r"[A-Z][a-z]{2,}ans")


def _people_not_person(group: str) -> bool:
    """Whether a plural subject is a group of people rather than one person whose surname
    ends in "s": "In a written response included in the report, Feathers said ..." is
    Feathers speaking, not a poll's respondents."""
    if " " in group or not group[:1].isupper():
        return True
    return (
        is_group_noun(group)
        or group[:-1] in DEMONYMS
        or _PEOPLE_WORD_RE.fullmatch(group) is not None
    )


def unnamed_source(text: str, words: list[str], scan_from: int, inside: bool) -> str | None:
    """An unnamed group or person reporting: "insiders said", '"...," said an aide'."""
    start, phrase = -1, ""
    if not is_group_word_free(words):
        core = _GROUP_CORE_RE.search(text, scan_from)
        if core is not None and _SAID_BEFORE_RE.search(text, 0, core.start()) is not None:
            core = None  # "A source said officers had warned ...": reported, not reporting
        if core is not None:
            lead = _GROUP_LEAD_RE.search(text, max(0, core.start() - 80), core.start())
            start = lead.start() if lead is not None else core.start()
            noun_end = core.start() + len(core.group().split()[0].rstrip(","))
            phrase = text[start:noun_end]
            if core.group("knowing"):
                phrase += core.group("knowing").rstrip()  # "people familiar with the matter"
            if text.endswith(" of ", 0, start):
                # "A strong majority of Democratic primary voters say", "as many as 40
                # percent of Clinton voters said": the share, not "percent of voters"
                share = _SHARE_OF_RE.search(text, max(0, start - 60), start)
                if share is not None:
                    start, phrase = share.start(), text[share.start() : noun_end]
        else:
            after = _GROUP_AFTER_RE.search(text, max(0, scan_from - 3))
            if after is not None:
                start, phrase = after.start("subj"), after.group("subj")
    if start < 0 and not BODY_WORDS.isdisjoint(words):
        body = _OWNED_BODY_RE.search(text, max(0, scan_from - 120))
        if body is not None:
            key = "subj" if body.group("subj") else "subj3" if body.group("subj3") else "subj2"
            start, phrase = body.start(key), body.group(key)
    if start < 0 and not (
        UNNAMED_NOUNS.isdisjoint(words)
        and _MORE_UNNAMED.isdisjoint(words)
        and PARTY_MEMBERS.isdisjoint(words)
    ):
        after = _UNNAMED_AFTER_RE.search(text, max(0, scan_from - 3))
        if (
            after is not None
            and after.group("subj").startswith(("his ", "her ", "their "))
            and _INVERTED_END_RE.match(text, after.end("subj")) is None
        ):
            after = None  # "A relative, who ..., said her mother spent 42 hours ...": reported
        if after is None:
            after = _UNNAMED_BEFORE_RE.search(text, max(0, scan_from - 120))
        if after is not None:
            start, phrase = after.start("subj"), after.group("subj")
            knowing = _KNOWING_RE.match(text, after.end("subj"))
            if knowing is not None:
                phrase += knowing.group()  # '"...," said a source close to the campaign'
    if start < 0:
        return None
    if in_quotation(text, start, inside):
        return None
    head, _, rest = phrase.partition(" ")
    if head in _ONE_HEADS or head in ("His", "Her", "Their", "That", "This"):
        phrase = f"{head.lower()} {rest}"  # "A source said": "a source", not "source"
    return phrase
