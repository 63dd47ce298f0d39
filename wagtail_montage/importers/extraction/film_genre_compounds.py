"""A kind of a film's kind, written as one hyphenated word: "neo-western",
"anti-western", "docu-drama", "crime-thriller". After a year it names a film as the
kind alone does ("the 2004 neo-western"); a compound of a music's kind ("neo-soul",
"post-punk") is none of these."""

# A short prefix and a hyphen before a film's kind; bounded, for film_words.GENRES.
GENRE_COMPOUND = r"[a-z]{2,8}-(?:western|noir|thriller|comedy|drama|musical|romance)"
