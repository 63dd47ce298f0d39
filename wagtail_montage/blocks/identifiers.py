"""Identifiers of the music and film world: MusicBrainz ids (MBIDs), Wikidata
items, IMDb titles and ISRCs. Each is checked by its format only (no network)
and kept in one canonical spelling, so that the facts index matches it exactly.

Below the models: the blocks, the page's fields, the facts index and the
JSON-LD all read the rules here.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

# Anchored, no nested quantifiers: linear time whatever the input length.
_MBID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_WIKIDATA = re.compile(r"Q[1-9][0-9]{0,11}")
_IMDB_TITLE = re.compile(r"tt[0-9]{7,8}")
# Country (2 letters), registrant (3 letters or digits), year (2 digits), number (5 digits).
_ISRC = re.compile(r"[A-Z]{2}[A-Z0-9]{3}[0-9]{7}")


def _canonical_mbid(text):
    return text.strip().lower()


def _canonical_wikidata(text):
    return text.strip().upper()


def _canonical_imdb(text):
    return text.strip().lower()


def _canonical_isrc(text):
    # ISRCs are often printed with hyphens: US-S1Z-99-00001.
    return re.sub(r"[\s-]", "", text.strip()).upper()


# kind: (canonical form, pattern, message, example)
KINDS = {
    "musicbrainz": (
        _canonical_mbid,
        _MBID,
        _(
            "Enter a MusicBrainz id (MBID): 36 characters such as "
            "5b11f4ce-a62d-471e-81fc-a69a8278c7da, not the page's URL."
        ),
        "5b11f4ce-a62d-471e-81fc-a69a8278c7da",
    ),
    "wikidata": (
        _canonical_wikidata,
        _WIKIDATA,
        _("Enter a Wikidata item id: Q and digits, such as Q42, not the page's URL."),
        "Q42",
    ),
    "imdb": (
        _canonical_imdb,
        _IMDB_TITLE,
        _(
            "Enter an IMDb title id: tt and 7 or 8 digits, such as tt0089927, "
            "not the page's URL."
        ),
        "tt0089927",
    ),
    "isrc": (
        _canonical_isrc,
        _ISRC,
        _(
            "Enter an ISRC: 12 letters and digits, such as USS1Z9900001 "
            "(hyphens are allowed)."
        ),
        "USS1Z9900001",
    ),
}

# Longest canonical id (an MBID); what an editor types may hold hyphens and spaces.
MAX_INPUT_LENGTH = 60


def canonical_identifier(kind, text):
    """``text`` in its canonical spelling if it is a valid ``kind`` id, else None."""
    canonical, pattern, _message, _example = KINDS[kind]
    if not isinstance(text, str) or len(text) > MAX_INPUT_LENGTH:
        return None
    value = canonical(text)
    return value if pattern.fullmatch(value) else None


def clean_identifier(kind, text):
    """The canonical id of ``text`` ("" when blank), or a ``ValidationError``."""
    if not (text or "").strip():
        return ""
    value = canonical_identifier(kind, text)
    if value is None:
        raise ValidationError(KINDS[kind][2], code=f"invalid_{kind}")
    return value


def identifier_validator(kind):
    def validate(value):
        clean_identifier(kind, value)

    validate.__name__ = f"validate_{kind}_id"
    return validate


validate_musicbrainz_id = identifier_validator("musicbrainz")
validate_wikidata_id = identifier_validator("wikidata")
validate_imdb_id = identifier_validator("imdb")
validate_isrc = identifier_validator("isrc")


# -- Canonical URLs (JSON-LD sameAs) --------------------------------------------


def musicbrainz_url(entity, mbid):
    """``https://musicbrainz.org/<entity>/<mbid>``: entity is recording,
    release-group, artist..."""
    return f"https://musicbrainz.org/{entity}/{mbid}" if mbid else None


def wikidata_url(item):
    return f"https://www.wikidata.org/wiki/{item}" if item else None


def imdb_url(title_id):
    return f"https://www.imdb.com/title/{title_id}/" if title_id else None


# -- The block ------------------------------------------------------------------


class IdentifierBlock(blocks.FieldBlock):
    """An optional identifier of one ``kind`` (see ``KINDS``), stored in its
    canonical spelling ("" when none); a bad one is reported beside the field."""

    def __init__(self, kind, required=False, help_text=None, **kwargs):
        self.kind = kind
        self.field_options = {
            "required": required,
            "help_text": help_text,
            "max_length": MAX_INPUT_LENGTH,
        }
        super().__init__(**kwargs)

    @cached_property
    def field(self):
        return forms.CharField(
            widget=forms.TextInput(attrs={"placeholder": KINDS[self.kind][3]}),
            **self.field_options,
        )

    def to_python(self, value):
        return value or ""

    def clean(self, value):
        return clean_identifier(self.kind, self.field.clean(value))

    def get_searchable_content(self, value):
        return []

    class Meta:
        icon = "tag"
        default = ""


# What the plugin API's list filters accept (?wikidata=q42 as Q42: any letter case).
QUERY_PATTERNS = {
    "wikidata": r"^[Qq][1-9][0-9]{0,11}$",
    "musicbrainz": r"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
    "imdb": r"^[Tt]{2}[0-9]{7,8}$",
    "isrc": r"^[A-Za-z]{2}[A-Za-z0-9]{3}[0-9]{7}$",
}
