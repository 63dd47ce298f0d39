"""Set-up checks: migrations match the models and the system checks are clean."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings

from wagtail_montage import checks
from wagtail_montage.conf import DEFAULTS, get_setting


@pytest.mark.django_db
def test_migrations_are_up_to_date():
    out = StringIO()
    # Exits non-zero (SystemExit) when a model change has no migration.
    call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    assert "No changes detected" in out.getvalue()


def test_system_checks_are_clean():
    out = StringIO()
    call_command("check", "--fail-level", "WARNING", stdout=out, stderr=out)
    assert "no issues" in out.getvalue()


@override_settings(WAGTAIL_MONTAGE_BASE_TEMPLATE="missing/base.html")
def test_missing_base_template_is_an_error():
    [error] = checks.check_base_template(None)
    assert error.id == "wagtail_montage.E002"
    assert "missing/base.html" in error.msg


@override_settings(WAGTAILEMBEDS_FINDERS=[{"class": "wagtail.embeds.finders.oembed"}])
def test_network_embed_finder_gets_a_warning():
    [warning] = checks.check_embed_finders(None)
    assert warning.id == "wagtail_montage.W001"


def test_settings_have_defaults_and_can_be_overridden():
    assert get_setting("INDEX_PAGE_SIZE") == DEFAULTS["INDEX_PAGE_SIZE"]
    with override_settings(WAGTAIL_MONTAGE_INDEX_PAGE_SIZE=3):
        assert get_setting("INDEX_PAGE_SIZE") == 3
    with pytest.raises(KeyError):
        get_setting("NO_SUCH_SETTING")


def test_every_setting_has_a_readme_row():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    missing = [
        name for name in DEFAULTS if f"| `WAGTAIL_MONTAGE_{name}` |" not in readme
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("setting", "available", "ids"),
    [
        (True, False, ["wagtail_montage.E006"]),
        (True, True, []),
        ("auto", False, []),
        (False, False, []),
    ],
)
def test_a_site_that_needs_api_v3_is_told_when_wagtail_has_none(
    monkeypatch, setting, available, ids
):
    monkeypatch.setattr(checks, "api_v3_available", lambda: available)
    with override_settings(WAGTAIL_MONTAGE_API_V3=setting):
        assert [error.id for error in checks.check_api_v3(None)] == ids


def test_v3_schemas_are_left_alone_without_api_v3(monkeypatch):
    from wagtail_montage.api import wagtail as api_wagtail

    monkeypatch.setattr(api_wagtail, "api_v3_available", lambda: False)
    assert api_wagtail.uses_api_v3() is False
    assert api_wagtail.register_v3_schemas() is None
    monkeypatch.setattr(api_wagtail, "api_v3_available", lambda: True)
    with override_settings(WAGTAIL_MONTAGE_API_V3=False):
        assert api_wagtail.uses_api_v3() is False
        assert api_wagtail.register_v3_schemas() is None
