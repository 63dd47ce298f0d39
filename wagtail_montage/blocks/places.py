"""Place blocks: ``location``, where the video was shot and what it stood in for."""

from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .identifiers import IdentifierBlock
from .structs import StructBlock
from .validation import raise_field_errors

LOCATION_KIND_CHOICES = [
    ("filming_location", _("Filming location")),
    ("setting", _("Setting")),
    ("studio", _("Studio")),
    ("other", _("Other")),
]


class LocationValue(blocks.StructValue):
    """A location with its map link."""

    @property
    def has_coordinates(self):
        return self.get("latitude") is not None and self.get("longitude") is not None

    @property
    def map_url(self):
        """An OpenStreetMap link: a pin at the coordinates, else a search by name.

        None for a setting without coordinates: the place the film presents
        ("the Soviet Union") is not somewhere a map can show.
        """
        if self.has_coordinates:
            lat, lon = self["latitude"], self["longitude"]
            return (
                "https://www.openstreetmap.org/?"
                + urlencode({"mlat": f"{lat:.5f}", "mlon": f"{lon:.5f}"})
                + f"#map=11/{lat:.5f}/{lon:.5f}"
            )
        if self.get("kind") == "setting":
            return None
        query = ", ".join(
            part
            for part in (self.get("name"), self.get("region"), self.get("country"))
            if part
        )
        return "https://www.openstreetmap.org/search?" + urlencode({"query": query})

    @property
    def kind_label(self):
        return dict(LOCATION_KIND_CHOICES).get(self.get("kind"), "")

    @property
    def place_label(self):
        """``Jackson Hole, Wyoming, United States``."""
        return ", ".join(
            part
            for part in (self.get("name"), self.get("region"), self.get("country"))
            if part
        )


class LocationBlock(StructBlock):
    """A real place in the video, and the place the film presents it as."""

    name = blocks.CharBlock(max_length=255, label=_("Place name"))
    kind = blocks.ChoiceBlock(
        choices=LOCATION_KIND_CHOICES,
        default="filming_location",
        label=_("Kind of place"),
    )
    region = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Region"),
        help_text=_("State, province or county."),
    )
    country = blocks.CharBlock(required=False, max_length=255, label=_("Country"))
    stood_in_for = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Stood in for"),
        help_text=_("The place the film presents it as, e.g. the Soviet Union."),
    )
    latitude = blocks.FloatBlock(
        required=False,
        min_value=-90,
        max_value=90,
        label=_("Latitude"),
        help_text=_("Decimal degrees, -90 to 90 (north is positive)."),
    )
    longitude = blocks.FloatBlock(
        required=False,
        min_value=-180,
        max_value=180,
        label=_("Longitude"),
        help_text=_(
            "Decimal degrees, -180 to 180 (east is positive, so the US is negative)."
        ),
    )
    note = blocks.TextBlock(required=False, label=_("Note"))
    wikidata_id = IdentifierBlock(
        "wikidata",
        label=_("Wikidata item"),
        help_text=_("The place's Wikidata item, such as Q42."),
    )

    def get_api_representation(self, value, context=None):
        data = super().get_api_representation(value, context)
        data["kind_label"] = str(value.kind_label)
        data["map_url"] = value.map_url
        return data

    def clean(self, value):
        value = super().clean(value)
        has_lat = value.get("latitude") is not None
        has_lon = value.get("longitude") is not None
        if has_lat != has_lon:
            missing = "longitude" if has_lat else "latitude"
            raise_field_errors(
                {missing: _("Enter both latitude and longitude, or neither.")}
            )
        return value

    class Meta:
        icon = "site"
        label = _("Location")
        template = "wagtail_montage/blocks/location.html"
        preview_template = "wagtail_montage/blocks/preview.html"
        value_class = LocationValue
        description = _(
            "Where it was filmed, and the place it stood in for, with a map link."
        )
        preview_value = {
            "name": "Jackson Hole",
            "kind": "filming_location",
            "region": "Wyoming",
            "country": "United States",
            "stood_in_for": "The Soviet Union",
            "latitude": 43.48,
            "longitude": -110.76,
        }
