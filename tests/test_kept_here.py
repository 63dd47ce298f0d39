"""This process's copies of kept values (``caching.representations``): served
without a read of the shared cache, bounded, and never stale, since what a
value depends on is in its key."""

import pytest
from django.core.cache import caches

from wagtail_montage.caching import generation, representations
from wagtail_montage.caching.representations import keep

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_copies():
    representations._kept_here.clear()
    yield
    representations._kept_here.clear()


def test_a_copy_is_served_without_reading_the_shared_cache(monkeypatch):
    calls = []
    assert keep("test", (1,), None, lambda: calls.append(1) or {"n": 1}) == {"n": 1}
    reads = []
    cache = caches["default"]
    original = type(cache).get

    def counting_get(self, key, *args, **kwargs):
        reads.append(key)
        return original(self, key, *args, **kwargs)

    monkeypatch.setattr(type(cache), "get", counting_get)
    generation.start_request_memo()
    try:
        generation.current_generation(cache)  # the request's one token read
        reads.clear()
        assert keep("test", (1,), None, lambda: {"n": 2}) == {"n": 1}
    finally:
        generation.end_request_memo()
    assert reads == []
    assert calls == [1]


def test_a_new_generation_is_worked_out_again():
    assert keep("test", (1,), None, lambda: "first") == "first"
    generation.new_generation()
    assert keep("test", (1,), None, lambda: "second") == "second"


def test_another_process_s_change_is_seen():
    assert keep("test", (2,), None, lambda: "first") == "first"
    caches["default"].set(generation.GENERATION_KEY, "set by another worker", None)
    assert keep("test", (2,), None, lambda: "second") == "second"


def test_copies_are_bounded(monkeypatch):
    monkeypatch.setattr(representations, "KEPT_HERE_MAX", 3)
    for n in range(10):
        keep("test", (n,), None, lambda n=n: n + 100)
    assert len(representations._kept_here) == 3
    # The oldest went first; the newest are still here.
    assert keep("test", (9,), None, lambda: "again") == 109


def test_nothing_is_copied_without_the_cache(settings):
    settings.WAGTAIL_MONTAGE_API_REPRESENTATION_CACHE = None
    assert keep("test", (3,), None, lambda: "worked out") == "worked out"
    assert keep("test", (3,), None, lambda: "again") == "again"
    assert not representations._kept_here
