"""The cue words of the check-worthiness hand features (features.py reads them), and the
look-up tables built from them once at import."""

from __future__ import annotations

# Cue words and phrases per hand feature (lower case, tokens as _TOKEN_RE makes
# them). One pass over a sentence's tokens with dictionary look-ups replaces a
# battery of case-insensitive regexes: ~10x faster in CPython.
_CUES: dict[str, str] = {
    "number": """one two three four five six seven eight nine ten eleven twelve fifteen twenty
        thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands
        million millions billion billions trillion trillions dozen dozens half twice double
        doubled triple tripled quadrupled percent""",
    "percent": "percent percentage per_cent %",
    "money": """$ dollar dollars cents euro euros bucks pounds_sterling taxpayer_money""",
    "big_quantity": "million millions billion billions trillion trillions thousands hundreds_of",
    "date": """january february march april june july august september october november
        december jan feb aug sept oct nov dec monday tuesday wednesday thursday friday saturday
        sunday yesterday last_week last_month last_year last_night last_decade last_quarter
        years_ago months_ago weeks_ago days_ago decades_ago year_ago""",
    "comparison": """than more less fewer most least best worst largest biggest highest lowest
        greatest smallest fastest slowest strongest weakest richest poorest record ever
        first_time number_one times_as""",
    "trend": """increase increased increases increasing decrease decreased decreases
        decreasing rose risen rising rises fell fallen falling falls grew grown growing
        decline declined declines declining doubled tripled drop dropped drops dropping
        surge surged soared soaring plummeted plunged skyrocketed went_up gone_up went_down
        gone_down cut cuts raised raise lowered shrunk shrank expanded""",
    "causal": """because due_to cause caused causes causing result_in resulted_in results_in
        as_a_result led_to leads_to lead_to therefore thanks_to responsible_for blame blamed
        so_that which_is_why that's_why that_is_why consequence consequently""",
    "prediction": """will won't i'll we'll he'll she'll they'll it'll you'll going_to gonna
        would expect expects expected predict predicts predicted forecast forecasts
        projected plan_to plans_to planned next_year next_month next_week next_decade
        in_the_future soon""",
    "attribution": """said says told according_to stated claimed claims wrote reported
        announced added noted argued testified tweeted insisted admitted warned declared""",
    "record": """voted vote votes voting bill law laws legislation signed passed vetoed
        supported opposed endorsed approved repealed act amendment treaty deal agreement
        plan budget tax taxes tariff tariffs deficit debt jobs unemployment wage wages income
        gdp economy trade crime murder murders death deaths killed immigrants immigrant
        illegal border""",
    "absolute": """never always every everyone everybody nobody no_one none all_of entire
        totally completely nothing""",
    "hedge": """may might could perhaps maybe possibly probably likely seem seems appears
        appear_to i_think i_believe i_guess i_suppose i_suspect sort_of kind_of somewhat
        reportedly allegedly""",
    "opinion": """i_think i_believe i_feel i_hope in_my_opinion in_my_view i_want i'd_like
        should shouldn't must ought need_to great terrible wonderful amazing beautiful love
        hate horrible disgrace disgraceful fantastic tremendous incredible awful sad proud
        honored honoured believe_in deserve wrong right_thing frankly honestly""",
    "exhortation": """let's let_us please we're_going_to we_will we_must i_will i'm_going_to
        i_promise join_me together""",
    "first_singular": "i i'm i've i'd i'll me my myself",
    "second_person": "you you're your you've yourself",
    "negation": "not no never nobody nothing neither nor",
    "past_event": "was were had did",
}
INTERJECTIONS = frozenset(
    [
        "well",
        "look",
        "yes",
        "yeah",
        "no",
        "oh",
        "ok",
        "okay",
        "so",
        "now",
        "and",
        "but",
        "um",
        "uh",
        "sure",
        "right",
        "alright",
    ]
)


def _build_cues() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Cue -> features, for single words and for two-word cues as bigram features.

    Longer phrases keep their last two words. A sentence's features are then one
    set intersection (in C) plus a look-up per hit.
    """
    single: dict[str, list[str]] = {}
    double: dict[str, list[str]] = {}
    for feature, cues in _CUES.items():
        for cue in cues.split():
            parts = cue.split("_")
            if len(parts) == 1:
                single.setdefault(cue, []).append(feature)
            else:
                # Matched against the bigram features, which are built anyway.
                double.setdefault(f"b:{parts[-2]}_{parts[-1]}", []).append(feature)
    return (
        {k: tuple(v) for k, v in single.items()},
        {k: tuple(v) for k, v in double.items()},
    )


SINGLE_CUES, DOUBLE_CUES = _build_cues()
SINGLE_CUE_SET = frozenset(SINGLE_CUES)
DOUBLE_CUE_SET = frozenset(DOUBLE_CUES)
