from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.documents import urls as wagtaildocs_urls

from wagtail_montage.api.v2_endpoints import MontagePagesAPIViewSet
from wagtail_montage.compat import api_v3_available

api_v2 = WagtailAPIRouter("wagtailapi")
api_v2.register_endpoint("pages", MontagePagesAPIViewSet)

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_v2.urls),
    path("api/montage/", include("wagtail_montage.api.urls")),
]

if api_v3_available():  # Wagtail 8.x
    from wagtail.api.v3.urls import api as api_v3

    urlpatterns.append(path("api/v3/", api_v3.urls))

urlpatterns.append(path("", include("wagtail_montage.urls")))
urlpatterns.append(path("", include(wagtail_urls)))
