"""The comment form: the field rules of every submission, HTML or JSON."""

from django import forms
from django.core.validators import MaxLengthValidator, URLValidator
from django.utils.text import normalize_newlines
from django.utils.translation import gettext_lazy as _

from ..conf import get_setting
from ..numbers import IdField
from . import text

HONEYPOT_FIELD = "honeypot"

TEXT_ERRORS = {
    text.SURROGATE: _(
        "Remove the character that is not text (an unpaired surrogate) from this field."
    ),
    text.CONTROL: _(
        "Remove the control characters (such as line breaks) from this field."
    ),
    text.BIDI_CONTROL: _(
        "Remove the characters that override the direction of the text."
    ),
    text.INVISIBLE: _(
        "Remove the invisible characters (such as zero-width spaces) from this field."
    ),
}
BODY_CONTROL_ERROR = _(
    "Remove the control characters from your comment: line breaks and tabs may stay."
)


class UnicodeTextMixin:
    """The Unicode rules of a comment field (``text_kind``, see ``text.text_problem``),
    checked before anything else reads the text; and a required field that shows
    nothing (only spaces, format or invisible characters) counts as empty, so it
    says it is required."""

    text_kind = text.ANY

    def __init__(self, *args, text_kind=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.text_kind = text_kind or self.text_kind

    def to_python(self, value):
        if isinstance(value, str):
            if problem := text.text_problem(value, self.text_kind):
                message = (
                    BODY_CONTROL_ERROR
                    if (self.text_kind, problem) == (text.BODY, text.CONTROL)
                    else TEXT_ERRORS[problem]
                )
                raise forms.ValidationError(message, code=problem)
            if self.text_kind == text.BODY:
                value = normalize_newlines(value)
        value = super().to_python(value)
        if (
            self.required
            and isinstance(value, str)
            and not text.has_visible_text(value)
        ):
            return self.empty_value
        return value


class TextField(UnicodeTextMixin, forms.CharField):
    pass


class EmailField(UnicodeTextMixin, forms.EmailField):
    text_kind = text.ADDRESS


class WebsiteField(UnicodeTextMixin, forms.URLField):
    """A URL that can only be http or https: never ``javascript:`` or ``data:``."""

    text_kind = text.ADDRESS
    default_validators = [URLValidator(schemes=["http", "https"])]


class CommentForm(forms.Form):
    author_name = TextField(label=_("Name"), text_kind=text.NAME)
    # "Your email address will not be published." is said once, in the form's notes.
    email = EmailField(label=_("Email"))
    website = WebsiteField(label=_("Website"), required=False, assume_scheme="https")
    body = TextField(
        label=_("Comment"),
        widget=forms.Textarea(attrs={"rows": 6}),
        text_kind=text.BODY,
    )
    parent = IdField(required=False, widget=forms.HiddenInput)
    token = TextField(widget=forms.HiddenInput, max_length=500, text_kind=text.ADDRESS)
    honeypot = TextField(
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
