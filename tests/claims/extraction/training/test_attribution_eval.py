from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.extraction.training.attribution import (
    PERSONAL,
    _matches,
    _norm_tokens,
    baseline_claimant,
    evaluate,
    load_articles,
    source_kind,
    source_name,
    split_of,
)
from claims.extraction.training.sources import relative_antecedents

# Invented sentences (no corpus text): a named speaker, a pronoun, and a line of the
# outlet's own with no attribution.
TEXT = (
    "Mayor Olivia Brandt said the bridge will reopen in May.\n\n"
    "She said repairs cost $4 million.\n\n"
    "The river froze early this winter."
)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _corpus(tmp_path: Path, name: str = "gazette_2016-01-01_bridge") -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    second = TEXT.index("She")
    spans = [
        ("Source", (0, len("Mayor Olivia Brandt"))),
        ("Cue", _span(TEXT, "said")),
        ("Content", _span(TEXT, "the bridge will reopen in May")),
        ("Source", (second, second + 3)),
        ("Cue", (second + 4, second + 8)),
        ("Content", _span(TEXT, "repairs cost $4 million")),
    ]
    rows = [f"T{i}\t{kind} {a} {b}\t{TEXT[a:b]}" for i, (kind, (a, b)) in enumerate(spans, start=1)]
    rows.append("E1\tAttribution:T3 Content:T3 Cue:T2 Source:T1")
    rows.append("E2\tAttribution:T6 Content:T6 Cue:T5 Source:T4")
    (tmp_path / "attributions" / f"{name}_ab12.ann").write_text("\n".join(rows), encoding="utf-8")
    (tmp_path / "metadata.tsv").write_text(
        f"compartment\tfilename\tpublisher\ntrain\t{name}\tgazette\n", encoding="utf-8"
    )
    return tmp_path


def _one_article(corpus: Path, name: str, text: str, rows: list[str]) -> Path:
    """A corpus folder of one article of the outlet "gazette", its standoff rows given."""
    (corpus / "text").mkdir(parents=True)
    (corpus / "attributions").mkdir()
    (corpus / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
    (corpus / "attributions" / f"{name}_ab12.ann").write_text("\n".join(rows), encoding="utf-8")
    (corpus / "metadata.tsv").write_text(
        f"compartment\tfilename\tpublisher\ntrain\t{name}\tgazette\n", encoding="utf-8"
    )
    return corpus


def test_split_is_a_stable_function_of_the_file_name_holding_out_about_a_fifth() -> None:
    names = [f"outlet_{i}" for i in range(2000)]
    dev = [n for n in names if split_of(n) == "dev"]
    assert 0.17 < len(dev) / len(names) < 0.23
    assert [split_of(n) for n in names[:50]] == [split_of(n) for n in names[:50]]


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("he", "pronoun"),
        ("They", "pronoun"),
        ("Olivia Brandt", "named"),
        ("the State Department", "named"),
        ("officials", "common"),
        ("the governor", "common"),
        ("Republican lawmakers", "common"),
    ],
)
def test_source_kinds(source: str, kind: str) -> None:
    assert source_kind(source) == kind


def test_source_name_strips_titles_ages_and_appositions_but_keeps_organisations() -> None:
    assert source_name("Mayor Olivia Brandt") == "Olivia Brandt"
    assert source_name("Sen. Nora Feld (D-Wash.), a sponsor") == "Nora Feld"  # party label
    assert source_name("52-year-old Tomas Rijk, a retired welder,") == "Tomas Rijk"
    assert source_name("the U.S. Bureau of Labor Statistics") == "U.S. Bureau of Labor Statistics"


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("Harbor County Chief of Staff Ilse Marwick", "Ilse Marwick"),
        ("Guild Director of Government Affairs Bram Hollis", "Bram Hollis"),
        ("Speaker of the House Rep. Tamsin Okere (D-Ore.)", "Tamsin Okere"),
        # a person "of" a body keeps the person; a role word that is no title stays
        ("Dorran Pike of the National Grocers Federation", "Dorran Pike"),
        ("Owen King of the Valley Tenants Union", "Owen King"),
    ],
)
def test_a_title_with_of_before_a_name_is_stripped(source: str, name: str) -> None:
    assert source_name(source) == name


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("A Harbor Institute poll released Friday", "Harbor Institute"),
        ("a Valley Courier survey out Monday", "Valley Courier"),
        ("the Larkin report published last Thursday", "Larkin"),
        ("Olivia Brandt on Sunday", "Olivia Brandt"),
    ],
)
def test_a_weekday_after_the_source_is_not_its_name(source: str, name: str) -> None:
    # the poll is a common noun whose name is the pollster's, never "Friday"
    assert source_name(source) == name
    assert source_kind(source) == ("named" if name == "Olivia Brandt" else "common")


@pytest.mark.parametrize(
    ("before", "antecedents"),
    [
        ("Dana Voss sided with Pell, who", ["Pell"]),
        ("The plan was approved by Attorney General Nora J. Feld,  who", ["Nora J. Feld"]),
        ("the Harbor Institute for Public Policy, which", ["Harbor Institute for Public Policy"]),
        (
            "it alarmed many among tax lawyers, who",
            ["tax lawyers", "it alarmed many among tax lawyers"],
        ),
        ("said Ivo Marsh, a welder from Tulsa, Oklahoma, who", ["a welder", "Ivo Marsh"]),
        (
            "with Sen. Ada Quist of Maine, the ranking member, who",
            ["the ranking member", "Ada Quist"],
        ),
        ("Still, Quist - who", ["Quist"]),
        ("the vote could open Feld up to attacks by Mr. Rijk, who", ["Rijk"]),
    ],
)
def test_a_relative_pronoun_refers_to_the_phrase_it_follows(
    before: str, antecedents: list[str]
) -> None:
    text = before + " said the vote was rigged."
    assert relative_antecedents(text, len(before) - len(before.split()[-1])) == antecedents


def test_a_who_source_is_scored_against_its_antecedent_not_the_last_named_source(
    tmp_path: Path,
) -> None:
    text = (
        "Mayor Olivia Brandt spoke first. Later, Brandt sided with Tomas Rijk, who said "
        "the bridge would close in May."
    )
    name = "gazette_2016-01-02_vote"
    spans = [
        ("Source", _span(text, "Brandt sided")[0], _span(text, "Brandt sided")[0] + 6),
        ("Source", *_span(text, "who")),
        ("Cue", *_span(text, "said the")),
        ("Content", *_span(text, "the bridge would close in May")),
    ]
    rows = [f"T{i}\t{kind} {a} {b}\t{text[a:b]}" for i, (kind, a, b) in enumerate(spans, 1)]
    rows.append("E1\tAttribution:T4 Content:T4 Cue:T3 Source:T2")
    corpus = _one_article(tmp_path / "corpus", name, text, rows)
    result = evaluate(load_articles(corpus, split="all"))
    pronoun = result.cells[("pronoun", "say")]
    # the pipeline names Tomas Rijk; the nearest earlier named Source is Brandt
    assert (pronoun.n, pronoun.exact, pronoun.lenient) == (1, 1, 1)


@pytest.mark.parametrize(
    ("source", "kind", "name"),
    [
        # a name in apposition to a count or a role names the Source
        ("One of his aides, Tad Brisco,", "named", "Tad Brisco"),
        ("The Harbor Group's CEO, Nora Feld,", "named", "Nora Feld"),
        ("a spokeswoman, Ada Quist,", "named", "Ada Quist"),
        # a role of an organisation, then the name: the person, not the organisation
        ("a former spokesman for Dover's Port Authority, Oleg Varn,", "named", "Oleg Varn"),
        ("the secretary of the Treasury, Jo Lenz,", "named", "Jo Lenz"),
        ("the U.S. Bureau of Labor Statistics", "named", "U.S. Bureau of Labor Statistics"),
        # a count, a role or a place is no name
        ("Two in three", "common", "Two"),
        ("the former CEO of Harbor Freight", "common", "CEO"),
        ("a welder in Tulsa, Oklahoma,", "common", "a welder in Tulsa, Oklahoma,"),
    ],
)
def test_an_apposed_name_names_a_source_and_a_count_or_a_role_does_not(
    source: str, kind: str, name: str
) -> None:
    assert (source_kind(source), source_name(source)) == (kind, name)


@pytest.mark.parametrize(
    ("claimant", "source", "scores"),
    [
        # a common noun is matched by its head phrase, never by its capitalised words
        ("the campaign", "The campaign", (True, True)),
        ("a strategist", "a strategist for one of the candidates", (True, True)),
        ("officials", "Harbor Group officials", (False, True)),
        ("Ohio", "the Ohio governor", (False, False)),
        ("The", "The campaign", (False, False)),
    ],
)
def test_a_common_noun_source_is_matched_by_its_head(
    claimant: str, source: str, scores: tuple[bool, bool]
) -> None:
    assert _matches(claimant, source) == scores


def test_a_generation_suffix_is_not_taken_for_the_surname() -> None:
    # "Mr. Pettigrew" later in the article is the man first named "Harry Pettigrew III"
    assert _matches("Harry Pettigrew III", "Harry Pettigrew")[0]
    assert _matches("Joseph R. Brandt Jr", "Joseph R. Brandt Jr.") == (True, True)
    assert _matches("Brandt", "Joseph R. Brandt Jr.") == (False, True)
    assert _norm_tokens("Jo Roe Jr.") == ["jo", "roe"]
    assert _norm_tokens("Malcolm X") == ["malcolm", "x"]  # two words: no suffix to drop


def test_baseline_takes_the_nearest_name_before_the_reporting_verb() -> None:
    assert baseline_claimant("Olivia Brandt met Tomas Rijk, who said it works.", "gazette") == (
        "Tomas Rijk"
    )
    assert baseline_claimant("The river froze early.", "gazette") == "gazette"


def test_evaluation_scores_named_and_pronoun_sources_and_invented_speakers(
    tmp_path: Path,
) -> None:
    articles = load_articles(_corpus(tmp_path), split="all")
    assert len(articles) == 1 and articles[0].publisher == "gazette"
    result = evaluate(articles)
    named = result.cells[("named", "say")]
    pronoun = result.cells[("pronoun", "say")]
    assert (named.n, named.exact, named.lenient) == (1, 1, 1)
    assert (pronoun.n, pronoun.exact) == (1, 1)  # "She" -> Olivia Brandt, named just before
    personal = result.cells[(PERSONAL, "say")]
    assert (personal.n, personal.exact) == (1, 1)  # "She" is also counted as he/she
    assert pronoun.base_lenient == 0  # the baseline has no name before "said"
    assert (result.unattributed, result.invented) == (1, 0)
    table = result.format(by_kind=True)
    assert "named, say-type cue" in table and "pronoun he/she, any cue" in table
    all_sources = dict(result.rows())["all sources"]
    assert all_sources.n == 2  # the he/she row is a breakdown, not counted twice


def test_command_prints_the_table_and_refuses_a_folder_without_a_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "c").mkdir()
    call_command("evaluate_attribution", str(_corpus(tmp_path / "c")), "--split", "all")
    out = capsys.readouterr().out
    assert "named, say-type cue" in out and "invented speakers: 0.000 of 1" in out
    with pytest.raises(CommandError, match="no text/ and attributions/"):
        call_command("evaluate_attribution", str(tmp_path))


@pytest.mark.parametrize("folder", ["text", "attributions"])
def test_a_corpus_file_that_is_not_utf8_is_named_in_the_error(tmp_path: Path, folder: str) -> None:
    corpus = _corpus(tmp_path)
    target = next((corpus / folder).iterdir())
    target.write_bytes(target.read_bytes() + b"\nMayor Brandt said caf\xe9 prices rose.\n")
    with pytest.raises(CommandError, match=rf"{target.name}, line \d+: not UTF-8 text"):
        call_command("evaluate_attribution", str(corpus), "--split", "all")


def test_an_interviews_answers_are_counted_apart_among_invented_speakers(tmp_path: Path) -> None:
    # No attribution annotated at all: the answers' speaker is named by the format alone.
    text = (
        "Harbour master Ines Vale spoke to the Gazette.\n\n"
        "Q: How many ships docked?\n\n"
        "A: We docked 400 ships in May.\n\n"
        "The river froze early this winter."
    )
    corpus = _one_article(tmp_path / "corpus", "gazette_2016-01-03_port", text, [])
    result = evaluate(load_articles(corpus, split="all"))
    assert (result.invented, result.invented_labelled) == (1, 1)
    assert "of which 1 in a labelled turn" in result.format()


def test_a_family_name_written_first_is_expanded_but_a_given_name_alone_is_not() -> None:
    from claims.extraction.training.attribution import _full_names
    from claims.extraction.training.polnear import Annotation, Article

    text = (
        "Premier Tao Wenlin said on Monday exports rose. Tao added that tariffs hurt. "
        "Maria Quist agreed. Maria said so too. The Orland Group said nothing."
    )

    def ann(source: str, where: str) -> Annotation:
        return Annotation(((0, 1),), source, text.index(where), "said")

    article = Article(
        "gazette_2016-01-01_trade",
        text,
        "gazette",
        (
            ann("Premier Tao Wenlin", "Premier"),
            ann("Tao", "Tao added"),
            ann("Maria Quist", "Maria Quist"),
            ann("Maria", "Maria said"),
        ),
    )
    names = [name for _, name in _full_names(article)]
    # "Tao" is Tao Wenlin; "Maria" is a given name, scored as the article wrote it
    assert names == ["Tao Wenlin", "Tao Wenlin", "Maria Quist", "Maria"]
