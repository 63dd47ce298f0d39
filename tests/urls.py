from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v3.urls import api as api_v3
from wagtail.documents import urls as wagtaildocs_urls

from wagtail_montage.api.v2_endpoints import MontagePagesAPIViewSet

api_v2 = WagtailAPIRouter("wagtailapi")
api_v2.register_endpoint("pages", MontagePagesAPIViewSet)

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_v2.urls),
    path("api/v3/", api_v3.urls),
    path("api/montage/", include("wagtail_montage.api.urls")),
    path("", include(wagtail_urls)),
]
