"""The comment form: the field rules of every submission, HTML or JSON."""

from django import forms
from django.core.validators import MaxLengthValidator, URLValidator
from django.utils.translation import gettext_lazy as _

from ..conf import get_setting
from ..numbers import IdField

HONEYPOT_FIELD = "honeypot"


class WebsiteField(forms.URLField):
    """A URL that can only be http or https: never ``javascript:`` or ``data:``."""

    default_validators = [URLValidator(schemes=["http", "https"])]


class CommentForm(forms.Form):
    author_name = forms.CharField(label=_("Name"))
    email = forms.EmailField(
        label=_("Email"), help_text=_("Your email address will not be published.")
    )
    website = WebsiteField(label=_("Website"), required=False, assume_scheme="https")
    body = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 6}))
    parent = IdField(required=False, widget=forms.HiddenInput)
    token = forms.CharField(widget=forms.HiddenInput, max_length=500)
    honeypot = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    remember = forms.BooleanField(
        required=False,
        label=_(
            "Save my name, email, and website in this browser for the next time I comment."
        ),
    )

    def clean_email(self):
        email = self.cleaned_data["email"]
        # .invalid can never receive mail (RFC 2606); erased comments use it.
        if email.rsplit("@", 1)[-1].lower().endswith(".invalid"):
            raise forms.ValidationError(
                _("Enter an email address that can receive mail.")
            )
        return email

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, limit in get_setting("COMMENT_MAX_LENGTHS").items():
            field = self.fields[name]
            field.max_length = limit
            field.validators.append(MaxLengthValidator(limit))
            field.widget.attrs["maxlength"] = str(limit)
        self.fields["author_name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["website"].widget.attrs["autocomplete"] = "url"
        for name in ("author_name", "email", "body"):
            self.fields[name].widget.attrs["required"] = True
