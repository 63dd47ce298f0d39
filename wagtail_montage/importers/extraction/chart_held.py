"""Positions with no chart of their own, once the post is read: the one chart that
fits them in their sentence (or the post) when it is the only one, else a question
for the editor; not a chart on which the record already has its peak."""

from django.utils.translation import gettext as _

from .chart_fit_alone import fit_alone
from .chart_names import chart_fits


def held_charts(ctx):
    """``(subject, chart)`` of every chart peak block already named: a record has one
    peak on a chart, so a position with no chart of its own is not another one on a
    chart its record holds ("to number 9; ... peaked at four on the Media Control chart")."""
    return {
        (slot.value["subject_title"].casefold(), slot.value["chart"])
        for slots in ctx.slots.values()
        for slot in slots
        if slot.kind == "chart_fact" and slot.keep and slot.value.get("chart")
    }


def resolve_pending(ctx):
    held = held_charts(ctx)
    for pending in ctx.pending:
        value = pending.slot.value
        subject = value["subject_title"].casefold()
        taken = False
        for charts in (pending.sentence_charts, ctx.post_charts):
            fitting = {chart for chart in charts if chart_fits(pending.kind, chart)}
            if len(fitting) == 1 and not fit_alone(charts, fitting):
                # the record has its peak on that chart already: neither block nor ask
                taken = (subject, min(fitting)) in held
                pending.slot.keep = not taken
                value["chart"] = fitting.pop()
                break
            if fitting:
                break
        if not pending.slot.keep:  # a question a later offer of its chart answers
            pending.slot.keep = False
            if taken:
                continue
            names = {"title": value["subject_title"], "label": pending.label}
            question = _("“%(title)s”: %(label)s, but on which chart?") % names
            ctx.suggest_line(question, pending.slot.sentence, "chart_fact")
