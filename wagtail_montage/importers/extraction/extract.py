"""Facts from a post's prose -> fact blocks placed right after the paragraph they
come from, and listed for the report.

    tracks       a quoted (or italic) title "set to", "using ... as", with "written by",
                 "composed by", "performed by", "by <Artist>" or "<Artist>'s"
    albums       a title with "Soundtrack" or "Album", its label and release date
    chart facts  "peaked at No. 2 on the Billboard Hot 100", "reached the top 10 of the
                 Billboard 200", "No. 1 for six weeks"; "went Platinum according to the
                 RIAA", "certified 9x Platinum by the RIAA"
    locations    "filmed in", "shot at", "X doubled for Y", "X stood in for Y"
    the film     "[Film]" after the title, "Film (1985)"

Precision first: a fact the extractor is unsure of (no chart named, no certifier,
an unknown subject, a hedge) goes to ``post.suggestions``, not into the page; a
song that "never charted" gets no chart fact.

The text is split into sentences and tokens; every regular expression is bounded
and has no nested quantifiers, so extraction is linear in the length of the post.
"""

from django.utils.translation import gettext as _

from ..prose import split_film_suffix
from .album_placeholders import merge_untitled_soundtrack
from .albums import albums_of
from .chart_film_titles import drop_film_records
from .charts import charts_of, resolve_pending
from .context import FactContext
from .credit_place_names import drop_place_names
from .credits import credits_of, resolve_people
from .discourse import after_sentence
from .elsewhere import drop_songs_elsewhere
from .film import film_of, film_of_title, resolve_film
from .film_introduced_body import film_introduced_in_text
from .film_song_titles import film_over_title_song
from .film_soundtrack_names import demote_contradicted_film
from .film_whole_titles import whole_film_title
from .offer_albums import offer_albums
from .offer_chart_tracks import offer_suggested_charts
from .offer_charts import offer_charts
from .offer_credit_tracks import offer_suggested_credits
from .offer_credits import offer_credits
from .offer_film import offer_film
from .offer_place_items import offer_place_items
from .offer_place_reversed import offer_reversed_stand_ins
from .offer_place_stops import offer_place_stops
from .offer_place_unfilmed import drop_unfilmed_places
from .offer_places import offer_places
from .offer_stand_ins import offer_stand_ins
from .offer_track_items import offer_track_items
from .offer_track_plain import offer_plain_tracks
from .offer_track_translated import offer_translated_tracks
from .offer_tracks import offer_tracks
from .places import locations_of, resolve_places
from .refuted import mark_refuted, read_refuted
from .sentences import paragraph_text, split_sentences
from .suggestion_superseded import drop_superseded
from .track_lists import drop_doubted
from .track_ranked import ranked_heading
from .track_record_named import demote_record_tracks
from .track_short_forms import merge_short_forms
from .track_tables import table_row
from .tracks import tracks_of

# The film first, over the whole post: its italic title is then not taken for a
# song, and "the soundtrack" is the film's. Then each sentence goes through every
# kind in this order: an album named first is known when a track says it is on it,
# and a chart fact finds the track named before it.
SENTENCE_RULES = (albums_of, tracks_of, credits_of, charts_of, locations_of)


def run(ctx, sentences):
    number = 0
    for sentence in sentences:
        ctx.post_charts.update(sentence.charts)
        if not sentence.heading:
            sentence.number, number = number, number + 1
    said = [sentence for sentence in sentences if not sentence.heading]
    for sentence in said:
        film_of(ctx, sentence)
    resolve_film(ctx, sentences)
    mark_refuted(sentences)
    for sentence in sentences:
        if sentence.heading:  # "Where it was shot": a list after it is of places
            ctx.filming_recent = sentence.filming_context
            entry = ranked_heading(ctx, sentence)  # "4. “X” — A": an entry
            if entry is not None:
                entry.number = ctx.previous.number if ctx.previous else 0
                tracks_of(ctx, entry)
                ctx.previous = entry
            ctx.heading = sentence  # "The song" over "“X.” A wrote it."
            continue
        ctx.sentence_places = []
        if sentence.refuted:  # "Claim: ... Verdict: False": only its titles hold
            read_refuted(ctx, sentence, SENTENCE_RULES)
        elif not table_row(ctx, sentence):  # "Song – Sung by": a row, not prose
            for rule in SENTENCE_RULES:
                rule(ctx, sentence)
        after_sentence(ctx, sentence)
        ctx.previous = sentence
    resolve_pending(ctx)
    drop_film_records(ctx)  # "the road movie <i>X</i>": no record's chart facts
    merge_untitled_soundtrack(ctx)  # "the soundtrack", later "titled “X: Music”"
    merge_short_forms(ctx)  # "Ribbon" after "Ribbon of Static": the same song
    drop_songs_elsewhere(ctx)  # the songs the post says are not in the film
    drop_doubted(ctx)  # of a list "only two of those are in the film"
    resolve_people(ctx)
    resolve_places(ctx)
    drop_ranges_stated_exactly(ctx)
    drop_place_names(ctx)  # a credited place or description ("Leeds-born"): no one
    demote_record_tracks(ctx, sentences)  # "the LP it is on, A's “X”": suggested
    offer_charts(ctx, sentences)  # a chart's position or a level word: suggested
    offer_credits(ctx, sentences)  # a name, a role word and a track: suggested
    offer_places(ctx, sentences)  # a filming word and a place after a preposition
    offer_stand_ins(ctx, sentences)  # a filming place, a stand-in cue, a target
    offer_albums(ctx, sentences)  # a title next to a record word: suggested
    offer_tracks(ctx, sentences)  # a quoted title near a song word: suggested
    offer_plain_tracks(ctx, sentences)  # an unquoted title in a song's slot
    offer_translated_tracks(ctx, sentences)  # "X (Its Translation)" near a song
    offer_track_items(ctx, sentences)  # a title opening a list's or glossary's entry
    whole_film_title(ctx, sentences)  # "Nora and the Paper Crane (1987)", whole
    offer_suggested_credits(ctx, sentences)  # credits of the suggested tracks
    offer_reversed_stand_ins(ctx, sentences)  # "Y is actually X": suggested
    offer_place_items(ctx, sentences)  # a list item about filming opens with a place
    drop_superseded(ctx)  # a question beside an offer that answers it: the offer
    film_introduced_in_text(ctx, sentences)  # "the 1979 film X" over a headline's
    offer_place_stops(ctx, sentences)  # "Stop 2: X", "First stop: X": a tour
    drop_unfilmed_places(ctx)  # "hoped to shoot at X", "Was it shot in X?": no offer
    offer_film(ctx, sentences)  # no film block: the likeliest title with its year
    offer_suggested_charts(ctx, sentences)  # chart facts of the suggested records
    demote_contradicted_film(ctx)  # the post's soundtrack names another film: offers


def drop_ranges_stated_exactly(ctx):
    """ "reached the top 10 of the UK Singles Chart, peaking at number six": one fact,
    No. 6, not a top 10 beside it."""
    exact = {
        (value["subject_title"], value["chart"], value["chart_other"]): value[
            "position"
        ]
        for slot in (slot for slots in ctx.slots.values() for slot in slots)
        if slot.keep and slot.kind == "chart_fact"
        for value in [slot.value]
        if value["fact_kind"] == "chart_peak" and not value["top_n"]
    }
    for slots in ctx.slots.values():
        for slot in slots:
            value = slot.value
            if not (slot.keep and slot.kind == "chart_fact" and value.get("top_n")):
                continue
            key = (value["subject_title"], value["chart"], value["chart_other"])
            if key in exact and (exact[key] or 0) <= (value["position"] or 0):
                slot.keep = False


def fits_block(value):
    """Whether a block value is within its block's limits (names of 255 characters)."""
    for key, item in value.items():
        items = item if isinstance(item, list) else [item]
        if key != "note" and any(isinstance(x, str) and len(x) > 255 for x in items):
            return False
    return not (value.get("multiplier") or 0) > 100


def extract_facts(post):
    """Add fact blocks to ``post.body`` (each after the paragraph it comes from), list
    them in ``post.facts`` as ``{kind, value, sentence}`` and the unsure ones in
    ``post.suggestions``; set the film's title and year when the post names them.

    Running it twice adds nothing the second time.
    """
    if post.facts or post.suggestions:
        return
    if not post.film_title:
        _title, film_title, film_year = split_film_suffix(post.title)
        if film_title:
            post.film_title, post.film_year = film_title, post.film_year or film_year
    if not post.film_title:
        post.film_title, post.film_year = film_of_title(post) or ("", post.film_year)
    extractor = FactContext(post)
    sentences = []
    for index, (kind, value) in enumerate(post.body):
        if kind == "paragraph" and isinstance(value, str):
            found = split_sentences(paragraph_text(value), index)
            for sentence in found:
                sentence.listed = value.startswith(("<ul", "<ol"))
            sentences += found
        elif kind == "heading" and isinstance(value, dict):
            found = split_sentences(value.get("text") or "", index)
            for sentence in found:
                sentence.heading = True
            sentences += found
    film_over_title_song(extractor, sentences)  # "Chart run: X (1988)", X a song
    run(extractor, sentences)

    body, facts = [], []
    for index, block in enumerate(post.body):
        body.append(block)
        for slot in sorted(extractor.slots.get(index, []), key=lambda slot: slot.order):
            if slot.keep and not fits_block(slot.value):
                extractor.suggest_line(
                    _("A %(kind)s with a name too long for its block")
                    % {"kind": slot.kind.replace("_", " ")},
                    slot.sentence,
                )
            elif slot.keep:
                body.append((slot.kind, slot.value))
                facts.append(
                    {"kind": slot.kind, "value": slot.value, "sentence": slot.sentence}
                )
    post.body = body
    if post.film_title:
        facts.insert(
            0,
            {
                "kind": "film",
                "value": {"title": post.film_title, "year": post.film_year},
                "sentence": extractor.film_sentence or post.title,
            },
        )
    post.facts = facts
    post.suggestions = extractor.suggestions
    post.suggested = extractor.suggested
