"""A relative clause about the subject between it and its credit verb, however long:
"A, who was born in Hull and now keeps bees on a farm outside Leeds, wrote it" is
A's credit, never that of the last capitalised word of the aside ("Leeds")."""

# What ends the sentence's clause: a "who" past it opens no aside of this subject.
CLAUSE_BREAKS = frozenset({";", ":", ".", "?", "!"})
# How far back the aside's ", who" may be from the comma closing it.
REACH = 30


def who_aside(tokens, comma):
    """The index of the comma before ", who" when a relative clause about a name
    runs from it to the comma at ``tokens[comma]`` (the one right before a credit
    verb), else None."""
    for back in range(comma - 1, max(0, comma - REACH), -1):
        word = tokens[back].text
        if word in CLAUSE_BREAKS:
            return None
        if word.lower() == "who" and tokens[back - 1].text == ",":
            return back - 1
    return None
