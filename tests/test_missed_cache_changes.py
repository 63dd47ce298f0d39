"""A change made while the shared cache is away (``caching.missed``): the cache
comes back with its old data, and what it kept must not be served as if nothing
had changed. The change is noted in the database and replayed by the first
process that sees the cache answer again, whichever process made it."""

import pytest
from django.core.cache import caches

from wagtail_montage.caching import generation, missed
from wagtail_montage.models import MissedCacheChange

from .away_cache import AwayCache
from .test_api_plugin import detail_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def away_cache(settings):
    settings.CACHES = {
        **settings.CACHES,
        "shared": {"BACKEND": "tests.away_cache.AwayCache", "LOCATION": "shared"},
    }
    settings.WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE = "shared"
    settings.WAGTAIL_MONTAGE_PAGE_FRAGMENT_CACHE = "shared"
    missed._state["away"] = False
    yield caches["shared"]
    AwayCache.away = False
    caches["shared"].clear()
    missed._state["away"] = False


def test_a_publish_while_the_cache_is_away_is_served_once_it_is_back(
    client, feature, away_cache
):
    assert client.get(detail_url(feature)).json()["title"] == feature.title
    AwayCache.away = True
    assert client.get(detail_url(feature)).status_code == 200  # this process sees it

    feature.title = "Retitled while the cache was away"
    feature.save_revision().publish()

    assert list(MissedCacheChange.objects.values_list("key", flat=True)) == [
        generation.GENERATION_KEY
    ]
    AwayCache.away = False  # back, with the title it kept
    assert client.get(detail_url(feature)).json()["title"] == feature.title
    assert not MissedCacheChange.objects.exists()


def test_a_change_another_process_missed_is_replayed_here(away_cache):
    before = generation.generation()[0]
    AwayCache.away = True
    generation.new_generation()  # a command, say, that has since exited
    assert generation.generation() == (None, None)  # this process sees it away
    AwayCache.away = False

    assert generation.generation()[0] not in (None, before)
    assert not MissedCacheChange.objects.exists()


def test_a_comment_change_missed_is_replayed(away_cache, feature):
    before = generation.comments_generation(feature.pk)
    every = generation.comments_generation(feature.pk + 1)
    AwayCache.away = True
    generation.new_comments_generation([feature.pk])
    generation.new_comments_generation()  # every page's
    assert set(MissedCacheChange.objects.values_list("key", flat=True)) == {
        f"{generation.COMMENTS_KEY}{feature.pk}",
        generation.ANY_PAGE_COMMENTS_KEY,
    }
    AwayCache.away = False

    assert generation.comments_generation(feature.pk) != before
    assert generation.comments_generation(feature.pk + 1) != every
    assert not MissedCacheChange.objects.exists()


def test_a_cache_that_answers_throughout_notes_nothing(
    away_cache, django_assert_num_queries
):
    generation.generation()
    with django_assert_num_queries(0):
        generation.new_generation()
        generation.new_comments_generation([1, 2])
        generation.generation()
    assert not MissedCacheChange.objects.exists()


def test_still_away_when_replayed_keeps_the_note(away_cache):
    AwayCache.away = True
    generation.new_generation()
    assert generation.generation() == (None, None)
    assert generation.replay_missed()  # the cache is still away: noted again
    assert MissedCacheChange.objects.count() == 1
