"""JSON-LD performers: a ``Person`` or a ``MusicGroup`` by the performer's kind."""

from io import StringIO

import pytest
from django.core.management import call_command

from wagtail_montage.models import VideoFeaturePage
from wagtail_montage.structured_data import _performer, build_structured_data

from .factories import TRACK, make_feature

pytestmark = pytest.mark.django_db


class Named(str):
    """A performer as the track block gives it: a name that knows its kind."""

    def __new__(cls, name, kind):
        value = super().__new__(cls, name)
        value.kind = kind
        return value


@pytest.mark.parametrize(
    ("performer", "expected"),
    [
        # A plain name (every track stored before performers had a kind): a person.
        ("Kenny Loggins", {"@type": "Person", "name": "Kenny Loggins"}),
        (
            Named("Kenny Loggins", "person"),
            {"@type": "Person", "name": "Kenny Loggins"},
        ),
        (Named("Survivor", "group"), {"@type": "MusicGroup", "name": "Survivor"}),
        (
            {"name": "Survivor", "kind": "group"},
            {"@type": "MusicGroup", "name": "Survivor"},
        ),
        (
            {"name": "Kenny Loggins", "kind": "person"},
            {"@type": "Person", "name": "Kenny Loggins"},
        ),
        ({"name": "Kenny Loggins"}, {"@type": "Person", "name": "Kenny Loggins"}),
        # Anything else than "group" is not taken for a group.
        (Named("Kenny Loggins", "band?"), {"@type": "Person", "name": "Kenny Loggins"}),
    ],
)
def test_a_performer_is_typed_by_its_kind(performer, expected):
    assert _performer(performer) == expected


def test_a_solo_performer_on_a_page_is_a_person(index_page):
    page = make_feature(index_page)
    document = build_structured_data(VideoFeaturePage.objects.get(pk=page.pk))
    [recording] = [n for n in document["@graph"] if n["@type"] == "VideoObject"][0][
        "audio"
    ]
    assert recording["byArtist"] == [{"@type": "Person", "name": "John Cafferty"}]


def test_a_band_on_a_page_is_a_music_group(index_page):
    track = {
        **TRACK,
        "title": "Burning Heart",
        "performers": [{"name": "Survivor", "role": "", "kind": "group"}],
    }
    page = make_feature(index_page, body=[("track", track)])
    document = build_structured_data(VideoFeaturePage.objects.get(pk=page.pk))
    [recording] = [n for n in document["@graph"] if n["@type"] == "VideoObject"][0][
        "audio"
    ]
    assert recording["byArtist"] == [{"@type": "MusicGroup", "name": "Survivor"}]


def test_the_demo_types_its_singers_and_its_band():
    call_command("load_montage_demo", stdout=StringIO())
    document = build_structured_data(VideoFeaturePage.objects.get())
    artists = {
        artist["name"]: artist["@type"]
        for recording in [n for n in document["@graph"] if n["@type"] == "VideoObject"][
            0
        ]["audio"]
        for artist in recording.get("byArtist", [])
    }
    assert artists["Survivor"] == "MusicGroup"
    assert artists["John Cafferty"] == "Person"


def test_credited_people_carry_their_identifiers_as_same_as(index_page):
    mbid = "0383dadf-2a4e-4d10-a46a-e9e041da8eb3"
    track = {
        **TRACK,
        "title": "Burning Heart",
        "composers": [
            {"name": "Jim Peterik", "role": "", "wikidata_id": "Q1689135"},
            {"name": "Frankie Sullivan", "role": ""},
        ],
        "performers": [
            {"name": "Survivor", "role": "", "kind": "group", "musicbrainz_id": mbid}
        ],
    }
    page = make_feature(index_page, body=[("track", track)])
    document = build_structured_data(VideoFeaturePage.objects.get(pk=page.pk))
    [recording] = [n for n in document["@graph"] if n["@type"] == "VideoObject"][0][
        "audio"
    ]
    assert recording["byArtist"] == [
        {
            "@type": "MusicGroup",
            "name": "Survivor",
            "sameAs": [f"https://musicbrainz.org/artist/{mbid}"],
        }
    ]
    assert recording["recordingOf"]["composer"] == [
        {
            "@type": "Person",
            "name": "Jim Peterik",
            "sameAs": ["https://www.wikidata.org/wiki/Q1689135"],
        },
        {"@type": "Person", "name": "Frankie Sullivan"},
    ]
