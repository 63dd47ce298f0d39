"""Words set in capitals that make a clause, not a name: an on-screen caption or a
heading shouted in capitals ("WHO WROTE IT?", "SHE SANG IT LIVE") is read as
capitalised words like a name, but a name of capitals ("ABBA", "TLC") has no
question word, pronoun or credit verb among its words."""

# Words of a clause: a question word, a pronoun, a verb of writing or singing.
CLAUSE_WORDS = frozenset(
    {"who", "what", "which", "why", "how", "it", "he", "she", "they", "did", "does"}
    | {"wrote", "writes", "sang", "sings", "sung", "written", "is", "was", "were"}
)


def shouted_clause(name):
    """Whether ``name`` is a clause set in capitals ("WHO WROTE IT")."""
    words = name.split()
    if len(words) < 2 or not name.isupper():
        return False
    return bool(CLAUSE_WORDS & {word.strip("?!.,:").lower() for word in words})
