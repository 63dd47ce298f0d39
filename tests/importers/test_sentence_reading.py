"""Sentence reading shared by every kind: punctuation set inside a closing quotation
mark, and claims the post sets out only to refute."""

import pytest

from .test_discourse import extract, facts, peaks


def tracks(post):
    return {value["title"]: value for value in facts(post, "track")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Two strangers grab both microphones for “Rail Yard Waltz,” the duet from "
        "<i>Night Porter</i>.",
        "Two strangers grab both microphones for “Rail Yard Waltz”, the duet from "
        "<i>Night Porter</i>.",
    ],
)
def test_a_comma_inside_the_closing_mark_ends_the_title(sentence):
    post = extract(sentence, title="Night Porter (1988)")
    assert list(tracks(post)) == ["Rail Yard Waltz"]


def test_a_title_with_its_own_comma_keeps_it():
    post = extract(
        "The duet everyone remembers, “Hold On, Marnie,” is sung by Ada Finch."
    )
    assert list(tracks(post)) == ["Hold On, Marnie"]


CLAIM = (
    "Claim: “Copper Sky,” the theme from <i>Dry Season</i> (1981), was written by "
    "Milo Brandt. You will find this on every trivia site."
)


@pytest.mark.parametrize(
    "verdict", ["Verdict: <b>False.</b>", "Rating: Mostly false.", "Verdict: Myth."]
)
def test_a_claim_refuted_by_the_verdict_gives_no_credit(verdict):
    post = extract(CLAIM, verdict, "The song was written by Ruth Kell.")
    found = tracks(post)
    assert list(found) == ["Copper Sky"]
    assert found["Copper Sky"]["composers"] == ["Ruth Kell"]


def test_a_verdict_in_the_claims_own_paragraph():
    post = extract(
        "Claim: “Copper Sky” was written by Milo Brandt and peaked at No. 3 on the "
        "Billboard Hot 100. Verdict: false."
    )
    assert tracks(post)["Copper Sky"]["composers"] == []
    assert not facts(post, "chart_fact")


@pytest.mark.parametrize(
    ("myth", "truth"),
    [
        ("Myth: “Copper Sky” was sung by Milo Brandt.", "Ruth Kell sang it."),
        (
            "Myth two: “Copper Sky” was sung by Milo Brandt.",
            "In fact Ruth Kell sang it.",
        ),
        ("Second myth: “Copper Sky” was sung by Milo Brandt.", "Ruth Kell sang it."),
    ],
)
def test_a_myth_label_refutes_its_sentence_not_the_truth_after_it(myth, truth):
    post = extract("“Copper Sky” is the theme of <i>Dry Season</i>.", f"{myth} {truth}")
    assert tracks(post)["Copper Sky"]["performers"] == ["Ruth Kell"]


def test_a_myth_about_a_place_gives_no_place():
    post = extract(
        "Third myth: <i>Dry Season</i> was shot in Lisbon. It was shot in Porto.",
        title="Dry Season (1981)",
    )
    assert [value["name"] for value in facts(post, "location")] == ["Porto"]


def test_a_claim_found_true_keeps_its_credit():
    post = extract(CLAIM, "Verdict: True.")
    assert tracks(post)["Copper Sky"]["composers"] == ["Milo Brandt"]


@pytest.mark.parametrize("denial", ["It didn't.", "It was not.", "Not true."])
def test_a_sentence_the_next_one_only_denies_gives_no_fact(denial):
    post = extract(
        "“Copper Sky” is the theme from <i>Dry Season</i>, sung by Ruth Kell.",
        "Trivia sites say the song reached number one in Britain. "
        f"{denial} It peaked at number four on the UK singles chart.",
        title="Dry Season (1981)",
    )
    assert peaks(post) == [("Copper Sky", 4, "uk_singles")]


def test_a_denial_of_a_clause_by_someone_else_keeps_the_sentence():
    post = extract(
        "They filmed on Ocean Drive, which stood in for Havana, and checked that the "
        "band's receipts matched. They didn't.",
        title="Dry Season (1981)",
    )
    assert [value["name"] for value in facts(post, "location")] == ["Ocean Drive"]


def test_its_theme_after_another_title_is_that_titles_song():
    post = extract(
        "The montage is set to “Channel Nine” by The Lanterns.",
        "Staff pick that month, mine: <i>Gravel Pit</i>. Its theme, “Slate”, got to "
        "No. 2 in the UK.",
        title="Kiss the Radio (1988)",
    )
    assert list(tracks(post)) == ["Channel Nine"]
    assert not peaks(post)


def test_its_theme_after_the_posts_film_is_its_song():
    post = extract(
        "“We paid them in cash,” said the producer.",
        "The film's music outlived its reviews. Its theme, “Slate”, got to No. 2 in "
        "the UK Singles Chart.",
        title="Kiss the Radio (1988)",
    )
    assert peaks(post) == [("Slate", 2, "uk_singles")]


@pytest.mark.parametrize(
    "apposition",
    ["somebody else's hit", "someone else’s song", "another band's single"],
)
def test_a_title_said_to_be_another_acts_record_is_no_track(apposition):
    post = extract(
        "The montage is set to “Channel Nine” by The Lanterns.",
        "There was the single, and that's it. On the drive home from the session I "
        f"remember the radio playing “Paper Moon”, {apposition}, and thinking ours "
        "was better.",
        title="Kiss the Radio (1988)",
    )
    assert list(tracks(post)) == ["Channel Nine"]


@pytest.mark.parametrize(
    "denial", ["None of them is from a film.", "Neither of those is in the movie."]
)
def test_the_songs_the_next_sentence_denies_all_together_are_no_tracks(denial):
    post = extract(
        "The montage is set to “Channel Nine” by The Lanterns.",
        "Other records in that row: B6 is “Ash Girl” by the Pattersons, B9 is a "
        f"polka. {denial}",
        title="Kiss the Radio (1988)",
    )
    assert list(tracks(post)) == ["Channel Nine"]


@pytest.mark.parametrize("pronoun", ["Everyone", "Everybody", "Somebody", "Nobody"])
def test_an_indefinite_pronoun_is_no_singer(pronoun):
    post = extract(
        f"{pronoun} sings “Rail Yard Waltz”, the theme from <i>Night Porter</i>.",
        title="Night Porter (1988)",
    )
    assert tracks(post)["Rail Yard Waltz"]["performers"] == []
