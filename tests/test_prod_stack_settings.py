"""The production profile without starting it: the settings ``make prod-demo``
serves with, the 503 for an unreachable database, the demo loaded only into an
empty site, and the script's throwaway secret key."""

import json
import subprocess

import pytest
from django.core.management import call_command
from django.db import InterfaceError, OperationalError
from django.test import RequestFactory

from wagtail_montage.middleware import DatabaseUnavailableMiddleware
from wagtail_montage.models import VideoFeaturePage

from .test_example_site import EXAMPLE_SITE, load_settings

REDIS = "redis://127.0.0.1:6390/0"


def production(monkeypatch, **env):
    return load_settings(
        "production", monkeypatch, DJANGO_SECRET_KEY="from-the-environment", **env
    )


def test_redis_is_the_cache_every_worker_shares(monkeypatch):
    settings = production(monkeypatch, REDIS_URL=REDIS)

    caches = settings["CACHES"]
    assert {alias: cache["BACKEND"] for alias, cache in caches.items()} == {
        "default": "django_redis.cache.RedisCache",
        "comments": "django_redis.cache.RedisCache",
        "renditions": "django_redis.cache.RedisCache",
    }
    assert {cache["LOCATION"] for cache in caches.values()} == {REDIS}
    # Kept values and fragments: a miss while Redis is away; the throttle: 503.
    assert caches["default"]["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert caches["comments"]["OPTIONS"]["IGNORE_EXCEPTIONS"] is False
    assert settings["WAGTAIL_MONTAGE_COMMENT_CACHE"] == "comments"
    assert len({cache["KEY_PREFIX"] for cache in caches.values()}) == 3


def test_without_redis_a_file_cache_for_the_machines_workers(monkeypatch):
    settings = production(monkeypatch)

    assert (
        settings["CACHES"]["default"]["BACKEND"]
        == "django.core.cache.backends.filebased.FileBasedCache"
    )
    assert "WAGTAIL_MONTAGE_COMMENT_CACHE" not in settings


def test_whitenoise_serves_hashed_compressed_static_files(monkeypatch):
    settings = production(monkeypatch)

    middleware = settings["MIDDLEWARE"]
    security = middleware.index("django.middleware.security.SecurityMiddleware")
    assert middleware[security + 1] == "whitenoise.middleware.WhiteNoiseMiddleware"
    assert "wagtail_montage.middleware.DatabaseUnavailableMiddleware" in middleware
    assert settings["STORAGES"]["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    assert settings["DEBUG"] is False
    assert settings["DATABASES"]["default"]["CONN_HEALTH_CHECKS"] is True


def test_mail_goes_to_the_smtp_server_named(monkeypatch):
    settings = production(monkeypatch, EMAIL_HOST="mail.internal", EMAIL_PORT="2525")

    assert settings["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (settings["EMAIL_HOST"], settings["EMAIL_PORT"]) == ("mail.internal", 2525)
    assert settings["EMAIL_TIMEOUT"] == 5


@pytest.mark.parametrize(
    "error", [OperationalError("server closed the connection"), InterfaceError("x")]
)
def test_an_unreachable_database_is_a_503_problem_to_retry(error, caplog):
    request = RequestFactory().post("/api/montage/comments/")
    middleware = DatabaseUnavailableMiddleware(lambda request: None)

    response = middleware.process_exception(request, error)

    assert response.status_code == 503
    assert response["Content-Type"] == "application/problem+json"
    assert response["Retry-After"] == "5"
    assert json.loads(response.content)["status"] == 503
    assert "Database unavailable" in caplog.text


def test_other_errors_are_left_to_django():
    request = RequestFactory().get("/")
    middleware = DatabaseUnavailableMiddleware(lambda request: None)

    assert middleware.process_exception(request, ValueError("a bug")) is None


@pytest.mark.django_db
def test_the_demo_is_loaded_only_into_an_empty_site(capsys):
    call_command("load_montage_demo", "--if-empty")
    feature = VideoFeaturePage.objects.get()
    feature.title = "Edited by an editor"
    feature.save_revision().publish()

    call_command("load_montage_demo", "--if-empty")

    assert VideoFeaturePage.objects.get().title == "Edited by an editor"
    assert "demo not loaded" in capsys.readouterr().out


def test_prod_demo_makes_a_throwaway_secret_key_with_a_warning(tmp_path):
    """The script's start, up to its first manage.py (a stand-in venv that records
    what it is given)."""
    (tmp_path / "bin").mkdir()
    python = tmp_path / "bin" / "python"
    python.write_text(
        "#!/usr/bin/env bash\n"
        'if [[ "$1" == -c ]]; then exec python3 "$@"; fi\n'
        'echo "$DJANGO_SETTINGS_MODULE $DJANGO_SECRET_KEY $DJANGO_ALLOWED_HOSTS"\n'
        "exit 3\n"
    )
    python.chmod(0o755)

    result = subprocess.run(  # noqa: S603
        ["bash", str(EXAMPLE_SITE / "prod-demo.sh")],  # noqa: S607
        env={"VENV": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 3  # stopped at the stand-in's migrate
    assert "WARNING: DJANGO_SECRET_KEY is not set" in result.stderr
    module, key, hosts = result.stdout.split()
    assert module == "example_site.settings.production"
    assert len(key) >= 50
    assert hosts == "127.0.0.1,localhost"
