"""A subject placed in the film's shots before "is" names what the camera saw: "The
ridgeline in the wide shots is the Quiraing", "the water at dawn in the final shots is
Lake X", "The tower in shot 12 is the Y". Said so, what it is is a filming place, when
its name says it is one ("the Quiraing", "Lake X", "Y Bridge"); a person's name never
takes "the" (a person in the shots is not one)."""

from .place_words import named_place

# The words for the film's shots a subject is placed in: "in the wide shots", "in
# the closing frame", "in shot 12".
SHOT_WORDS = frozenset({"shot", "shots", "frame", "frames"})
# The first word of a name that says it is a place without "the": "Lake X".
PLACE_FIRST_WORDS = frozenset(
    "Lake Loch Mount Mt Cape Point Port Fort Isle Glen Ben Castle".split()
)
# Things a shot shows that are no place, whatever their name: "the car in the final
# shot is the X", "the boat in the wide shots is the Y".
THING_WORDS = frozenset(
    """
    car cars truck van bus bike bicycle motorbike motorcycle jeep convertible plane
    aircraft helicopter train locomotive engine boat ship yacht dinghy guitar piano
    dress coat jacket hat dog horse cat painting poster sign logo costume
    """.split()
)


def in_shots(tokens, verb):
    """Whether the subject before ``tokens[verb]`` is placed in the film's shots: "the
    ridgeline in the wide shots is" (a thing seen, not a car or a person's coat)."""
    words = []
    for back in range(verb - 1, max(-1, verb - 12), -1):
        if not tokens[back].word:
            break
        words.append(tokens[back].text.lower())
    words.reverse()
    inside = next(
        (at for at, word in enumerate(words) if word in ("in", "at", "from")), None
    )
    return (
        inside is not None
        and bool(SHOT_WORDS & set(words[inside + 1 :]))
        and not THING_WORDS & set(words[:inside])  # "the car in the final shot"
    )


def seen_in_shots(tokens, verb, start, end):
    """Whether the subject before ``tokens[verb]`` is placed in the film's shots and
    the name at ``tokens[start:end]`` says it is a place: after "the", a place's first
    word, or a place's last word ("the Quiraing", "Lake X", "Y Bridge")."""
    name = " ".join(token.text for token in tokens[start:end])
    return in_shots(tokens, verb) and (
        start > 0
        and tokens[start - 1].text == "the"
        or tokens[start].text in PLACE_FIRST_WORDS
        or named_place(name)
    )
