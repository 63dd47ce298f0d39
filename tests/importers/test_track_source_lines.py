"""A song's line naming its artist and the film it comes from, the title without
quotation marks ("Mirror Pond — Ada Moon (from <i>Gull Point</i>, 1983)"), is a
track with its performer, and "it" after it is the song; not a line that runs on,
nor one with no film in brackets. Each sentence is our own."""

from .test_discourse import facts, peaks
from .test_track_entries import read


def performers(post):
    return {value["title"]: value["performers"] for value in facts(post, "track")}


def test_source_lines():
    post = read(
        "Low Gate — Ada Moon (from <i>Gull Point</i>, 1983)",
        "It got to No. 12 on the Hot 100.",
    )
    assert performers(post) == {"Low Gate": ["Ada Moon"]}
    assert [peak[0] for peak in peaks(post)] == ["Low Gate"]
    post = read("Salt Kiss of the Sea — The Terns (from <i>Gull Point</i>)")
    assert performers(post) == {"Salt Kiss of the Sea": ["The Terns"]}
    post = read("Pier Lights – Ida Crane and Tom Reed (from <i>Gull Point</i>, 1983).")
    assert performers(post) == {"Pier Lights": ["Ida Crane", "Tom Reed"]}


def test_lines_that_are_not_a_songs():
    post = read("Low Gate — Ada Moon (from the director's notes, 1983)")
    assert performers(post) == {}
    post = read(
        "Low Gate — Ada Moon (from <i>Gull Point</i>, 1983) was a long day on the pier."
    )
    assert performers(post) == {}
