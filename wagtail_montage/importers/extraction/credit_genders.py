"""Which pronoun the post uses for a name: "he" never means someone the post only
ever calls "she" ("Lusk's recording ... she has sung it since. He wrote it alone":
not Lusk), and "she" never someone only called "he"."""

from .discourse import person_pronoun
from .sentences import paragraph_text, split_sentences

FEMININE = frozenset({"she", "her", "hers", "herself"})
MASCULINE = frozenset({"he", "him", "his", "himself"})


def gendered_performer(ctx, word):
    """The one performer of the track named last that "he", "she" or "they" at
    ``word`` may mean: none the post only ever calls by the other pronoun."""
    people = person_pronoun(ctx, word)
    other = MASCULINE if word.lower() == "she" else FEMININE
    if word.lower() not in ("he", "she"):
        return people
    return [name for name in people if _pronouns(ctx, name) != other]


def _pronouns(ctx, name):
    """The one set of pronouns (feminine or masculine) the post's sentences that
    name the surname of ``name`` use, or None when they use both or neither."""
    if ctx.name_pronouns is None:
        ctx.name_pronouns = {}
    cache = ctx.name_pronouns
    if name not in cache:
        cache[name] = _read_pronouns(ctx, name.split()[-1])
    return cache[name]


def _read_pronouns(ctx, surname):
    """ "Lusk's recording went to No. 5. It opened her second album": the pronouns
    after the surname in its sentence, and in the next one when that names no one
    else."""
    used, naming = set(), False
    for sentence in _sentences(ctx):
        words = [t.text for t in sentence.tokens if not sentence.inside_quote(t.start)]
        named = [i for i, w in enumerate(words) if w in (surname, surname + "'s")]
        if named:
            words, naming = words[named[0] + 1 :], True
        elif not naming or any(w[:1].isupper() for w in words[1:]):
            naming = False
            continue
        else:
            naming = False
        lowered = {w.lower() for w in words}
        used |= {"f"} if lowered & FEMININE else set()
        used |= {"m"} if lowered & MASCULINE else set()
    if used == {"f"}:
        return FEMININE
    return MASCULINE if used == {"m"} else None


def _sentences(ctx):
    """The post's sentences, its headings' among them, read once."""
    if ctx.gender_sentences is None:
        ctx.gender_sentences = []
        for index, (kind, value) in enumerate(ctx.post.body):
            if kind == "heading" and isinstance(value, dict):
                value = value.get("text") or ""  # a heading ends what went before
            elif not (kind == "paragraph" and isinstance(value, str)):
                continue
            ctx.gender_sentences += split_sentences(paragraph_text(value), index)
    return ctx.gender_sentences
