"""The last resorts for the film, once the whole post is read and nothing named the
film with its year, tried in order: a title a sentence calls a film with its one
year (film_cued: "a film that came out in 2001, <i>X</i>"), a title named alone and
dated as "it" by the next sentence (film_it_described: "it's a 2004 picture"), a
title someone was taken to see in a year (film_taken_to_see)."""

from .film_cued import cued_film, not_the_film
from .film_it_described import described_next
from .film_taken_to_see import taken_to_see


def last_resort(ctx, sentences, set_film):
    """Set the film by the first last resort that finds one."""
    return (
        cued_film(ctx, sentences, set_film)
        or described_next(ctx, sentences, set_film, not_the_film)
        or taken_to_see(ctx, sentences, set_film, not_the_film)
    )
