"""The facts index follows publishing: rebuilt on publish, cleared on unpublish and delete."""

from wagtail_montage.models import FeatureFact, normalise_fact

from .factories import make_feature


def facts(page, kind):
    return set(
        FeatureFact.objects.filter(page=page, kind=kind).values_list("value", flat=True)
    )


def test_publish_indexes_people_tracks_charts_places_and_film(feature):
    assert {"John Cafferty", "Vince DiCola", "Survivor"} <= facts(feature, "person")
    assert {"Heart's on Fire"} <= facts(feature, "track")
    assert {"Billboard Hot 100", "RIAA"} <= facts(feature, "chart")
    assert {"Jackson Hole", "Wyoming", "United States", "the Soviet Union"} <= facts(
        feature, "place"
    )
    assert facts(feature, "film") == {"Rocky IV"}


def test_drafts_are_not_indexed(index_page):
    draft = make_feature(index_page, publish=False)
    assert not FeatureFact.objects.filter(page=draft).exists()


def test_republishing_replaces_the_rows(feature):
    feature.body = [
        ("location", {**feature.locations[0], "name": "Grand Teton National Park"})
    ]
    feature.segments = []  # its track is gone from the body
    feature.save_revision().publish()
    places = facts(feature, "place")
    assert "Grand Teton National Park" in places
    assert "Jackson Hole" not in places


def test_unpublish_and_delete_clear_the_rows(feature, index_page):
    feature.unpublish()
    assert not FeatureFact.objects.filter(page=feature).exists()
    other = make_feature(index_page, title="Other")
    other_pk = other.pk
    other.delete()
    assert not FeatureFact.objects.filter(page_id=other_pk).exists()


def test_matching_ignores_case_and_accents():
    assert normalise_fact("  Göteborg ") == normalise_fact("GOTEBORG") == "goteborg"


def test_more_features_share_a_person_track_or_place(client, index_page):
    first = make_feature(index_page, title="First")
    second = make_feature(index_page, title="Second")
    unrelated = make_feature(
        index_page, title="Unrelated", body=[("paragraph", "<p>Nothing shared.</p>")]
    )
    assert first.get_more_features() == [second]
    assert unrelated.get_more_features() == []
    html = client.get(first.url).content.decode()
    assert "More features" in html
    assert f'<a href="{second.url}">Second</a>' in html
