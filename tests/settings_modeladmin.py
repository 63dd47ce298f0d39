"""The test settings with the wagtail-modeladmin integration installed
(``make test`` runs ``tests/contrib_modeladmin`` with these)."""

from .settings import *  # noqa: F403
from .settings import INSTALLED_APPS as BASE_INSTALLED_APPS

INSTALLED_APPS = [
    *BASE_INSTALLED_APPS,
    "wagtail_modeladmin",
    "wagtail_montage.contrib.modeladmin",
]
