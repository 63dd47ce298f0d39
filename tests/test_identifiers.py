"""Identifiers (MusicBrainz, Wikidata, IMDb, ISRC): checked by format, kept in
one spelling, shown as schema.org ``sameAs``/``isrcCode``, carried and
filtered by the plugin API through the facts index."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.blocks import StructBlockValidationError

from wagtail_montage.blocks import AlbumBlock, LocationBlock, TrackBlock
from wagtail_montage.blocks.identifiers import canonical_identifier, clean_identifier
from wagtail_montage.conf import API_NAMESPACE
from wagtail_montage.models import FeatureFact, VideoFeaturePage
from wagtail_montage.structured_data import build_structured_data

from .factories import ALBUM, LOCATION, TRACK, make_feature

pytestmark = pytest.mark.django_db

RECORDING_MBID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
RELEASE_GROUP_MBID = "11111111-2222-4333-8444-555555555555"
SONG_ITEM = "Q1000001"
PLACE_ITEM = "Q1000002"
FILM_ITEM = "Q1000003"

IDENTIFIED_BODY = [
    (
        "track",
        {
            **TRACK,
            "isrc": "US-AB1-85-00001",
            "musicbrainz_id": RECORDING_MBID.upper(),
            "wikidata_id": "q1000001",
        },
    ),
    (
        "album",
        {**ALBUM, "musicbrainz_id": RELEASE_GROUP_MBID, "wikidata_id": "Q1000004"},
    ),
    ("location", {**LOCATION, "wikidata_id": PLACE_ITEM}),
]


def identified(index_page, **fields):
    return make_feature(
        index_page,
        body=[
            (name, (TrackBlock, AlbumBlock, LocationBlock)[n]().clean(value))
            for n, (name, value) in enumerate(IDENTIFIED_BODY)
        ],
        film_imdb_id="tt0089927",
        film_wikidata_id=FILM_ITEM,
        **fields,
    )


# -- Formats -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "text", "canonical"),
    [
        ("musicbrainz", RECORDING_MBID.upper(), RECORDING_MBID),
        ("musicbrainz", f" {RECORDING_MBID} ", RECORDING_MBID),
        ("wikidata", "q42", "Q42"),
        ("imdb", "TT0089927", "tt0089927"),
        ("imdb", "tt12345678", "tt12345678"),
        ("isrc", "us-s1z-99-00001", "USS1Z9900001"),
        ("isrc", "USS1Z9900001", "USS1Z9900001"),
    ],
)
def test_valid_identifiers_take_one_spelling(kind, text, canonical):
    assert clean_identifier(kind, text) == canonical


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("musicbrainz", "0a1b2c3d4e5f4a6b8c7d9e0f1a2b3c4d"),  # no hyphens
        ("musicbrainz", f"https://musicbrainz.org/recording/{RECORDING_MBID}"),
        ("wikidata", "Q0"),
        ("wikidata", "P31"),
        ("wikidata", "https://www.wikidata.org/wiki/Q42"),
        ("imdb", "tt123456"),
        ("imdb", "nm0000230"),
        ("isrc", "USS1Z990000"),  # 11 characters
        ("isrc", "1SS1Z9900001"),
        ("isrc", "x" * 1000),
    ],
)
def test_bad_identifiers_are_refused_with_a_message(kind, text):
    with pytest.raises(ValidationError) as error:
        clean_identifier(kind, text)
    assert "such as" in error.value.messages[0]
    assert canonical_identifier(kind, text) is None


def test_a_bad_identifier_is_reported_beside_its_field():
    with pytest.raises(StructBlockValidationError) as error:
        TrackBlock().clean(
            {**TRACK, "isrc": "nope", "musicbrainz_id": "", "wikidata_id": "Q5"}
        )
    assert set(error.value.block_errors) == {"isrc"}
    with pytest.raises(StructBlockValidationError) as error:
        LocationBlock().clean({**LOCATION, "wikidata_id": "Jackson Hole"})
    assert set(error.value.block_errors) == {"wikidata_id"}


def test_blocks_saved_before_identifiers_read_them_as_blank(index_page):
    feature = make_feature(index_page)  # TRACK has no identifier keys
    (track,) = feature.tracks
    assert (track["isrc"], track["musicbrainz_id"], track["wikidata_id"]) == (
        "",
        "",
        "",
    )


def test_the_pages_film_ids_are_checked_beside_their_fields(index_page):
    feature = make_feature(index_page, publish=False)
    feature.film_imdb_id = "TT0089927"
    feature.film_wikidata_id = "Q42"
    feature.full_clean()
    assert feature.film_imdb_id == "tt0089927"
    feature.film_imdb_id = "0089927"
    feature.film_wikidata_id = "Rocky IV"
    with pytest.raises(ValidationError) as error:
        feature.full_clean()
    assert set(error.value.message_dict) == {"film_imdb_id", "film_wikidata_id"}


# -- JSON-LD -------------------------------------------------------------------------


def nodes(document, type_name):
    return [node for node in document["@graph"] if node["@type"] == type_name]


def test_json_ld_ties_the_facts_to_their_identifiers(index_page):
    document = build_structured_data(identified(index_page))
    (video,) = nodes(document, "VideoObject")
    (recording,) = video["audio"]
    assert recording["isrcCode"] == "USAB18500001"
    assert recording["sameAs"] == [
        f"https://musicbrainz.org/recording/{RECORDING_MBID}",
        f"https://www.wikidata.org/wiki/{SONG_ITEM}",
    ]
    (album,) = nodes(document, "MusicAlbum")
    assert album["sameAs"] == [
        f"https://musicbrainz.org/release-group/{RELEASE_GROUP_MBID}",
        "https://www.wikidata.org/wiki/Q1000004",
    ]
    (movie,) = nodes(document, "Movie")
    assert movie["sameAs"] == [
        "https://www.imdb.com/title/tt0089927/",
        f"https://www.wikidata.org/wiki/{FILM_ITEM}",
    ]
    # Where it was filmed (with its item) and what it stood in for.
    (filmed,) = video["locationCreated"]
    assert filmed["name"] == "Jackson Hole"
    assert filmed["sameAs"] == f"https://www.wikidata.org/wiki/{PLACE_ITEM}"
    assert video["contentLocation"] == [{"@type": "Place", "name": "the Soviet Union"}]


def test_no_identifiers_no_same_as(index_page):
    document = build_structured_data(make_feature(index_page))
    (video,) = nodes(document, "VideoObject")
    assert "sameAs" not in video["audio"][0]
    assert "isrcCode" not in video["audio"][0]
    assert "sameAs" not in nodes(document, "Movie")[0]


# -- Facts index and the plugin API ------------------------------------------------


def list_url():
    return reverse(f"{API_NAMESPACE}:feature_list")


def test_the_facts_index_holds_each_identifier(index_page):
    feature = identified(index_page)
    rows = set(
        FeatureFact.objects.filter(
            page=feature,
            kind__in=["wikidata", "mbid", "imdb", "isrc"],
        ).values_list("kind", "value")
    )
    assert rows == {
        ("wikidata", SONG_ITEM),
        ("wikidata", "Q1000004"),
        ("wikidata", PLACE_ITEM),
        ("wikidata", FILM_ITEM),
        ("mbid", RECORDING_MBID),
        ("mbid", RELEASE_GROUP_MBID),
        ("imdb", "tt0089927"),
        ("isrc", "USAB18500001"),
    }


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("wikidata", SONG_ITEM),
        ("wikidata", "q1000002"),  # any letter case
        ("wikidata", FILM_ITEM),
        ("musicbrainz", RECORDING_MBID.upper()),
        ("musicbrainz", RELEASE_GROUP_MBID),
        ("imdb", "tt0089927"),
        ("isrc", "usab18500001"),
    ],
)
def test_the_feature_list_finds_a_feature_by_identifier(
    client, index_page, name, value
):
    feature = identified(index_page)
    make_feature(index_page, title="Without identifiers")
    response = client.get(list_url(), {name: value})
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [feature.pk]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("wikidata", "Q1000009"),
        ("musicbrainz", "ffffffff-2222-4333-8444-555555555555"),
        ("imdb", "tt0084602"),
        ("isrc", "USAB18500002"),
    ],
)
def test_another_identifier_finds_nothing(client, index_page, name, value):
    identified(index_page)
    response = client.get(list_url(), {name: value})
    assert response.status_code == 200
    assert response.json()["count"] == 0


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("wikidata", "Rocky"),
        ("musicbrainz", "not-a-uuid"),
        ("imdb", "0089927"),
        ("isrc", "US-AB1-85-00001"),
    ],
)
def test_a_malformed_identifier_filter_is_a_422_naming_it(
    client, index_page, name, value
):
    response = client.get(list_url(), {name: value})
    assert response.status_code == 422
    assert name in response.content.decode()


def test_each_fact_carries_its_identifiers(client, index_page):
    feature = identified(index_page)
    detail = client.get(
        reverse(f"{API_NAMESPACE}:feature_detail", kwargs={"feature_id": feature.pk})
    ).json()
    by_type = {item["type"]: item["value"] for item in detail["body"]}
    assert by_type["track"]["isrc"] == "USAB18500001"
    assert by_type["track"]["musicbrainz_id"] == RECORDING_MBID
    assert by_type["track"]["wikidata_id"] == SONG_ITEM
    assert by_type["album"]["musicbrainz_id"] == RELEASE_GROUP_MBID
    assert by_type["location"]["wikidata_id"] == PLACE_ITEM
    assert detail["film"]["imdb_id"] == "tt0089927"
    assert detail["film"]["wikidata_id"] == FILM_ITEM
    assert detail["chapters_url"] == feature.full_url + "chapters.vtt"


# -- The editor ------------------------------------------------------------------


def test_the_editor_reports_bad_identifiers_beside_their_fields(
    admin_client, index_page
):
    from .test_admin_editing import add_url, page_form

    track = {**TRACK, "isrc": "not an isrc", "musicbrainz_id": "", "wikidata_id": ""}
    track["composers"] = {"count": 0}
    track["performers"] = {"count": 0}
    response = admin_client.post(
        add_url(index_page),
        page_form([("track", track)], film_imdb_id="imdb.com/title/tt0089927"),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "The page could not be created due to validation errors" in html
    assert "Enter an IMDb title id: tt and 7 or 8 digits" in html
    # The StreamField widget gets the block's error keyed by its field.
    assert "&quot;isrc&quot;: {&quot;messages&quot;: [&quot;Enter an ISRC" in html


def test_the_editor_saves_identifiers_in_their_spelling(admin_client, index_page):
    from .test_admin_editing import add_url, page_form

    response = admin_client.post(
        add_url(index_page),
        page_form(None, film_imdb_id="TT0089927", film_wikidata_id="q42"),
    )
    assert response.status_code == 302
    page = VideoFeaturePage.objects.get(slug="rocky-in-the-snow")
    assert (page.film_imdb_id, page.film_wikidata_id) == ("tt0089927", "Q42")


def test_a_credited_artists_identifiers_find_the_feature(client, index_page):
    artist_mbid = "22222222-3333-4444-8555-666666666666"
    track = {
        **TRACK,
        "composers": "Jim Peterik (music, Q1000010)",
        "performers": f"Survivor (group, {artist_mbid})",
    }
    feature = make_feature(index_page, body=[("track", TrackBlock().clean(track))])
    make_feature(index_page, title="Without identifiers")
    rows = set(
        FeatureFact.objects.filter(
            page=feature, kind__in=["wikidata", "mbid"]
        ).values_list("kind", "value")
    )
    assert rows == {("wikidata", "Q1000010"), ("mbid", artist_mbid)}
    for name, value in (("wikidata", "q1000010"), ("musicbrainz", artist_mbid)):
        response = client.get(list_url(), {name: value})
        assert [item["id"] for item in response.json()["items"]] == [feature.pk]
    detail = client.get(
        reverse(f"{API_NAMESPACE}:feature_detail", kwargs={"feature_id": feature.pk})
    ).json()
    [value] = [item["value"] for item in detail["body"] if item["type"] == "track"]
    assert value["composer_credits"][0]["wikidata_id"] == "Q1000010"
    assert value["performer_credits"][0]["musicbrainz_id"] == artist_mbid
