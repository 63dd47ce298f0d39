"""The best of a sentence's positions for one record on one chart."""


def keep_best_positions(ctx, sentence):
    """One peak per title and chart in a sentence, its best: "It jumped to No. 19 on
    the UK chart and peaked at No. 4 there" is a No. 4; the same peak said twice ("top
    ten in the UK (No. 8)", read from the top ten and from the bracket) is one."""
    best = {}
    for slot in ctx.slots.get(sentence.paragraph, ()):
        value = slot.value
        if not (
            slot.keep
            and slot.order[0] == sentence.number
            and slot.kind == "chart_fact"
            and value.get("fact_kind") == "chart_peak"
            and not value.get("top_n")
            and value.get("chart")
        ):
            continue
        key = (value["subject_title"], value["chart"], value["chart_other"])
        kept = best.get(key)
        if kept is None or value["position"] < kept.value["position"]:
            if kept is not None:
                kept.keep = False
            best[key] = slot
        else:  # a worse position, or the same one again
            slot.keep = False
