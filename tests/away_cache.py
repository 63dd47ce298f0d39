"""A local-memory cache that can be away, as Redis is when it stops answering
behind django-redis's ``IGNORE_EXCEPTIONS``: reads miss and writes are dropped,
and when it is back it answers with the data it had."""

from django.core.cache.backends.locmem import LocMemCache


class AwayCache(LocMemCache):
    away = False

    def get(self, key, default=None, version=None):
        return default if self.away else super().get(key, default, version)

    def get_many(self, keys, version=None):
        return {} if self.away else super().get_many(keys, version)

    def add(self, key, value, timeout=None, version=None):
        return False if self.away else super().add(key, value, timeout, version)

    def set(self, key, value, timeout=None, version=None):
        if not self.away:
            super().set(key, value, timeout, version)

    def set_many(self, data, timeout=None, version=None):
        return list(data) if self.away else super().set_many(data, timeout, version)
