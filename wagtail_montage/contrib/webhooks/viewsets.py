"""Settings → Webhooks: the endpoints as a ModelViewSet, gated by the model's
add, change and delete permissions, with each endpoint's deliveries."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.viewsets.model import ModelViewSet

from .forms import WebhookEndpointForm
from .models import WebhookEndpoint
from .views import (
    URL_NAMESPACE,
    DeliveriesView,
    EndpointCreateView,
    EndpointEditView,
    EndpointIndexView,
    ResendView,
    RotateSecretView,
    TestEventView,
)


def state(endpoint):
    if endpoint.is_active:
        return _("Active")
    return _("Switched off") if endpoint.disabled_reason else _("Off")


def events(endpoint):
    return ", ".join(endpoint.events) or _("Every event")


class WebhookEndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    icon = "link"
    menu_label = _("Webhooks")
    menu_name = "webhooks"
    add_to_settings_menu = True
    url_prefix = "wagtail_montage/webhooks"
    index_view_class = EndpointIndexView
    add_view_class = EndpointCreateView
    edit_view_class = EndpointEditView
    # A copy would share the secret.
    copy_view_enabled = False
    list_display = [
        "url",
        "description",
        Column("events", label=_("Events"), accessor=events),
        StatusTagColumn(
            "state",
            label=_("Status"),
            accessor=state,
            primary=lambda endpoint: endpoint.is_active,
        ),
    ]

    def get_form_class(self, for_update=False):
        return WebhookEndpointForm

    def get_urlpatterns(self):
        policy = self.permission_policy
        edit_url_name = self.get_url_name("edit")
        return [
            *super().get_urlpatterns(),
            path(
                "<str:pk>/deliveries/",
                DeliveriesView.as_view(
                    permission_policy=policy, edit_url_name=edit_url_name
                ),
                name="deliveries",
            ),
            path(
                "<str:pk>/deliveries/<str:delivery_pk>/resend/",
                ResendView.as_view(permission_policy=policy),
                name="resend",
            ),
            path(
                "<str:pk>/rotate/",
                RotateSecretView.as_view(permission_policy=policy),
                name="rotate",
            ),
            path(
                "<str:pk>/test/",
                TestEventView.as_view(permission_policy=policy),
                name="test",
            ),
        ]


webhook_viewset = WebhookEndpointViewSet(URL_NAMESPACE)
