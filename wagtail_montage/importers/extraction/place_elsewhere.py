"""Whether the post, anywhere, puts a name after a word of place ("in Tenby", "at
Horseshoe Bay", "near Cobh", "around Kenora"): people are not "in" anyone, so a name
said so once is a place, and "Tenby played Seattle" is a town playing a city, not an
actor playing a part."""

import re

PREPOSITIONS = r"(?:in|at|near|outside|around)"


def post_text(ctx):
    """The post's words, tags taken out, kept on ``ctx`` once read."""
    text = getattr(ctx, "post_plain_text", None)
    if text is None:
        parts = []
        for _kind, value in ctx.post.body:
            parts.append(value.get("text", "") if isinstance(value, dict) else value)
        text = re.sub(r"<[^>]+>", " ", " ".join(str(part) for part in parts))
        ctx.post_plain_text = text
    return text


def placed_in_post(ctx, sentence, name, start):
    """Whether the post says "in X", "at X", "near X" of the name at
    ``tokens[start]``, not "in X's"; and the name is not the town of a site named
    right before it ("Roy's Café in Amboy, playing Y": the café plays Y)."""
    if not name[:1].isupper() or len(name) < 3 or start is None:
        return False
    tokens = sentence.tokens
    if start > 1 and tokens[start - 1].text in ("in", "at") and tokens[start - 2].cap:
        return False
    pattern = re.compile(
        rf"\b{PREPOSITIONS}\s(?:the\s)?{re.escape(name)}\b(?!['\u2019]s)"
    )
    # elsewhere: not only in this sentence ("filmed in Porto, which played Y" is read
    # by the filming rules, which know a remake's shoot from the film's)
    here = len(pattern.findall(sentence.norm))
    return len(pattern.findall(post_text(ctx))) > here
