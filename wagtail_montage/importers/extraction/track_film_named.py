"""A film's or a show's title taken for a song: "The film was “X”", "the theme of
“X”, which ran on television". The title a sentence names as the film itself (the
subject "the film" and a copula just before it) or as what a theme belongs to
("the theme of “X”", "the title song from “X”") is no song: once the whole post is
read, such a track becomes a suggestion (drop_songs_elsewhere), not a block.

Not "the song in the film is “X”" (the film is not the sentence's subject there).
Every pattern is bounded, with no nested quantifier."""

import re

# "The film was “X”", "This movie is “X”": the film as the sentence's subject.
FILM_IS_RE = re.compile(
    r"(?:^|[.;:!?]\s)(?:the|this|that)\s(?:film|movie|picture|telenovela|series)"
    r"\s(?:was|is)\s?$",
    re.IGNORECASE,
)
# "the theme of “X”", "the title song from “X”": what the theme belongs to.
THEME_OF_RE = re.compile(
    r"\b(?:the|its)\s(?:theme|title\ssong|theme\ssong|opening\stheme)\s(?:of|from)\s$",
    re.IGNORECASE,
)


def film_named(norm, start, end):
    """Whether the title quoted from ``norm[start]`` is named as a film or show."""
    before = norm[max(0, start - 50) : start]
    return bool(FILM_IS_RE.search(before) or THEME_OF_RE.search(before))
