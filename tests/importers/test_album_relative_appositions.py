"""An album's title between commas after its noun and a short clause ("The LP that
followed, X, reached No. 30") is an album when its words are a title's; a clause
going on in lowercase names none. Each sentence is our own."""

from .test_discourse import extract, facts

NAMED = (
    "The LP that followed, Harbour Lights at Dusk, reached No. 30 in the spring.",
    "Their record which came next, Harbour Bells, sold rather less.",
    "Her album that nobody bought, Tin Lanterns, is now worth a fortune.",
)
NONE = (
    "The LP that followed, though, did nothing at all.",
    "The album that came next, in their words, was a mistake.",
)


def albums(post):
    return [value["title"] for value in facts(post, "album")]


def test_a_title_between_commas_after_the_clause_is_the_album():
    found = [albums(extract(sentence)) for sentence in NAMED]
    assert found == [["Harbour Lights at Dusk"], ["Harbour Bells"], ["Tin Lanterns"]]


def test_a_clause_going_on_in_lowercase_names_no_album():
    for sentence in NONE:
        assert albums(extract(sentence)) == [], sentence


def test_a_title_in_italics_then_lowercase_words_is_the_italics():
    post = extract(
        "The soundtrack, named <i>Copper Orchard</i> after the picture, went gold "
        "in Britain and climbed to No. 17 on the UK album chart."
    )
    assert albums(post) == ["Copper Orchard"]
    subjects = {value["subject_title"] for value in facts(post, "chart_fact")}
    assert subjects == {"Copper Orchard"}
