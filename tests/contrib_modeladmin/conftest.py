"""These tests need ``--ds=tests.settings_modeladmin`` (``make test`` runs them so);
under the main settings they are not collected at all."""

from django.conf import settings

if "wagtail_montage.contrib.modeladmin" not in settings.INSTALLED_APPS:
    collect_ignore_glob = ["test_*.py"]
