"""The example site's own settings, as ``manage.py`` and a WSGI server load them."""

import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_SITE = ROOT / "example_site"


def load_settings(module, monkeypatch, **env):
    for name in ("DATABASE_URL", "PORT", "WAGTAILADMIN_BASE_URL", "DJANGO_SECRET_KEY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    # Fresh each time: base is otherwise read once and cached in sys.modules.
    monkeypatch.delitem(sys.modules, "example_site.settings.base", raising=False)
    return runpy.run_module(f"example_site.settings.{module}")


def test_dev_settings_use_the_local_sqlite_file(monkeypatch):
    settings = load_settings("dev", monkeypatch)

    assert settings["DEBUG"] is True
    assert settings["DATABASES"]["default"]["ENGINE"] == "django.db.backends.sqlite3"
    assert settings["DATABASES"]["default"]["NAME"] == str(EXAMPLE_SITE / "db.sqlite3")
    assert settings["WAGTAILADMIN_BASE_URL"] == "http://127.0.0.1:8000"
    assert settings["WAGTAIL_MONTAGE_BASE_TEMPLATE"] == "base.html"
    assert settings["WAGTAIL_MONTAGE_EMBED_OEMBED_FALLBACK"] is False


def test_database_url_and_port_come_from_the_environment(monkeypatch):
    settings = load_settings(
        "dev",
        monkeypatch,
        DATABASE_URL="postgres://montage:secret@db.internal:5433/montage",
        PORT="8765",
    )

    database = settings["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["PORT"], database["NAME"]) == (
        "db.internal",
        "5433",
        "montage",
    )
    assert settings["WAGTAILADMIN_BASE_URL"] == "http://127.0.0.1:8765"


def test_production_needs_a_secret_key(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SECRET_KEY"):
        load_settings("production", monkeypatch)


def test_production_reads_its_secrets_and_hosts_from_the_environment(monkeypatch):
    settings = load_settings(
        "production",
        monkeypatch,
        DJANGO_SECRET_KEY="a-real-secret-from-the-environment",
        DJANGO_ALLOWED_HOSTS="demo.example.com, www.demo.example.com",
    )

    assert settings["DEBUG"] is False
    assert settings["SECRET_KEY"] == "a-real-secret-from-the-environment"
    assert settings["ALLOWED_HOSTS"] == ["demo.example.com", "www.demo.example.com"]
    assert settings["SESSION_COOKIE_SECURE"] is True


def test_manage_py_check_passes_with_the_dev_settings():
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")
    }
    # The package from this checkout, and a database that leaves no file behind.
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(ROOT), env.get("PYTHONPATH")])
    )
    env["DATABASE_URL"] = "sqlite:///:memory:"

    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--fail-level", "WARNING"],
        cwd=EXAMPLE_SITE,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_the_admin_shows_avatars_without_asking_gravatar(monkeypatch, admin_user):
    """The demo's admin draws its own default avatar: no editor's email hash goes
    to a third party, and the page makes no outgoing request."""
    from django.test import override_settings
    from wagtail.admin.templatetags.wagtailadmin_tags import avatar_url

    provider = load_settings("dev", monkeypatch)["WAGTAIL_GRAVATAR_PROVIDER_URL"]
    assert "gravatar.com" in avatar_url(admin_user)

    with override_settings(WAGTAIL_GRAVATAR_PROVIDER_URL=provider):
        url = avatar_url(admin_user)

    assert "gravatar" not in url
    assert "default-user-avatar" in url
