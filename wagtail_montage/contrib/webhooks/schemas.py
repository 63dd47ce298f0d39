"""The payloads as pydantic models, for the OpenAPI document's ``webhooks``
(OpenAPI 3.1), which the plugin API's document gets through the
``wagtail_montage_openapi_schema`` hook."""

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from .models import EVENTS, TEST_EVENT

EventType = Literal[tuple(EVENTS)]


class WebhookEventData(BaseModel):
    page_id: int = Field(description="The feature page's id")
    title: str
    page_type: str = Field(
        description='Its model, e.g. "wagtail_montage.VideoFeaturePage"'
    )
    url_path: str | None = Field(
        description="Its path on its site, for revalidating by path; null outside every site"
    )
    url: str | None = Field(description="Its full URL")
    api_url: str | None = Field(description="Its detail in the plugin API")
    api_v2_url: str | None = Field(description="Its detail in Wagtail's API v2")
    old_url_path: str | None = Field(
        None, description="feature.moved only: the path it had before"
    )
    old_url: str | None = Field(
        None, description="feature.moved only: the old full URL"
    )
    comment_ids: list[int] | None = Field(
        None, description="comment.* only: the comments approved or removed"
    )


class WebhookEvent(BaseModel):
    id: str = Field(description="The event's id, also the webhook-id header")
    type: EventType
    timestamp: datetime
    data: WebhookEventData


class WebhookTestData(BaseModel):
    endpoint_id: int
    message: str


class WebhookTestEvent(BaseModel):
    id: str
    type: Literal[TEST_EVENT]
    timestamp: datetime
    data: WebhookTestData


SIGNATURE_HEADERS = {
    "webhook-id": "The event's id: the same on every retry and resend",
    "webhook-timestamp": "Seconds since the epoch when this attempt was signed",
    "webhook-signature": "v1,<base64 HMAC-SHA256 of id.timestamp.body> (Standard Webhooks)",
}


def operation(name, summary):
    return {
        "post": {
            "summary": summary,
            "description": (
                "Signed with the Standard Webhooks scheme: verify the body with "
                "any Standard Webhooks library and the endpoint's whsec_ secret. "
                "Answer 2xx; anything else is retried with backoff."
            ),
            "parameters": [
                {
                    "name": header,
                    "in": "header",
                    "required": True,
                    "description": description,
                    "schema": {"type": "string"},
                }
                for header, description in SIGNATURE_HEADERS.items()
            ],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": f"#/components/schemas/{name}"}
                    }
                },
            },
            "responses": {"200": {"description": "Received (any 2xx)"}},
        }
    }


def add_webhooks(document):
    """The ``wagtail_montage_openapi_schema`` hook: the payloads under
    ``webhooks`` and their schemas under ``components``."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for model in (WebhookEvent, WebhookTestEvent):
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas.update(schema.pop("$defs", {}))
        schemas[model.__name__] = schema
    document["webhooks"] = {
        "featureOrCommentEvent": operation(
            "WebhookEvent", "A feature or comment event (" + ", ".join(EVENTS) + ")"
        ),
        "testEvent": operation("WebhookTestEvent", "Sent by Send test event"),
    }
    return document
