"""``DATABASE_URL`` to a Django ``DATABASES`` entry, without a dependency for it.

Understands ``sqlite:///relative.db``, ``sqlite:////absolute/path.db`` and
``postgres://user:password@host:port/name`` (``postgresql://`` too).
"""

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit


def database_from_url(url):
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        name = (
            unquote(parts.path[1:])
            if parts.path.startswith("/")
            else unquote(parts.path)
        )
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": name or ":memory:",
            "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20},
        }
    if parts.scheme in ("postgres", "postgresql", "pgsql"):
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parts.path.lstrip("/")),
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
        }
    raise ValueError(
        f"DATABASE_URL: unsupported scheme '{parts.scheme}' (use sqlite:// or postgres://)"
    )


def database_from_env(default_sqlite):
    """The database from ``DATABASE_URL``, else an SQLite file at ``default_sqlite``."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        return database_from_url(url)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(Path(default_sqlite)),
        "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20},
    }
