"""A scene's place named by what happens there in the story: "The lighthouse where
the keeper lives is X", "the main street where the mother works is X", "the beach
where they bury the letters is X": the clause after "where" tells the story in the
present tense, so its verbs ("lives", "works") are the characters', not the writer's
("the house where I lived", "the town where he was born")."""

from .place_words import place_subject

# Who does something in the writer's own life, not in the story's.
WRITER_WORDS = frozenset("i we you my our me us".split())
# Present-tense verbs that are no story's action.
NOT_ACTIONS = frozenset("is was has does says goes".split())


def story_scene_subject(tokens, verb):
    """ "place" when the subject before ``tokens[verb]`` is a place noun followed by a
    "where" clause that tells the story in the present tense; else ""."""
    where = next(
        (
            back
            for back in range(verb - 1, max(0, verb - 12), -1)
            if tokens[back].text.lower() == "where"
        ),
        None,
    )
    if where is None or where + 2 >= verb:
        return ""
    clause = [token.text for token in tokens[where + 1 : verb]]
    if clause[0].lower() in WRITER_WORDS or not all(word.isalpha() for word in clause):
        return ""
    if not any(present_tense(word, clause[0]) for word in clause[1:4]):
        return ""
    return "place" if place_subject(tokens, where) == "place" else ""


def present_tense(word, subject):
    """Whether ``word`` is a story's verb in the present: "lives", "waits" after a
    name or "the X"; "bury", "meet" after "they"."""
    if word in NOT_ACTIONS or not word.islower():
        return False
    if subject.lower() == "they":
        return not word.endswith("ed") and word not in ("were", "had", "did")
    return word.endswith("s") and not word.endswith("ss") and len(word) > 3
