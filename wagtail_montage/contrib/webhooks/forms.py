from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import EVENTS, WebhookEndpoint
from .signing import new_secret, secret_problem
from .targets import TargetRefused, split_target


class WebhookEndpointForm(WagtailAdminModelForm):
    """The endpoint's URL (checked against the SSRF rules), its events and
    switch; on creation, its secret, made when left blank."""

    url = forms.URLField(
        label=_("URL"),
        max_length=2000,
        assume_scheme="https",
        help_text=_("Where events are posted: an http or https address."),
    )
    events = forms.MultipleChoiceField(
        label=_("Events"),
        choices=list(EVENTS.items()),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None chosen: every event."),
    )
    secret = forms.CharField(
        label=_("Signing secret"),
        required=False,
        max_length=100,
        help_text=_(
            "Leave blank to have one made (shown once, after saving). Or paste a "
            "Standard Webhooks secret (whsec_…) your receiver already has."
        ),
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["url", "description", "events", "is_active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # Never shown again, never changed here.
            del self.fields["secret"]

    def clean_url(self):
        url = self.cleaned_data["url"]
        try:
            split_target(url)
        except TargetRefused as refused:
            raise forms.ValidationError(str(refused)) from refused
        return url

    def clean_secret(self):
        secret = self.cleaned_data.get("secret", "").strip()
        if secret and (problem := secret_problem(secret)):
            raise forms.ValidationError(problem)
        return secret

    def save(self, commit=True):
        endpoint = super().save(commit=False)
        if not endpoint.pk:
            endpoint.secret = self.cleaned_data.get("secret") or new_secret()
        if endpoint.is_active and "is_active" in self.changed_data:
            # Switched back on: count failures afresh.
            endpoint.consecutive_failures = 0
            endpoint.disabled_reason = ""
            endpoint.disabled_at = None
        if commit:
            endpoint.save()
        return endpoint
