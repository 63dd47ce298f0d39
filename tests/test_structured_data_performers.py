"""JSON-LD performers: a ``Person`` or a ``MusicGroup`` by the performer's kind."""

import pytest

from wagtail_montage.models import VideoFeaturePage
from wagtail_montage.structured_data import _performer, build_structured_data

from .factories import make_feature

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
