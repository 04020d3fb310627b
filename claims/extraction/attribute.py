"""Who makes each statement: attribution patterns, quotes and name resolution.

Rules, by priority within a sentence:

0. in a transcript, the speaker label its paragraph opens with ("TRUMP: ...",
   "MODERATOR (Lester Holt): ..."; see segment.py) speaks every sentence of it;
1. a speaker attached to a reporting verb: "X said/told/wrote/added/noted/stated/
   argued/claimed ...", "... said X", a quote followed by its speaker
   ('"...," Zakharova told reporters'), a pronoun subject resolved to the nearest
   named speaker earlier in the paragraph (or the previous sentence);
2. a source: "according to X", "X reported" (only when no speaker is found, so
   '"...," Zakharova told reporters, according to Reuters' is Zakharova's), an unnamed
   group, person or piece of evidence (groups.py: "Critics argue", "a source close to
   her said", "the poll found"), "they" resolved to the group that spoke last;
3. a sentence inside a multi-sentence quotation takes the quotation's speaker, and a
   paragraph that opens with a quotation after a sentence ending in a colon ("Cruz
   called them on it:") takes that sentence's subject, and a paragraph of bare
   quotation with no reporting verb outside its marks goes on quoting the named body
   quoted just before it, or the person the narration before it opened with;
4. otherwise the statement is the article's own: the outlet's name, or
   "the article".

Names are shown in full where the article gives them: every "First Last" seen
so far is remembered by its surname, so a later "Zakharova" becomes "Maria
Zakharova"; titles and roles in front of a name are dropped ("Russian Foreign
Ministry spokesperson Maria Zakharova" -> "Maria Zakharova"), and the role is
remembered too ("the Ukrainian president said" -> "Volodymyr Zelenskyy").

The sentence-level patterns live in speech.py (with groups.py, labels.py and quotes.py),
pronoun resolution in pronouns.py (with gender.py), names in names.py; this module walks
the document and keeps its state.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from .cues import SINGLE_CUES
from .gender import GIVEN_NAMES, PRONOUN_GENDER, name_gender, noun_gender
from .groups import (
    DOCUMENT_NOUNS,
    EVIDENCE_NOUNS,
    PARTY_MEMBERS,
    UNNAMED_NOUNS,
    is_plural,
    knowing_after,
)
from .labels import label_speaker, shown_speaking
from .lexicon import (
    _DATE_WORDS,
    _LEADING_FUNCTION_WORDS,
    _ORG_HEADS,
    _PRONOUNS,
    _QUANTIFIER_SUBJECTS,
    _REPORTING_VERBS,
    _ROLE_WORDS,
    _WEEKDAYS,
    KIN_NOUNS,
)
from .names import (
    _NAME_PHRASE,
    NameBook,
    clean_group,
    clean_name,
    fold_capitals,
    may_end_a_full_name,
    maybe_person,
    needs_folding,
    only_titles_quoted,
    unfolded,
)
from .organisations import KIND_NOUNS, KIND_NOUNS_RX, OrganisationBook, names_a_body
from .places import is_place
from .pronouns import (
    _antecedent,
    _learn_honorifics,
    _learn_role_genders,
    described_gender,
    gender_hinted,
)
from .quotes import (
    CLOSES_WITH_QUOTE_RE,
    CLOSING_MARK,
    OPENS_WITH_MENTION_RE,
    OPENS_WITH_QUOTE_RE,
    QUOTE_CHARS_RE,
    SINGLE_QUOTED_RE,
    british_style,
    closes_on_single,
    curled_singles,
    needs_plain_marks,
    outside_quotations,
    plain_marks,
    quote_state,
    quoted_ranges,
    single_to_double,
)
from .segment import DASHES, Sentence
from .speech import (
    _OFFICER_ACRONYMS,
    _OPENING_CONJUNCTIONS,
    _REPORTING_WORDS,
    _TWO_NAMES_RE,
    CREDIT_RX,
    _according_phrase,
    _but_subject,
    _fronted_subject,
    _named_subject,
    _opening_subject,
    _speaker,
    _the_apposed,
    addressee,
    org_start,
)

__all__ = ["Attribution", "NameBook", "attribute", "clean_name"]

# How an unnamed person is introduced: "a senior aide", "one Republican involved in ...".
_ONE_PERSON = frozenset(["a", "an", "one", "another"])

ARTICLE_CLAIMANT = "the article"


@dataclass(frozen=True, slots=True)
class Attribution:
    claimant: str
    # "speaker", "source", "quote" (inherited from a multi-sentence quote),
    # "article" (the outlet's own statement).
    kind: str
    direct_quote: bool


def _interviewee(texts: Sequence[str], book: NameBook) -> str | None:
    """The person the narration before an interview's first question names most often (by
    surname; the first named of those tied), or None: "Q&A with Vice President Joe Biden"
    | "... Biden complained ... mocked ... Justice Antonin Scalia ..." is Biden's."""
    words = _CAPITALISED_WORD_RE.findall(" ".join(texts))
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for k, word in enumerate(words):
        full = book.by_surname.get(word.removesuffix("'s").removesuffix("’s").lower())
        if full is not None and maybe_person(full):
            counts[full] = counts.get(full, 0) + 1
            first.setdefault(full, k)
    if not counts:
        return None
    return min(counts, key=lambda full: (-counts[full], first[full]))


def attribute(
    sentences: Sequence[Sentence], *, outlet: str | None = None, author: str | None = None
) -> list[Attribution]:
    """Attribution of every sentence of one document, in order; ``author``, the article's
    one writer (pipeline.analyse finds it), holds the narration in the first person ("I
    have covered the port for ten years"), which is otherwise the outlet's."""
    given = sentences
    unfold: dict[str, str] = {}  # words whose accented capitals were made plain
    whole = "\n".join([s.text for s in sentences] + [s.speaker for s in sentences if s.speaker])
    if needs_plain_marks(whole) or needs_folding(whole):
        sentences = [_plain(s, unfold) for s in sentences]  # (most texts: nothing to change)
    sentences = [_tamed(s) for s in sentences]
    locals_joined = (
        _UNIT_WORD_RE.search(whole) is not None and _UNION_LOCAL_RE.search(whole) is not None
    )
    if locals_joined:
        # "Teamsters Local 120 said": the local's number is part of its name
        sentences = [replace(s, text=_UNION_LOCAL_RE.sub(r"-\1", s.text)) for s in sentences]
    texts = [s.text for s in sentences]
    curled = curled_singles(texts)
    if curled is not None:
        # 'We have fixed it,' she said.: straight single marks, read as curly ones
        sentences = [
            s if text == s.text else replace(s, text=text)
            for s, text in zip(sentences, curled, strict=True)
        ]
        texts = curled
    if british_style(texts):
        sentences = _double_quoted(sentences)
        texts = [s.text for s in sentences]
    book = NameBook()
    hinted = gender_hinted(texts)  # nouns that show a gender
    # "the bank": the latest bank the article named, read back only when asked
    organisations = OrganisationBook(texts)
    speaking: list[frozenset[str]] = []

    def speakers() -> frozenset[str]:  # names shown speaking, found once, when needed
        if not speaking:
            speaking.append(shown_speaking("\n".join(s.text for s in sentences)))
        return speaking[0]

    full_names: list[dict[str, str]] = []

    roles_later: list[dict[str, str]] = []  # the text's people by the titles they have

    def named_later() -> dict[str, str]:  # the text's full names by surname and given name
        if not full_names:
            whole = NameBook()
            for later in sentences:
                whole.learn(later.text)
            by_word = {
                full.split()[0].lower(): full for full in reversed(list(whole.by_surname.values()))
            }
            full_names.append(by_word | whole.by_surname)
            roles_later.append(whole.by_role)
        return full_names[0]

    titled: list[frozenset[str]] = []

    def titled_words() -> frozenset[str]:  # words after a given name or a title, found once
        if not titled:
            titled.append(_titled_words("\n".join(s.text for s in sentences)))
        return titled[0]

    first_seen: list[dict[str, int]] = []

    def first_mentions() -> dict[str, int]:  # each capitalised word's first sentence, once
        if not first_seen:
            seen: dict[str, int] = {}
            for k, sentence in enumerate(sentences):
                for word in _CAPITALISED_WORD_RE.findall(sentence.text):
                    seen.setdefault(word, k)
            first_seen.append(seen)
        return first_seen[0]

    own = Attribution(outlet or ARTICLE_CLAIMANT, "article", False)
    outlet_key = _outlet_key(outlet) if outlet else ""
    out: list[Attribution] = []
    inside = False
    single_open = False  # a ‘ quotation open inside the double one
    paragraph = -1
    last_named: str | None = None  # nearest named speaker in this paragraph
    last_speaker: str | None = None  # nearest named speaker in the document
    person_before: str | None = None  # the last full name seen before this sentence
    answerer: str | None = None  # the one a question was just put to
    group: list[int] = []  # indices of sentences in the current multi-sentence quote
    block: str | None = None  # the speaker of a paragraph quoted without marks
    carried: str | None = None  # who a paragraph of bare quotation goes on quoting
    quoted_names: set[str] = set()  # the last words of the claimants so far
    # full name -> "m"/"f": from "Mr. Roe", "Ms. Roe" (below) and "businessman Jo Roe"
    # (the name book, as it learns the name)
    genders = book.genders
    last_group: tuple[str, int] | None = None  # the last group that spoke, its paragraph
    spoken_for: tuple[str, int] | None = None  # whom "a spokesman for X" spoke for, where
    unnamed: list[tuple[str, int]] = []  # unnamed sources ("two people familiar with ..."), where
    papers: dict[str, tuple[str, int]] = {}  # who made "a report", "an audit", where
    interviewee: str | None = None  # who answers an interview's "A:" turns ("": nobody known)
    described_one: str | None = None  # the last one described, not named ("the woman")
    for i, s in enumerate(sentences):
        if s.paragraph != paragraph:
            paragraph, inside, group = s.paragraph, False, []
            last_named = answerer or (
                out[-1].claimant if out and _goes_on_quoting(out[-1], s.text) else None
            )
            block = carried = None
            before = sentences[i - 1].text.rstrip() if i > 0 else ""
            if before.endswith(":"):
                # "Cruz called them on it:" | '"We will not ..."': the paragraph the
                # colon introduces quotes the subject of the sentence before it.
                inverted = _INVERTED_COLON_RE.match(before)  # "Stated Stone:"
                says = inverted is not None or _SAYS_BEFORE_COLON_RE.search(before) is not None
                introducer = (
                    inverted.group("name")
                    if inverted is not None
                    # "In a post, Roe wrote:", not "..., and NBC News has proof:"
                    else _opening_subject(before) or (_fronted_subject(before) if says else None)
                )
                full = book.resolve(introducer) if introducer is not None else ""
                if (
                    says
                    and introducer is not None
                    and introducer.lower() in ("he", "she")
                    and out
                    and out[-1].kind == "speaker"
                ):
                    # "In a speech last July, he said:" | "Let no one be mistaken ...": the
                    # person the pronoun was resolved to
                    full = out[-1].claimant
                if introducer is not None and (
                    (maybe_person(full) and len(full.split()) > 1)
                    or introducer.split()[-1].lower() in speakers()
                ):
                    # a person or a name shown speaking, not "Transcript as follows:"
                    if last_named is None:
                        last_named = full
                    # (not when the colon's own sentence named someone else speaking)
                    if says and full == (last_named or full):
                        # "In a post, Roe wrote:" | "I think ...": a quotation set off
                        # without marks, the paragraph's every sentence
                        block = full
                elif (
                    _TRANSCRIPT_INTRO_RE.fullmatch(before) is not None
                    and last_speaker is not None
                    and maybe_person(last_speaker)
                    and OPENS_WITH_QUOTE_RE.match(s.text) is not None
                    and _QUOTED_LABEL_RE.match(s.text) is None  # (its turns are labelled)
                ):
                    # "Kasich said, “...”" | "Transcript as follows:" | '"Tonight we
                    # arrived ...': the words of the one who spoke before, transcribed
                    last_named = last_speaker
            elif (
                last_named is None
                and out
                and out[-1].kind == "article"
                and _mostly_quoted(s.text)
                and not _reports_in_paragraph(sentences, i)
            ):
                # "Sen. Ada Roe responded first, ripping into the president." | '"I have
                # been warning ...': a paragraph of bare quotation, with no reporting
                # verb of its own, quotes the person the sentence before opens with.
                opener = _opening_subject(before)
                full = book.resolve(opener) if opener is not None else ""
                if (
                    opener is not None
                    and maybe_person(full)
                    and len(full.split()) > 1
                    and (name_gender(full) is not None or opener.split()[-1].lower() in speakers())
                ):
                    carried = full
        person_before = book.last_person
        book.learn(s.text)
        if "M" in s.text:
            _learn_honorifics(s.text, book, genders)
        if i in hinted:
            _learn_role_genders(s.text, book, genders)
        started_inside, inside_after, has_quote = quote_state(s.text, inside)
        if inside_after:
            closed, single_open = closes_on_single(s.text, single_open)
            if closed:
                inside_after = False  # "... We can win.’": a mistyped closing mark
        else:
            single_open = False
        label = None
        if not started_inside and ":" in s.text[:80]:
            label = label_speaker(s.text, book, speakers, named_later if i == 0 else None)
        if (
            label is None
            and s.text[:1] in '"“'
            and (quoted_label := _QUOTED_LABEL_RE.match(s.text))
        ):
            # a transcript quoted whole, each turn opening with the mark: '"CLINTON: ...'
            # (a name the story gave or showed speaking; not '"VIDEO: ...')
            word = quoted_label.group("label").split()[-1].title()
            if word.lower() in book.by_surname or word.lower() in speakers():
                label = book.resolve(word)
        credited = (
            _credit_line(sentences, out, i, book)
            if s.dashed or (s.text[:1] in DASHES and i)
            else None
        )
        phrase, kind, role = (
            (label or credited, "speaker", None) if label or credited else _speaker(s.text, inside)
        )
        if kind == "group" and phrase is not None and ", according to " in s.text:
            # "About 52 percent of voters support the levy, according to a Harbor poll.":
            # the poll reports what the group holds
            source = _according_phrase(s.text)
            if (
                source is not None
                and any(c.isalpha() for c in source)
                and s.text.find(phrase) < s.text.find(", according to ")
            ):
                # (a group named as the source stays a group: "lawyers with the project")
                bare = source[:1].islower() and source.split(None, 1)[0] not in _ONE_PERSON
                phrase, kind = source, "group" if bare and is_plural(source) else "source"
        if (
            kind == "group"
            and phrase is not None
            and phrase[:4] == "the "
            and phrase[4:] in _ROLE_WORDS
            and f"ccording to {phrase}" in s.text
        ):
            # "..., according to the governor": the governor the story named
            kind = "description"
        if phrase is not None and kind in ("speaker", "source") and phrase[:1].isupper():
            phrase = _whole_organisation(s.text, phrase, book)
            if phrase[:1].isupper() and phrase.rsplit(None, 1)[-1].lower() in _THE_HEADS:
                # "..., the Labor Department said": the body as the story names it
                at = s.text.find(phrase)
                if at >= 4 and s.text[at - 4 : at] in ("the ", "The "):
                    phrase = "the " + phrase
        if phrase is not None and kind == "group" and phrase.startswith("Both "):
            # "Ada Pike and Jo Renner met ..." | "Both women said ...": the two
            pair = _pair_before(sentences, i, book)
            if pair is not None:
                phrase = f"{pair[0]} and {pair[1]}"
        if phrase is not None and phrase.lower() in ("the former", "the latter"):
            # "Ada Pike and Jo Renner met ..." | "The former said ...": the first (or the
            # second) of the two named just before
            pair = _pair_before(sentences, i, book)
            if pair is not None:
                phrase, kind = pair[0 if phrase.lower() == "the former" else 1], "speaker"
        if phrase in _QUANTIFIER_SUBJECTS and started_inside:
            # '"Some have said that he should not have accepted it."' is the
            # quotation's speaker's, not "Some"'s.
            phrase, kind = None, ""
        if (
            kind == "speaker"
            and phrase is not None
            and " " in phrase.strip()
            and phrase.rsplit(None, 1)[-1] in PARTY_MEMBERS
            and (phrase.startswith(("The ", "the ")) or f"the {phrase}" in s.text)
        ):
            # "In a statement, the Kentucky Republican on Tuesday dismissed ...": one
            # described by state and party, whom the article named before
            phrase, kind = "the " + phrase.removeprefix("The ").removeprefix("the "), "description"
        if (
            kind == "speaker"
            and phrase is not None
            and phrase.lower() in _ROLE_WORDS
            and (f"the {phrase} " in s.text or f"The {phrase} " in s.text)
        ):
            phrase, kind = f"the {phrase.lower()}", "description"  # '"...," the Premier said'
        if kind == "speaker" and phrase is not None and phrase.endswith(("'s", "’s")):
            at = s.text.find(phrase)
            if at >= 0 and _HAS_CONTRACTED_RE.match(s.text, at + len(phrase)):
                phrase = phrase[:-2]  # "Roe's been warning": Roe has, not Roe's
        claimant: str | None = None
        if phrase is not None:
            low = phrase.lower()
            owned: str | None = None  # what "his"/"her" owns: "his office", "her lawyers"
            said_in = s.text
            owns = _PRONOUN_OWNS_RE.fullmatch(phrase)
            if owns is not None and owns.group("rest").rsplit(None, 1)[-1] in _OWNED_BY_ONE:
                # "Hale's plan would cut taxes, his office said": Hale's office; the owner
                # is found as "he" would be, in the sentence with "he" for "his"
                owned, low = (
                    owns.group("rest"),
                    "he" if owns.group("pron") in ("his", "His") else "she",
                )
                at = s.text.find(phrase)
                said_in = s.text[:at] + low + s.text[at + len(owns.group("pron")) :]
            if low in _PRONOUNS:
                opened = group[0] if started_inside and group else i  # the quotation's start
                # "She said": the nearest speaker named before, in this paragraph or
                # earlier, else the last person the article named; one whose first
                # name or title shows another gender is passed over ("she" is not
                # "Alan Krueger").
                claimant = _antecedent(
                    low,
                    said_in,
                    sentences,
                    i,
                    book,
                    genders,
                    (
                        (_group_before(sentences, out, i, last_group, book),)
                        # "They want a 5 percent cut": a stance speech.py reads for a
                        # group only, never the last person named
                        if kind == "group" and phrase == "They"
                        else (
                            (
                                _subject_before(sentences, out, i, book, low, opened)
                                or _newcomer_before(sentences, out, opened, low, first_mentions)
                            )
                            if low in ("he", "she")
                            else _group_before(sentences, out, i, last_group, book),
                            last_named,
                            last_speaker,
                            person_before if low != "they" else None,
                        )
                    ),
                    lambda: [o.claimant for o in out[-_EARLIER_SPEAKERS:]],
                )
                one = last_named if last_named is not None else described_one
                if (
                    low in ("he", "she")
                    and one is not None
                    and (
                        one.split(None, 1)[0] in _ONE_PERSON
                        # ("The swimmer's mother, who ..., said" | "She said")
                        or described_gender(one) == PRONOUN_GENDER[low]
                        # ("Speaking to the BBC's Ann Roe, the Chancellor insisted ..." |
                        # '"...," she said': the office holder, not the one spoken to)
                        or _office_of_one(one)
                        # ('"...," said the man, who ...' | '"...," he said': one unnamed)
                        or _unnamed_gender(one) == PRONOUN_GENDER[low]
                    )
                    and described_gender(one) in (None, PRONOUN_GENDER[low])
                    and _unnamed_gender(one) in (None, PRONOUN_GENDER[low])  # ("a woman": no he)
                    and not is_plural(one)
                    # (a person: not "a video of the episode", "a survey by ...")
                    and _PAPER_WORD_RE.search(one) is None
                    and _spoke_last(out, sentences, one, PRONOUN_GENDER[low], book)
                    and _PRONOUN_SAID_RE.search(s.text) is not None
                ):
                    # "One engineer, who asked not to be named, said morale was low." |
                    # '"...," she said': the one described just before
                    claimant = one
                if claimant is not None and claimant.endswith(("'s", "’s")):
                    claimant = claimant[:-2]  # "he" is Ross Perot, not "Ross Perot's"
                if owned is not None:
                    claimant = (
                        f"{claimant}'s {owned}"
                        if claimant is not None
                        and maybe_person(claimant)
                        and "'s " not in claimant
                        and "’s " not in claimant
                        # (one whose name shows the other gender is not "her" or "his")
                        and (genders.get(claimant) or name_gender(claimant))
                        in (None, PRONOUN_GENDER[low])
                        and claimant.lower() not in KIN_NOUNS  # ("Son", a headline's word)
                        else phrase[:1].lower() + phrase[1:]
                    )
            elif kind == "description":
                opened_at = group[0] if started_inside and group else i
                # '"...," the former governor said': the person the role was given to,
                # else the one quoted just before, else the description itself ('"...,"
                # one user wrote'). An aide to someone is never that someone.
                whose = _says_whose(phrase)
                resolved = phrase if whose else book.resolve(phrase)
                if not whose and resolved in (phrase, clean_name(phrase)) and " and " in phrase:
                    # "the Vermont senator and presidential candidate": the first role's
                    first_role = phrase.split(" and ", 1)[0]
                    if book.resolve(first_role) not in (first_role, clean_name(first_role)):
                        resolved = book.resolve(first_role)
                if resolved not in (phrase, clean_name(phrase)):
                    claimant, kind = resolved, "speaker"
                elif (
                    last_named is not None
                    and not whose
                    and _refers_back(phrase)
                    and maybe_person(last_named)  # not "the AP"
                    and not book.role_conflicts(phrase, last_named)
                ):
                    claimant, kind = last_named, "speaker"
                elif (
                    not whose
                    and _refers_back(phrase)
                    and (introduced := _introduced_before(sentences, out, i, opened_at, book))
                    is not None
                    and not book.role_conflicts(phrase, introduced)
                ):
                    # "Ada Roe has run the diner for 20 years." | '"...," the 61-year-old
                    # said': the person the narration just before introduced
                    claimant, kind = introduced, "speaker"
                else:
                    claimant, kind = _lower_article(phrase), "source"
                    last_named = claimant
                    if _unnamed_gender(claimant) is not None:
                        described_one = claimant  # '"...," said the woman.' | 'she said'
            elif kind == "group" and (
                _TWO_NAMES_RE.fullmatch(phrase) or _NAMES_LISTED_RE.fullmatch(phrase)
            ):
                # "Mr. Peck and Mr. Mahaney cited ...": each by the full name given before
                # (and "Pike, Roe and Lind said")
                first, _, second = phrase.partition(" and ")
                firsts = ", ".join(book.resolve(name) for name in first.split(", "))
                claimant, kind = f"{firsts} and {book.resolve(second)}", "source"
                last_group = (claimant, s.paragraph)  # a later "they" is the two
                if maybe_person(book.resolve(second)):
                    # a later "he" or "she" is the nearer of the two ("Wilcox and Beruff,
                    # a Sarasota Republican, argued ... | ..., he said": Beruff)
                    last_named = last_speaker = book.resolve(second)
            elif kind == "group" and (theirs := _NAME_AND_THEIRS_RE.fullmatch(phrase)):
                # "Ortiz and his colleagues noted": the person by the full name given before
                name = book.resolve(theirs.group("name"))
                claimant, kind = f"{name} and {theirs.group('theirs')}", "source"
            elif kind == "group":
                # "Critics argue", "Organizers of both conventions insist": the group as
                # the sentence opens with it, a source ("the poll", not "The poll").
                claimant, kind = _lower_article(phrase), "source"
            elif (role_owns := _ROLE_OWNS_RE.fullmatch(phrase)) is not None and role_owns.group(
                "rest"
            ).rsplit(None, 1)[-1] in _OWNED_BY_ONE:
                # "The governor's spokesman said": Ann Lusk's spokesman, when the story
                # named the governor; else "the governor's spokesman", its article kept
                role_noun = role_owns.group("role").lower()
                holder = book.resolve(f"the {role_noun}")
                claimant = (
                    f"{holder}'s {role_owns.group('rest')}"
                    if holder not in (f"the {role_noun}", role_noun) and maybe_person(holder)
                    else "the " + phrase[4:]
                )
            elif (
                kind == "source"
                and (
                    phrase.rsplit(None, 1)[-1].islower()
                    # "an aide to Ed Rudd" (not "according to a CNN tally": CNN)
                    or (
                        phrase.split(None, 1)[0] in _ONE_PERSON
                        # "a New Hampshire Republican": a party's member, unnamed
                        and (_says_whose(phrase) or phrase.rsplit(None, 1)[-1] in PARTY_MEMBERS)
                    )
                    # "two aides to Delgado", "several sources close to Roe": unnamed
                    or (phrase.split(None, 1)[0] in _UNNAMED_OPENERS and _says_whose(phrase))
                    # "its CFO", "a CEO", "the company's CEO": an officer unnamed
                    or (phrase[:1].islower() and phrase.rsplit(None, 1)[-1] in _OFFICER_ACRONYMS)
                )
            ):
                claimant = clean_group(phrase)  # "White House officials", "an aide"
                if claimant == phrase[4:] and phrase[:4] == "The ":
                    known = book.resolve(phrase)
                    if known not in (phrase, claimant, "the " + claimant) and maybe_person(known):
                        # "Ann Lusk, a delegate from Ohio, ..." | "The delegate, who backs
                        # Roe, warned ...": the one the apposition named
                        claimant = known
                    elif _OWNED_LOWER_RE.match(claimant) or (
                        " " not in claimant and claimant.islower() and not claimant.endswith("s")
                    ):
                        # "The swimmer's mother", "The delegate": its article kept
                        claimant = "the " + claimant
            else:
                claimant = book.resolve(phrase, (last_named,))
                if (
                    " " not in claimant
                    and claimant[:1].isupper()
                    and not claimant.isupper()  # (an acronym: "FBI")
                    and claimant.lower() not in book.by_surname
                    and claimant.lower() not in GIVEN_NAMES
                ):
                    # "Orbis Mobile announced layoffs." | "Orbis said ...": the one
                    # speaker before whose name opens so, and is no person's
                    named_so = {
                        o.claimant
                        for o in out[-_EARLIER_SPEAKERS:]
                        if o.claimant.startswith(claimant + " ")
                        # one name, in capitals: not "Forbes and Wealth-X", "FBI officials"
                        and " and " not in o.claimant
                        and o.claimant.rsplit(None, 1)[-1][:1].isupper()
                    }
                    if len(named_so) == 1 and _no_persons_name(whole := named_so.pop()):
                        claimant = whole
                owner = _NAME_OWNS_RE.fullmatch(claimant)
                if owner is not None and owner.group("rest").rsplit(None, 1)[-1] in _OWNED_BY_ONE:
                    # "Delgado's campaign said": Maria Delgado's, as "Her campaign said" is
                    # (with the honorific the sentence gives: "Mrs. Clinton's campaign")
                    who = owner.group("owner")
                    for honorific in _HONORIFIC_OWNER_RE.finditer(s.text):
                        if honorific.group("owner") == who:
                            who = f"{honorific.group('title')} {who}"
                            break
                    full = book.resolve(who, (last_named,))
                    if full != owner.group("owner") and " " in full and maybe_person(full):
                        claimant = f"{full}'s {owner.group('rest')}"
                if role is not None:
                    book.by_role.setdefault(role, claimant)
                elif (
                    kind == "speaker"
                    and claimant[:4] in ("The ", "the ")
                    and claimant.rsplit(None, 1)[-1] in _EPITHETS
                    and claimant[4:].islower()
                    and (last_named is not None or out)
                ):
                    # "Trump said in a release. The candidate claims ...": the one the
                    # story just quoted or introduced, as '"...," the candidate said'
                    described = _lower_article(claimant)
                    opened_at = group[0] if started_inside and group else i
                    for earlier in (
                        last_named,
                        _introduced_before(sentences, out, i, opened_at, book),
                    ):
                        if (
                            earlier is not None
                            and maybe_person(earlier)
                            and not book.role_conflicts(described, earlier)
                            # ("the actress" is no one named as a man)
                            and _genders_agree(
                                noun_gender(described.rsplit(None, 1)[-1]),
                                genders.get(earlier) or name_gender(earlier),
                            )
                            and _nobody_else_since(sentences, i, claimant, earlier, book)
                        ):
                            claimant = earlier
                            break
        if claimant is not None and claimant.startswith("its ") and kind == "source":
            # "According to its website, ...": the website of the body that spoke before
            body = _body_before(sentences, out, i, organisations.bodies)
            if body is not None:
                claimant = f"{body}'s {claimant[4:]}"
        if phrase is None and ("It " in s.text[:24] or " it " in s.text):
            it = _it_source(s.text, sentences, out, i, organisations.bodies)
            if it is not None:
                # "The ministry said exports rose." | "It added that ...": the body that
                # spoke just before, or that the sentence before opens with
                claimant, kind = it, "source"
        if (
            last_group is not None
            and s.paragraph - last_group[1] <= 1
            and (claimant is None or claimant == "one")
            and s.text.startswith(("One", "But one", "And one"))
        ):
            member = _ONE_OF_THEM_RE.match(s.text)
            if member is not None and (
                member.group("noun") is None
                or member.group("noun") in last_group[0].lower().split()
            ):
                # "Two stewards said ..." | "One of them said ...": the group spoke
                claimant, kind = last_group[0], "source"
        if claimant is not None and _SHARE_OF_THEM_RE.fullmatch(claimant) is not None:
            # "Farmers in the valley are split." | "Many of them say ...": the group they are
            # a share of, as "they" would be
            share_of = _group_before(sentences, out, i, last_group, book)
            if share_of is not None:
                claimant, kind = share_of, "source"
        # ('Roe insisted on Sunday's "Meet the Press."': a show's title, no one's words)
        direct = (has_quote and not only_titles_quoted(s.text)) or started_inside
        if s.speaker is not None and len(s.speaker) > 1:
            # A transcript: the labelled speaker says every sentence of the turn.
            label = s.speaker.title() if s.speaker.isupper() else s.speaker
            book.learn(label)
            claimant, kind = book.resolve(label), "speaker"
        elif s.speaker == "Q" and interviewee is None:
            # An interview in questions and answers: the one answering is the person the
            # narration before the first question names most ("In an interview, Sen. Ada
            # Roe discussed the budget." | "Q: ..." | "A: ...")
            interviewee = _interviewee([t.text for t in sentences[:i]], book) or ""
        elif s.speaker == "A" and interviewee:
            claimant, kind = interviewee, "speaker"
        if (
            claimant is not None
            and phrase is not None
            and phrase.lower() not in _PRONOUNS
            and is_plural(claimant)
            and name_gender(claimant) is None  # not "Bernie Sanders"
        ):
            last_group = (claimant, s.paragraph)  # "Critics argue", "Republicans say"
        if claimant is not None and not any(c.isalpha() for c in claimant):
            claimant = None  # hostile text: a "speaker" of punctuation (". ..., according to .")
        if (
            claimant is not None
            and kind in ("group", "source")
            and ("its " in claimant or " its " in s.text)
            and (its_own := _ITS_OWN_PAPERS_RE.search(s.text)) is not None
            and claimant in its_own.group()
        ):
            # "Brennock United has been losing £2m a month, according to its most recent
            # accounts": the body the sentence opens with, whose papers they are
            its_body = _BODY_OPENER_RE.match(s.text)
            named = _NAME_OPENS_RE.match(s.text) if its_body is None else None
            if (
                named is not None
                and named.group("name").split(None, 1)[0] not in _LEADING_FUNCTION_WORDS
                and (names_a_body(named.group("name")) or not maybe_person(named.group("name")))
            ):
                claimant = named.group("name")
            elif its_body is not None:
                the_body = _lower_article(its_body.group("body"))
                claimant = organisations.resolve(the_body, i) or claimant
        if claimant is not None and claimant[:4] in ("the ", "The "):
            owner = _KIND_DOCUMENT_RE.fullmatch(claimant)
            if owner is not None and (body := organisations.resolve(owner.group(1), i)):
                # "The office's report said", "the commission's inspection reports": the
                # body the story named, whose document it is
                claimant = body
            # "The bank said" after "The Central Bank of Valdoria raised rates": the bank
            claimant = organisations.resolve(claimant, i) or claimant
            if (
                claimant[:4] in ("the ", "The ")
                and (
                    claimant.rsplit(None, 1)[-1] in _TRADES
                    # ("the social media company": what it does, in words before "company")
                    or (
                        claimant.rsplit(None, 1)[-1] in ("company", "firm")
                        and claimant[4:].islower()
                    )
                )
            ):
                # "Tallowmere Software will cut jobs." | "The Seattle-based retailer said":
                # a company described by its trade is the company
                claimant = organisations.resolve("the company", i) or claimant
        if (
            claimant is not None
            and kind in ("speaker", "source")
            and not (label or credited or s.speaker)  # (a transcript's label: a person)
            and claimant[:1].isupper()
            and len(claimant.split()) <= 3
            and name_gender(claimant) is None  # (no given name a list knows)
            and not is_place(claimant)
            and (longer := organisations.full_name(claimant, i)) is not None
            # one word: no person's surname ("Clinton" of "Hillary Clinton" or "Secretary
            # Clinton" is not the "Clinton Foundation")
            and (
                " " in claimant
                or (claimant.lower() not in book.by_surname and claimant not in titled_words())
            )
        ):
            # "Lakemont Health System will keep the ward open." | "Lakemont said ...": the
            # full name the story gave the organisation
            claimant = longer
            organisations.spoke_as_body(claimant, i)
        elif (
            claimant is not None
            and kind in ("speaker", "source")
            and not (label or credited or s.speaker)
            and claimant[:1].isupper()
            and claimant not in _QUANTIFIER_SUBJECTS  # ("Both said": no body)
            and claimant not in _LEADING_FUNCTION_WORDS
            and " and " not in claimant  # ("Roe and Pike said": two people)
            and (
                names_a_body(claimant)  # "Carrowell Health Systems"
                or (
                    not is_plural(claimant)
                    and not is_place(claimant)
                    and (
                        not maybe_person(claimant)
                        # ("Quenby said ...": one word, no person's surname in the story)
                        or (
                            " " not in claimant
                            and claimant.lower() not in book.by_surname
                            and name_gender(claimant) is None
                            # (after a given name or a title anywhere: "Hillary Clinton")
                            and claimant not in titled_words()
                        )
                    )
                )
            )
        ):
            organisations.spoke_as_body(claimant, i)
        if (
            claimant is not None
            and claimant.startswith("the ")
            and claimant[4:] in KIND_NOUNS
            and (trailing := _TRAILING_THE_KIND_RE.search(s.text)) is not None
            and trailing.group("kind") == claimant[4:]
            and (named := _NAME_OPENS_RE.match(s.text)) is not None
            and not is_place(named.group("name"))
            # ("Voters in line will still be allowed to vote, the office said": a plural
            # the sentence opens with is no body, unless the story named it as one)
            and not (
                " " not in named.group("name")
                and is_plural(named.group("name"))
                and named.group("name") not in organisations.bodies
                and organisations.full_name(named.group("name"), i) is None
            )
            and (
                names_a_body(named.group("name"))
                or not maybe_person(named.group("name"))
                # ("Harwell, which makes fabric, will ..., the company said": the short
                # name of a body the story named in full)
                or (
                    " " not in named.group("name")
                    and named.group("name").lower() not in book.by_surname
                    and organisations.full_name(named.group("name"), i) is not None
                )
            )
        ):
            # "Tallowmere Software will cut 900 jobs, the company said Wednesday.": the
            # body the sentence opens with
            claimant = organisations.full_name(named.group("name"), i) or named.group("name")
            organisations.spoke_as_body(claimant, i)
        if claimant is not None and (kind_spoken := _KIND_SPOKESPERSON_RE.fullmatch(claimant)):
            # "A company spokesperson said": the company the story named
            claimant = organisations.resolve(f"the {kind_spoken.group('kind')}", i) or claimant
        if (
            claimant is not None
            and claimant.lower() in _THE_SPOKESPERSON
            and spoken_for is not None
            and s.paragraph - spoken_for[1] <= 1
        ):
            # "A spokesman for Ostrander said ..." | '"...," the spokesman said': Ostrander
            claimant = spoken_for[0]
        elif (
            claimant is not None
            and "spokes" in s.text  # (the pattern's word, found first by substring)
            and _SPOKESPERSON_FOR_RE.search(s.text)
        ):
            spoken_for = (claimant, s.paragraph)
        if claimant is not None and claimant.startswith(("the ", "The ")) and unnamed:
            head = claimant[4:]
            if head in _BACK_HEADS:
                # "A source close to the council said ..." | "..., the source said": the
                # unnamed source described before, in full
                for who, at in reversed(unnamed):
                    if i - at > _UNNAMED_WINDOW:
                        break
                    if head in who.split()[1:4]:
                        claimant = who
                        break
        if (
            claimant is not None
            and claimant.split(None, 1)[0] in _UNNAMED_OPENERS
            and " " in claimant
        ):
            unnamed.append((claimant, i))
        if claimant is not None and claimant[:4] in ("the ", "The ") and papers:
            made = papers.get(claimant[4:])
            if made is not None and i - made[1] <= _PAPER_WINDOW:
                # "A report by the Harrow Institute found ..." | "The report also said
                # ...": whom the report was credited to
                claimant = made[0]
        elif claimant is not None and any(c.isupper() for c in claimant[1:]):
            # (the maker named: "a Quinnipiac poll", "the state Office of ..."; not "a new
            # poll", nor a group the poll counted: "one in four voters in a Times poll")
            paper = _A_PAPER_RE.match(claimant)
            if paper is not None:
                papers[paper.group("paper")] = (claimant, i)
            elif kind in ("source", "group"):
                for paper in _A_PAPER_RE.finditer(s.text):
                    # ("An independent inquiry has found ..., according to a report released
                    # by the Office of ...": the inquiry and the report are the Office's)
                    if paper.group("paper") not in claimant.lower():
                        papers[paper.group("paper")] = (claimant, i)
        if claimant is not None and outlet_key and _outlet_key(claimant) == outlet_key:
            att = own  # "as the Ledger has noted", in the Ledger: the article's own voice
        elif claimant is not None:
            if (
                i == 0
                and kind == "speaker"
                and " " not in claimant
                and claimant[:1].isupper()
                # (most stories have no full name ending in the word, found without
                # learning the whole story's names again)
                and may_end_a_full_name(claimant, texts)
                and (below := named_later().get(claimant.lower())) is not None
                and below.rsplit(None, 1)[-1] == claimant
                and not s.speaker  # (a transcript's label: "KELLY:" is no headline)
                and name_gender(below) is not None  # a given name opens it: not "Consult Poll"
            ):
                # a headline's "Trump says tariffs will ...", "Fed's Waller: ...": the full
                # name the story gives below
                claimant = below
            elif (
                i == 0
                and not s.speaker
                and (
                    (kind == "speaker" and claimant.lower() in _ROLE_WORDS)
                    or (claimant.startswith("the ") and claimant[4:] in _ROLE_WORDS)
                )
            ):
                # a headline's bare title: "Judge blocks voter ID law, citing ..." over "U.S.
                # District Judge Eleanor Ross wrote ...": the one the story gives the title
                named_later()
                claimant = roles_later[0].get(claimant.lower().removeprefix("the "), claimant)
            att = Attribution(claimant, kind or "speaker", direct)
            if name_gender(claimant) is None:
                organisations.heard(
                    claimant,
                    s.text,
                    # ("Brightpath said it ...": one word no person's name of the story ends
                    # with is no person's)
                    maybe_person(claimant)
                    and (" " in claimant or claimant.lower() in book.by_surname),
                )
            if kind == "speaker" and claimant not in _QUANTIFIER_SUBJECTS:
                # "Some have said ..." is theirs, but a later "she" is not "Some".
                last_named = last_speaker = claimant
                answerer = None
                asked = addressee(s.text, phrase) if phrase is not None else None
                if asked is not None and maybe_person(book.resolve(asked)):
                    # "Hannity asked Trump how high the wall would be." | '"...," he
                    # said': the one asked answers, in this paragraph or the next.
                    last_named = last_speaker = answerer = book.resolve(asked)
            elif (
                kind == "source"
                and " " in claimant
                and book.by_surname.get(claimant.rsplit(None, 1)[-1].lower()) == claimant
                and maybe_person(claimant)
                and (
                    name_gender(claimant) is not None
                    or claimant in genders  # ("A spokeswoman for the guild, Dana Roe, said")
                    or f"{claimant}, who " in s.text
                )
            ):
                # "..., according to Marva Deutsch, who runs the auction." | "She said
                # ...": a person named as the source (a given name or "who" shows it is
                # one; not "Human Rights Watch") is the one a later "she" means
                last_named = last_speaker = claimant
            elif (
                kind == "source"
                and (
                    claimant.split(None, 1)[0] in _ONE_PERSON
                    or described_gender(claimant) is not None
                )
                and (direct or _PAPER_WORD_RE.search(claimant) is None)
            ):
                # '"...," said one Republican involved in the planning.' | '"Money is no
                # problem."': the unnamed person quoted goes on speaking; "One engineer
                # at the site said morale was low." | '"...," she said': and is "she"
                last_named = claimant
        elif started_inside and group:
            att = out[group[0]]
        elif (
            has_quote
            and out
            and out[-1].kind == "article"
            and sentences[i - 1].paragraph == s.paragraph
            and OPENS_WITH_QUOTE_RE.match(s.text)
            and (opener := _opening_person(sentences[i - 1].text, book)) is not None
            and opener != last_named
            # (introduced there: the name with an apposition, "Becca Roe, a nurse, ...")
            and (appos := _OPENS_APPOSED_RE.match(sentences[i - 1].text)) is not None
            and appos.group("name") == opener
        ):
            # 'Becca Roe, a nurse at the clinic, described a night with nine patients.
            # "I went 12 hours without a break."': a quotation with no speaker of its own
            # after narration that opens with someone, in the same paragraph, is theirs
            att = Attribution(opener, "quote", True)
            last_named = opener
        elif (last_named or carried) is not None and (
            (
                has_quote
                and OPENS_WITH_QUOTE_RE.match(s.text)
                and not OPENS_WITH_MENTION_RE.match(s.text)
            )
            or SINGLE_QUOTED_RE.match(s.text)
        ):
            # A quotation with no speaker of its own, after a named speaker in the same
            # paragraph: '"...," said Jane Roe. "We are seeing records broken."'
            att = Attribution(last_named or carried or "", "quote", True)
        elif (
            last_named is not None
            and has_quote
            and out
            and out[-1].direct_quote
            and out[-1].claimant == last_named
            and _quotes_words(s.text, started_inside)
            and not _names_someone_else(s.text, started_inside, book, last_named, quoted_names)
        ):
            # '"...," Bill Clinton has said.' | 'That makes her “by definition a
            # trustworthy, reliable good person.”': a quotation of several words inside
            # the next sentence, with no speaker of its own, goes on quoting (not a term
            # in quotation marks: 'The word “radical” is contested.')
            att = Attribution(last_named, "quote", True)
        elif block is not None:
            att = Attribution(block, "quote", True)
        else:
            att = own
        if (
            att.kind == "article"
            and out
            and s.text[:4] in ("That", "Thos", "So s", "This")
            and sentences[i - 1].paragraph != s.paragraph
            and (revealed := _revealed_speaker(s.text, sentences, i, book)) is not None
        ):
            # '"We will not let this stand. ..."' | "That was Commissioner Alma Brisco on
            # Tuesday, reacting to ...": the quotation before is the one the sentence names
            att = Attribution(revealed, "speaker", False)
            _credit_paragraph(out, sentences, i - 1, revealed)
        if (
            att.kind == "speaker"
            and not has_quote
            and not started_inside
            and out
            and out[-1].kind == "article"
            and _SPEAKER_FIRST_RE.match(s.text)
        ):
            # '"Is this real?" | Roe asked.': the segmenter ends a sentence after "?”" or
            # "!”", so the speaker comes as a sentence of its own and speaks the quotation
            # just before it.
            _credit_quotation(sentences, out, i, att.claimant)
        if credited is not None and att.kind == "speaker":
            # '"..."' | "- Jane Roe.": the credit line under a quotation names its speaker
            _credit_paragraph(out, sentences, i - 1, att.claimant)
        out.append(att)
        if att.kind != "article" and att.claimant:
            quoted_names.add(att.claimant.rsplit(None, 1)[-1].lower())
        if started_inside or (has_quote and inside_after):
            group.append(i)
        if started_inside and not inside_after and group:
            # The quotation closes here: its speaker (found here or where it opened)
            # speaks every sentence of it.
            # A speaker named inside the quotation ('..., Trump said, adding, "...') wins
            # over one carried in from before it.
            speaker_att = next(
                (out[j] for j in reversed(group) if out[j].kind == "speaker"),
                next((out[j] for j in reversed(group) if out[j].kind != "article"), None),
            )
            if speaker_att is not None:
                for j in group:
                    if out[j].kind == "article" or j != group[-1]:
                        out[j] = Attribution(speaker_att.claimant, "quote", True)
                out[i] = Attribution(speaker_att.claimant, speaker_att.kind, True)
            group = []
        inside = inside_after
    if unfold:
        out = _unfolded(out, unfold, given, own.claimant)
    if any(s.speaker for s in sentences):
        out = _continued_turns(sentences, out)
    if author is not None:
        out = [
            Attribution(author, "speaker", False)
            if a.kind == "article" and _in_first_person(s.text)
            else a
            for s, a in zip(sentences, out, strict=True)
        ]
    if curled is not None and "’" not in whole:
        # a claimant as the story writes it: "Roe's aide", not "Roe’s aide"
        out = [
            replace(a, claimant=a.claimant.replace("’", "'")) if "’" in a.claimant else a
            for a in out
        ]
    if locals_joined:
        out = [
            replace(a, claimant=_JOINED_LOCAL_RE.sub(r"\1 \2", a.claimant))
            if "-" in a.claimant
            else a
            for a in out
        ]
    return out


def _unfolded(
    out: list[Attribution], unfold: dict[str, str], sentences: Sequence[Sentence], own: str
) -> list[Attribution]:
    """The claimants with their names as the text wrote them ("Émile Duroc", "Bashar
    al-Hadid"), unless the plain spelling is the text's own too ("Emile" beside "Émile":
    left as found)."""
    text = "\n".join(s.text for s in sentences)
    back = {
        plain: word
        for plain, word in unfold.items()
        # ("Al-Hadid" opening a sentence is the "al-Hadid" of the full name)
        if plain.lower() == word.lower()
        or re.search(rf"(?<![\w'’-]){re.escape(plain)}(?![\w'’-])", text) is None
    }
    if not back:
        return out
    changed = re.compile("|".join(re.escape(plain) for plain in back))
    return [
        replace(a, claimant=unfolded(a.claimant, back))
        if a.claimant != own and changed.search(a.claimant)
        else a
        for a in out
    ]


# A run of word characters no name is as long as: "AbcAbcAbc..." thousands of characters
# long, pasted or hostile, makes the name patterns ("[A-Z][\w.-]*" before a verb)
# backtrack over it at every position, seconds for one sentence.
_OVERLONG_WORD_RE = re.compile(r"[\w'’.-]{64,}")
# The test first: only a capital starts a name, so only a capital is looked at (a third
# of the time of searching for any overlong run in every sentence).
_OVERLONG_CAPITALISED_RE = re.compile(r"[A-Z][\w'’.-]{63}")


def _plain(s: Sentence, unfold: dict[str, str]) -> Sentence:
    """The sentence (and its transcript label) as `plain_marks` and `fold_capitals` give
    it: attribution reads words, not offsets, so the text may get shorter."""
    # (stripped: a soft hyphen that opened the sentence leaves no space in front)
    text = fold_capitals(plain_marks(s.text), unfold).strip()
    if not text:
        # a "sentence" of marks that print nothing (a lone zero-width space between
        # paragraphs): a full stop, so that no pattern meets an empty sentence
        text = "."
    speaker = plain_marks(s.speaker) if s.speaker else s.speaker  # a label, as written
    if text == s.text and speaker == s.speaker:
        return s
    return replace(s, text=text, speaker=speaker)


# A union local's number after "Local", joined to it while attributing (the same length,
# so offsets hold) and parted again in the claimants: "Workers Union Local 88 said"; and a
# union's council, district, lodge or region ("AFSCME Council 31 director Ann Roe").
# (the first letter first, the word's start checked after it: scanned for, not tried at
# every character of the story; the same matches as r"\b(?:Local|...|Region) \d")
_UNIT_WORD_RE = re.compile(r"[LCDR](?<!\w.)(?:ocal|ouncil|istrict|odge|egion) \d")
_UNION_LOCAL_RE = re.compile(
    r"(?:(?<=\bLocal)|(?<=\bCouncil)|(?<=\bDistrict)|(?<=\bLodge)|(?<=\bRegion)) (\d{1,5})\b"
)
_JOINED_LOCAL_RE = re.compile(r"\b(Local|Council|District|Lodge|Region)-(\d{1,5})\b")


def _tamed(s: Sentence) -> Sentence:
    """The sentence with every overlong run of word characters lower-cased (the same
    length, so offsets hold): no name pattern starts inside it."""
    if len(s.text) < 64 or _OVERLONG_CAPITALISED_RE.search(s.text) is None:
        return s
    return replace(s, text=_OVERLONG_WORD_RE.sub(lambda m: m.group().lower(), s.text))


# Heads of a body, never a person named before.
_BODIES_TUPLE = (
    *("group", "organization", "organisation", "committee", "campaign", "company"),
    *("agency", "department", "firm", "union", "council", "board", "coalition"),
    *("network", "party"),
)
_BODIES = frozenset(_BODIES_TUPLE)


_IT_VERBS = (
    r"said|says|added|adds|stated|states|noted|notes|reported|reports|found|finds|showed|"
    r"shows|concluded|concludes|argued|argues|warned|warns|wrote|writes|claimed|claims|"
    r"estimated|estimates|predicted|predicts|announced|announces|urged|urges|"
    r"recommended|recommends|(?:called|calls)\s+(?:for|on)|"
    # ("It signaled two cuts next year", "It ruled that the state had overstepped")
    r"signaled|signalled|signals|(?:ruled|rules|held)(?=\s+that\b)|confirmed|confirms|"
    r"denied|denies|acknowledged|acknowledges|insisted|insists|expects|"
    # 'It called the charges "an attempt to ..."': naming in its words
    r"(?:called|calls)(?=[^\"“”]{1,60}[\"“])|"
    # "It issued a hurricane warning" (not "It issued bonds")
    r"(?:issued|issues)(?=\s+an?\s+(?:[\w-]+\s+){0,2}?(?:warning|statement|advisory|alert|"
    r"recall|notice|forecast|watch)\b)"
)
# "It said ...", "But it also warned ...", '"...," it said': a body speaking, never a
# person; not "It added up", "It shows no sign", "It said much about ...".
_IT_SAID_RE = re.compile(
    r"(?:(?:But|And|However|Still),?\s+)?It\s+(?:also\s+|later\s+|further\s+)?"
    # (not "It said no to the deal", "It added up"; but "It said no one was hurt")
    rf"(?:{_IT_VERBS})\b(?!\s+(?:up|off|out|nothing|much|little)\b|\s+no\s*(?:to\b|[.,;]|$))"
)
_IT_AFTER_QUOTE_RE = re.compile(rf"{CLOSING_MARK}\s*it\s+(?:also\s+)?(?:{_IT_VERBS})\b")
# A body or a document the sentence opens with: "The committee met ...", "The state
# Department of Labor's report, out Friday, ..." (not a name: in "The Senate passed the
# bill." | "It says ..." it is the bill).
# (the documents are groups.py's, which say things there too: "The memo said")
_IT_BODIES = (
    *_BODIES_TUPLE,
    *("ministry", "government", "court", "bank", "study", "survey", "poll", "bill", "law"),
    *("plan", "proposal", "analysis", "audit", "review", "index", "institute", "office"),
    *("bureau", "lender", "insurer", "regulator", "airline", "carrier", "hospital"),
    *sorted(KIND_NOUNS),  # ("The club had scheduled the debate." | "It said ...")
)
# Heads of a description that is no person: "the flood warning center said" after a
# governor was named is not the governor
_BODY_HEADS = frozenset(
    [
        *_IT_BODIES,
        *KIND_NOUNS,  # ("the mill", "the center", "the board": organisations.py's kinds)
        *("service", "division", "alliance", "laboratory", "lab", "station", "panel"),
        "administration",
    ]
)
_BODY_OPENER_RE = re.compile(
    r"(?:(?:But|And)\s+)?(?P<body>(?:The|Its|A|An)\s+(?:(?!(?:the|a|an)\s)[\w.&'’-]+\s+){0,4}?"
    rf"(?:{'|'.join(_IT_BODIES)}|{DOCUMENT_NOUNS}))\b(?!['’]s)"
)


# Papers of "its" own: "according to its most recent accounts", "according to figures
# published on its website"
_ITS_OWN_PAPERS_RE = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:its\s+(?:[\w-]+\s+){0,3}[\w-]+|(?:[\w-]+\s+){1,3}?"
    r"(?:published|posted|released)\s+(?:on|in)\s+its\s+[\w-]+)"
)
# A body's document by the body's kind: "the office's report", "The commission's inspection
# reports"
_KIND_DOCUMENT_RE = re.compile(
    rf"([Tt]he\s+(?:{KIND_NOUNS_RX}))['’]s\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{EVIDENCE_NOUNS}|{DOCUMENT_NOUNS})"
)
# A document, a count or a record: no "he" or "she"
_PAPER_WORD_RE = re.compile(rf"\b(?:{EVIDENCE_NOUNS}|{DOCUMENT_NOUNS})\b")
# Unnamed sources a later "the source", "the people" refers back to: how they open, the
# nouns of the later reference, and how many sentences back it looks
_UNNAMED_OPENERS = frozenset(
    ["a", "an", "one", "two", "three", "four", "five", "several", "some", "A", "An", "One"]
)
_BACK_HEADS = frozenset(
    [
        *("source", "sources", "people", "person", "official", "officials", "aide", "aides"),
        *("employee", "employees", "executive", "executives", "diplomat", "diplomats"),
        *("adviser", "advisers", "advisor", "advisors", "insider", "insiders", "staffer"),
    ]
)
_UNNAMED_WINDOW = 12
# A report, an audit or a poll introduced with whoever made it, which "the report" later
# refers to (up to _PAPER_WINDOW sentences on)
_A_PAPER_RE = re.compile(
    r"\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Nn]ew)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<paper>report|audit|study|survey|poll|analysis|review|investigation|inquiry|lawsuit|"
    r"suit|complaint)\b"
)
_PAPER_WINDOW = 10
# "he said" / "she added" closing a quotation or opening the sentence
_PRONOUN_SAID_RE = re.compile(
    r"(?:^|[,”\"]\s*)(?:[Hh]e|[Ss]he)\s+(?:also\s+)?(?:said|says|added|told|wrote|recalled)\b"
)
# A person's full name (an initial between), then an apposition: "Becca Roe, a nurse",
# "Gary R. Holt, who ..." (the newcomer and the bare-quotation rules)
_APPOSED_FULL_NAME = (
    r"(?<![\w'’])(?P<name>[A-Z][a-z][\w'’.-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w'’-]*)+),\s+"
)
# A sentence that opens with a name and an apposition: "Becca Roe, a nurse at the clinic,"
_OPENS_APPOSED_RE = re.compile(rf"{_APPOSED_FULL_NAME}(?:an?|the)\s")
# What a company is described as by its trade ("the Seattle-based retailer"): not "the
# firm" or "the group", as often another one (a law firm, a lobby group); "the airline",
# "the insurer" are organisations.py's kinds
_TRADES = frozenset(
    [
        *("maker", "retailer", "chain", "operator", "producer", "supplier", "manufacturer"),
        *("provider", "developer", "giant"),
        *("conglomerate", "startup", "start-up", "automaker", "carmaker", "drugmaker"),
        *("publisher", "broadcaster", "distributor", "grocer", "builder"),
    ]
)
# "..., the company said Wednesday." closing a sentence
_TRAILING_THE_KIND_RE = re.compile(
    r",\s+the\s+(?P<kind>[a-z]+)\s+(?:said|says|added|announced|reported|confirmed)"
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?(?:\s+in\s+an?\s+(?:statement|filing|release))?\s*\.?$"
)
# A name the sentence opens with, before a lower-case verb: "Tallowmere Software will"
_BODY_NAME_WORDS = r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
_BODY_NAME = rf"{_BODY_NAME_WORDS}\s+[a-z]"
# (after an apposition or a clause too: "Corvalis Health, the country's third-largest
# insurer, will", "Brennock United, which was relegated in 2023, has")
_NAME_OPENS_RE = re.compile(
    rf"{_BODY_NAME_WORDS}(?:,\s+(?:the|a|an|its|which|who)\s+[^,;\"“”]{{1,120}},)?\s+[a-z]"
)
# The name a body opening the sentence is given: "The software company | Auralis will"
_NAME_AFTER_BODY_RE = re.compile(rf"\s+{_BODY_NAME}")
# What a sentence closed by "it said" opens with, when it is no "The <kind>": a body's
# name ("Acme Corp. cut 300 jobs, it said", "The Bank of England held rates"), a kind of
# body owned by a place or a name ("Mexico's central bank cut ..."), or a body owning what
# moved ("The company's profit rose 8%, it said").
_NAMED_BODY_OPENS_RE = re.compile(
    r"(?:(?:But|And)\s+)?(?P<name>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?|&\s+)?"
    r"[A-Z][\w&'’.-]*){0,5})\s+[a-z]"
)
_OWNED_BODY_OPENS_RE = re.compile(
    r"(?:(?:But|And)\s+)?(?P<body>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}(?:['’]s|(?<=s)['’])\s+"
    rf"(?:(?!(?:the|a|an)\s)[\w-]+\s+){{0,3}}?(?:{'|'.join(_IT_BODIES)}))\b(?!['’])"
)
_BODY_OWNS_OPENS_RE = re.compile(
    r"(?:(?:But|And)\s+)?(?P<body>(?:The|Its)\s+(?:(?!(?:the|a|an)\s)[\w.&'’-]+\s+){0,4}?"
    rf"(?:{'|'.join(_IT_BODIES)}))['’]s\s"
)
# "it said" closing the sentence, after a comma: "..., it said.", "..., it added on Monday."
_TRAILING_IT_RE = re.compile(
    rf",\s+it\s+(?:also\s+)?(?:{_IT_VERBS})(?:\s+(?:on\s+)?(?:{_WEEKDAYS})|\s+in\s+a\s+"
    r"(?:statement|filing|report|letter))?\s*[.!]?$"
)


def _it_source(
    text: str,
    sentences: Sequence[Sentence],
    out: Sequence[Attribution],
    i: int,
    bodies: set[str],
) -> str | None:
    """What "it" speaking refers to: the organisation, document or poll that spoke in the
    sentence just before, in this paragraph or the one before ("The ministry said ..." |
    "It added ..."), or that the sentence just before opens with ("A federal appeals court
    ruled on Monday." | "It said ..."); nothing when a person or a group spoke last.
    `bodies` are the claimants known to be organisations ("Quenby", "Kestrel Pipelines")."""
    if _IT_SAID_RE.match(text) is None and _IT_AFTER_QUOTE_RE.search(text) is None:
        if _TRAILING_IT_RE.search(text) is None:
            return None
        # "The lender has spent 90 million euros on its systems, it said.": the body this
        # sentence opens with, closing it with "it said"
        opener = _BODY_OPENER_RE.match(text)
        if opener is not None:
            named = _NAME_AFTER_BODY_RE.match(text, opener.end())
            # ("The software company Auralis will cut 900 jobs, it said.": the name)
            return (
                named.group("name") if named is not None else _lower_article(opener.group("body"))
            )
        owned = _OWNED_BODY_OPENS_RE.match(text) or _BODY_OWNS_OPENS_RE.match(text)
        if owned is not None:
            return _lower_article(owned.group("body"))
        named = _NAMED_BODY_OPENS_RE.match(text)
        if named is not None:
            name = named.group("name")
            head = name.split(" of ")[0].split(" for ")[0]
            if name in bodies or names_a_body(head) or names_a_body(name):
                name = name.rstrip(".")  # as when it says: "Acme Corp", "the Bank of England"
                return "the " + name[4:] if name.startswith("The ") else name
        # ("Revenue slipped 3 %, it said.": the body that spoke just before)
    return _body_before(sentences, out, i, bodies)


def _body_before(
    sentences: Sequence[Sentence], out: Sequence[Attribution], i: int, bodies: set[str]
) -> str | None:
    """The organisation, document or poll that spoke in the sentence just before, in
    this paragraph or the one before, or that the sentence just before opens with: what
    "it" and "its" refer to."""
    if i == 0 or sentences[i - 1].paragraph < sentences[i].paragraph - 1:
        return None
    att = out[i - 1]
    if att.kind != "article":
        body = att.claimant
        if body in bodies:
            return body
        return None if maybe_person(body) or is_plural(body) else body
    opener = _BODY_OPENER_RE.match(sentences[i - 1].text)
    if opener is not None:
        return _lower_article(opener.group("body"))
    named = _NAME_OPENS_RE.match(sentences[i - 1].text)
    if named is not None and names_a_body(named.group("name")):
        # "Corvane Chemical Works was charged on Monday." | 'It called the charges “...”'
        name = named.group("name")
        return "the " + name[4:] if name.startswith("The ") else name
    if (
        named is not None
        and _no_persons_name(named.group("name"))
        # (its verb next: not "The Arizona case faces ...", a name before a noun)
        and _VERB_NEXT_RE.match(sentences[i - 1].text, named.end("name"))
        # (not a text it acted on: "The Senate passed the bill." | "It says ...": the bill)
        and _ACTED_ON_TEXT_RE.search(sentences[i - 1].text) is None
    ):
        # "The Federal Reserve held rates steady." | "It signaled two cuts ...", "Brightwater
        # Beverages recalled the cans." | "It said ...": "it" names no person
        name = named.group("name")
        return "the " + name[4:] if name.startswith("The ") else name
    return None


# A verb right after a name: a past or present form, an auxiliary, or a frequent
# irregular past ("The Supreme Court struck down ...").
_VERB_NEXT_RE = re.compile(
    r"\s+(?:(?:also|again|then|later|now)\s+)?(?:[a-z]{2,}(?:ed|es)|[a-z]{3,}[^s\W]s|has|had|is|"
    r"was|will|would|can|could|did|does|held|cut|said|told|won|lost|met|sent|set|put|made|"
    r"took|gave|got|ran|rose|fell|paid|sold|bought|kept|left|led|hit|quit|shut|spent|built|"
    r"struck|began|brought|fought|found|chose|drew|threw|wrote|spoke|broke)\b"
)


# A text the sentence names, which a later "it" may be: "passed the bill", "a new law".
_ACTED_ON_TEXT_RE = re.compile(
    rf"\b(?:the|a|an|its)\s+(?:[a-z-]+\s+){{0,2}}(?:bill|law|measure|plan|proposal|rule|"
    rf"regulation|treaty|agreement|budget|{DOCUMENT_NOUNS})\b"
)


def _no_persons_name(name: str) -> bool:
    """Whether capitalised words a sentence opens with cannot be a person's name: two or
    more words, the first no given name nor title, and no gender known for them."""
    words = name.split()
    return (
        len(words) > 1
        and words[0].lower() not in GIVEN_NAMES
        and words[0].lower() not in _ROLE_WORDS
        and words[0].lower().rstrip(".") not in _ROLE_WORDS
        and name_gender(name) is None
    )


def _whole_organisation(text: str, phrase: str, book: NameBook) -> str:
    """An organisation the sentence names in full, where the patterns took only its last
    words: "The Brennan Center for Justice noted" gives the whole name, not "Justice"; "The
    Centers for Disease Control and Prevention estimates" not "Prevention". A person's name
    is left as it is ("Secretary of State Jo Roe said" is Jo Roe)."""
    at = text.find(phrase)
    if at <= 0 or text[at - 1] != " " or not phrase.rsplit(None, 1)[-1][:1].isupper():
        return phrase  # (not a group: "Some of | Roe's allies")
    start = org_start(text, at)  # "The Centers for Disease Control and | Prevention"
    if start == at:
        return phrase
    words = phrase.split()
    if (
        clean_name(phrase) != phrase  # "Relations Director Ada Roe": a titled person
        or is_place(phrase)  # "Georgia and | Virginia" are places, not one organisation
        # a person: "Clinton" is "Hillary Clinton", whose given name is known
        or name_gender(book.by_surname.get(words[-1].lower(), phrase)) is not None
    ):
        return phrase
    before = text[start:at].split()
    for k in range(len(before) - 1, -1, -1):
        if _NOT_IN_NAMES_RE.search(before[k]) or before[k].lower() in _REPORTING_WORDS:
            # "the Roe-run | State Department", "Said | Comey": a name starts after it
            before = before[k + 1 :]
            break
    while before and (before[0] in _LEADING_FUNCTION_WORDS or before[0] in _OPENERS):
        if before[0] in ("The", "the"):
            break
        before = before[1:]  # "But", "In": the sentence's words, not the name's
    if not before or before[-1] in ("the", "The"):
        return phrase
    if before[-1].lower().rstrip(".") in _ROLE_WORDS:
        return phrase  # "President | Obama", "Gov. | Roe"
    if (
        len(before) > 1
        and before[-1] == "and"
        and name_gender(book.by_surname.get(before[-2].lower(), "")) is not None
    ):
        return phrase  # "Trump and | Lewandowski": two people
    if (
        len(before) == 2
        and before[1] == "and"
        and (before[0] in _DATE_WORDS or phrase.lower() in book.by_surname)
    ):
        return phrase  # "met on Monday and | Roe said", "Pike and | Roe", Roe known
    whole = " ".join([*before, phrase])
    return "the " + whole[4:] if whole.startswith("The ") else whole


# The last words of a body's name that "the" goes with: "the Labor Department", "the
# Associated Press".
_THE_HEADS = frozenset(
    [
        *("department", "ministry", "office", "agency", "bureau", "commission", "committee"),
        *("council", "institute", "administration", "board", "press", "service", "authority"),
    ]
)
# "Roe-run", "Reuters’", "CNN's": a name starts after these words
_NOT_IN_NAMES_RE = re.compile(r"-[a-z]|['’]s?$")
_OPENERS = _OPENING_CONJUNCTIONS | {"Regardless"}


# A paragraph that ends introducing a quotation with a verb or noun of saying: "Roe
# wrote:", "Roe said in a statement:", "Roe argued that:", "Roe released a statement:".
# Not one that goes on to another clause: "Roe said the changes include:" (a list).
_SAYS_BEFORE_COLON_RE = re.compile(
    rf"\b(?:(?:{_REPORTING_VERBS})"
    r"|statement|tweet|post|message|letter|remarks|comments)"
    r"(?:\s+(?!(?:that|where|which|who|what|how|why|include|includes|are|is)\b)[\w'’.,-]+){0,5}"
    r"(?:\s+that)?:$"
)
# The verb before its speaker: "Stated Stone:", "Added Gov. Jo Roe:".
_INVERTED_COLON_RE = re.compile(
    rf"(?i:{_REPORTING_VERBS})\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}):$"
)
# A sentence that opens with its speaker and verb: "Roe said Tuesday.", "Sen. Jo Roe asked".
_SPEAKER_FIRST_RE = re.compile(rf"(?:[A-Z][\w'’.-]*\s+){{1,6}}(?:also\s+)?(?:{_REPORTING_VERBS})\b")
_QUOTED_RUN = 6  # sentences a quotation may run back from its closing mark


def _subject_before(
    sentences: Sequence[Sentence],
    out: Sequence[Attribution],
    i: int,
    book: NameBook,
    pronoun: str,
    opened: int,
) -> str | None:
    """The person the sentence before opens with, when that sentence is the outlet's own
    narration: in "Sen. Ann Kirby is an underdog in her race." | "She said last week ..."
    Kirby speaks, and in "Rubio disagreed." | '"Leadership is solving problems," he
    said.' Rubio does, whoever spoke last. A pronoun further into the sentence ("In a
    1963 speech, he declared") takes only a full name whose given name is known
    ("George Wallace", not "Most Southern"). `opened` is where the quotation the pronoun
    closes opened (a quotation of several sentences), else `i`: the narration before it
    counts."""
    if opened == 0 or len(out) < opened or out[opened - 1].kind != "article":
        return None
    if opened < i and OPENS_WITH_QUOTE_RE.match(sentences[opened].text) is None:
        return None  # 'Roe seemed irritated: “It's public! | Email it,” she wrote': Roe's
    j = opened - 1
    gendered = False  # whether a sentence followed back spoke of someone as `pronoun`
    full: str | None = None
    looked = -1  # the sentence `full` was looked for in
    while j > max(0, opened - _PRONOUN_CHAIN) and out[j - 1].kind == "article":
        before = sentences[j].text
        if (
            before.startswith(f"{pronoun.capitalize()} ")
            # ("In an interview that year, he was asked what happened.": after a phrase)
            or _fronted_subject(before) == pronoun
        ):
            # "Tennis great Billie Jean King remembered Ali." | "She witnessed the
            # fight." | '"...," she said': the same pronoun opens each narration sentence
            # back to the person who opened the first.
            gendered = True
            j -= 1
            continue
        full, looked = _opening_person(before, book), j
        if full is not None:
            break  # ("Asked what he had written, Roe smiled.": Roe)
        if _pronoun_only(before, pronoun, book):
            # ("The campaign was the first time she had been involved, and she doubts
            # ...": the pronoun further in, when the sentence opens with nobody)
            gendered = True
        elif not _names_nobody(before, len(before), PRONOUN_GENDER[pronoun], book):
            break
        # ("Pollster Al Roe is skeptical. | But the candidate could change the subject. |
        # '"...," he said': past narration that names nobody, to the one who opened it)
        j -= 1
    if looked != j:
        full = _opening_person(sentences[j].text, book)
    if full is None:
        return None
    text = sentences[i].text
    at_start = text.startswith(("He ", "She ")) or (
        OPENS_WITH_QUOTE_RE.match(sentences[opened].text) is not None
        and _PRONOUN_AFTER_QUOTATION_RE.search(text) is not None
    )
    # (followed back through the same pronoun, the person is its gender)
    return full if at_start or gendered or name_gender(full) is not None else None


# A capitalised word and the one after it (an initial between): "Secretary Clinton",
# "Hillary R. Clinton's"
_TITLED_WORD_RE = re.compile(r"\b([A-Z][a-z]+)\.?\s+(?:[A-Z]\.\s+)?(?=([A-Z][\w-]*))")
# A capitalised word, an apostrophe's "s" with it ("Clinton's"). (Defined once: a second
# definition further down, the one every call read, had shadowed a first without "'".)
_CAPITALISED_WORD_RE = re.compile(r"\b[A-Z][\w'’-]+")


def _titled_words(text: str) -> frozenset[str]:
    """The words `text` puts after a given name or a title, in one pass: the surnames of
    people ("Hillary Clinton's", "Secretary Clinton"), wherever the text names them."""
    found: set[str] = set()
    for m in _TITLED_WORD_RE.finditer(text):
        before = m.group(1)
        if before.lower() in _ROLE_WORDS or name_gender(before) is not None:
            found.add(m.group(2))
    return frozenset(found)


# One the narration introduces by a kin noun and a given name: "Her husband, Walt, ..."
_KIN_GIVEN_RE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?P<kin>[a-z]+),\s+(?P<given>[A-Z][a-z]+),"
)
# A person the narration introduces by full name and apposition: "Some defenders of
# free trade, like Gary Holt, a senior fellow at the Linden Institute, concede that ..."
_INTRODUCED_RE = re.compile(rf"{_APPOSED_FULL_NAME}(?:an?|the|who|whose)\s")


def _newcomer_before(
    sentences: Sequence[Sentence],
    out: Sequence[Attribution],
    opened: int,
    pronoun: str,
    first_mentions: Callable[[], dict[str, int]],
) -> str | None:
    """The one person the sentence before introduces, by full name and an apposition, for
    the first time in the text, whose given name shows the pronoun's gender, when that
    sentence is narration or a group's: the next "he" or "she" is that person ('..., like
    Gary Holt, a senior fellow at the Linden Institute, concede that ...' | '"...," he
    said.'), whoever spoke before. `first_mentions` gives each capitalised word's first
    sentence."""
    if opened == 0 or out[opened - 1].kind not in ("article", "group"):
        return None
    before = sentences[opened - 1].text
    found = {
        m.group("name") for m in _INTRODUCED_RE.finditer(before) if maybe_person(m.group("name"))
    }
    if not found and ", " in before:
        # "Her husband, Walt, who cooks the breakfasts, put it more bluntly." | '"...," he
        # said': one named by a given name only, whose kin noun shows the gender
        kin = _KIN_GIVEN_RE.search(before)
        if kin is not None and noun_gender(kin.group("kin")) == PRONOUN_GENDER[pronoun]:
            return kin.group("given")
    if len(found) != 1:
        return None
    (name,) = found
    if first_mentions().get(name.split()[-1], opened) < opened - 1:
        return None  # named before: not a newcomer
    # (a given name that shows the pronoun's gender: not "In September, the home of ...")
    return name if name_gender(name) == PRONOUN_GENDER[pronoun] else None


# A spokesperson for someone named, and the same one later: "a spokesman for Ostrander",
# "a spokeswoman for the agency, Tamsin Greer,"
_SPOKESPERSON_FOR_RE = re.compile(
    r"\b[Aa]n?\s+spokes(?:man|woman|person)\s+for\s+(?:[A-Z]|the\s+[a-z]+,\s+[A-Z])"
)
_THE_SPOKESPERSON = frozenset(["the spokesman", "the spokeswoman", "the spokesperson"])
# A spokesperson of a body the story names by its kind: "a company spokesperson"
_KIND_SPOKESPERSON_RE = re.compile(
    rf"(?:[Aa]n?|[Tt]he)\s+(?P<kind>{KIND_NOUNS_RX})\s+"
    r"(?:spokesman|spokeswoman|spokesperson|representative)"
)
# A plural of common words a sentence opens with, before where they are or a verb: "Dock
# workers | in the harbour are split", "Small business owners | say".
_PLURAL_OPENER_RE = re.compile(
    r"(?!(?:The|But|And|Such|These|Those|Some|Many|Most|More|All|Other|Major|Several)\s)"
    r"(?P<group>[A-Z][a-z]+(?:\s+[a-z][\w-]*){0,2}?\s+[a-z][\w-]*(?:s|men))"
    r"(?=\s+(?:in|of|at|from|across|are|were|have|had|remain|remained|say|said|"
    # ("District officials called the demand unaffordable." | "They said ...": a past
    # tense of any verb)
    r"[a-z]{3,}ed)\b)"
)
# Plural nouns of people by their ending: workers, owners, activists, Democrats, officials,
# executives, advocates ...
# The same with its article: "The researchers, led by ..., analyzed data.", "The workers
# walked out" (a people's word, checked against _PEOPLE_ENDINGS).
_THE_PLURAL_OPENER_RE = re.compile(
    r"(?P<group>The\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?:s|men))"
    r"(?=,|\s+(?:in|of|at|from|are|were|have|had|say|said|[a-z]{2,}ed)\b)"
)
_PEOPLE_ENDINGS = (
    *("ers", "ors", "ists", "ians", "ants", "ents", "men", "crats", "cans", "ials"),
    *("tives", "cates", "gates"),
)
# A share of a group: "Many of them say", "Some of those said".
_SHARE_OF_THEM_RE = re.compile(
    r"(?i:many|some|most|several|few|a\s+few|both|all|half|two|three|a\s+number|"
    r"a\s+majority|the\s+majority)\s+of\s+(?:them|those)"
)
# Three or more names listed: "Pike, Roe and Lind".
_LISTED_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_NAMES_LISTED_RE = re.compile(
    rf"(?:{_LISTED_NAME},\s+){{1,5}}{_LISTED_NAME}\s+and\s+{_LISTED_NAME}"
)
# "One of them said", "One of the stewards added", "One said": a member of the group that
# spoke just before
_ONE_OF_THEM_RE = re.compile(
    r"(?:(?:But|And)\s+)?[Oo]ne(?:\s+of\s+(?:them|those|the\s+(?P<noun>[a-z]+)))?"
    r"\s+(?:also\s+|later\s+)?(?:said|says|told|added|wrote|noted|warned)\b"
)


def _introduced_before(
    sentences: Sequence[Sentence],
    out: Sequence[Attribution],
    i: int,
    opened: int,
    book: NameBook,
) -> str | None:
    """The person the sentence of narration just before sentence `i` (or before the
    quotation it closes, which opened at sentence `opened`) opens with, in the same
    paragraph."""
    j = opened - 1
    if j < 0 or out[j].kind != "article" or sentences[j].paragraph != sentences[i].paragraph:
        return None
    return _opening_person(sentences[j].text, book)


def _opening_person(before: str, book: NameBook) -> str | None:
    """The full name of the person a sentence of narration opens with, if it opens
    with one."""
    for find in (
        _opening_subject,
        _fronted_subject,
        _the_apposed,  # "One delegate, party chairwoman Ana Roe, pledged her vote"
        # "The moderators were ready to move on, but Roe wasn't having it." | '"...," he
        # said': the one the clause after "but" is about
        _but_subject,
        _named_subject,  # "Outside the plant, a worker named Ana Roe has ..."
    ):
        opener = find(before)
        if opener is not None:
            full = book.resolve(opener)
            if len(full.split()) >= 2 and maybe_person(full):
                return full
    return None


_PRONOUN_WORD_RE = {"he": re.compile(r"\bhe\b"), "she": re.compile(r"\bshe\b")}


def _pronoun_only(text: str, pronoun: str, book: NameBook) -> bool:
    """Whether a sentence of narration speaks of someone as `pronoun` ("he"/"she")
    further in, naming before it no person who could be that one: in "The campaign
    was the first time she had been involved" the pronoun is still the one named
    before; in "And even Obama tried to help, noting that he'd demur" it is Obama."""
    m = _PRONOUN_WORD_RE[pronoun].search(text)
    return m is not None and _names_nobody(text, m.start(), PRONOUN_GENDER[pronoun], book)


# How many sentences back a "he" or "she" that no nearer speaker agrees with looks for the
# last speaker who does.
_EARLIER_SPEAKERS = 40
# Nouns for one unnamed person that show a gender: "the man", "a woman" (not "the
# businessman", an epithet for someone the story named).
_UNNAMED_GENDERS = {"man": "m", "woman": "f", "boy": "m", "girl": "f", "gentleman": "m"}


def _unnamed_gender(described: str) -> str | None:
    """The gender one described, not named, shows by the head noun: "the man" m, "the
    woman" f, "a retired nurse" none (only "the"/"a"/"an"/"one" descriptions)."""
    words = described.split()
    if len(words) < 2 or words[0].lower() not in ("the", "a", "an", "one"):
        return None
    return _UNNAMED_GENDERS.get(words[-1].lower())


def _spoke_last(
    out: Sequence[Attribution], sentences: Sequence[Sentence], who: str, gender: str, book: NameBook
) -> bool:
    """Whether `who` is the claimant of the sentence before, or of the one before that
    when the narration between names no one of `gender`: '"...," said the man.' | "Now
    52, he has worked there for 30 years." | '"...," he said.'"""
    if not out:
        return False
    if out[-1].claimant == who:
        return True
    j = len(out) - 1
    return (
        j >= 1
        and out[j].kind == "article"
        and out[j - 1].claimant == who
        and sentences[j].paragraph - sentences[j - 1].paragraph <= 1
        and _names_nobody(sentences[j].text, len(sentences[j].text), gender, book)
    )


def _names_nobody(text: str, end: int, gender: str, book: NameBook) -> bool:
    """Whether the text before `end` names no one who could be a person of `gender`
    ("m"/"f"): no name but of people known to be of the other gender, dates ("Sunday")
    and names of no person ("the Senate")."""
    for w in _CAPITALISED_WORD_RE.finditer(text, 0, end):
        word = w.group().removesuffix("'s").removesuffix("’s")
        if w.start() == 0 and (
            word in _LEADING_FUNCTION_WORDS
            or word in _OPENERS
            # "Dismayed by the result, he ...": a participle or an adverb, no name
            or (word.endswith(("ed", "ing", "ly")) and word.lower() not in book.by_surname)
        ):
            continue
        full = book.by_surname.get(word.lower())
        if full is None and (word in _DATE_WORDS or not maybe_person(word)):
            continue
        if full is None or (book.genders.get(full) or name_gender(full)) in (None, gender):
            # a name of that gender, or one whose gender nothing shows ("Obama")
            return False
    return True


# How many narration sentences opening with the same "He" or "She" are followed back.
_PRONOUN_CHAIN = 3
# '"...," he said': the pronoun speaks right after the quotation's closing mark.
_PRONOUN_AFTER_QUOTATION_RE = re.compile(rf"{CLOSING_MARK}\s+(?:he|she)\s")


# What a described speaker or a group may open with, lower-cased in a claimant when no
# name follows ("The Hill" stays), or always: a quantifier opens no name.
_LOWERED_OPENERS = frozenset(["The", "A", "An", "Another", "One"])
_NAME_PARTICLES = frozenset(["of", "for", "and", "the", "on", "in", "at", "to", "&"])
_QUANTIFIER_OPENERS = frozenset(
    [
        *("Several", "Some", "Many", "Most", "Few", "Both"),
        *("Just", "About", "Nearly", "Almost", "Roughly", "Only"),  # "About two-thirds"
    ]
)


def _lower_article(phrase: str) -> str:
    """ "the poll", "a new survey", "the self-described democratic socialist" as a
    claimant, whatever the sentence opened with; a name keeps its article ("The Hill")."""
    head, _, rest = phrase.partition(" ")
    last = rest.rsplit(None, 1)[-1] if rest else ""
    # ("the 52-year-old", "the Texas Democrat": an age or a party's member is no name)
    if (
        (head in _QUANTIFIER_OPENERS and rest)
        or (
            head in _LOWERED_OPENERS
            and (last[:1].islower() or last[:1].isdigit() or last in PARTY_MEMBERS)
        )
        # "A county poll released by the Courier": "a" opens no name with a common noun in
        # it (but "The Center for Public Integrity" keeps its article)
        or (
            head in ("A", "An")
            and any(w[:1].islower() and w not in _NAME_PARTICLES for w in rest.split())
        )
    ):
        return f"{head.lower()} {rest}"
    return phrase


def _group_before(
    sentences: Sequence[Sentence],
    out: Sequence[Attribution],
    i: int,
    last_group: tuple[str, int] | None,
    book: NameBook,
) -> str | None:
    """Who "they" are: the group the narration just before opens with ("Millennials have
    reached a consensus." | "By 2-1, they say ..."), else the group that spoke last, in
    this paragraph or the one before ("Critics argue ..." | "They say ...")."""
    if out and out[-1].kind == "article":
        before = sentences[i - 1].text
        opener = _opening_subject(before)
        if opener is None or not is_plural(opener):
            # ("Dock workers in the harbour are split." | "Many of them say ..."): a
            # plural of common words the name patterns do not read; "The researchers,
            # led by ..., analyzed data." | "They estimate ...": with its article
            common = _PLURAL_OPENER_RE.match(before) or _THE_PLURAL_OPENER_RE.match(before)
            if common is not None and common.group("group").rsplit(None, 1)[-1].endswith(
                _PEOPLE_ENDINGS
            ):
                opener = common.group("group")
                if opener.startswith("The "):
                    opener = "the " + opener[4:]  # (as a claimant: "the researchers")
        if (
            opener is not None
            and is_plural(opener)
            and name_gender(book.resolve(opener)) is None  # not "Sanders", a person
        ):
            # ("People briefed on the talks were adamant." | "And they insisted ...")
            at = before.find(opener)
            return opener + knowing_after(before, at + len(opener)) if at >= 0 else opener
        pair = _OPENING_PAIR_RE.match(before)
        if pair is not None:
            # "Economists Ada Pike and Jo Renner published a study." | "They think ...":
            # the two the narration opens with, by their full names
            first, second = book.resolve(pair.group("a")), book.resolve(pair.group("b"))
            if maybe_person(first) and maybe_person(second) and " " in first and " " in second:
                return f"{first} and {second}"
    if last_group is not None and last_group[1] >= sentences[i].paragraph - 1:
        return last_group[0]
    return None


def _says_whose(description: str) -> bool:
    """Whether a description says whose it is: "an aide to Ed Rudd", "a spokesman for X",
    "a source at Roe Corp.", "one operative inside Roe Tower", "a member of Congress"."""
    if " of " in description and description.split(None, 1)[0].lower() in _ONE_PERSON:
        return True  # one of many ("a member of Congress"), not a role ("the CEO of X")
    return any(w in description for w in (" to ", " for ", " at ", " inside ", " with "))


def _outlet_key(name: str) -> str:
    """A name as an outlet's: letters and digits only, without "the" ("The Ledger",
    "the Ledger" and "ledger"; "HuffPost" and "huff-post")."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^\s*the\s+", "", name.lower()))


def _refers_back(description: str) -> bool:
    """Whether a description after a quotation is the one quoted before it: "the former
    governor", "the real estate developer"; not someone else ("one user", "his wife", "a
    senior aide") nor a group ("the committee chairmen") nor an unnamed source ("the second
    official")."""
    words = description.split()
    head = words[-1].lower()
    return (
        words[0].lower() == "the"
        # ("the county's finance director": someone a body has, new to the story unless
        # the book gave them that role)
        and not any(w.endswith(("'s", "’s")) for w in words[1:-1])
        and not head.endswith(("s", "men", "people"))
        and head not in UNNAMED_NOUNS
        and head not in _ANYONE
        and head not in _BODY_HEADS  # "the rights group": not the person quoted before
    )


# "his office", "her longtime lawyers": a person's pronoun and what they own
_PRONOUN_OWNS_RE = re.compile(
    r"(?P<pron>[Hh]is|[Hh]er)\s+(?P<rest>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
)
# One surname's: "Delgado's campaign", "Hale's chief of staff" (the owner one word).
_NAME_OWNS_RE = re.compile(
    r"(?P<owner>[A-Z][\w-]*)['’]s\s+(?P<rest>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
)
# A lower-case owner and what it owns: "swimmer's mother", "company's legal team".
_OWNED_LOWER_RE = re.compile(r"[a-z][\w -]*['’]s\s")
# A role's holder and what they own: "The governor's spokesman", "the prime minister's
# official spokesman" (a qualifier before the role too).
_ROLE_ALTERNATIVES = "|".join(map(re.escape, sorted(_ROLE_WORDS, key=len, reverse=True)))
_ROLE_OWNS_RE = re.compile(
    rf"[Tt]he\s+(?P<role>(?:[a-z]+\s+)?(?:{_ROLE_ALTERNATIVES}))"
    r"['’]s\s+(?P<rest>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
)
_HONORIFIC_OWNER_RE = re.compile(r"\b(?P<title>Mrs?\.|Ms\.|Miss)\s+(?P<owner>[A-Z][\w-]*)['’]s\s")
# What a person owns that speaks: their office, staff, lawyers, doctor.
_OWNED_BY_ONE = frozenset(
    [
        *("campaign", "office", "adviser", "advisers", "advisor", "advisors", "aide", "aides"),
        *("spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "attorney"),
        *("attorneys", "allies", "supporters", "staff", "team", "administration"),
        *("physician", "doctor"),
        # those for or against them: "Her critics say ..." is Ada Pike's critics
        *("critics", "opponents", "detractors", "backers", "defenders", "donors"),
        # (not kin or friends: "Alastair Osman called him a kind man ..., his brother
        # added" is the brother of the one the story is about, who is no speaker)
    ]
)


# Two people a sentence opens with, a plain word before them: "Economists Ada Pike and Jo
# Renner published ...", "Ada Pike and Jo Renner met ..." (then the verb, no comma).
_OPENING_PAIR_RE = re.compile(
    rf"(?:[A-Z][a-z]+\s+(?=[A-Z]))?(?P<a>{_NAME_PHRASE})\s+and\s+(?P<b>{_NAME_PHRASE})"
    r"(?=\s+[a-z]{2,}\b)"
)


def _pair_before(sentences: Sequence[Sentence], i: int, book: NameBook) -> tuple[str, str] | None:
    """The two people a sentence just before ``i`` names together ("Ada Pike and Jo Renner
    met ..."), by their full names, for "the former", "the latter" and "Both women"."""
    for j in range(i - 1, max(-1, i - 4), -1):
        pair = _TWO_NAMES_RE.search(sentences[j].text)
        if pair is None:
            continue
        first, second = book.resolve(pair.group("a")), book.resolve(pair.group("b"))
        if maybe_person(first) and maybe_person(second) and " " in first and " " in second:
            return first, second
    return None


# A person and their own people: "Ortiz and his colleagues", "Pike and her aides".
_NAME_AND_THEIRS_RE = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+and\s+"
    r"(?P<theirs>(?:his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
)
# A turn of a transcript quoted whole: the opening mark, then a label in capitals.
_QUOTED_LABEL_RE = re.compile(r"[\"“](?P<label>[A-Z][A-Z.'’ -]{1,30}):\s")
# A line that announces a transcript: "Transcript as follows:", "Partial transcript:".
_TRANSCRIPT_INTRO_RE = re.compile(
    r"(?:(?:Partial|Full|Complete|Edited|Abridged)\s+)?[Tt]ranscripts?"
    r"(?:\s+(?:as\s+follows|below|follows|excerpts?))?\s*:"
)


def _office_of_one(description: str) -> bool:
    """Whether a description is an office one person holds, the story having named no
    one with it: "the chancellor", "the former governor" (not "the department", "the
    officials")."""
    head = description.rsplit(None, 1)[-1]
    return (
        description[:4] == "the "
        and head in _ROLE_WORDS
        and head not in _ORG_HEADS
        and not is_plural(description)
        and _refers_back(description)
    )


def _genders_agree(first: str | None, second: str | None) -> bool:
    """Whether two genders, either unknown (None), can be one person's."""
    return first is None or second is None or first == second


def _nobody_else_since(
    sentences: Sequence[Sentence], i: int, described: str, earlier: str, book: NameBook
) -> bool:
    """Whether the sentence before sentence `i` and sentence `i` up to `described` name no
    person but `earlier` ("Fleischer said. | More troubling was Trump's refusal. | Instead,
    the businessman has insisted": Trump, not Fleischer)."""
    text = sentences[i].text
    span = text[: max(0, text.find(described))]
    if i > 0:
        span = sentences[i - 1].text + "\n" + span
    # (the book may hold a name as first met, possessive and all: "Ted Cruz's")
    named = [
        book.by_surname.get(word.lower()) or book.by_surname.get(word[:-2].lower())
        for word in _CAPITALISED_WORD_RE.findall(span)
    ]
    return all(
        p.removesuffix("'s").removesuffix("’s") == earlier
        for p in named
        if p is not None and maybe_person(p)
    )


# What a story calls one it has named, by what they are rather than an office: "the
# candidate", "the billionaire" (an office, "the senator", is the one given that title)
_EPITHETS = frozenset(
    [
        *("candidate", "nominee", "front-runner", "frontrunner", "hopeful", "contender"),
        *("challenger", "incumbent", "businessman", "businesswoman", "billionaire", "mogul"),
        *("tycoon", "magnate", "developer", "lawmaker", "politician", "congressman"),
        *("congresswoman", "actor", "actress", "singer", "rapper", "comedian"),
        # a trade, for one quoted just before: "..., said Jo Roe of the bank. The economist
        # said ..." (not an office, which the book gives its holder)
        *("economist", "analyst", "historian", "scientist", "researcher", "professor"),
        *("pollster", "strategist", "consultant", "activist", "organizer", "lawyer"),
        *("attorney", "doctor", "physician", "nurse", "teacher", "farmer", "author"),
        *("writer", "columnist", "expert", "scholar", "engineer", "investor", "founder"),
        *("epidemiologist", "meteorologist", "physicist", "veteran", "pastor", "coach"),
    ]
)


# Heads that describe anyone at all, never one person named before.
_ANYONE = frozenset(["man", "woman", "boy", "girl", "user", "commenter", "reader", "caller"])


def _goes_on_quoting(before: Attribution, text: str) -> bool:
    """Whether a paragraph opening with ``text`` goes on with the speaker of the sentence
    before it (``before``, the last of the paragraph before)."""
    if before.claimant in _QUANTIFIER_SUBJECTS:
        return False
    if before.kind == "speaker":
        return True
    if before.kind == "quote":
        # A paragraph of quotation after one that ended quoting someone goes on quoting
        # them: '... is just sad.”' | '“Then you have ...'
        return _mostly_quoted(text)
    return (
        before.kind == "source"
        # ("One welder said the trucks were late." | '"We saw it coming," she said.')
        and (before.direct_quote or before.claimant.split(None, 1)[0] in _ONE_PERSON)
        and (
            # '"...," said one Republican involved in the planning.' | '"...': an
            # unnamed source quoted goes on, and so does a named body: '"...," The
            # Blaze reported.' | '"...' (not a group: '"...," critics said.')
            before.claimant.split(None, 1)[0] in _ONE_PERSON
            or before.claimant.rsplit(None, 1)[-1][:1].isupper()
        )
        and _mostly_quoted(text)
    )


_REPORTS_RE = re.compile(rf"\b(?:{_REPORTING_VERBS}|reads|read)\b")


def _reports_in_paragraph(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether the paragraph that opens at sentence i has a reporting verb outside its
    quotation marks: '"...," it read.' names (or hides) a speaker of its own."""
    paragraph, inside = sentences[i].paragraph, False
    for s in sentences[i:]:
        if s.paragraph != paragraph:
            return False
        # outside the quotation only: '"As they say in baseball, ..."' is not one
        if _REPORTS_RE.search(s.text) and _REPORTS_RE.search(outside_quotations(s.text, inside)):
            return True
        inside = quote_state(s.text, inside)[1]
    return False


# The writer's own words in the first person singular: the scorer's cue words ("i", "i'm",
# "me", "my", ...), "I" in capitals only (not "i.e.").
_FIRST_SINGULAR = frozenset(
    w for w, features in SINGLE_CUES.items() if "first_singular" in features
)
_WORD_WITH_APOSTROPHE_RE = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


def _in_first_person(text: str, words: frozenset[str] = _FIRST_SINGULAR) -> bool:
    """Whether the sentence's words outside its quotations speak in the first person."""
    for word in _WORD_WITH_APOSTROPHE_RE.findall(outside_quotations(text, False)):
        low = word.lower().replace("’", "'")
        if low in words and (word[0] == "I" or low[0] != "i"):
            return True
    return False


_FIRST_PERSON = _FIRST_SINGULAR | {"we", "we're", "we've", "we'll", "we'd", "our", "us", "ours"}


# A label the transcript's reader did not take ("KELLY: ...we would've", "MR. ROMNEY: we
# should."): another speaker's turn, not the last one's going on.
_LABEL_LIKE_RE = re.compile(r"[A-Z][A-Z.,'’ -]{1,60}:")


def _continued_turns(sentences: Sequence[Sentence], out: list[Attribution]) -> list[Attribution]:
    """A transcript's turn that goes on past its label: a paragraph with no label of its
    own, right after a labelled one, whose first sentence speaks in the first person with
    no quotation ("GOV. ELLEN PRICE: Good afternoon. ..." | "We expect 90 percent of
    customers to be restored by Thursday."), is the labelled speaker's, and so is the rest
    of it; narration after a turn ("The exchange drew laughter.") stays the outlet's."""
    result = list(out)
    turn: Attribution | None = None
    turn_paragraph = continued = -1
    for i, s in enumerate(sentences):
        if s.speaker is not None:
            turn = out[i] if out[i].kind == "speaker" else None
            turn_paragraph = s.paragraph
            continue
        if turn is None or out[i].kind != "article":
            if s.paragraph > turn_paragraph:
                turn = None
            continue
        opens = i == 0 or sentences[i - 1].paragraph != s.paragraph
        if s.paragraph == continued or (
            opens
            and s.paragraph == turn_paragraph + 1
            and QUOTE_CHARS_RE.search(s.text) is None
            and _LABEL_LIKE_RE.match(s.text) is None  # "KELLY: ...we would've": its own
            and _in_first_person(s.text, _FIRST_PERSON)
        ):
            result[i] = Attribution(turn.claimant, "speaker", False)
            turn_paragraph = continued = s.paragraph
        elif s.paragraph > turn_paragraph:
            turn = None
    return result


def _double_quoted(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences of a document quoted in single marks, with double ones instead
    (quotes.py); a quotation left open goes on into the next sentence of its paragraph."""
    out: list[Sentence] = []
    inside, paragraph = False, -1
    for s in sentences:
        if s.paragraph != paragraph:
            inside, paragraph = False, s.paragraph
        text, inside = single_to_double(s.text, inside)
        out.append(s if text == s.text else replace(s, text=text))
    return out


# The fewest words a quotation inside a sentence holds to be someone's words rather than
# a term set off in quotation marks.
_QUOTED_WORDS = 5


def _quotes_words(text: str, inside: bool) -> bool:
    """Whether a quotation of at least _QUOTED_WORDS words lies inside the sentence, not
    a title ("the movie “Sharknado 3: Oh Hell No!”": most of its words capitalised)."""
    for a, b in quoted_ranges(text, inside):
        words = text[a:b].split()
        if len(words) >= _QUOTED_WORDS and 2 * sum(w[:1].isupper() for w in words) < len(words):
            return True
    return False


def _names_someone_else(
    text: str, inside: bool, book: NameBook, speaker: str, quoted: set[str]
) -> bool:
    """Whether the sentence, outside its quotations, names a person the article knows or
    a claimant so far (``quoted``: their last words) other than ``speaker`` ("Mr. Trump
    was prompted to say, “...”": Trump's words), has a pronoun subject ("And he seemed
    to paper over it, promising “...”") or introduces the quotation with a colon
    ("Later, on CNN: “...”")."""
    ranges = quoted_ranges(text, inside)
    if ranges and text[: ranges[0][0]].rstrip(" “\"'").endswith(":"):
        return True
    outside = outside_quotations(text, inside, ranges)
    if _SUBJECT_PRONOUN_RE.search(outside):
        return True
    own = speaker.rsplit(None, 1)[-1].lower()
    for word in _CAPITALISED_WORD_RE.findall(outside):
        key = word.removesuffix("'s").removesuffix("’s").lower()
        if key != own and (key in book.by_surname or key in quoted):
            return True
    return False


# "Roe's been warning": "has" contracted after a name, not a possessive.
_HAS_CONTRACTED_RE = re.compile(r"\s+(?:been|got)\b")
_SUBJECT_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")


def _mostly_quoted(text: str) -> bool:
    """Whether a sentence opens with a quotation that holds most of it: not a quoted title
    ("''Opening Belle,'' which will be in bookstores ...")."""
    if not OPENS_WITH_QUOTE_RE.match(text):
        return False
    quoted = sum(b - a for a, b in quoted_ranges(text, False))
    return 2 * quoted >= len(text)


def _credit_quotation(
    sentences: Sequence[Sentence], out: list[Attribution], i: int, claimant: str
) -> None:
    """Credit to ``claimant`` the quotation that closes in the sentence before ``i``: back
    to the sentence that opens it, in the same paragraph, none of them attributed."""
    if not CLOSES_WITH_QUOTE_RE.search(sentences[i - 1].text):
        return
    paragraph = sentences[i].paragraph
    for j in range(i - 1, max(-1, i - 1 - _QUOTED_RUN), -1):
        if sentences[j].paragraph != paragraph or out[j].kind != "article":
            return
        if OPENS_WITH_QUOTE_RE.match(sentences[j].text):
            for k in range(j, i):
                out[k] = Attribution(claimant, "quote", True)
            return


# The credit line under a quotation, its dash left outside the sentence: "Bernie Roe.",
# "Gov. Ada Lusk, in a debate on Tuesday.", "Ted Pike of the Ledger".
_CREDIT_RE = re.compile(CREDIT_RX)


def _credit_line(
    sentences: Sequence[Sentence], out: Sequence[Attribution], i: int, book: NameBook
) -> str | None:
    """The name a credit line gives, when sentence ``i`` is one ("- Jane Roe.": a
    paragraph of its own opened with a dash, under a paragraph of quotation with no
    speaker of its own), a name the article knows (not a list of topics: "- Jobs")."""
    s = sentences[i]
    if i == 0 or (i + 1 < len(sentences) and sentences[i + 1].paragraph == s.paragraph):
        return None
    before = sentences[i - 1]
    inline = s.text[:1] in DASHES
    if inline and before.paragraph != s.paragraph:
        return None  # (a dash that opens a line is the segmenter's: ``Sentence.dashed``)
    dash = _CREDIT_DASH_RE.match(s.text)
    credit = _CREDIT_RE.fullmatch(s.text, dash.end() if dash is not None else 0)
    if credit is None or not CLOSES_WITH_QUOTE_RE.search(before.text):
        return None
    if credit.group("name").rsplit(None, 1)[-1].lower() not in book.by_surname and (
        # a name the article has not given yet, with a title before it: '"..." — Mayor
        # Linda Tran, in a campaign ad.'
        not inline
        or (titled := _TITLED_CREDIT_RE.match(credit.group("name"))) is None
        or titled.group("title").lower() not in _ROLE_WORDS
    ):
        return None
    j = i - 1
    while j >= 0 and sentences[j].paragraph == before.paragraph:
        if out[j].kind not in ("article", "quote"):
            return None  # '"...," Roe said. "..."' | "- Doe."
        j -= 1
    # ('CLAIM: "..."': a fact-check's label before the quotation)
    opening = _CLAIM_LABEL_RE.match(sentences[j + 1].text)
    at = opening.end() if opening is not None else 0
    return credit.group("name") if OPENS_WITH_QUOTE_RE.match(sentences[j + 1].text, at) else None


_CREDIT_DASH_RE = re.compile(r"[—–-]+\s*")  # (a sentence opening with one: ``inline``)
# A credit's name after a title: "Mayor | Linda Tran", "Sen. | Ada Lusk".
_TITLED_CREDIT_RE = re.compile(r"(?P<title>[A-Z][\w.]*)\s+[A-Z][\w'’-]*\s+[A-Z]")
_CLAIM_LABEL_RE = re.compile(r"(?:[A-Z][A-Za-z]*\s+){0,2}[A-Z][A-Za-z]*:\s*")


# Who the bare quotation just before was: "That was Commissioner Alma Brisco on Tuesday",
# "So said Jo Roe, ...", "Those were the words of Jo Roe".
_REVEAL_RE = re.compile(
    r"(?:That|Those|This)\s+(?:was|were|is)\s+(?:the\s+(?:words?|verdict|view|message|"
    r"warning)\s+of\s+)?|So\s+(?:said|says)\s+"
)
_REVEALED_NAME_RE = re.compile(
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*)(?=\s*[,.;—–-]|\s+(?:on|in|at|last|this|"
    r"speaking|during|after|before|who|to)\b|$)"
)


def _revealed_speaker(
    text: str, sentences: Sequence[Sentence], i: int, book: NameBook
) -> str | None:
    """The person a sentence names as the speaker of the bare quotation that makes up the
    paragraph before it, or None."""
    reveal = _REVEAL_RE.match(text)
    who = _REVEALED_NAME_RE.match(text, reveal.end()) if reveal is not None else None
    if who is None:
        return None
    paragraph, first = sentences[i - 1].paragraph, i - 1
    while first > 0 and sentences[first - 1].paragraph == paragraph:
        first -= 1
    if not OPENS_WITH_QUOTE_RE.match(sentences[first].text) or not CLOSES_WITH_QUOTE_RE.search(
        sentences[i - 1].text
    ):
        return None  # ("That was the year ...": no quotation before it)
    name = clean_name(who.group("who"))
    if not maybe_person(name) or is_place(name):
        return None
    return book.resolve(name)


def _credit_paragraph(
    out: list[Attribution], sentences: Sequence[Sentence], j: int, claimant: str
) -> None:
    """Credit to ``claimant`` every sentence of the paragraph that ends with sentence ``j``."""
    paragraph = sentences[j].paragraph
    while j >= 0 and sentences[j].paragraph == paragraph:
        out[j] = Attribution(claimant, "quote", True)
        j -= 1
