"""A numbered heading that is a bare title and its artist after "by" ("1. Tin Roof
Blues, by Ada Moon") is the entry of that title alone, performed by the artist, in
a post whose title is about songs; a title may then open on "The". Not a heading
that is a sentence, nor any in a post about something else. Each sentence is our
own."""

from .test_discourse import facts, titles
from .test_track_entries import performers, read


def test_numbered_titles_with_their_artists():
    post = read(
        "Three songs play over the diner scene in <i>Gull Point</i> (1983).",
        "# 1. Tin Roof Blues, by Ada Moon",
        "The opener, and she wrote it herself.",
        "# 2) The Night the Pier Burned by The Terns",
        "They recorded it the week the film wrapped.",
        "# 3. Salt on the Window, by Jo Vance and the Lamplighters",
        "This one is over the last shot.",
        title="Three songs of Gull Point you forgot",
    )
    assert performers(post) == {
        "Tin Roof Blues": ["Ada Moon"],
        "The Night the Pier Burned": ["The Terns"],
        "Salt on the Window": ["Jo Vance and the Lamplighters"],
    }


def test_the_next_heading_takes_the_credits_after_it():
    post = read(
        "Two songs play over the diner scene in <i>Gull Point</i> (1983).",
        "# 1. Tin Roof Blues, by Ada Moon",
        "Moon co-wrote it with Ben Hale.",
        "# 2. The Night the Pier Burned, by The Terns",
        "Their singer, Rob Lune, wrote it for the film.",
        title="The two songs of Gull Point",
    )
    composers = {value["title"]: value["composers"] for value in facts(post, "track")}
    assert "Rob Lune" not in composers["Tin Roof Blues"]


def test_a_heading_that_is_a_sentence_is_no_entry():
    post = read(
        "Two songs play over the diner scene in <i>Gull Point</i> (1983).",
        "# 1. It was written by Ada Moon",
        "She was nineteen.",
        "# 2. Shot by Ben Hale",
        "The photographs, that is.",
        title="The two songs of Gull Point",
    )
    assert titles(post) == []


def test_numbered_titles_by_someone_in_a_post_about_something_else():
    post = read(
        "Five things you may not know about <i>Gull Point</i> (1983).",
        "# 1. The Storm Scene, by Lucia Ferraz",
        "She was the stunt double.",
        title="Five things about Gull Point",
    )
    assert titles(post) == []
