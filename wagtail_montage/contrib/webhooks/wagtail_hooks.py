"""Every registration of the webhooks app with Wagtail: Settings → Webhooks,
the page events the plugin sends (``handlers.PAGE_EVENT_HOOK``) and the
payloads in the plugin API's OpenAPI document."""

from wagtail import hooks

from ...api.plugin import OPENAPI_SCHEMA_HOOK
from ...handlers import PAGE_EVENT_HOOK
from .events import on_page_event
from .schemas import add_webhooks
from .viewsets import webhook_viewset


@hooks.register("register_admin_viewset")
def register_admin_viewset():
    return webhook_viewset


@hooks.register(PAGE_EVENT_HOOK)
def page_event(name, instance, **details):
    return on_page_event(name, instance, **details)


@hooks.register(OPENAPI_SCHEMA_HOOK)
def openapi_schema(document):
    return add_webhooks(document)
