from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.documents import urls as wagtaildocs_urls

from wagtail_montage.api.v2_endpoints import MontagePagesAPIViewSet
from wagtail_montage.compat import api_v3_available

# Wagtail's page API v2 (Django REST framework); v3 (django-ninja) documents
# itself at /api/v3/docs/ and /api/v3/openapi.json.
api_v2 = WagtailAPIRouter("wagtailapi")
api_v2.register_endpoint("pages", MontagePagesAPIViewSet)

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_v2.urls),
    # wagtail-montage's own API: features, fact queries and comments, with its
    # OpenAPI document at /api/montage/openapi.json and docs at /api/montage/docs/.
    path("api/montage/", include("wagtail_montage.api.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    # runserver serves static files and uploads; in production the web server does.
    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

if api_v3_available():
    # Wagtail 8.x; Wagtail 7.4 LTS has no API v3.
    from wagtail.api.v3.urls import api as api_v3

    urlpatterns.append(path("api/v3/", api_v3.urls))

urlpatterns += [
    # A feature's chapters.vtt (Wagtail's own pattern serves no path with a dot).
    path("", include("wagtail_montage.urls")),
    # Wagtail's page serving catches every path, so it comes last.
    path("", include(wagtail_urls)),
]
