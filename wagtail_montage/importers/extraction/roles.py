"""Role phrases around a name: "the Swedish singer X", "their lead singer, X",
"Singer X", "and his keyboard player X", "an Englishman, X"."""

from .credit_act_sizes import act_size
from .credit_called_as import named_as
from .credit_words import ACT_NOUNS, NAME_BREAKS, ROLE_DETERMINERS, ROLE_NOUNS
from .lexicon import STOP_STARTS


def _descriptors_then_role(tokens, index):
    """The index of the name after "[up to two words] <role noun>[,]" from
    ``tokens[index]`` ("Swedish singer X", "lead singer, X", "band X"), or None."""
    for ahead in range(index, min(len(tokens), index + 3)):
        token = tokens[ahead]
        if (token.text in ROLE_NOUNS or _is_role(token.text)) and token.text.islower():
            after = ahead + 1
            if after < len(tokens) and tokens[after].text in (",", "called", "named"):
                after += 1  # "a session guitarist called X"
            if after < len(tokens) and tokens[after].cap:
                return after
            if tokens[after - 1].text == "," and _word(tokens, after) == "the":
                second = _after_role_phrase(tokens, after)
                return (
                    second if second > after else None
                )  # "her husband, the pianist X"
            return None
        if not token.word or token.text.lower() in ("and", "or", "by", "with"):
            return None
    return None


def _word(tokens, index):
    return tokens[index].text if index < len(tokens) else ""


def role_before(tokens, index):
    """Where a role phrase ending just before the name at ``tokens[index]`` starts:
    "and guitarist B", "and his keyboard player B", "the band's singer, B"; else
    None. The phrase follows "and", a comma, a name or the start of the sentence."""
    back = index - 1
    if back >= 0 and tokens[back].text == ",":
        back -= 1  # "the band's singer, B"
    if back < 0 or not _is_role(tokens[back].text) or tokens[back].cap:
        return None
    start = back
    for _ in range(3):
        previous = tokens[start - 1] if start > 0 else None
        if previous is None or previous.text.lower() in ("and", "&", ","):
            return start
        word = previous.text.lower()
        if previous.cap or not previous.word or word in NAME_BREAKS:
            return start if previous.possessive or previous.cap else None
        start -= 1
        if word in ROLE_DETERMINERS or previous.possessive:
            return start
    return None


def _is_role(text):
    """ "singer", "guitarist", "then-boyfriend", "ex-bandmate"."""
    text = text.lower()
    for prefix in ("then-", "ex-", "one-time-"):
        text = text.removeprefix(prefix)
    return (
        text in ROLE_NOUNS
        or (len(text) > 4 and text.endswith("ist"))
        or act_size(text)  # "the four-piece Kestrel Lane"
    )


is_role = _is_role

# Words for the writers of a song together: "the songwriting team of A and B".
TEAM_NOUNS = frozenset({"partnership", "team", "duo", "pair", "trio", "double-act"})
# Possessives before a member's name: "written by their Petra Lund".
MEMBER_OWNERS = frozenset({"their", "his", "her", "band's", "group's", "duo's"})


def _team_of(tokens, index):
    """The index of the first name after "[up to two words] team of" from
    ``tokens[index]`` ("songwriting partnership of A and B"), or None."""
    for ahead in range(index, min(len(tokens) - 2, index + 3)):
        word = tokens[ahead].text.lower()
        if word in TEAM_NOUNS and tokens[ahead].text.islower():
            if tokens[ahead + 1].text == "of" and tokens[ahead + 2].cap:
                return ahead + 2
            if tokens[ahead + 1].cap and ahead > index:
                return ahead + 1  # "the husband-and-wife team A and B"
            return None
        if not tokens[ahead].word or tokens[ahead].cap:
            return None
    return None


def _person_role_first(tokens, index):
    """ "Singer B wrote it", "Guitarist B": a capitalised role of one person that
    opens a name (not "Band Aid" nor "Orchestra X": names of acts)."""
    text = tokens[index].text
    return (
        index + 1 < len(tokens)
        and text[:1].isupper()
        and text.lower() not in ACT_NOUNS
        and _is_role(text)
        and tokens[index + 1].cap
        and tokens[index + 1].text not in STOP_STARTS
    )


# Words that end an indefinite phrase before a name ("a friend of hers, B" and "a
# teacher from Leeds, B" go on).
APPOSITION_BREAKS = NAME_BREAKS - {"of", "from"}


def _apposed_name(tokens, index):
    """ "an Englishman, B", "a friend of hers, B": the name a short indefinite
    phrase stands in apposition to, from ``tokens[index]``; else None."""
    for ahead in range(index, min(len(tokens) - 2, index + 5)):
        if tokens[ahead].text == ",":
            name = tokens[ahead + 1]
            if ahead > index and name.cap and name.text not in STOP_STARTS:
                return ahead + 1
            return None
        if not tokens[ahead].word or tokens[ahead].text.lower() in APPOSITION_BREAKS:
            return None
    return None


def _called_name(tokens, index):
    """:func:`_called_by` or, for other words of naming, :func:`named_as` ("a choir
    credited only as B")."""
    found = _called_by(tokens, index)
    return found if found is not None else named_as(tokens, index - 1)


def _called_by(tokens, index):
    """ "a fellow called B", "a lad from Leeds named B", "a guy they all call B": where the name after a short
    indefinite phrase and "called"/"named" starts, from ``tokens[index]``; else
    None."""
    for ahead in range(index + 1, min(len(tokens) - 1, index + 5)):
        word = tokens[ahead].text
        if word in ("called", "named", "calls", "call"):  # "a guy everyone calls B"
            name = tokens[ahead + 1]
            if name.text == "the" and ahead + 2 < len(tokens):
                name = tokens[ahead + 2]  # "a band called the Haws"
            return ahead + 1 if name.cap and name.text not in STOP_STARTS else None
        if not word.isalpha() or word.lower() in APPOSITION_BREAKS:
            return None
    return None


# Nouns of where someone is from, standing before a name as a role does: "the
# Englishman Tom Reed", "the Swede Ida Berg" (not "the American Breed": one word).
DEMONYM_NOUNS = frozenset(
    {
        "Swede", "Dane", "Finn", "Scot", "Pole", "Turk", "Briton", "Brit", "Spaniard",
        "Icelander", "Kiwi", "Aussie", "Yank", "Londoner", "Parisian", "Texan",
        "American", "Canadian", "Australian", "Mexican", "Brazilian", "Argentinian",
        "Italian", "German", "Norwegian", "Belgian", "Austrian", "Russian",
        "Hungarian", "Romanian", "Ukrainian", "Nigerian", "Jamaican", "Cuban",
        "Chilean", "Colombian", "Korean", "Indian", "Israeli", "Japanese", "Chinese",
        "Portuguese", "Greek", "Czech", "Filipino", "Liverpudlian", "Glaswegian",
    }
)  # fmt: skip


def _demonym_then_name(tokens, index):
    """The index of the name after "Englishman"/"the Swede" at ``tokens[index]``
    ("the Englishman Tom Reed"), when a name of two words or more follows; else
    None."""
    text = tokens[index].text if index < len(tokens) else ""
    if not (
        text in DEMONYM_NOUNS
        or (text[:1].isupper() and text.endswith(("man", "woman")) and len(text) > 7)
    ):
        return None
    if text.endswith(("man", "woman")) and text.lower() in ACT_NOUNS:
        return None
    after = index + 1 + (index + 1 < len(tokens) and tokens[index + 1].text == ",")
    if after + 1 < len(tokens) and tokens[after].cap and tokens[after + 1].cap:
        if tokens[after].text not in STOP_STARTS:
            return after
    return None


def _demonym_start(tokens, index):
    """ "the Englishman Tom Reed", "Scotsman Tom Reed": where the name starts, or
    None."""
    if tokens[index].text.lower() in ROLE_DETERMINERS:
        return _demonym_then_name(tokens, index + 1)
    if tokens[index].text.endswith("man"):
        return _demonym_then_name(tokens, index)
    return None


def skip_role(tokens, index):
    """Where the name starts when ``tokens[index]`` opens a role phrase: "the Swedish
    singer X", "their lead singer X", "the synth duo X", "keyboardist X", "the band's
    guitarist, X", "Slackwater's lead singer, X"; else ``index``."""
    if index >= len(tokens):
        return index
    start = _demonym_start(tokens, index)
    if start is not None:
        return start
    start = _one_of_them(tokens, index)
    if start is not None:
        return start
    return _after_role_phrase(tokens, index)


# "the eldest of them, A", "the younger of the two, B": one of the people named.
RANKS = frozenset({"eldest", "oldest", "youngest", "elder", "older", "younger"})


def _one_of_them(tokens, index):
    """Where the name starts after "the eldest of them," or "the youngest of the
    brothers,", "one of our own,", "one of the regulars,"; else None."""
    if _word(tokens, index).lower() == "one":
        index -= 1  # "one of our own, A": "one" stands where "the eldest" does
    elif _word(tokens, index) != "the" or _word(tokens, index + 1) not in RANKS:
        return None
    if _word(tokens, index + 2) != "of":
        return None
    for ahead in range(index + 3, min(len(tokens) - 1, index + 7)):
        if tokens[ahead].text == ",":
            return ahead + 1 if tokens[ahead + 1].cap else None
        if not tokens[ahead].text.islower():
            return None
    return None


def _after_role_phrase(tokens, index):
    """:func:`skip_role` for a phrase of role nouns."""
    token = tokens[index]
    start = None
    if token.text.lower() in ("a", "an"):
        found = _apposed_name(tokens, index + 1)
        if found is None:
            found = _called_name(tokens, index + 1)
        if found is not None:
            return found  # "by an Englishman, B", "with a fellow called B"
    if token.text.lower() in ROLE_DETERMINERS:
        start = index + 1
        if start + 1 < len(tokens) and tokens[start].text.lower() in MEMBER_OWNERS:
            start += 1
        found = _descriptors_then_role(tokens, start)  # "his Beatles bandmate B"
        if found is not None:
            return found
        if tokens[start - 1].text.lower() in MEMBER_OWNERS and _member(tokens, start):
            return start  # "the band's Theo Marsh", "their Petra Lund"
        team = _team_of(tokens, start)
        if team is not None:
            return team  # "the songwriting partnership of A and B"
    elif _person_role_first(tokens, index):
        return index + 1
    elif token.cap:
        for ahead in range(index, min(len(tokens), index + 4)):
            if tokens[ahead].possessive and tokens[ahead].cap:
                start = ahead + 1  # "Red Arrow Motel's singer X"
                break
            if not tokens[ahead].cap:
                break
    else:
        start = index
    if start is None:
        return index
    found = _descriptors_then_role(tokens, start)
    return index if found is None else found


def _member(tokens, index):
    """Whether a name (not a role) starts at ``tokens[index]``."""
    token = tokens[index]
    return token.cap and token.text not in STOP_STARTS and not _is_role(token.text)
