"""One caching layer, optional, made stale by Wagtail's own signals (``handlers``).

``generation``: the token everything kept is keyed by, in the shared cache.
``representations``: derived JSON the APIs keep. ``fragments``: the settings of
the feature templates' ``{% wagtailpagecache %}``. ``purge``: front-end cache
purges. ORM queries only; nothing here loads models at import.
"""
