"""The one URL the pages cannot route themselves: ``<feature URL>chapters.vtt``.

Wagtail's own pattern serves no path with a dot in it; this one hands such a
path to Wagtail's ``serve`` view as the page's ``chapters.vtt/`` route, so
privacy, view restrictions and Wagtail's hooks apply as to any page. Include it
before Wagtail's URLs: ``path("", include("wagtail_montage.urls"))``.
"""

from django.urls import re_path
from wagtail import views as wagtail_views


def chapters_file(request, path):
    return wagtail_views.serve(request, f"{path}chapters.vtt/")


urlpatterns = [
    re_path(
        r"^((?:[\w\-]+/)*)chapters\.vtt$",
        chapters_file,
        name="wagtail_montage_chapters",
    ),
]
