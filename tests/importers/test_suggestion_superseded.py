"""A suggestion that names no block gives way to an offer of the same kind of fact
in the same sentence (suggestion_superseded): one thing for the editor to decide,
not a question beside its answer; other questions stay."""

from types import SimpleNamespace

from wagtail_montage.importers.extraction.context import FactContext, suggestion_line
from wagtail_montage.importers.extraction.suggestion_superseded import (
    drop_superseded,
)

SENTENCE = "Back then “Salt Lantern” climbed to No. 3 on the Hot 100 and went gold."
OTHER = "The B-side, “Gull Weather”, went gold as well."


def item(message, sentence=SENTENCE, about="chart_fact", value=None):
    return {
        "message": message,
        "sentence": sentence,
        "kind": about if value is not None else "",
        "value": value,
        "about": about,
    }


def chart(subject, **more):
    return {"subject_title": subject, "fact_kind": "chart_peak", **more}


def context(*items):
    ctx = SimpleNamespace(
        suggested=list(items),
        suggestions=[suggestion_line(i["message"], i["sentence"]) for i in items],
    )
    ctx.withdraw = lambda drop: FactContext.withdraw(ctx, drop)
    return ctx


def test_withdraw_takes_back_the_review_item_and_the_report_line_together():
    first, second, third = (
        item("A question", value=None),
        item("An offer", value=chart("Salt Lantern")),
        item("Another question", sentence=OTHER),
    )
    ctx = context(first, second, third)
    ctx.withdraw(lambda found: found["value"] is None)
    assert ctx.suggested == [second]
    messages(ctx)
    ctx.withdraw(lambda found: False)  # nothing picked: nothing changes
    assert ctx.suggested == [second]
    messages(ctx)


def messages(ctx):
    assert ctx.suggestions == [
        suggestion_line(i["message"], i["sentence"]) for i in ctx.suggested
    ]
    return [i["message"] for i in ctx.suggested]


def test_a_question_about_an_unnamed_record_gives_way_to_the_offer():
    ctx = context(
        item("A chart peak (No. 3) of an unnamed track or album"),
        item(
            "Possible chart peak of “Salt Lantern”: No. 3", value=chart("Salt Lantern")
        ),
    )
    drop_superseded(ctx)
    assert messages(ctx) == ["Possible chart peak of “Salt Lantern”: No. 3"]


def test_a_question_about_a_named_record_gives_way_only_to_an_offer_for_it():
    answered = item("“Salt Lantern”: gold, but certified by whom?")
    unanswered = item("“Gull Weather”: gold, but certified by whom?")
    ctx = context(
        answered,
        unanswered,
        item("Possible certification of “Salt Lantern”", value=chart("Salt Lantern")),
    )
    drop_superseded(ctx)
    assert messages(ctx) == [
        "“Gull Weather”: gold, but certified by whom?",
        "Possible certification of “Salt Lantern”",
    ]


def test_an_offer_of_another_kind_or_sentence_answers_nothing():
    question = item("A chart peak (No. 3) of an unnamed track or album")
    ctx = context(
        question,
        item("Possible filming place: Oban", about="location", value={"name": "Oban"}),
        item("Possible chart peak", sentence=OTHER, value=chart("Gull Weather")),
        item("Why this song?", about=""),  # a question of no kind at all
    )
    drop_superseded(ctx)
    assert len(messages(ctx)) == 4


def test_without_offers_nothing_changes():
    ctx = context(item("A chart peak (No. 3) of an unnamed track or album"))
    drop_superseded(ctx)
    assert len(messages(ctx)) == 1
