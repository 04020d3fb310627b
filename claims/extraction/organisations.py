"""Which organisation a bare noun refers to: "the bank", "the ministry", "the agency", "the
campaign" is the latest one the article named whose name shows that kind ("the Central
Bank of Valdoria", "the Consumer Goods Safety Bureau", "the Trump campaign"). attribute.py
asks when a claimant is such a noun with "the". "the company" is the latest name with a
legal suffix ("Halvorsen Freight Inc.", "Corvane Holdings"), else a name ending with a word
such as "Foods" or "Systems" that opens a sentence, only when the article has opened
sentences with one such company and no other; never "the firm". A company's name seldom
says it is one ("Twitter", "EgyptAir"), so the latest name with "Group" or "Foods" in it
was too often another company (4 of 6 such claimants on PolNeAR); with the legal suffixes
alone no PolNeAR claimant changed, and the one-company rule changes 1, rightly ("United
Technologies"; counting every mention, not only sentence openers, it had also given "Koch
Industries" for a sentence about Bloomberg L.P.). Failing those, "the company", "the
hospital" is the organisation that last spoke of itself as "it" ("Ridgemont Medical Center
said that it ..."), unless its name shows another kind."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .alternation import longest_first
from .gender import name_gender
from .headlines import is_title_case
from .lexicon import _LEADING_FUNCTION_WORDS, _ROLE_WORDS
from .names import _TITLE_CASE_WORDS, maybe_person, without_trailing_dates

_GOVERNMENT_BODIES = frozenset(
    [
        *("agency", "bureau", "administration", "commission", "authority", "service"),
        *("department", "office", "division"),
    ]
)
# The noun after "the", and the words in an organisation's name that make it one.
_KINDS: dict[str, frozenset[str]] = {
    "bank": frozenset(["bank", "bancorp"]),
    "lender": frozenset(["bank", "bancorp"]),
    "ministry": frozenset(["ministry"]),
    "department": frozenset(["department"]),
    "agency": _GOVERNMENT_BODIES,
    "bureau": frozenset(["bureau"]),
    "commission": frozenset(["commission"]),
    "authority": frozenset(["authority"]),
    "regulator": _GOVERNMENT_BODIES,
    "hospital": frozenset(["hospital", "clinic", "medical"]),  # "Ridgemont Medical Center"
    "university": frozenset(["university"]),
    "college": frozenset(["college"]),
    "school": frozenset(["school", "academy"]),
    "campaign": frozenset(["campaign"]),
    "party": frozenset(["party"]),  # "the Georgia Republican Party ... The party said"
    # "The American Water Works Association ... The group urged": a body of members
    "group": frozenset(["association", "coalition", "alliance", "federation", "league", "council"]),
    "union": frozenset(["union", "guild", "federation"]),
    "association": frozenset(["association"]),
    "council": frozenset(["council"]),
    "committee": frozenset(["committee"]),
    "court": frozenset(["court"]),
    "institute": frozenset(["institute"]),
    "foundation": frozenset(["foundation"]),
    # "the Arizona Housing Coalition ... The coalition estimates that"
    "coalition": frozenset(["coalition"]),
    "alliance": frozenset(["alliance"]),
    "federation": frozenset(["federation"]),
    # "The Omaha World-Herald ... the newspaper said": a masthead's last word (not its
    # words alone: _MASTHEAD_HEADS)
    "newspaper": frozenset(
        [
            *("times", "post", "journal", "tribune", "herald", "globe", "gazette", "chronicle"),
            *("examiner", "inquirer", "enquirer", "observer", "guardian", "telegraph", "courier"),
            *(
                "dispatch",
                "sentinel",
                "register",
                "bee",
                "star",
                "mirror",
                "dealer",
                "world-herald",
            ),
            *("advertiser", "star-tribune", "journal-constitution", "union-tribune"),
        ]
    ),
    # (the legal suffixes only: see the module's note)
    "company": frozenset(["inc", "corp", "co", "ltd", "llc", "plc", "corporation", "holdings"]),
    "airline": frozenset(["airlines", "airways", "air"]),  # "Pinecrest Air"
    "carrier": frozenset(["airlines", "airways", "air"]),
    # bodies a story names once and then calls by what they are ("the Brandt Paper Mill
    # ... the mill said"; "Kessington Police Service ... the force said")
    "mill": frozenset(["mill", "mills"]),
    "utility": frozenset(["utility", "utilities", "electric", "power", "energy"]),
    "plant": frozenset(["plant"]),
    "factory": frozenset(["factory"]),
    "airport": frozenset(["airport"]),
    "museum": frozenset(["museum"]),
    "library": frozenset(["library"]),
    "church": frozenset(["church"]),
    "board": frozenset(["board"]),
    "district": frozenset(["district"]),
    "force": frozenset(["police", "constabulary", "force"]),
    "constabulary": frozenset(["constabulary"]),
    "society": frozenset(["society"]),
    "network": frozenset(["network"]),
    "cooperative": frozenset(["cooperative"]),
    "trust": frozenset(["trust"]),
    "tribunal": frozenset(["tribunal"]),
    "team": frozenset(["team"]),
    "center": frozenset(["center", "centre"]),
    "centre": frozenset(["center", "centre"]),
    "organization": frozenset(["organization", "organisation"]),
    "organisation": frozenset(["organization", "organisation"]),
    "charity": frozenset(["charity", "trust", "foundation"]),
    "nonprofit": frozenset(["nonprofit"]),
    "club": frozenset(["club"]),
    "league": frozenset(["league"]),
    "orchestra": frozenset(["orchestra", "symphony", "philharmonic"]),
    "office": frozenset(["office"]),  # "the Kentucky Office of Water Quality"
    "division": frozenset(["division"]),  # "the Division of Mineral Resources"
    "insurer": frozenset(["insurance", "mutual", "assurance", "plans"]),
    "system": frozenset(["system", "systems"]),  # "the Lakemont Health System"
    # an investment fund: "Marlow Street Partners ... The fund said"
    "fund": frozenset(["fund", "funds", "partners", "capital", "management", "investments"]),
    # a company of advisers: "Meridian Opinion Research ... The firm now plans"
    "firm": frozenset(
        [
            *("partners", "associates", "llp", "consulting", "consultants", "advisers"),
            *("advisors", "research", "strategies", "analytics"),
        ]
    ),
}
# Last words of a company's name that no legal suffix shows ("Halvorsen Foods", "Kestrel
# Freight Systems"): "the company" is such a name only when the article has named one
# and no other (see the module's note).
_COMPANY_WORDS = frozenset(
    [
        *("foods", "systems", "pharmaceuticals", "aggregates", "industries", "group"),
        *("technologies", "motors", "energy", "partners", "capital", "mills", "freight"),
        *("logistics", "enterprises", "brands", "media", "labs", "therapeutics", "steel"),
        *("biosciences", "petroleum", "manufacturing", "stores", "creamery", "dairy"),
    ]
)
# The nouns "the <kind>" may be, for the modules that ask about a body ("a company
# spokesperson", "the flood warning center" as no person).
KIND_NOUNS = frozenset(_KINDS)
# The same as one regex alternation, longest first ("the union", "the commission")
KIND_NOUNS_RX = longest_first(KIND_NOUNS)
# A masthead's words ("Post", "Times", "Star") are no body's kind of their own: a name they
# end is a newspaper only to "the newspaper" (a "Washington" is no "Washington Post")
_MASTHEAD_HEADS = _KINDS["newspaper"]
_KIND_HEADS = frozenset(w for heads in _KINDS.values() for w in heads) - _MASTHEAD_HEADS
# What a company's name may show it is besides a company: "Marlow Mutual Health", "Brenford
# Health System", "Pinecrest Air", "Harlan Electric" (not "the Keystone Nurses Union")
_COMPANY_HEADS = _COMPANY_WORDS.union(
    *(_KINDS[k] for k in ("company", "firm", "insurer", "system", "airline", "utility", "mill")),
    *(_KINDS[k] for k in ("plant", "factory", "bank", "network", "cooperative")),
)
_HEADS = _KIND_HEADS | _COMPANY_WORDS
# A quick test before the scan: one of the heads, capitalised, somewhere in the sentence.
# ("LLC" and "PLC" are written in capitals)
_HEAD_HINT_RE = re.compile(
    r"\b(?:" + longest_first({*(h.capitalize() for h in _HEADS), "LLC", "PLC"}) + r")\b"
)
# A run of capitalised words, with "of (the)", "for (the)", "on", "and" or "&" between
# them (not "and the": "the Transit Authority and the First Bank" are two).
_RUN_RE = re.compile(
    r"[A-Z][\w&'’.-]*"
    r"(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?|(?:and|&)\s+)?[A-Z][\w&'’.-]*){0,7}"
)
_WORD_RE = re.compile(r"[a-z]+")
# A masthead's last word, capitalised, somewhere in a sentence ("Post", "Daily News")
_MASTHEAD_HINT_RE = re.compile(
    r"\b(?:"
    + longest_first({h.capitalize() for h in _MASTHEAD_HEADS if "-" not in h})
    + r")\b|-(?:Herald|Tribune|Constitution)\b|\bDaily\s+News\b"
)
_ABBREVIATION_END_RE = re.compile(r"(?:\b[A-Z]\.|\b(?:Inc|Co|Corp|Ltd|Bros)\.)$")


def _without_full_stop(name: str) -> str:
    """A name without the sentence's full stop ("Mercury LLC.", "the Golf Foundation."),
    keeping an abbreviation's ("Co.", "Inc.", an initial)."""
    if name.endswith(".") and _ABBREVIATION_END_RE.search(name) is None:
        return name[:-1]
    return name


_POSSESSIVE_RE = re.compile(r"['’]s?$")
_JOINS = frozenset(["of", "for", "and", "&", "on", "the"])
# "the Boston-based company", "the state-owned bank", "the family-run mill"
_DESCRIBED_ENDS = ("-based", "-owned", "-run", "-listed", "-controlled", "-funded")
# Kinds a body is called by its topic ("the health department", "the education ministry",
# "the elections commission"), and the words of where it is, which its name need not hold
# ("the state health department" is the Ohio Department of Health).
_TOPIC_KINDS = frozenset(
    ["department", "ministry", "agency", "bureau", "commission", "authority", "office"]
)
_WHERE_WORDS = frozenset(
    [
        *("state", "federal", "city", "county", "local", "national", "regional"),
        *("provincial", "municipal", "u.s.", "state's", "city's", "county's", "country's"),
    ]
)
# "the Trump campaign", "the Sennet administration": names, then the kind in lower case.
_NAMED_KIND_RE = re.compile(
    # (not "the Denver-based company": a place the company is in)
    r"\b[Tt]he\s+(?P<names>(?:(?![\w'’.-]*-(?:based|owned|run|listed|controlled|funded)\s)"
    r"[A-Z][\w'’.-]*\s+){1,3})"
    # (one sport or art between: "the Vellora-Arcton cycling team")
    r"(?P<sport>(?:cycling|football|soccer|hockey|baseball|basketball|rugby|cricket|racing|"
    r"youth|symphony|chamber|theater|theatre|dance)\s+)?"
    rf"(?P<kind>{KIND_NOUNS_RX})\b"
)


# "Corvane Home Appliances said Tuesday it will close its plant": a name that speaks of
# itself as "it" just after its verb of saying is an organisation (people are "he"/"she")
_SPEAKS_AS_IT_RE = re.compile(
    r"[^.;:!?\"“”]*?\b(?:said|says|announced|reported|confirmed|added)"
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?(?:\s+in\s+an?\s+(?:statement|filing|release))?"
    r"(?:\s+that)?\s+(?P<it>it|its)\b"
)
# "it will close its plant": the possessive a person seldom uses of themselves
_ITS_RE = re.compile(r"\bits\b")
# "Hollis Valley Meats, a privately held company based in Omaha, said": what it is, apposed
# Nouns that say what a body is, in an apposition: "X, a privately held company, said",
# "A regional development group, the Tarn Rail Council, said" (speech.py too).
BODY_DESCRIPTIONS = (
    r"company|firm|maker|chain|operator|producer|retailer|supplier|manufacturer|carrier|"
    r"airline|utility|cooperative|nonprofit|charity|organi[sz]ation|group|coalition|alliance|"
    r"association|union|council|watchdog|body|campaign|network|federation|guild|society|"
    r"foundation|institute|lobby"
)
_BODY_APPOSED_RE = re.compile(rf",\s+(?:an?|the)\s+[^,;\"“”]{{0,60}}?\b(?:{BODY_DESCRIPTIONS})\b")
# a role in lower case just before a name: "plant manager Ana Roe", "the mayor Ann Roe"
_ROLE_BEFORE_RE = re.compile(r"\b[a-z]{3,}\s+$")


def _bare(token: str) -> str:
    """A name's word in lower case, without a possessive or punctuation."""
    return _POSSESSIVE_RE.sub("", token.lower()).strip(".,")


# Last words of an organisation's full name that a story shortens to its first words
# ("Lakemont Health System ... Lakemont said", "Kestrel Pipelines ... Kestrel said"):
# the kinds' and companies' words, and the trades companies name themselves by (not
# "Apple Watch" or "Google Maps": a product; not "the Roe campaign", which is not Roe).
_FULL_NAME_ENDS = (_HEADS - {"campaign"}) | frozenset(
    [
        *("health", "healthcare", "system", "plans", "plan", "alliance", "services", "company"),
        *("insurance", "mutual", "assurance", "financial", "credit", "investments", "ventures"),
        *("software", "broadband", "telecom", "communications", "networks", "cloud", "data"),
        *("interactive", "studios", "entertainment", "games", "pictures", "publishing", "press"),
        *("pipelines", "pipeline", "water", "gas", "oil", "resources", "mining", "chemical"),
        *("chemicals", "works", "polymer", "polymers", "plastics", "materials", "metals"),
        *("construction", "homes", "properties", "realty", "transport", "transit", "rail"),
        *("railways", "shipping", "lines", "solutions", "analytics", "research", "consulting"),
        *("farms", "brewing", "brewery", "retail", "markets", "supermarkets", "aerospace"),
        *("defense", "security", "pharma", "medicine", "diagnostics", "devices", "robotics"),
        *("ratings", "advisers", "advisors", "associates", "consultants", "economics"),
        *("engineering", "infrastructure", "aviation", "automotive", "textiles", "apparel"),
        *("fisheries", "seafoods", "minerals", "beverages", "hotels", "resorts", "ferries"),
        *("shipyards", "technology", "semiconductors", "laboratories", "partnership"),
        *("coalition", "equity", "fund", "united", "rovers", "athletic", "wanderers", "fc"),
        *("appliances", "products", "electronics", "goods", "supplies", "equipment"),
        *("instruments", "fabrics", "furniture", "packaging"),
    ]
)


# A kind, then the name it is given: "soccer club Ashcombe Rovers", "the insurer Corvalis
# Health" (a word in lower case before the kind, or "the"); not "the company" nor "the
# firm": the one that spoke last (see resolve())
_NAMED_KINDS = frozenset(_KINDS) - {"company", "firm"}
_KIND_THEN_NAME_RE = re.compile(
    r"\b(?P<kind>"
    + longest_first(_NAMED_KINDS)
    + r")\s+(?P<names>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})"
)
# A body and its kind set off beside each other: "The union, Unite, said", "Shelter, the
# housing charity, said" (the kind closes the apposition: not "Jo Roe, a charity worker").
# (its name: up to five capitalised words, "of", "for" or "&" between; no "and", which
# joins two bodies: "The unions, Unite and GMB,")
_APPOSED_NAMES = r"(?P<names>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|&\s+)?[A-Z][\w'’&.-]*){0,4})"
_KIND_APPOSED_NAME_RE = re.compile(
    r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,3}?(?P<kind>"
    + longest_first(_NAMED_KINDS)
    + rf"),\s+{_APPOSED_NAMES},"
)
_NAME_APPOSED_KIND_RE = re.compile(
    rf"{_APPOSED_NAMES},\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?P<kind>"
    + longest_first(_NAMED_KINDS)
    + r")(?=[,.;]|\s+(?:that|which|based|in|for)\b)"
)
# Kinds of company: "Corvalis Health will raise premiums, the company said." | "The
# insurer blamed ..." (a name that shows no other kind)
_COMPANY_KINDS = frozenset(["insurer", "lender"])
# Kinds any body may be, whatever its name shows: "Oxfam said ..." | "The charity said"
_ANY_KINDS = frozenset(["charity", "nonprofit", "organization", "organisation"])
# (not a party, a campaign, a team, a court or a government's department, office, agency
# or force: "The Kent County Sheriff's Office said ..." | "The charity said" is no office)
_NOT_ANY_KINDS = frozenset(
    [
        *("party", "campaign", "team", "court", "tribunal", "department", "ministry"),
        *("bureau", "office", "agency", "commission", "authority", "regulator", "force"),
        *("constabulary", "division"),
    ]
)
# The words of those kinds' names, and of a police force's: a body that spoke with one
# in its name is none of the _ANY_KINDS either.
_NOT_ANY_HEADS = frozenset(
    [*(w for k in _NOT_ANY_KINDS for w in _KINDS.get(k, ())), "police", "sheriff", "sheriff's"]
)
# How many sentences back an organisation that spoke is "the company" without having
# spoken of itself as "it" (further back, "the company" is more often one the story named
# without quoting)
_SAID_WINDOW = 6


def _run_tokens(m: re.Match[str]) -> list[str]:
    """The words of a run of capitalised words without an article before them, nor a
    function word that opens the sentence ("In", "The": not "First Bank")."""
    tokens = m.group().split()
    while tokens and (
        tokens[0] in ("The", "A", "An") or (m.start() == 0 and tokens[0] in _LEADING_FUNCTION_WORDS)
    ):
        tokens = tokens[1:]
    return tokens


def names_a_body(name: str) -> bool:
    """Whether a name ends with a word only an organisation's name ends with ("Carrowell
    Health Systems", "Paxwell Interactive", "Brightlane Inc")."""
    words = name.split()
    return len(words) > 1 and _bare(words[-1]) in _FULL_NAME_ENDS


# The words after an organisation's first words, to where its full name may end
# (capitalised words first: "Ross Roe of the Lanner Institute" is Roe)
_FULL_NAME_REST_RE = re.compile(
    r"(\s+[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?|&\s+)?[A-Z][\w&'’.-]*){0,3})"
)
_NAME_CHAR_RE = re.compile(r"[\w'’&.-]")


# A company's works, named by the company: "the Harmon Glass plant", "the Brandt Paper mill".
_WORKS_KINDS = ("plant", "factory", "mill")
_NAMED_WORKS_RE = re.compile(
    r"the\s+(?P<names>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+(?:plant|factory|mill)"
)
# Kinds read back only when named shortly before (texts): "the party" often means the one a
# story calls "Republicans" or "the GOP", not the latest name ending in "Party"
_RECENT_KINDS = frozenset(["party"])
_RECENT_WINDOW = 6


class OrganisationBook:
    """The organisations a document names, by kind, the latest of each kind. A sentence is
    read only when a later one asks ("the bank said"): most documents never ask."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.read = 0  # how many of the texts have been read
        self.latest: dict[str, str] = {}
        self.latest_at: dict[str, int] = {}  # in which text each kind was last named
        self.companies: set[str] = set()  # names ending with one of _COMPANY_WORDS
        self.spoke: str | None = None  # the last organisation that spoke of itself as "it"
        self.said: str | None = None  # the last organisation that spoke at all
        self.said_at = -1  # in which text
        self.bodies: set[str] = set()  # the claimants known to be organisations
        self._mastheads: dict[str, tuple[str, bool]] = {}  # newspapers by their last word
        # full_name's answers so far: how many texts it has read for a short name, and the
        # longest full name found in them
        self._full_names: dict[str, tuple[int, str | None]] = {}
        # the texts each word of a run of capitalised words (not its last) is in
        self._in_runs: dict[str, list[int]] | None = None

    def heard(self, name: str, text: str, person_like: bool) -> None:
        """Note `name` as the organisation speaking when `text` says it speaks of itself as
        "it" ("Halvorsen Therapeutics said on Thursday that its pill ..."). A name that
        could be a person's (`person_like`: "Zorica Vantongeren said it will take a year"
        is hers) must be apposed as a company, or say "its" further on and have no role
        in lower case before it ("plant manager Ana Roe")."""
        at, said = text.find(name), name
        if at < 0 and name.startswith("the "):
            # "The Tarn Kiln Union said ...": the claimant is "the Tarn Kiln Union"
            at, said = text.find("The " + name[4:]), "The " + name[4:]
        words = name.split()
        while at < 0 and len(words) > 1:
            # "Kestrel said it ...": the claimant is the full name, "Kestrel Pipelines"
            words.pop()
            said = " ".join(words)
            at = text.find(said)
        if at < 0 or not name[-1:].isalpha() or not name.rsplit(None, 1)[-1][:1].isupper():
            return
        it = _SPEAKS_AS_IT_RE.match(text, at + len(said))
        if it is None:
            return
        if (
            person_like
            and not _BODY_APPOSED_RE.match(text, at + len(name))
            and (
                _ITS_RE.search(text, it.start("it")) is None or _ROLE_BEFORE_RE.search(text, 0, at)
            )
        ):
            return
        self.spoke = name
        self.bodies.add(name)

    def spoke_as_body(self, name: str, at: int) -> None:
        """Note `name`, an organisation, as the last one that spoke, in text `at`
        ("Corvantis said ..." | '"...," the company said')."""
        self.said, self.said_at = name, at
        self.bodies.add(name)

    def full_name(self, short: str, upto: int) -> str | None:
        """The longest full name, in texts up to `upto`, that `short` opens and one of
        _FULL_NAME_ENDS ends ("Lakemont" -> "Lakemont Health System"), or None."""
        # (scanned once: each call goes on from where the last call for `short` stopped,
        # and reads only the texts with a run of capitalised words holding its first word)
        start, best = self._full_names.get(short, (0, None))
        if self._in_runs is None:
            self._in_runs = {}
            for k, text in enumerate(self.texts):
                for run in _RUN_RE.findall(text):  # (the runs _learn reads)
                    for word in run.split()[:-1]:
                        at_k = self._in_runs.setdefault(word, [])
                        if not at_k or at_k[-1] != k:
                            at_k.append(k)
        for k in self._in_runs.get(short.split(None, 1)[0], ()):
            if k < start:
                continue
            if k > upto:
                break
            text = self.texts[k]
            at = text.find(short)
            if at < 0 or is_title_case(text.split()):
                continue  # (a headline in title case: "Pence Announces Plans ...")
            while at >= 0:
                m = (
                    _FULL_NAME_REST_RE.match(text, at + len(short))
                    if at == 0 or not _NAME_CHAR_RE.match(text, at - 1)
                    else None
                )
                at = text.find(short, at + 1)
                if m is None:
                    continue
                tokens = m.group(1).split()
                while tokens and (tokens[-1] in _JOINS or _bare(tokens[-1]) not in _FULL_NAME_ENDS):
                    tokens.pop()
                if not tokens or not _TITLE_CASE_WORDS.isdisjoint(tokens):
                    continue  # ("Lakemont Says It Will Stay")
                last = tokens[-1]
                if last.endswith(("'s", "’s", "s'", "s’")):
                    last = _POSSESSIVE_RE.sub("", last)  # "Lattimer Systems' offer"
                tokens[-1] = _without_full_stop(last)
                found = f"{short} {' '.join(tokens)}".rstrip(",;:")
                if best is None or len(found) > len(best):
                    best = found
        self._full_names[short] = (max(start, upto + 1), best)
        return best

    def resolve(self, phrase: str, upto: int) -> str | None:
        """The organisation "the <kind>" refers to in text `upto` (named there or
        before), or None."""
        det, _, noun = phrase.partition(" ")
        described, _, kind = noun.rpartition(" ")
        topic: list[str] = []  # "the health department": words the body's name must hold
        if described and " " not in described and described.endswith(_DESCRIBED_ENDS):
            noun = kind  # "the Boston-based company", "the state-owned utility"
        elif described and described.islower() and kind in _TOPIC_KINDS:
            # "the (state) health department" after "the Ohio Department of Health"
            topic = [w for w in described.lower().split() if w not in _WHERE_WORDS]
            if 0 < len(topic) <= 2 and all(w.isalpha() for w in topic):
                noun = kind
        if det not in ("the", "The") or " " in noun or noun.lower() not in _KINDS:
            return None
        while self.read <= upto and self.read < len(self.texts):
            self._learn(self.texts[self.read])
            self.read += 1
        found = self.latest.get(noun.lower())
        kind = noun.lower()
        if topic:
            named = set(_WORD_RE.findall(found.lower())) if found is not None else set()
            return found if named.issuperset(topic) else None
        if kind in _RECENT_KINDS and upto - self.latest_at.get(kind, upto) > _RECENT_WINDOW:
            # "the party" is the party named a few sentences before, not one the story
            # named long ago: political news says "the party" of one it calls "Republicans"
            return None
        if found is None and kind in _ANY_KINDS:
            return self._latest_body(upto)
        company = kind in ("company", "firm")
        if found is None and company and len(self.companies) == 1:
            return next(iter(self.companies))
        own = _COMPANY_HEADS if company else _KINDS[kind]
        near = upto - self.said_at <= _SAID_WINDOW
        for body in (self.spoke, self.said if near else None):
            if found is not None or body is None:
                continue
            # "Ridgemont Medical Center said that it ..." | "The hospital said": the
            # organisation that last spoke of itself as "it", unless its name shows
            # another kind ("the company" is not "the Keystone Nurses Union"); else the
            # last that spoke, a company or one whose name shows the kind
            words = set(_WORD_RE.findall(body.lower()))
            shows_none = words.isdisjoint(_KIND_HEADS)
            if not words.isdisjoint(own) or (
                shows_none and (body is self.spoke or company or kind in _COMPANY_KINDS)
            ):
                found = body
        if found is None and kind == "company":
            found = self._works_owner(upto)
        return found

    def _works_owner(self, upto: int) -> str | None:
        """The company whose works the few texts before `upto` named, by the works' name:
        "the Harmon Glass plant laid off 600 workers." | "The company said": Harmon Glass."""
        best, best_at = None, upto - _SAID_WINDOW
        for works in _WORKS_KINDS:
            at = self.latest_at.get(works, -1)
            named = _NAMED_WORKS_RE.fullmatch(self.latest.get(works, ""))
            if at >= best_at and named is not None:
                best, best_at = named.group("names"), at
        return best

    def _latest_body(self, upto: int) -> str | None:
        """The body named or heard last, in the few texts before `upto`: what "the
        charity" or "the organization" is when no name shows that kind ("The Heritage
        Foundation notes ..." | "The organization also points out ...")."""
        best, best_at = None, upto - _SAID_WINDOW
        for kind, at in self.latest_at.items():
            if at >= best_at and kind not in _NOT_ANY_KINDS:
                best, best_at = self.latest[kind], at
        if (
            self.said is not None
            and self.said_at >= best_at
            and _NOT_ANY_HEADS.isdisjoint(_WORD_RE.findall(self.said.lower()))
        ):
            best = self.said
        return best

    def _learn(self, text: str) -> None:
        for m in _NAMED_KIND_RE.finditer(text):
            self.latest_at[m.group("kind")] = self.read
            self.latest[m.group("kind")] = (
                f"the {m.group('names')}{m.group('sport') or ''}{m.group('kind')}"
            )
        for m in (
            _KIND_THEN_NAME_RE.finditer(text)
            if not _NAMED_KINDS.isdisjoint(text.split())  # (most sentences have none)
            else ()
        ):
            # "Second-tier soccer club Ashcombe Rovers ..." | "the club said": after a
            # word in lower case or "The" (not "Tarn Club Ada Roe", a name's own words)
            lead = text[max(0, m.start() - 40) : m.start()].split()
            if not lead or not (lead[-1][:1].islower() or lead[-1] == "The"):
                continue
            names = without_trailing_dates(m.group("names").split())  # "the club Tuesday"
            while names and names[-1].lower().rstrip(".") in _ROLE_WORDS:
                names.pop()  # "the union President Jo Roe"
            if names and names[0].lower().rstrip(".") not in _ROLE_WORDS:
                self.latest[m.group("kind")] = _without_full_stop(" ".join(names))
                self.latest_at[m.group("kind")] = self.read
        if ", " in text and not _NAMED_KINDS.isdisjoint(_WORD_RE.findall(text.lower())):
            for rx in (_KIND_APPOSED_NAME_RE, _NAME_APPOSED_KIND_RE):
                for m in rx.finditer(text):
                    apposed: str = m.group("names")
                    if apposed.split(None, 1)[0] in _LEADING_FUNCTION_WORDS or (
                        maybe_person(apposed) and name_gender(apposed) is not None
                    ):
                        continue  # ("But, the union said", "Ada Roe, the union's head")
                    self.latest[m.group("kind")] = _without_full_stop(apposed)
                    self.latest_at[m.group("kind")] = self.read
        if _MASTHEAD_HINT_RE.search(text) is not None:
            self._learn_mastheads(text)
        if _HEAD_HINT_RE.search(text) is None:
            return  # most sentences name no organisation by such a word
        for m in _RUN_RE.finditer(text):
            tokens = _run_tokens(m)  # ("In", "The" opening the sentence: not "First Bank")
            if (
                m.start() == 0
                and len(tokens) > 2
                and tokens[1] in ("of", "for")
                and _bare(tokens[0]) not in _HEADS
            ):
                # "Shares of Corvane Holdings fell": the sentence's first word, not the name's
                lead_the = tokens[2] == "the"
                tokens = tokens[3:] if lead_the else tokens[2:]
            else:
                lead_the = False
            if len(tokens) < 2:
                continue  # "Bank" alone names no one organisation
            if not _TITLE_CASE_WORDS.isdisjoint(tokens[1:]):
                continue  # a headline in title case ("Disputes Characterization Of Network")
            at = [i for i, t in enumerate(tokens) if _bare(t) in _HEADS]
            if not at:
                continue
            end = at[-1] + 1
            of = next((k for k, t in enumerate(tokens) if t in ("of", "for")), len(tokens))
            if at[0] < of < at[-1]:
                # "the Maine Board of Energy Rates", "Federation of School Support Staff":
                # heads after "of" are the name's object, not where it ends
                end = len(tokens)
            if end < len(tokens) and tokens[end] not in _JOINS:
                tokens = tokens[:end]  # "Supreme Court Justice Ann Roe": the court
            if len(tokens) > end:
                # "Harbor Airlines on Wednesday": the date after the name, and the word
                # joining it, are no part of it
                tokens = without_trailing_dates(tokens, keep=end)
                while len(tokens) > end and tokens[-1] in _JOINS:
                    tokens.pop()
            words = set(_WORD_RE.findall(" ".join(tokens).lower()))
            name = " ".join(tokens)
            if name.endswith(("'s", "’s")):
                name = name[:-2]
            name = _without_full_stop(name)
            before = text[max(0, m.start() - 4) : m.start()]
            if (
                lead_the
                or m.group().startswith(("The ", "the "))
                or before.lower().endswith("the ")
            ):
                name = "the " + name
            for kind, heads in _KINDS.items():
                if kind == "newspaper":
                    continue  # (by the masthead's last word only: _learn_mastheads)
                if not heads.isdisjoint(words) and (kind != "office" or len(tokens) > 2):
                    self.latest[kind] = name  # (not "the Oval Office": a room)
                    self.latest_at[kind] = self.read
            if (
                _bare(tokens[-1]) in _COMPANY_WORDS
                and m.start() < 4  # opening the sentence: what the story is about
                and not text.startswith(" and ", m.end())  # not one of two bidders
            ):
                self.companies.add(name.removeprefix("the "))

    def _learn_mastheads(self, text: str) -> None:
        """Note the newspapers `text` names: "The Omaha World-Herald", "the New York Daily
        News", "the Post" (one word only after "the")."""
        if is_title_case(text.split()):
            return  # a headline in title case
        for m in _RUN_RE.finditer(text):
            tokens = _run_tokens(m)
            if not tokens:
                continue
            last = _bare(tokens[-1])
            if last not in _MASTHEAD_HEADS and not (
                last == "news" and len(tokens) > 1 and tokens[-2] == "Daily"
            ):
                continue
            lead_the = m.group().startswith(("The ", "the ")) or text[
                max(0, m.start() - 4) : m.start()
            ].lower().endswith("the ")
            if len(tokens) < 2 and not lead_the:
                continue  # "Star" alone: no masthead
            name = _without_full_stop(_POSSESSIVE_RE.sub("", " ".join(tokens)))
            # the name in full as the story gave it before ("The Wall Street Journal ...
            # The Journal said" | "the newspaper": the Wall Street Journal)
            last = " ".join(tokens[-2:]) if last == "news" else last
            full = self._mastheads.get(last.lower())
            if full is not None and len(full[0]) > len(name):
                name, lead_the = full
            self._mastheads[last.lower()] = (name, lead_the)
            self.latest["newspaper"] = f"the {name}" if lead_the else name
            self.latest_at["newspaper"] = self.read
