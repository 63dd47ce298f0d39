"""A saint's possessive before one word in a place's name: "St Michael's Mount",
"Saint Agnes's Well", "St. Bride's Bay". A saint owns no town: the name is whole, not a
place and the town it lies in (as "Winnipeg's Union Station" is). A town named after a
saint before a name of two words stays its town: "St Ives's Porthmeor Beach"."""

# The words that name a saint before a name ("San" and "Santa" start towns' names
# more often: "San Diego's Gaslamp Quarter").
SAINT_WORDS = frozenset({"St", "St.", "Saint", "Ste", "Ste.", "Sainte"})


def saint_owned(owner):
    """Whether the owner of a possessive in a place's name is a saint: "St Michael"
    of "St Michael's Mount" (the caller checks one word follows)."""
    words = owner.split()
    return len(words) >= 2 and words[0] in SAINT_WORDS
