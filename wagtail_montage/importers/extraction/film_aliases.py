"""The film by its own title when the post's title uses the one it was released
under elsewhere: "this review of Die Nacht der Wasserspiele (1988), released in
English as Night of the Fountains" under "Night of the Fountains: a review". The
text names the original first and the English title as a release of it; the film
is the original. Every pattern is bounded."""

import re

from ..prose import match_key
from .sentences import clean_title

YEAR = r"(?P<year>1[89][0-9]{2}|20[0-9]{2})"
# "Die Nacht der Wasserspiele (1988), released in English as Night of the
# Fountains", "<i>Les Nuits de Cassis</i>, known in Britain as <i>Cassis Nights</i>".
RELEASED_AS_RE = re.compile(
    r"\ue000?(?P<own>[A-ZÀ-Þ][\w'’-]*(?:\s(?:[a-zà-þ][\w'’]{0,4}\s){0,2}[A-ZÀ-Þ][\w'’-]*)"
    r"{0,8})\ue001?"
    rf"(?:\s\({YEAR}\))?,?\s(?:which\swas\s|was\s|is\s)?(?:released|known|shown"
    r"|distributed|retitled)\s(?:in\s(?:English|Britain|the\sUK|the\sUS|America"
    r"|English-speaking\scountries)|abroad|internationally)\sas\s\ue000?"
    r"(?P<alias>[A-Z][^,.;:()\ue000\ue001]{1,80})"
)


def own_title(ctx, sentences):
    """Set the film to its own title when a sentence gives the film found as the
    title it was released under in English."""
    if not ctx.post.film_title:
        return
    for sentence in sentences:
        for found in RELEASED_AS_RE.finditer(sentence.norm):
            own = clean_title(found.group("own"))
            alias = match_key(clean_title(found.group("alias")))
            if own and alias == ctx.film_key and match_key(own) != alias:
                year = found.group("year")
                ctx.post.film_title = own
                ctx.post.film_year = int(year) if year else ctx.post.film_year
                ctx.film_key = match_key(own)
                ctx.film_sentence = sentence.display
                return
