"""A performer named by a surname the post writes as "the <surname> band" is the act
the post names in full ("the Ida Marr Band"), not the person; a composer, a name in
full, or a surname with no such act stays. And a phrase set beside the title after
a dash names its writer as one after a comma does ("“X” by A — a song B wrote with
C"). Each sentence is our own."""

from .test_discourse import extract, facts

OPENING = "The montage in <i>Gull Point</i> (1983) is set to “Salt Kiss” by the Ida Marr Band."


def credits(post):
    return {
        value["title"]: (value["composers"], value["performers"])
        for value in facts(post, "track")
    }


def test_the_surname_band_is_the_act_named_in_full():
    post = extract(
        OPENING,
        "A second piece, an instrumental called “Pier Lights”, also by the Marr "
        "band, plays under the fog.",
    )
    assert credits(post)["Pier Lights"] == ([], ["Ida Marr Band"])
    post = extract(
        "The montage in <i>Gull Point</i> (1983) is set to “Salt Kiss” by the Tom "
        "Reade Orchestra. “Pier Lights”, played by the Reade orchestra, follows it.",
    )
    assert credits(post)["Pier Lights"] == ([], ["Tom Reade Orchestra"])


def test_a_writer_or_a_surname_with_no_act_stays():
    post = extract(
        OPENING,
        "The harbour scene uses “Pier Lights”, written by Marr and played by the "
        "Marr band.",
    )
    assert credits(post)["Pier Lights"] == (["Ida Marr"], ["Ida Marr Band"])
    post = extract(
        "The montage in <i>Gull Point</i> (1983) is set to “Salt Kiss” by Ida Marr, "
        "backed by the Marr band on tour.",
    )
    assert credits(post)["Salt Kiss"] == ([], ["Ida Marr"])


def test_a_writer_beside_the_title_after_a_dash():
    post = extract(
        "The montage in <i>Gull Point</i> (1983) is set to “Salt Kiss” by the Gulls "
        "— a song Ida Marr wrote with Tom Reade, their drummer, in a caravan."
    )
    assert credits(post)["Salt Kiss"] == (["Ida Marr", "Tom Reade"], ["Gulls"])
