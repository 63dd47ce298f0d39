"""Chart facts: "peaked at No. 2 on the Billboard Hot 100", "No. 1 for six weeks"."""

import re

from django.utils.translation import gettext as _

from .certifications import certification, certification_stated
from .chart_album_charts import album_instead, carried_subject
from .chart_answers import (
    answered,
    asked_again,
    question_certifier,
    question_chart,
    question_subject,
    sentence_to_read,
)
from .chart_aria_era import aria_era
from .chart_asides import past_aside
from .chart_b_sides import a_side_instead
from .chart_bare_country import bare_chart_country
from .chart_beliefs import believed
from .chart_best import keep_best_positions
from .chart_carried import carried_verb
from .chart_ceilings import ceiling
from .chart_clauses import (
    after_colon_lead,
    and_then,
    it_after_another_record,
    it_of_clause_before,
    opens_fragment,
)
from .chart_country_first import country_first
from .chart_country_offers import country_chart, hit_in_country
from .chart_country_takers import taker_country, taker_ranks
from .chart_debuts import a_debut, debut_before
from .chart_either import either_by_chart, named_noun, not_the_album
from .chart_foreign import ADJECTIVES, foreign_chart, foreign_country
from .chart_foreign_scenes import foreign_setting, scene_chart
from .chart_fragment_titles import unknown_fragment_title
from .chart_fragments import fragment_subject
from .chart_fronted import fronted_chart, fronted_ranks
from .chart_held import resolve_pending as resolve_pending
from .chart_highest_subjects import highest_peaks
from .chart_hit_parades import hit_parade
from .chart_it_nouns import it_of_noun
from .chart_item_nouns import item_subject
from .chart_labels import (
    in_parentheses,
    label_subject,
    labelled_peak,
    listed_positions,
)
from .chart_list_nouns import list_record
from .chart_local_places import local_ranking
from .chart_mentions import mentions_of, parse_number
from .chart_named_owners import owned_record, remember_owned
from .chart_names import (
    NOT_CHARTS_RE,
    certifier_country,
    chart_fits,
    chart_had_it,
    chart_in,
    chart_just_before,
    chart_there,
    country_of_position,
)
from .chart_national import national_chart
from .chart_objects import object_it
from .chart_one_record import one_record
from .chart_ones import the_other_one
from .chart_only_track import only_track
from .chart_own_names import it_past_own_names, note_credits
from .chart_owners import not_this_record
from .chart_peak_labels import label_country
from .chart_recipients import recipient_after
from .chart_reopened import reopen_song
from .chart_salience import remember_titles, unknown_song
from .chart_scene_ranks import credited_song, scene_country
from .chart_single_clause import add_unless_single
from .chart_source_objects import source_subject
from .chart_table_columns import record_row
from .chart_that_one import that_one
from .chart_titled_rows import any_row
from .chart_top_asides import top_aside_country
from .chart_top_exact import bracketed_peak
from .chart_verbs import ENDED_VERBS, GIVE_VERBS, MORE_CHART_VERBS
from .chart_week_counts import week_count
from .context import Pending, chart_fact_value
from .discourse import anaphor, anaphor_kind
from .patterns import (
    CERT_VERBS,
    CHART_NAMES,
    CHART_VERBS,
    CHARTS,
    COUNTRY_CHARTS,
    COUNTRY_NAMES,
    HEDGES,
    IN_YEAR_RE,
    LEVEL_RE,
    NEGATIONS,
    WEAK_CHART_VERBS,
    WEEKS_RE,
)
from .subjects import find_subject, known_named


def _peak_stated(tokens, verb_at, window, after, clause, previous_subject, before=""):
    """Whether a position is stated as a chart peak ("peaked at", "and at No. 3")."""
    weak = verb_at is None and any(
        word in WEAK_CHART_VERBS or word in ENDED_VERBS for word in window
    )
    continuation = (
        verb_at is None
        and previous_subject is not None
        and (
            window[-2:] in (["and", "at"], [",", "at"], ["and", "to"])
            # "... and clean to the top of the RPM chart", "and all the way to No. 1"
            or (window[-1:] in (["to"], ["at"]) and and_then(window))
            or window[-1:] == ["and"]  # "No. 4 in Canada and No. 6 on the ..."
            or (
                window[-2:-1] == ["and"] and parse_number(window[-1])
            )  # "and five atop"
            # "... and did even better up north, #6 on the RPM chart"
            or (window[-1:] == [","] and chart_in(after[:40]) is not None)
        )
    )
    # "#4 on Mainstream Rock.", "Fifth on the Billboard 200" (not "... in the UK was X")
    opening = not window or tokens[0].text == "Number" or not tokens[0].text.isalpha()
    fragment = opening and (
        chart_in(after[:40])
        or (COUNTRY_AFTER_RE.match(after) and not VERBS_AFTER & set(after.split()))
    )
    after_colon = verb_at is None and after_colon_lead(before, after)
    if not (verb_at is not None or weak or continuation or fragment or after_colon):
        # "The Kent chart had it at No. 5", "the RPM chart took it to nine"
        return (
            chart_had_it(before) is not None
            or fronted_chart(before) is not None
            or taker_country(before) is not None  # "British buyers took it to 6"
        )
    if NOT_CHARTS_RE.match(after):
        return False  # "topped the box office"
    named = (
        chart_in(after[:100])
        or hit_parade(after)  # "and number three in the Danish hit parade"
        or chart_just_before(before)
        or (window[-1:] in (["was"], ["is"], ["a"]) and _country_after(tokens, after))
        or (window[-1:] == ["a"] and hit_in_country(after))  # "a No. 2 hit in Norway"
    )
    return not (weak and not named and not WEEKS_RE.search(after[:40]))


# Verbs that make "Number two in the UK" the subject of a sentence, not a fragment.
VERBS_AFTER = frozenset({"was", "is", "were", "had", "has", "went", "belonged"})
COUNTRY_AFTER_RE = re.compile(
    r"^\s((?:hit|single|record)\s)?[Ii]n\s(?:the\s)?(?:UK|U\.K\.|US|U\.S\.|Britain"
    r"|England|Canada|Australia|West Germany|Germany|America|"
    + "|".join(ADJECTIVES)  # "a No. 2 hit in Sweden"
    + r")\b(?!\s(?:box|ticket|ratings|polls?|bestseller|draft|rankings?|list|tour)\b)"
)


def _country_after(tokens, after):
    """A country's chart after "was": "a number 4 hit in Canada"; "It was number 19 in
    the UK" only in a sentence naming a chart too ("in Australia it got to number 2 on
    the Kent Music Report"), not a film's week at the box office."""
    found = COUNTRY_AFTER_RE.match(after)
    if not found or found.group(1):
        return bool(found)
    text = " ".join(token.text for token in tokens)
    return any(pattern.search(text) for pattern, _key in CHARTS)


def _add_peak(ctx, sentence, subject, mention):
    _kind, match, number, top_n, before, after, _clause, hedged = mention
    label = f"top {number}" if top_n else f"No. {number}"
    lead = sentence.norm[max(0, match.start() - 120) : match.start()]
    named = question_chart(sentence, match)  # "How high in the Irish chart? No. 1"
    subject = credited_song(ctx, match, subject)  # "In Britain it got to 18."
    chart_peak(
        ctx, sentence, subject, number, top_n, after, before, label, hedged, lead, named
    )


def _add_certification(ctx, sentence, subject, mention):
    _kind, match, _number, _top_n, before, _after, clause, hedged = mention
    asked = question_certifier(sentence, match)  # "... platinum in Ireland? 3x"
    subject = a_side_instead(ctx, sentence, subject or one_record(ctx, sentence))
    certification(ctx, sentence, subject, match, clause, hedged, len(before), asked)


# Mention kind -> (the verbs that state it, whether it is stated, what adds it).
MENTION_KINDS = {
    "peak": (CHART_VERBS | MORE_CHART_VERBS, _peak_stated, _add_peak),
    "certification": (
        CERT_VERBS | GIVE_VERBS,
        certification_stated,
        _add_certification,
    ),
}


def charts_of(ctx, sentence):
    note_credits(ctx)  # the people known before this sentence's credits
    sentence = sentence_to_read(ctx, sentence)
    if sentence is None:
        return  # "Did it reach No. 7 in the UK?": a question states nothing
    norm, tokens = sentence.norm, sentence.tokens
    reopen_song(ctx, sentence)  # "... not in the film. // The single did better"
    remember_titles(ctx, sentence)
    remember_owned(ctx, sentence)  # "The Amari song became a hit. It went gold"
    # "UK Singles Chart – 6": a chart table's row, and nothing else
    # "On the UK Singles Chart it reached 11": a bare position after its chart
    mentions = [] if _row(ctx, sentence) else _with_fronted(sentence)
    listed = listed_positions(sentence, mentions)
    previous_end, previous_subject = 0, None
    for position, (kind, match, number, top_n) in enumerate(mentions):
        verbs, stated, add = MENTION_KINDS[kind]
        next_start = (
            mentions[position + 1][1].start()
            if position + 1 < len(mentions)
            else len(norm)
        )
        first = sentence.index_at(match.start())
        window = [token.text.lower() for token in tokens[max(0, first - 5) : first]]
        verb_at = verb_index(tokens, first, verbs)
        verb_at = carried_verb(tokens, first, kind, verb_at)  # "took it to No. 2"
        if match.group(3):  # "topped": the verb is the mention itself
            verb_at = first
        # Bounded windows: a long run of mentions must not make this quadratic.
        after = norm[match.end() : min(next_start, match.end() + 200)]
        before = norm[max(previous_end, match.start() - 200) : match.start()]
        clause = before + match.group(0) + after
        if negated(window) or asked_again(sentence, mentions, position):
            start = sentence.index_at(previous_end)
            previous_subject = (  # "It missed the top 40 but got to No. 9 in ..."
                known_named(ctx, sentence, start, first)
                or anaphor(ctx, sentence, start, first)
                or previous_subject
            )
            previous_end = match.end()
            continue
        if kind == "peak" and (
            _labelled(ctx, sentence, match, number, after) or week_count(norm, match)
        ):
            continue  # "UK Singles Chart: #4", "Week counts: twenty-two in the US"
        if not (
            position in listed
            or answered(sentence, match)
            or stated(tokens, verb_at, window, after, clause, previous_subject, before)
        ):
            continue
        region = (max(sentence.index_at(previous_end), first - 40), first)
        if verb_at is not None:
            region = (region[0], verb_at)
        subject = _subject(ctx, sentence, match, verb_at, region, previous_subject)
        if it_after_another_record(sentence, 0, first):
            subject = None  # "..., her next single did better; the RIAA certified it"
        subject = item_subject(ctx, sentence, match.start(), subject)
        if kind == "peak":
            subject = not_the_album(ctx, sentence, region, after, subject)
            subject = subject or either_by_chart(ctx, sentence, region, after)
        if subject is None:  # "Single: No. 3 on the Hot 100", "RIAA gold for the LP"
            subject = (
                question_subject(ctx, sentence, first)
                or label_subject(ctx, sentence, match.start())
                or recipient_after(ctx, sentence, match)
                or unknown_song(ctx, sentence, region)
                or unknown_fragment_title(ctx, sentence, match, first)
                or it_past_own_names(ctx, sentence, region)
                or only_track(ctx, sentence, region, after, kind)
            )
        if subject is None and position in listed:  # "The 45 did well: No. 5 in ..."
            subject = list_record(ctx, sentence, region, first)
        previous_end = match.end() + (len(after) - len(after.lstrip()))
        hedged = any(word in HEDGES for word in window) or believed(
            norm, match.start(), match.end()
        )  # "People think it went gold, but it didn't"
        ctx.offset = match.start()
        mention = (kind, match, number, top_n, before, after, clause, hedged)
        passing = window[-1:] == ["from"]  # "climbed from No. 40 to No. 12"
        debut_at = verb_at if verb_at is not None else debut_before(tokens, first)
        if not (
            kind == "peak" and (passing or a_debut(tokens, debut_at, number, top_n))
        ):
            add(ctx, sentence, subject, mention)
        if subject is not None:
            previous_subject = carried_subject(ctx, sentence, subject)
        elif named_noun(sentence, *region):
            previous_subject = None  # "while Madonna's album topped ..., and the RIAA"
    _highest(ctx, sentence, mentions)  # "Eleven was as high as the single went"
    keep_best_positions(ctx, sentence)


def _highest(ctx, sentence, mentions):
    """The peaks said to be as high as the record got, of the record named or
    pointed at before them, on a chart or a country's chart named near them."""
    ends = {mention[1].end() for mention in mentions}
    for number, start, end, after, chart in highest_peaks(sentence):
        first = sentence.index_at(start)
        if end in ends:
            continue
        subject = find_subject(ctx, sentence, 0, first) or anaphor(
            ctx, sentence, 0, first
        )
        before = sentence.norm[max(0, start - 200) : start]
        lead = before[-120:]
        if subject is None or not (
            chart or _country(ctx, sentence, subject[1], after, before, lead)
        ):
            continue
        ctx.offset = start
        label = f"No. {number}"
        chart_peak(
            ctx, sentence, subject, number, False, after, before, label, False, lead
        )


def _with_fronted(sentence):
    """The sentence's mentions with the bare positions of a clause opening with its
    chart."""
    mentions = mentions_of(sentence)
    more = fronted_ranks(sentence, {mention[1].end() for mention in mentions})
    more += taker_ranks(sentence, {mention[1].end() for mention in mentions + more})
    return sorted(mentions + more, key=lambda mention: mention[1].start())


def _row(ctx, sentence):
    """Whether the sentence is a chart table's row ("UK Singles Chart – 6"), added."""
    table = record_row(ctx, sentence)  # "Y (LP) – 7 – BPI gold": and its level
    row = table or None
    if table is None:  # "Hot 100, thirty-eight.": a row written with a comma
        row = any_row(ctx, sentence)
    if row is None:
        return False
    subject, number, chart = row
    ctx.offset = 0
    label = f"No. {number}"
    chart_peak(ctx, sentence, subject, number, False, "", "", label, False, "", chart)
    return not table


def _labelled(ctx, sentence, match, number, after):
    """A position with no verb, written as a label ("UK Singles Chart: #4") or in
    parentheses after a country ("It did okay in America (No. 29, Hot 100)")."""

    def add(subject, chart):
        ctx.offset = match.start()
        label = f"No. {number}"
        chart_peak(
            ctx, sentence, subject, number, False, after, "", label, False, "", chart
        )

    if labelled_peak(ctx, sentence, match, number, after, add, one_record):
        return True
    first = sentence.index_at(match.start())
    subject = None
    if match.group(1) and in_parentheses(sentence, match):
        subject = find_subject(ctx, sentence, max(0, first - 40), first)
    chart = subject and in_parentheses(sentence, match, subject[1])
    if chart and chart_fits(subject[1], *chart):
        add(subject, chart)
        return True
    return False


def negated(window):
    """Whether the words before a position deny it ("never got past No. 40"); not a
    negation of the clause before a colon ("a hit, though not a huge one: No. 6")."""
    capped = ceiling(window)  # "never got higher than No. 31": the peak
    if capped is not None:
        return not capped
    cut = max((i for i, word in enumerate(window) if word in (":", ";")), default=-1)
    words = window[cut + 1 :]
    return any(
        word in NEGATIONS
        or word.endswith("n't")
        or word in NEAR_MISSES
        or (word in ("short", "shy") and words[at + 1 : at + 2] == ["of"])
        or (word == "off" and {"kept", "keeping", "held"} & set(words[:at]))
        for at, word in enumerate(words)
    )


# "stalled just outside the top forty", "got near the top ten", "just short of No. 1"
NEAR_MISSES = frozenset({"outside", "near"})


def _subject(ctx, sentence, match, verb_at, region, previous_subject):
    """The track or album a mention is about: named in its clause, the verb's object
    ("The RIAA certified it gold"), the last title for a fragment, or the subject of
    the mention before ("..., and was a No. 5 hit", ", peaking at")."""
    tokens = sentence.tokens
    if not_this_record(sentence, region):
        return None  # "“X” (1971), whose theme topped", "her next single reached"
    owned = owned_record(ctx, sentence, *region)  # "The Amari song went to No. 7"
    if owned is None:  # "It comes from her album “X” and was certified gold"
        owned = source_subject(ctx, sentence, region, verb_at)
    if owned is not None:
        return owned or None
    first = region[1] if verb_at is None else sentence.index_at(match.start())
    region = (past_aside(sentence, *region), region[1])  # "— after its release —"
    given = verb_index(tokens, first, GIVE_VERBS) if match.re is LEVEL_RE else None
    if given is not None and any(
        anaphor_kind(sentence, at, given + 1) for at in range(given + 1, first)
    ):
        return anaphor(ctx, sentence, given + 1, first)  # "gave the single a ..."
    subject = it_of_noun(ctx, sentence, *region) or find_subject(ctx, sentence, *region)
    subject = subject or that_one(ctx, sentence, *region)
    if subject is None and verb_at is not None and verb_at < first:
        subject = anaphor(ctx, sentence, verb_at + 1, first)
    if subject is None and match.re is LEVEL_RE:  # "The IRMA gave it a gold award"
        subject = object_it(ctx, sentence, given, first) or object_it(
            ctx, sentence, verb_at, first
        )
    fragment = opens_fragment(sentence, match, first)
    if subject is None and (fragment or verb_at == 0):
        # a fragment: "#38 on the Hot 100.", "Charted at #45"
        subject = fragment_subject(ctx, sentence) if fragment else ctx.last()
    if subject is not None or previous_subject is None:
        return subject
    if named_noun(sentence, *region):
        return None  # "..., and the soundtrack LP went gold": not the song before
    participle = verb_at is not None and tokens[verb_at].text.endswith("ing")
    # "..., and was a No. 5 hit on ...": no verb of its own, the subject before
    shared = elided(tokens, first if verb_at is None else verb_at)
    if shared or participle or region[1] - region[0] <= 16:
        return previous_subject  # "..., and was a No. 5 hit on ...", ", peaking at"
    if it_of_clause_before(sentence, region[0], first):
        return previous_subject  # "..., and the BPI certified it gold"
    return None


def _weeks_and_year(after, before):
    """The weeks at the peak and the year a chart sentence gives around its position."""
    found = {}
    weeks = WEEKS_RE.search(after[:60]) or WEEKS_RE.search(before[-60:])
    if weeks:
        found["weeks_at_peak"] = parse_number(weeks.group(1))
    year = IN_YEAR_RE.search(after[:80])
    if year:
        found["year"] = int(year.group(1))
    return found


def chart_peak(
    ctx,
    sentence,
    subject,
    number,
    top_n,
    after,
    before,
    label,
    hedged,
    lead="",
    named=None,
):
    if number is None:
        return
    # "top ten on the Billboard 200 (pk. 8)": the bracket's peak
    exact = top_n and bracketed_peak(sentence.norm, after, number)
    if exact:
        number, top_n, label = exact, False, f"No. {exact}"
    subject = a_side_instead(ctx, sentence, subject or one_record(ctx, sentence, after))
    if subject is None:
        ctx.suggest(
            _("A chart peak (%(label)s) of an unnamed track or album")
            % {"label": label},
            sentence,
            "chart_fact",
        )
        return
    title, kind, artist = subject
    value = chart_fact_value(title, kind, artist)
    value.update(position=number, top_n=top_n, **_weeks_and_year(after, before))
    after = own_clause(after)
    if local_ranking(after):
        return  # "number one on Galveston Island for forty years": no chart
    chart = (
        named
        or chart_in(after[:100])
        or hit_parade(after)  # "No. 4 on the Meridian hit parade"
        or the_other_one(after, before, chart_in)  # "... and on the Italian one"
        or chart_there(before)
        or chart_just_before(before)
        or scene_chart(kind, after, before)  # "in New Zealand it was No. 1 on the ..."
        or fronted_chart(before)  # "On the UK Singles Chart it reached 11"
    )
    country = None if chart else _country(ctx, sentence, kind, after, before, lead)
    if country:
        key = COUNTRY_CHARTS[country][kind == "album"]
        if top_n or key is None:  # "the top ten in Canada", an album in Canada
            ctx.suggest(
                _("“%(title)s”: %(label)s in %(country)s, but on which chart?")
                % {"title": title, "label": label, "country": COUNTRY_NAMES[country]},
                sentence,
                "chart_fact",
            )
            return
        chart = (key, "")
    # "..., where ARIA ...", "the ARIA chart"
    chart = aria_era(sentence.norm, kind, chart)
    if chart:
        value["chart"], value["chart_other"] = chart
    if hedged:
        ctx.suggest(
            _("“%(title)s”: %(label)s, but the text hedges")
            % {"title": title, "label": label},
            sentence,
            "chart_fact",
            value if chart else None,
        )
        return
    if chart:
        album = album_instead(ctx, kind, chart, sentence, subject)  # "the LP chart"
        if album and not chart_fits(kind, chart[0], chart[1]):
            args = (number, top_n, after, before, label, hedged, lead, chart)
            return chart_peak(ctx, sentence, album, *args)
        if not chart_fits(kind, chart[0], chart[1]):
            ctx.suggest(
                (
                    _(
                        "“%(title)s”: %(label)s on the %(chart)s, an unlikely chart for an album"
                    )
                    if kind == "album"
                    else _(
                        "“%(title)s”: %(label)s on the %(chart)s, an unlikely chart for a track"
                    )
                )
                % {
                    "title": title,
                    "label": label,
                    "chart": chart[1] or CHART_NAMES[chart[0]],
                },
                sentence,
                "chart_fact",
                value,
            )
            return
        add_unless_single(ctx, sentence, value, label, lead)  # "the single reached"
        return
    if UNNAMED_CHART_RE.match(after) or foreign_country(after, lead or before):
        # "No. 2 on the country chart", "No. 3 in Japan": which chart? "No. 1 in
        # Ireland": the Irish singles chart, most likely, for the editor to accept.
        national = not top_n and (foreign_chart(kind, after) or country_chart(after))
        if national:
            value["chart"], value["chart_other"] = national
        ctx.suggest(
            _("“%(title)s”: %(label)s, but on which chart?")
            % {"title": title, "label": label},
            sentence,
            "chart_fact",
            value if national else None,
        )
        return
    national = national_chart(sentence, kind)
    if national:  # "It entered the UK chart at 61 and sat in fourth place"
        value["chart"], value["chart_other"] = national, ""
        ctx.add(sentence, "chart_fact", value)
        return
    slot = ctx.add(sentence, "chart_fact", value, keep=None)
    ctx.pending.append(Pending(slot, kind, sentence.charts, label))


def _country(ctx, sentence, kind, after, before, lead):
    """The country whose chart a position with no chart named is on, or None."""
    if COUNTRY_LIST_RE.match(after) or foreign_setting(after, before):
        return None  # "No. 40 in Britain's list", "and No. 2 in Ireland": none
    country = top_aside_country(lead) or country_of_position(after, before, lead)
    country = country or label_country(sentence, lead)
    country = country or taker_country(before)  # "Britain took it to 38"

    if not country:
        country = bare_chart_country(ctx, kind, after, sentence.norm)  # "albums chart"
    # "No. 11 on the albums chart and went gold with the BPI"
    country = country or certifier_country(after, sentence.norm)
    return country or scene_country(lead)  # "modest in Britain, climbing to 23"


# A country's list that is no chart: "No. 40 in Britain's list of wedding songs".
COUNTRY_LIST_RE = re.compile(
    r"^\s(?:on|in)\s(?:the\s)?(?:UK|U\.K\.|US|U\.S\.|Britain|England|Canada|Australia"
    r"|Germany|West\sGermany|America)['\u2019]s\s(?!(?:singles|albums?|pop|official"
    r"|national|main|record|music)\s|charts?\b)"
)
# Where a position's own clause ends: "No. 15 in Britain, and spent eight weeks on
# the adult contemporary chart" is not a position on that chart.
CLAUSE_BREAK_RE = re.compile(r",\s(?:and|but|while|whereas)\s|\s(?:and|but),\s|;\s")
# A chart named in words that name none of the listed charts: "on the country chart".
UNNAMED_CHART_RE = re.compile(
    r"^\s(?:on|in)\s(?:the|its|their)\s"
    r"(?!(?:singles|pop|albums?|national|main|official|same|music|weekly)\s)"
    r"(?:[\w'\u2019&-]+\s){1,3}charts?\b"
)


def own_clause(after):
    """The text after a position up to the end of its clause."""
    found = CLAUSE_BREAK_RE.search(after)
    return country_first(after[: found.start()] if found else after)


ELIDED_SKIP = frozenset(
    {
        "was",
        "were",
        "is",
        "eventually",
        "later",
        "then",
        "also",
        "even",
        "still",
        "soon",
        "has",
        "have",
        "had",
        "since",
    }
)


def elided(tokens, verb_at):
    """Whether the verb at ``verb_at`` shares the clause before's subject: "and won"."""
    if verb_at is None:
        return False
    index = verb_at - 1
    skip = ELIDED_SKIP | CHART_VERBS | CERT_VERBS  # "and earned a silver disc"
    while index >= 0 and tokens[index].text.lower() in skip:
        index -= 1
    return index >= 0 and tokens[index].text.lower() in ("and", ",")


def verb_index(tokens, first, verbs):
    for index in range(first - 1, max(-1, first - 8), -1):
        if tokens[index].text.lower() in verbs:
            return index
    return None
