"""Webhook endpoints editors manage, and the log of every delivery to them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

# Event types: stable API, as block type names are.
EVENTS = {
    "feature.published": _("Feature published (or republished with changes)"),
    "feature.unpublished": _("Feature unpublished"),
    "feature.deleted": _("Feature deleted"),
    "feature.moved": _("Feature moved (its URL changed)"),
    "comment.approved": _("Comment approved"),
    "comment.removed": _("Comment removed (no longer shown)"),
}
# Sent by "Send test event" only, whatever an endpoint's events say.
TEST_EVENT = "webhook.test"


class WebhookEndpoint(models.Model):
    """A URL that hears of the events it chose, signed with its own secret."""

    url = models.URLField(
        _("URL"),
        max_length=2000,
        help_text=_("Where events are posted: an http or https address."),
    )
    description = models.CharField(_("description"), max_length=255, blank=True)
    secret = models.CharField(_("signing secret"), max_length=100)
    # After "Rotate secret", the replaced secret still signs until this time, so
    # receivers can move to the new one without missing an event.
    previous_secret = models.CharField(
        _("previous signing secret"), max_length=100, blank=True, editable=False
    )
    previous_secret_expires_at = models.DateTimeField(
        _("previous secret signs until"), null=True, blank=True, editable=False
    )
    events = models.JSONField(
        _("events"),
        default=list,
        blank=True,
        help_text=_("The events this endpoint hears of. None chosen: every event."),
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_(
            "Switched off automatically after too many failed deliveries in a row."
        ),
    )
    consecutive_failures = models.PositiveIntegerField(
        _("failed deliveries in a row"), default=0, editable=False
    )
    disabled_reason = models.TextField(
        _("why it was switched off"), blank=True, editable=False
    )
    disabled_at = models.DateTimeField(
        _("switched off at"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")
        ordering = ["pk"]

    def __str__(self):
        return self.description or self.url

    def signing_secrets(self, now):
        """The current secret, and the one it replaced while its overlap lasts."""
        expires = self.previous_secret_expires_at
        if self.previous_secret and expires and now < expires:
            return [self.secret, self.previous_secret]
        return [self.secret]

    def hears(self, event):
        return event == TEST_EVENT or not self.events or event in self.events


class WebhookDelivery(models.Model):
    """One event for one endpoint: its payload, every attempt's outcome, and
    when the next attempt is due."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SUCCEEDED = "succeeded", _("Succeeded")
        RETRYING = "retrying", _("Retrying")
        FAILED = "failed", _("Failed")

    endpoint = models.ForeignKey(
        WebhookEndpoint,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("endpoint"),
    )
    # The event's id: the same for every endpoint, every attempt and a resend
    # (the webhook-id header receivers use to ignore what they already handled).
    event_id = models.CharField(_("event id"), max_length=64, db_index=True)
    event = models.CharField(_("event"), max_length=50)
    payload = models.JSONField(_("payload"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    response_status = models.PositiveIntegerField(
        _("response status"), null=True, blank=True
    )
    last_error = models.TextField(_("last error"), blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), db_index=True)
    last_attempt_at = models.DateTimeField(_("last attempt at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    duration_ms = models.PositiveIntegerField(
        _("last attempt's duration (ms)"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(
                fields=["status", "next_attempt_at"], name="montage_webhook_due_idx"
            )
        ]

    def __str__(self):
        return f"{self.event} → {self.endpoint}"

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES


OPEN_STATUSES = (WebhookDelivery.Status.PENDING, WebhookDelivery.Status.RETRYING)
