"""Suggested chart peaks: once the precise rules have read a post, a sentence that
names a chart (or a country whose chart it must be) and a position on it ("No. 7",
"number seven", "#7", "seventh place", "the top spot", "a peak of 7") from which no
chart fact was made offers one to the editor. Its subject is a record the sentence
names before the position, what "it" or "the single" means there (the discourse
memory, read again sentence by sentence), the one record the sentence's own chart
facts are about, or the record named last.

Never a block: a suggestion with the block's value, offered once, and only when no
block holds a peak of that record on that chart."""

import re

from django.utils.translation import gettext as _

from ..prose import match_key
from .cert_home_words import FOREIGN_ADJECTIVES
from .chart_debuts import a_debut, debut_before
from .chart_foreign import ADJECTIVES, FOREIGN_RE, foreign_chart
from .chart_local_places import local_ranking
from .chart_mentions import mentions_of
from .chart_names import (
    chart_fits,
    chart_in,
    chart_just_before,
    chart_there,
    country_of_position,
)
from .chart_week_counts import week_count
from .charts import negated, own_clause
from .context import chart_fact_value, record_subject
from .discourse import ALBUM_NOUNS, TRACK_NOUNS, after_sentence, anaphor
from .offer_certifications import offer_certifications
from .offer_chart_local import (
    label_mentions,
    label_of,
    local_before,
    local_chart,
    named_local,
    place_mentions,
)
from .offer_chart_records import ELSEWHERE_RE, named_record
from .patterns import (
    CHART_NAMES,
    CHARTS,
    COUNTRIES_OF,
    COUNTRY_CHARTS,
    COUNTRY_RE,
    HEDGES,
)
from .sentences import clean_title

# How far around a position its chart may be named.
AFTER = 100
BEFORE = 120


class Held:
    """What the post's blocks (and the suggestions already made) hold, and which
    sentence each chart fact came from."""

    def __init__(self, ctx):
        self.peaks, self.certifications = set(), set()
        self.sentence_peaks, self.sentence_certifications = set(), set()
        self.sentence_subjects = {}  # sentence -> {subject of its chart facts}
        self.sentence_records = {}  # sentence -> [(kind, key)] of its record blocks
        self.unsure = set()  # (sentence, position) the rules found no chart for
        for slots in ctx.slots.values():
            for slot in slots:
                self._slot(slot)
        for item in ctx.suggested:
            if item.get("kind") == "chart_fact" and item.get("value"):
                self.hold(item["value"])
            elif item.get("kind") in ("track", "album") and item.get("value"):
                # a record only a suggestion holds (offer_chart_tracks' second run)
                records = self.sentence_records.setdefault(item["sentence"], [])
                key = match_key(item["value"]["title"])
                records.append(((), item["kind"], key))

    def _slot(self, slot):
        value = slot.value
        if slot.kind in ("track", "album"):
            records = self.sentence_records.setdefault(slot.sentence, [])
            records.append((slot.order, slot.kind, match_key(value["title"])))
            return
        if slot.kind != "chart_fact":
            return
        if slot.keep:
            self.hold(value)
            subject = (value["subject_title"], value["subject_kind"], value["artist"])
            self.sentence_subjects.setdefault(slot.sentence, set()).add(subject)
        if value["fact_kind"] == "chart_peak":
            if slot.keep or slot.keep is None:
                chart = (value["chart"], value["chart_other"].casefold())
                self.sentence_peaks.add((slot.sentence, value["position"], chart))
            if value["chart"] or slot.keep is not False:
                # a position a rule read and then dropped: not offered again, unless
                # dropped for want of a chart ("No. 3, but on which chart?")
                self.sentence_peaks.add((slot.sentence, value["position"], None))
            else:
                self.unsure.add((slot.sentence, value["position"]))
        elif slot.keep:
            self.sentence_certifications.add((slot.sentence, *certification_key(value)))

    def hold(self, value):
        subject = match_key(value["subject_title"])
        if value["fact_kind"] == "chart_peak":
            self.peaks.add((subject, value["chart"], value["chart_other"].casefold()))
        else:
            self.certifications.add((subject, *certification_key(value)))

    def certification_held(self, subject, key):
        return (match_key(subject[0]), *key) in self.certifications

    def peak_held(self, sentence, subject, number, chart):
        chart_key = (chart[0], chart[1].casefold())
        return (
            (match_key(subject[0]), *chart_key) in self.peaks
            or (sentence.display, number, chart_key) in self.sentence_peaks
            or (sentence.display, number, None) in self.sentence_peaks
        )


def certification_key(value):
    return (value["certifier"], value["level"], value["multiplier"] or 1)


def offer_charts(ctx, sentences):
    """Offer the chart peaks and certifications the post's sentences state and no
    block holds, reading the discourse memory again as the sentences go by."""
    held = Held(ctx)
    saved = (ctx.recent, ctx.previous, set(ctx.flip_sides))
    ctx.recent, ctx.previous = [], None
    for sentence in sentences:
        if sentence.heading:
            continue
        for _order, kind, key in sorted(
            held.sentence_records.get(sentence.display, ())
        ):
            if key in (ctx.albums if kind == "album" else ctx.tracks):
                ctx.remember(kind, key)  # a title the rules read unquoted
        if not (sentence.refuted or sentence.norm.rstrip().endswith("?")):
            offer_peaks(ctx, sentence, held)
            offer_certifications(ctx, sentence, held, subject_or_named)
        after_sentence(ctx, sentence)
        ctx.previous = sentence
    ctx.recent, ctx.previous, ctx.flip_sides = saved


def offer_peaks(ctx, sentence, held):
    mentions = [mention for mention in mentions_of(sentence) if mention[0] == "peak"]
    mentions += [
        ("peak", found, SUMMITS[found.group(1).lower()], False)
        for found in SUMMIT_RE.finditer(sentence.norm)
        if not sentence.inside_quote(found.start())
    ]
    mentions += [
        ("peak", found, int(found.group(1)), False)
        for found in UNDOTTED_RE.finditer(sentence.norm)
        if int(found.group(1)) and not sentence.inside_quote(found.start())
    ]
    ends = {mention[1].end() for mention in mentions}
    mentions += place_mentions(sentence, ends) + label_mentions(sentence, ends)
    mentions.sort(key=lambda mention: mention[1].start())
    previous_end, previous_subject = 0, None
    for position, (_kind, match, number, top_n) in enumerate(mentions):
        next_start = (
            mentions[position + 1][1].start()
            if position + 1 < len(mentions)
            else len(sentence.norm)
        )
        start = previous_end
        previous_end = match.end()
        if number is None or top_n or not stated(sentence, match, number, top_n):
            continue  # "the top ten": which place, the editor cannot tell
        if week_count(sentence.norm, match):
            continue  # "Weeks on the chart: twenty-two in the US"
        norm = sentence.norm
        after = norm[match.end() : min(next_start, match.end() + 200)]
        before = norm[max(start, match.start() - BEFORE) : match.start()]
        # a record the rules never read: "the LP, X, reached No. 4"
        subject = named_record(ctx, sentence, match.start(), start)
        named = subject is not None
        if named and record_noun(before[-40:]) not in (None, subject[1] or "track"):
            continue  # "The album, “X”, is out, and her song went to No. 3"
        if not named:
            if SET_APART_RE.search(norm[start : match.start()]):
                continue  # "..., but their next single got to No. 5": not this one
            subject = subject_of(ctx, sentence, match.start(), start, held)
            if subject is None and listed_on(norm[start : match.start()]):
                subject = previous_subject  # "No. 15 in the UK and No. 21 in ..."
            if subject is None:
                continue
        previous_subject = subject
        kind = subject[1] or "track"
        # a position the rules left unsure in a sentence about another record too
        unsure = (sentence.display, number) in held.unsure and any(
            other[0] != subject[0]
            for other in held.sentence_subjects.get(sentence.display, ())
        )
        head = norm[max(0, match.start() - 200) : match.start()] if unsure else None
        chart = (
            label_of(norm[: match.start()])
            or chart_of(kind, after, before, head)
            or label_chart(kind, norm[: match.start()], after)
        )
        if chart is None:
            continue
        subject = fitted(ctx, subject, named, chart, before)
        if subject is None:
            continue
        if held.peak_held(sentence, subject, number, chart):
            continue
        value = chart_fact_value(*subject)
        value.update(chart=chart[0], chart_other=chart[1], position=number, top_n=top_n)
        held.hold(value)
        label = f"top {number}" if top_n else f"No. {number}"
        ctx.suggest(
            _("Possible chart peak of “%(title)s”: %(label)s on the %(chart)s")
            % {
                "title": subject[0],
                "label": label,
                "chart": chart[1] or CHART_NAMES[chart[0]],
            },
            sentence,
            "chart_fact",
            value,
        )


def fitted(ctx, subject, named, chart, before):
    """The subject a chart fits: the record the sentence names, or the one the
    memory holds of the chart's kind ("it" the album, on the Hot 100), or None. A
    local chart with no album in its name is a singles chart: "the LP came out;
    Hitlista: 4" is the song's."""
    if subject[1] is None:
        kind = "track" if chart_fits("track", *chart) else "album"
        subject = (subject[0], kind, subject[2])
    if named:
        return subject if chart_fits(subject[1], *chart) else None
    if (
        subject[1] == "album"
        and chart[0] == "other"
        and not ALBUM_CHART_RE.search(chart[1])
        and record_noun(before[-60:]) != "album"
        and local_chart(chart[1])
        and subject[0].casefold() not in before.casefold()
    ):
        subject = last_of(ctx, "track")  # not the album named earlier
        if subject is None:
            return None
    if not chart_fits(subject[1], *chart):  # "it" the album, on the Hot 100
        subject = last_of(ctx, "album" if subject[1] == "track" else "track")
        if subject is None or not chart_fits(subject[1], *chart):
            return None
    return subject


ALBUM_CHART_RE = re.compile(r"\b(?:albums?|LP)\b", re.I)


# A record the clause sets apart from the one the memory holds: "their next single",
# "a later record", "the follow-up".
SET_APART_RE = re.compile(
    r"\b(?:next|later|follow-up|another|previous|earlier)\s(?:[a-z]{1,12}\s)?"
    r"(?:single|song|record|hit|album|LP|release)\b"
)


# A place said in words: "runner-up on the Hot 100", "all the way to the summit of
# the RPM chart".
SUMMIT_RE = re.compile(
    r"\b(runner-up|runner\sup|summit)\b(?!\s(?:meeting|talks))", re.I
)
SUMMITS = {"runner-up": 2, "runner up": 2, "summit": 1}
# "No" and a figure without its full stop, as some house styles write it: "No 14".
UNDOTTED_RE = re.compile(r"\bNo\s([0-9]{1,3})\b(?![.,]?[0-9])")


def stated(sentence, match, number, top_n):
    """Whether a position is stated as reached: not denied ("never reached No. 40"),
    passed ("climbed from No. 60"), where it entered ("debuted at No. 71") or hedged."""
    tokens = sentence.tokens
    first = sentence.index_at(match.start())
    window = [token.text.lower() for token in tokens[max(0, first - 5) : first]]
    if sentence.norm[match.start() - 1 : match.start()] == "-":
        return False  # "thirty-first place": no first place
    if local_ranking(own_clause(sentence.norm[match.end() : match.end() + 100])):
        return False  # "number one in Galveston for years": no chart
    if negated(window) or window[-1:] == ["from"]:
        return False
    if any(word in HEDGES for word in window):
        return False
    return not a_debut(tokens, debut_before(tokens, first), number, top_n)


def chart_of(kind, after, before, head=None):
    """``(chart key, other name)`` of a position: a chart named in its own clause
    after it, one named just before it or "there", the chart of the country its
    clause is set in, or the Irish or New Zealand chart of "in Ireland"."""
    chart = (
        chart_in(own_clause(after)[:AFTER])
        or chart_there(before)
        or chart_just_before(before)
    )
    if chart:
        return chart
    chart = named_after(after) or named_local(after)
    if chart:
        return chart
    country = country_of_position(after, before, before)
    if country:
        key = COUNTRY_CHARTS[country][kind == "album"]
        return (key, "") if key else None
    return (
        foreign_chart(kind, after)
        or foreign_chart(kind, CHART_THE_RE.sub(" ", after, 1))
        or chart_before(kind, before, head)
        or local_before(before)
    )


# A chart's own name of several capitalised words right after the position, with
# no "chart" after it: "No. 4 on the Hit Parade Italia", "number 5 on the Lista
# Przebojów Programu Trzeciego", "No. 1 on MTV Base's Official Naija Top 10".
_NAME_WORD = r"[A-Z\u00c0-\u00de0-9][\w'\u2019-]{0,20}"
NAMED_AFTER_RE = re.compile(
    rf"^\s(?:on|atop)\s(?:the\s)?({_NAME_WORD}(?:\s{_NAME_WORD}){{1,5}})"
    r"(?=[,.;:!)\u2014\u2013]|\s(?!chart|list)[a-z]|$)"
)
# First words of a name that is no chart's: a date, a part of a record, a place.
NOT_CHART_WORDS = frozenset(
    "January February March April May June July August September October November"
    " December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Side Track"
    " Disc Channel Volume Page Chapter Day Week".split()
)
PLACE_ENDS_RE = re.compile(
    r"\s(?:Island|Street|Road|Avenue|Hill|Bay|Beach|Lane|Square|Park|Pier|Station"
    r"|Records|Music|Radio|Show|Hour|Club)$"
)


def named_after(after):
    """``("other", name)`` of a chart named in capitalised words right after a
    position ("No. 4 on the Hit Parade Italia"), a country's adjective before it
    left out ("the Norwegian VG-lista"), or None."""
    found = NAMED_AFTER_RE.match(after)
    if not found:
        return None
    words = [
        word.removesuffix("'s").removesuffix("\u2019s")
        for word in found.group(1).split()
    ]
    if words[0] in NOT_CHART_WORDS or PLACE_ENDS_RE.search(" " + " ".join(words)):
        return None
    if words[0] in FOREIGN_ADJECTIVES:
        words = words[1:]
    return ("other", " ".join(words))


# "topped the chart in Ireland": the chart of the country after it.
CHART_THE_RE = re.compile(r"^\s(?:on\s|in\s|atop\s)?the\s(?:singles\s|pop\s)?charts?\s")
# The words between two positions of one list: "No. 15 in the UK and No. 21 ...",
# "#3 on the Hot 100, #9 on ...": names, figures and these, no verb nor record.
LISTED_WORDS = frozenset(
    {
        "in", "on", "at", "the", "and", "then", "also", "too", "with", "to", "over",
        "chart", "charts", "singles", "albums", "album", "list", "top", "across",
        "its", "their", "pop", "official", "airplay",
    }
)  # fmt: skip
LISTED_WORD_RE = re.compile(r"[\w'.-]{1,40}")


def listed_on(between):
    """Whether the words since the previous position only carry on its list."""
    words = LISTED_WORD_RE.findall(between)
    return (
        0 < len(between) < 90
        and not re.search(r"[\u201c\u201d\"()\ue000]", between)
        and all(
            word.lower() in LISTED_WORDS or word[0].isupper() or word[0].isdigit()
            for word in words
        )
    )


# A row's label before its position: "UK – number 3", "Italy, Hit Parade Italia: no.
# 2", "Ireland: number one".
_WORD = r"[A-Z\u00c0-\u00de0-9][\w.'-]{0,20}"
LABEL_RE = re.compile(
    rf"^\W{{0,3}}([A-Z][\w.'-]{{0,20}}(?:\s{_WORD}){{0,2}})"
    rf"(?:,\s({_WORD}(?:\s{_WORD}){{0,3}}))?"
    r"(?:\s?[:\u2013\u2014]|\s-)\s?$"
)
# A chart's name in brackets after the position: "number 2 (Dutch Top 40)".
BRACKETED_RE = re.compile(rf"^\s\(({_WORD}(?:\s{_WORD}){{0,3}})\)")


def label_chart(kind, head, after):
    """The chart a row's label names before its position: the chart itself, its
    name after the country ("Italy, Hit Parade Italia: no. 2", or in brackets after
    the position), or the chart of the country alone ("UK – number 3")."""
    found = LABEL_RE.match(head[-60:]) if len(head) <= 60 else None
    if found is None:
        return None
    country, name = found.group(1).strip(), (found.group(2) or "").strip()
    bracketed = BRACKETED_RE.match(after)
    name = name or (bracketed.group(1).strip() if bracketed else "")
    chart = chart_in(f" on the {name} chart") if name else None
    if chart is None and name:
        chart = ("other", name)
    if chart is not None:
        return chart
    key = COUNTRIES_OF.get(country) or ADJECTIVE_COUNTRIES.get(country)
    if key:
        chart = COUNTRY_CHARTS[key][kind == "album"]
        return (chart, "") if chart else None
    return foreign_chart(kind, f" in {country}")


def chart_before(kind, before, head=None):
    """The chart named last in the position's clause before it, or the chart of the
    country named last there: "it sat on the Adult Contemporary chart for months,
    peaking at No. 4 there", "it crept up the UK chart and peaked at #9", "In
    Britain it was a real hit, number 6". Not for a position the rules left unsure
    when the sentence before it (``head``) names two charts and another record's
    position: "X peaked at No. 2 on the Hot 100 and No. 5 in the UK, while Y hit
    No. 22"."""
    named = charts_named(kind, before[-100:].rsplit("; ", 1)[-1])
    if head is not None and len({key for _at, key in charts_named(kind, head)}) > 1:
        return None
    if not named:
        return None
    key = max(named)[1]
    if isinstance(key, tuple):
        return key
    return (key, "") if key else None


def charts_named(kind, clause):
    """``(offset, chart key or (key, other name))`` of each chart or country's chart
    ``clause`` names."""
    named = [
        (found.start(), key)
        for pattern, key in CHARTS
        for found in pattern.finditer(clause)
    ]
    named += [
        (found.start(), COUNTRY_CHARTS[COUNTRIES_OF[found.group(1)]][kind == "album"])
        for found in COUNTRY_RE.finditer(clause)
    ]
    named += [
        (
            found.start(),
            COUNTRY_CHARTS[ADJECTIVE_COUNTRIES[found.group(1)]][kind == "album"],
        )
        for found in NATIONAL_RE.finditer(clause)
    ]
    # "In Ireland it reached No. 5": a country whose main chart has its adjective
    named += [
        (found.start(), ("other", f"{ADJECTIVES[found.group(1)]} {KINDS[kind]}"))
        for found in FOREIGN_RE.finditer(clause)
        if found.group(1) in ADJECTIVES
    ]
    return named


KINDS = {"track": "singles", "album": "albums"}


# A country's chart by its adjective: "the UK chart", "the British singles chart".
NATIONAL_RE = re.compile(
    r"\b(UK|British|American|Canadian|Australian|German)\s(?:singles\s|pop\s)?charts?\b"
)
ADJECTIVE_COUNTRIES = {
    "UK": "uk",
    "British": "uk",
    "American": "us",
    "Canadian": "canada",
    "Australian": "australia",
    "German": "germany",
}


def subject_of(ctx, sentence, offset, start, held):
    """``(title, kind, artist)`` of the record a position (or a level) at ``offset``
    is about, or None when a title before it in its clause is none of the post's
    ("their later single “X” reached No. 17")."""
    named = None
    for text, opened, closed in sentence.quotes:
        if closed > offset:
            break
        if opened < start or match_key(clean_title(text) or text) == ctx.film_key:
            continue  # the post's film: "“X” made its theme a hit"
        named = record_named(ctx, text) or OTHER
    if named is not None:
        return None if named is OTHER else named
    region = sentence.norm[start:offset]
    if ELSEWHERE_RE.search(sentence.norm) or another_by(ctx, region):
        return None  # "Y by Z is not in the film, but it reached No. 2"
    first = sentence.index_at(offset)
    found = anaphor(ctx, sentence, sentence.index_at(start), first)
    if found is None:
        subjects = held.sentence_subjects.get(sentence.display, set())
        found = next(iter(subjects)) if len(subjects) == 1 else ctx.last()
    noun = record_noun(sentence.norm[max(start, offset - 60) : offset])
    if noun and (found is None or noun != found[1]):
        found = last_of(ctx, noun)  # "The CD went platinum": the album, not the song
    if found is None and IT_RE.search(sentence.norm[max(start, offset - 60) : offset]):
        found = last_of(ctx, "track")  # "it" past another title: the song still
    return found


IT_RE = re.compile(r"\b[Ii]t\b")


def subject_or_named(ctx, sentence, offset, start, held):
    """The subject of a level: as a position's, or a record the clause names."""
    found = subject_of(ctx, sentence, offset, start, held)
    if found is None:
        found = named_record(ctx, sentence, offset, start)
        if found is not None and found[1] is None:
            found = (found[0], "track", found[2])
    return found


OTHER = ("", "other", "")
# A record the sentence says is not the film's.
# A song named in capitalised words by its artist: "Paper Kites by the Marlows".
TITLE_BY_RE = re.compile(
    r"\b([A-Z][\w'\u2019]{0,20}(?:\s[A-Z][\w'\u2019]{0,20}){0,5})\sby\s(?:the\s)?[A-Z]"
)


def another_by(ctx, region):
    """Whether ``region`` names a song by its artist that is none of the post's."""
    return any(
        match_key(found.group(1)) not in ctx.tracks
        for found in TITLE_BY_RE.finditer(region)
    )


def last_of(ctx, kind):
    """The record of ``kind`` the memory holds last, past any other title: what a
    noun ("the single", "the LP") or a chart of one kind points at."""
    records = ctx.albums if kind == "album" else ctx.tracks
    for found, key in reversed(ctx.recent):
        if found == kind and key in records:
            return record_subject(kind, records[key])
    if len(records) == 1:  # the post's one song (or album), named long before
        return record_subject(kind, next(iter(records.values())))
    return None


# The nouns that say which kind of record a clause is about: "the CD", "the 45".
RECORD_NOUN_RE = re.compile(
    r"\b(?:({})|({}))\b".format(
        "|".join(sorted(ALBUM_NOUNS | {"cd"})),
        "|".join(sorted((TRACK_NOUNS - {"hit"}) | {"45"})),
    ),
    re.IGNORECASE,
)


def record_noun(text):
    """ "album" or "track" after the last record noun of ``text``, or None."""
    found = list(RECORD_NOUN_RE.finditer(text))
    if not found:
        return None
    return "album" if found[-1].group(1) else "track"


def record_named(ctx, text):
    """``(title, kind, artist)`` of the post's track or album a quote names."""
    key = match_key(clean_title(text) or text.strip(" ,;:"))
    if key in ctx.tracks:
        return record_subject("track", ctx.tracks[key])
    if key in ctx.albums:
        return record_subject("album", ctx.albums[key])
    return None
