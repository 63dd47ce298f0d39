"""Admin views: creating an endpoint shows its secret once; each endpoint's
deliveries are listed, with Resend and Send test event."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views import View
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton, ListingButton

from ...conf import get_setting
from ...numbers import parse_int
from . import payloads
from .delivery import create_deliveries, resend
from .models import TEST_EVENT, WebhookDelivery, WebhookEndpoint
from .signing import rotate_secret

URL_NAMESPACE = "wagtail_montage_webhooks"
DELIVERIES_PER_PAGE = 50


def deliveries_url(endpoint):
    return reverse(f"{URL_NAMESPACE}:deliveries", args=[endpoint.pk])


def rotate_url(endpoint):
    return reverse(f"{URL_NAMESPACE}:rotate", args=[endpoint.pk])


def secret_shown_once(request, endpoint, page_title, index_url):
    """The page that shows ``endpoint``'s secret, once."""
    return TemplateResponse(
        request,
        "wagtail_montage/webhooks/secret.html",
        {
            "endpoint": endpoint,
            "page_title": page_title,
            "header_icon": "link",
            "deliveries_url": deliveries_url(endpoint),
            "index_url": index_url,
        },
    )


class EndpointIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        return [
            ListingButton(
                _("Deliveries"),
                url=deliveries_url(instance),
                icon_name="list-ul",
                priority=5,
            ),
            *super().get_list_more_buttons(instance),
        ]


class EndpointCreateView(CreateView):
    """Saved, the endpoint's secret is shown on this one page and never again
    (it is in no message, cookie or session)."""

    def save_action(self):
        return secret_shown_once(
            self.request,
            self.object,
            _("Webhook endpoint created"),
            self.get_success_url(),
        )


class EndpointEditView(EditView):
    @cached_property
    def header_more_buttons(self):
        return [
            HeaderButton(
                _("Deliveries"), url=deliveries_url(self.object), icon_name="list-ul"
            ),
            HeaderButton(
                _("Rotate secret"), url=rotate_url(self.object), icon_name="key"
            ),
            *super().header_more_buttons,
        ]

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if not self.object.is_active and self.object.disabled_reason:
            messages.warning(request, self.object.disabled_reason)
        return response


class EndpointPermissionMixin:
    """Who may change an endpoint may see its deliveries and send to it."""

    permission_policy = None

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        if parse_int(str(kwargs["pk"]), minimum=1) is None:
            raise Http404
        self.endpoint = get_object_or_404(WebhookEndpoint, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)


class DeliveriesView(EndpointPermissionMixin, WagtailAdminTemplateMixin, View):
    template_name = "wagtail_montage/webhooks/deliveries.html"
    header_icon = "list-ul"
    edit_url_name = None

    def get_page_title(self):
        return _("Deliveries to %(endpoint)s") % {"endpoint": self.endpoint}

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse(f"{URL_NAMESPACE}:index"), "label": _("Webhooks")},
            {
                "url": reverse(self.edit_url_name, args=[self.endpoint.pk]),
                "label": str(self.endpoint),
            },
            {"url": "", "label": _("Deliveries")},
        ]

    def get(self, request, *args, **kwargs):
        number = parse_int(request.GET.get("p", "1"), minimum=1) or 1
        paginator = Paginator(self.endpoint.deliveries.all(), DELIVERIES_PER_PAGE)
        page = paginator.get_page(number)
        context = self.get_context_data(
            endpoint=self.endpoint,
            deliveries=page,
            paginator=paginator,
            statuses=WebhookDelivery.Status,
        )
        return self.render_to_response(context)


class ResendView(EndpointPermissionMixin, View):
    def post(self, request, pk, delivery_pk):
        if parse_int(str(delivery_pk), minimum=1) is None:
            raise Http404
        delivery = get_object_or_404(
            self.endpoint.deliveries.select_related("endpoint"), pk=delivery_pk
        )
        if not self.endpoint.is_active:
            messages.error(request, _("Switch the endpoint on before resending."))
        else:
            resend(delivery)
            messages.success(
                request, _("%(event)s sent again.") % {"event": delivery.event}
            )
        return redirect(deliveries_url(self.endpoint))


class TestEventView(EndpointPermissionMixin, View):
    def post(self, request, pk):
        if not self.endpoint.is_active:
            messages.error(request, _("Switch the endpoint on before testing it."))
        else:
            payload = payloads.envelope(
                TEST_EVENT,
                {
                    "endpoint_id": self.endpoint.pk,
                    "message": _("A test event from the Wagtail admin."),
                },
            )
            create_deliveries([self.endpoint], [payload])
            messages.success(request, _("Test event sent."))
        return redirect(deliveries_url(self.endpoint))


class RotateSecretView(EndpointPermissionMixin, WagtailAdminTemplateMixin, View):
    """Asks first; then makes a new secret and shows it once. The old one signs
    too until the overlap ends (WAGTAIL_MONTAGE_WEBHOOK_SECRET_OVERLAP)."""

    template_name = "wagtail_montage/webhooks/rotate.html"
    header_icon = "key"

    def get_page_title(self):
        return _("Rotate the signing secret")

    def get(self, request, *args, **kwargs):
        context = self.get_context_data(
            endpoint=self.endpoint,
            overlap_hours=round(get_setting("WEBHOOK_SECRET_OVERLAP") / 3600, 1),
            edit_url=reverse(f"{URL_NAMESPACE}:edit", args=[self.endpoint.pk]),
        )
        return self.render_to_response(context)

    def post(self, request, *args, **kwargs):
        rotate_secret(self.endpoint, timezone.now())
        return secret_shown_once(
            request,
            self.endpoint,
            _("Signing secret rotated"),
            reverse(f"{URL_NAMESPACE}:index"),
        )
