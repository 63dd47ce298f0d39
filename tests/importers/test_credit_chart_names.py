"""A name after a title in a list of chart runs ("“X”: RPM (Canada), peak 19") is a
chart's or a certifier's, no performer; an act whose name holds a chart's word among
others ("The RPM Orchestra"), or an act called "The Charts", stays. Each sentence is
our own."""

from .test_discourse import extract
from .test_track_bare_items import performers

OPENING = "The montage in <i>Gull Point</i> (1983) is cut to “Salt Kiss” by Ada Moon."


def test_chart_names_in_a_list_of_chart_runs_are_no_performers():
    post = extract(
        OPENING,
        "<ul><li>“Salt Kiss”: RPM (Canada), peak 12</li>"
        "<li>“Salt Kiss”: Irish Singles Chart, peak 30</li>"
        "<li>“Salt Kiss”: Billboard Hot 100, peak 41</li>"
        "<li>“Salt Kiss”: BPI, silver</li></ul>",
    )
    assert performers(post) == {"Salt Kiss": ["Ada Moon"]}


def test_a_chart_name_after_by_is_no_performer():
    post = extract(
        "The montage in <i>Gull Point</i> (1983) is cut to “Pier Lights” by the UK "
        "Singles Chart's favourite duo, Tam and Ree."
    )
    assert "UK Singles Chart" not in performers(post).get("Pier Lights", [])


def test_acts_with_a_charts_word_stay():
    post = extract(
        "The montage in <i>Gull Point</i> (1983) is cut to “Pier Lights” by The "
        "RPM Orchestra."
    )
    assert performers(post) == {"Pier Lights": ["The RPM Orchestra"]}
    post = extract(
        "The montage in <i>Gull Point</i> (1983) is cut to “Pier Lights” by The Charts."
    )
    assert performers(post) == {"Pier Lights": ["The Charts"]}
