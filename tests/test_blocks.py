"""Each block: validation errors that name the field, and rendering."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StructBlockValidationError

from wagtail_montage.blocks import (
    AlbumBlock,
    ChartFactBlock,
    DetailsBlock,
    LocationBlock,
    PartialDate,
    RelatedLinkBlock,
    RelatedLinksBlock,
    TrackBlock,
    VideoFeatureBodyBlock,
    VideoSegmentBlock,
)
from wagtail_montage.blocks.values import format_timecode, parse_timecode

from .factories import ALBUM, CERTIFICATION, CHART_PEAK, LOCATION, SEGMENT, TRACK


def clean(block, data):
    return block.clean(block.to_python(data))


def field_errors(block, data):
    with pytest.raises(StructBlockValidationError) as caught:
        clean(block, data)
    return {name: error.messages for name, error in caught.value.block_errors.items()}


# -- Time codes and partial dates ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("0:00", 0), ("1:05", 65), ("12:30", 750), ("1:02:30", 3750), ("10:00:00", 36000)],
)
def test_timecode_parses(text, seconds):
    assert parse_timecode(text) == seconds


@pytest.mark.parametrize(
    "text", ["", "90", "1:5", "1:60", "a:bc", "1:02:03:04", "-1:00", "1:2:3"]
)
def test_timecode_rejects(text):
    with pytest.raises(ValidationError):
        parse_timecode(text)


def test_timecode_formats():
    assert format_timecode(65) == "1:05"
    assert format_timecode(3750) == "1:02:30"


@pytest.mark.parametrize(
    ("text", "precision", "iso"),
    [
        ("1985-11-27", "day", "1985-11-27"),
        ("1985-11", "month", "1985-11"),
        ("1985", "year", "1985"),
    ],
)
def test_partial_date_keeps_its_precision(text, precision, iso):
    date = PartialDate.parse(text)
    assert date.precision == precision
    assert date.isoformat() == iso


@pytest.mark.parametrize(
    "text", ["1985-13", "1985-02-30", "85", "27/11/1985", "1985-11-27T00:00"]
)
def test_partial_date_rejects(text):
    with pytest.raises(ValidationError):
        PartialDate.parse(text)


def test_partial_date_displays_in_words():
    assert PartialDate.parse("1985-11-27").display() == "27 November 1985"
    assert PartialDate.parse("1985-11").display() == "November 1985"
    assert PartialDate.parse("1985").display() == "1985"


# -- video_segment -----------------------------------------------------------


def test_segment_end_must_follow_start():
    errors = field_errors(
        VideoSegmentBlock(), {**SEGMENT, "start": "2:00", "end": "1:00"}
    )
    assert list(errors) == ["end"]
    assert "after the start" in errors["end"][0]


def test_segment_rejects_bad_time_codes():
    errors = field_errors(
        VideoSegmentBlock(), {**SEGMENT, "start": "ninety", "end": "1:99"}
    )
    assert set(errors) == {"start", "end"}


def test_segment_requires_a_label():
    errors = field_errors(VideoSegmentBlock(), {**SEGMENT, "label": "   "})
    assert list(errors) == ["label"]


def test_segment_renders_a_chapter_link_at_its_start():
    block = VideoSegmentBlock()
    value = clean(block, {**SEGMENT, "start": "1:30"})

    class Page:
        video_url = "https://youtu.be/dQw4w9WgXcQ"

    html = block.render(
        value, context={"page": Page(), "segment_track_titles": {"heart's on fire"}}
    )
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=90s"' in html
    assert 'href="#track-hearts-on-fire"' in html
    assert "<script" not in html


def test_segment_without_a_known_provider_shows_the_time_without_a_link():
    block = VideoSegmentBlock()
    value = clean(block, SEGMENT)
    html = block.render(value, context={"page": None})
    assert '<a class="montage-chapter__time"' not in html
    assert "0:00" in html


# -- track and album -----------------------------------------------------------


def test_track_requires_a_title():
    assert list(field_errors(TrackBlock(), {**TRACK, "title": ""})) == ["title"]


def test_track_renders_people_and_usage():
    block = TrackBlock()
    html = block.render(clean(block, TRACK))
    assert 'id="track-hearts-on-fire"' in html
    assert "Vince DiCola, Joe Esposito, Ed Fruge" in html
    assert "John Cafferty" in html
    assert "Featured song" in html


def test_track_escapes_markup():
    block = TrackBlock()
    html = block.render(clean(block, {**TRACK, "title": "<script>alert(1)</script>"}))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_album_stores_and_shows_the_release_date_with_its_precision():
    block = AlbumBlock()
    value = clean(block, {**ALBUM, "release_date": "1985-11"})
    assert block.get_prep_value(value)["release_date"] == "1985-11"
    html = block.render(value)
    assert '<time datetime="1985-11">November 1985</time>' in html
    assert "Scotti Bros. Records" in html


def test_album_rejects_a_bad_date_typed_in_the_form_and_names_the_field():
    block = AlbumBlock()
    data = {"album-title": "Rocky IV", "album-release_date": "1985-02-30"}
    value = block.value_from_datadict(data, {}, "album")
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(value)
    assert list(caught.value.block_errors) == ["release_date"]
    # The typed text goes back to the form so the editor can correct it.
    assert (
        block.child_blocks["release_date"].value_for_form(value["release_date"])
        == "1985-02-30"
    )


# -- chart_fact ------------------------------------------------------------------


def test_chart_position_zero_is_refused():
    errors = field_errors(ChartFactBlock(), {**CHART_PEAK, "position": 0})
    assert list(errors) == ["position"]


def test_chart_peak_needs_a_chart_and_a_position():
    errors = field_errors(
        ChartFactBlock(), {**CHART_PEAK, "chart": "", "position": None}
    )
    assert set(errors) == {"chart", "position"}


def test_other_chart_needs_a_name():
    errors = field_errors(ChartFactBlock(), {**CHART_PEAK, "chart": "other"})
    assert list(errors) == ["chart_other"]


def test_certification_needs_certifier_and_level():
    errors = field_errors(
        ChartFactBlock(), {**CERTIFICATION, "certifier": "", "level": ""}
    )
    assert set(errors) == {"certifier", "level"}


def test_chart_fact_requires_a_subject_title():
    assert "subject_title" in field_errors(
        ChartFactBlock(), {**CHART_PEAK, "subject_title": ""}
    )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (CHART_PEAK, "peaked at <strong>No. 2</strong> on the Billboard Hot 100"),
        (
            {**CHART_PEAK, "chart": "billboard_200", "position": 10, "top_n": True},
            "reached the <strong>top 10</strong> of the Billboard 200",
        ),
        ({**CHART_PEAK, "position": 1, "weeks_at_peak": 6}, "6 weeks at its peak"),
        (CERTIFICATION, "certified <strong>Platinum</strong> by the RIAA"),
        ({**CERTIFICATION, "multiplier": 9}, "<strong>9x Platinum</strong>"),
        (
            {**CHART_PEAK, "chart": "other", "chart_other": "Cash Box Top 100"},
            "Cash Box Top 100",
        ),
    ],
)
def test_chart_fact_reads_as_a_sentence(data, expected):
    block = ChartFactBlock()
    assert expected in block.render(clean(block, data))


# -- location ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [("latitude", 91), ("latitude", -90.5), ("longitude", 181), ("longitude", -180.01)],
)
def test_coordinates_out_of_range_are_refused(field, value):
    assert list(field_errors(LocationBlock(), {**LOCATION, field: value})) == [field]


def test_half_a_coordinate_pair_is_refused():
    assert list(field_errors(LocationBlock(), {**LOCATION, "longitude": None})) == [
        "longitude"
    ]


def test_location_reads_filmed_at_standing_in_for_with_a_map_link():
    block = LocationBlock()
    html = block.render(clean(block, LOCATION))
    assert "Filmed at" in html
    assert "<strong>Jackson Hole, Wyoming, United States</strong>" in html
    assert "standing in for <strong>the Soviet Union</strong>" in html
    assert "https://www.openstreetmap.org/?mlat=43.48000&amp;mlon=-110.76000" in html
    assert "<script" not in html


def test_location_without_coordinates_links_to_a_map_search():
    block = LocationBlock()
    value = clean(block, {**LOCATION, "latitude": None, "longitude": None})
    assert value.map_url == (
        "https://www.openstreetmap.org/search?query=Jackson+Hole%2C+Wyoming%2C+United+States"
    )


# -- details and related links ------------------------------------------------------


def test_details_render_as_a_definition_list():
    block = DetailsBlock()
    value = clean(
        block, {"title": "Details", "rows": [{"label": "Year", "value": "1985"}]}
    )
    html = block.render(value)
    assert "<dt>Year</dt><dd>1985</dd>" in html


def test_related_link_needs_a_page_or_a_url(db):
    block = RelatedLinksBlock()
    with pytest.raises(ValidationError):
        clean(
            block,
            {
                "heading": "More",
                "links": [{"title": "Nothing", "page": None, "url": ""}],
            },
        )


def test_a_related_link_says_page_or_url_and_its_errors_agree_with_its_help(
    index_page,
):
    """The help says a page or a URL, not both, and that an external URL needs a
    title: each error asks for what the help said."""
    link = RelatedLinkBlock()
    help_texts = {
        name: str(child.field.help_text) for name, child in link.child_blocks.items()
    }
    assert "not both" in help_texts["page"] and "not both" in help_texts["url"]
    assert help_texts["title"].startswith("Required for an external URL")
    url = "https://en.wikipedia.org/wiki/Top_Gun"
    cases = [
        ({"title": "", "page": None, "url": url}, "title", "needs a title"),
        ({"title": "", "page": index_page.pk, "url": url}, "url", "not both"),
        ({"title": "", "page": None, "url": ""}, "page", "or enter an external URL"),
    ]
    for data, name, says in cases:
        errors = field_errors(link, data)
        assert list(errors) == [name]
        assert says in errors[name][0]
    # A page of the site needs no title: it has its own.
    assert clean(link, {"title": "", "page": index_page.pk, "url": ""}).link_title == (
        index_page.title
    )


def test_a_chart_fact_keeps_only_its_kind_s_fields():
    peak = clean(ChartFactBlock(), {**CHART_PEAK, "certifier": "riaa", "level": "gold"})
    assert (peak["certifier"], peak["level"], peak["position"]) == ("", "", 2)
    certification = clean(ChartFactBlock(), {**CERTIFICATION, "position": 4})
    assert (certification["position"], certification["chart"]) == (None, "")
    assert certification["level"] == "platinum"


def test_related_link_to_a_page_uses_its_title_and_url(index_page):
    block = RelatedLinksBlock()
    value = clean(
        block,
        {"heading": "More", "links": [{"title": "", "page": index_page.pk, "url": ""}]},
    )
    html = block.render(value)
    assert f'<a href="{index_page.url}">Features</a>' in html


# -- every block describes itself -------------------------------------------------------


def body_children():
    return list(VideoFeatureBodyBlock().child_blocks.items())


@pytest.mark.parametrize(
    ("name", "block"), body_children(), ids=[name for name, _ in body_children()]
)
def test_block_describes_itself(name, block):
    assert block.label
    assert block.meta.icon and block.meta.icon != "placeholder"
    assert block.get_description()
    assert block.meta.template.startswith("wagtail_montage/blocks/")
    assert block.get_preview_template(None) == "wagtail_montage/blocks/preview.html"
    assert block.is_previewable


def test_public_block_type_names():
    assert set(VideoFeatureBodyBlock().child_blocks) == {
        "paragraph",
        "heading",
        "image",
        "quote",
        "embed",
        "track",
        "album",
        "chart_fact",
        "location",
        "details",
        "related_links",
    }


@pytest.mark.parametrize(
    ("name", "block"), body_children(), ids=[name for name, _ in body_children()]
)
def test_block_picker_preview_renders(admin_client, name, block):
    # Wagtail's block picker loads this view in an iframe for each block.
    response = admin_client.get(
        "/admin/block-preview/", {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    assert b"montage.css" in response.content


def test_a_setting_without_coordinates_has_no_map_link():
    block = LocationBlock()
    value = clean(
        block, {**LOCATION, "kind": "setting", "latitude": None, "longitude": None}
    )
    assert value.map_url is None
    html = block.render(value)
    assert "Set in" in html
    assert "openstreetmap" not in html
