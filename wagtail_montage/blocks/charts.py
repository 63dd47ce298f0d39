"""Chart blocks: ``chart_fact``, a chart peak or a sales certification."""

from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockAdapter

from .references import TRACK_OR_ALBUM, ReferenceBlock
from .structs import StructBlock
from .validation import raise_field_errors

SUBJECT_KIND_CHOICES = [("track", _("Track")), ("album", _("Album"))]
# The fields only one kind of fact has, and their empty values: the other kind's
# are emptied when the block is cleaned, so that stored data and the API's
# discriminated union agree.
CHART_PEAK_FIELDS = {
    "chart": "",
    "chart_other": "",
    "position": None,
    "top_n": False,
    "weeks_at_peak": None,
}
CERTIFICATION_FIELDS = {
    "certifier": "",
    "certifier_other": "",
    "level": "",
    "multiplier": None,
}
UNUSED_IN_API = {
    "chart_peak": {
        "certifier": None,
        "certifier_other": "",
        "certifier_name": None,
        "level": None,
        "multiplier": None,
        "level_label": None,
    },
    "certification": {
        "chart": None,
        "chart_other": "",
        "chart_name": None,
        "position": None,
        "top_n": False,
        "position_label": None,
        "weeks_at_peak": None,
    },
}
FACT_KIND_CHOICES = [
    ("chart_peak", _("Chart peak")),
    ("certification", _("Certification")),
]

CHART_CHOICES = [
    ("billboard_hot_100", "Billboard Hot 100"),
    ("billboard_200", "Billboard 200"),
    ("billboard_mainstream_rock", "Billboard Mainstream Rock"),
    ("billboard_adult_contemporary", "Billboard Adult Contemporary"),
    ("billboard_soundtracks", "Billboard Soundtracks"),
    ("uk_singles", "UK Singles Chart"),
    ("uk_albums", "UK Albums Chart"),
    ("canada_rpm", "Canada RPM Top Singles"),
    ("australia_kent", "Australia Kent Music Report"),
    ("germany_media_control", "Germany Media Control Charts"),
    ("other", _("Other chart")),
]

CERTIFIER_CHOICES = [
    ("riaa", "RIAA (United States)"),
    ("bpi", "BPI (United Kingdom)"),
    ("music_canada", "Music Canada"),
    ("aria", "ARIA (Australia)"),
    ("bvmi", "BVMI (Germany)"),
    ("snep", "SNEP (France)"),
    ("ifpi", "IFPI"),
    ("other", _("Other certifier")),
]

CERTIFICATION_LEVEL_CHOICES = [
    ("silver", _("Silver")),
    ("gold", _("Gold")),
    ("platinum", _("Platinum")),
    ("diamond", _("Diamond")),
]


def chart_fact_data(**fields):
    """A ``chart_fact`` block's stored data: every field empty but ``fields``
    (a chart peak of a track unless they say otherwise). For code that writes
    bodies: the demo loader and the importers."""
    return {
        "subject_title": "",
        "subject_kind": "track",
        "artist": "",
        "fact_kind": "chart_peak",
        "chart": "",
        "chart_other": "",
        "position": None,
        "top_n": False,
        "weeks_at_peak": None,
        "certifier": "",
        "certifier_other": "",
        "level": "",
        "multiplier": None,
        "year": None,
        "source_url": "",
        "note": "",
        **fields,
    }


class ChartFactValue(blocks.StructValue):
    """Readable labels for a chart fact."""

    @property
    def is_certification(self):
        return self.get("fact_kind") == "certification"

    @property
    def chart_name(self):
        if self.get("chart") == "other":
            return self.get("chart_other") or ""
        return dict(CHART_CHOICES).get(self.get("chart"), "")

    @property
    def certifier_name(self):
        if self.get("certifier") == "other":
            return self.get("certifier_other") or ""
        return dict(CERTIFIER_CHOICES).get(self.get("certifier"), "")

    @property
    def certifier_short_name(self):
        return str(self.certifier_name).split(" (")[0]

    @property
    def position_label(self):
        """``No. 2`` or ``top 10``."""
        position = self.get("position")
        if position is None:
            return ""
        if self.get("top_n"):
            return _("top %(n)s") % {"n": position}
        return _("No. %(n)s") % {"n": position}

    @property
    def level_label(self):
        """``Platinum`` or ``9x Platinum``."""
        level = str(dict(CERTIFICATION_LEVEL_CHOICES).get(self.get("level"), ""))
        multiplier = self.get("multiplier")
        if multiplier and multiplier > 1:
            return f"{multiplier}x {level}"
        return level


class ChartFactBlock(StructBlock):
    """How a track or an album did: a chart peak (No. 2 on the Billboard Hot 100)
    or a certification (Platinum from the RIAA)."""

    subject_title = ReferenceBlock(
        TRACK_OR_ALBUM,
        required=True,
        label=_("Track or album title"),
        help_text=_(
            "A track or album block of this page: pick its title from the list as you type."
        ),
    )
    subject_kind = blocks.ChoiceBlock(
        choices=SUBJECT_KIND_CHOICES, default="track", label=_("Track or album")
    )
    artist = blocks.CharBlock(required=False, max_length=255, label=_("Artist"))
    fact_kind = blocks.ChoiceBlock(
        choices=FACT_KIND_CHOICES,
        default="chart_peak",
        label=_("Kind of fact"),
        help_text=_(
            "A chart peak has a chart and a position; a certification a certifier "
            "and a level. Only the fields of the kind chosen are kept."
        ),
    )
    chart = blocks.ChoiceBlock(choices=CHART_CHOICES, required=False, label=_("Chart"))
    chart_other = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Other chart name"),
        help_text=_("The chart's name when it is not in the list."),
    )
    position = blocks.IntegerBlock(
        required=False,
        min_value=1,
        label=_("Peak position"),
        help_text=_("1 for No. 1. With 'top N' ticked, N (10 for 'the top 10')."),
    )
    top_n = blocks.BooleanBlock(
        required=False,
        default=False,
        label=_("Top N only"),
        help_text=_(
            "Tick when only 'reached the top N' is known, not the exact position."
        ),
    )
    weeks_at_peak = blocks.IntegerBlock(
        required=False, min_value=1, label=_("Weeks at peak")
    )
    certifier = blocks.ChoiceBlock(
        choices=CERTIFIER_CHOICES, required=False, label=_("Certifier")
    )
    certifier_other = blocks.CharBlock(
        required=False, max_length=255, label=_("Other certifier name")
    )
    level = blocks.ChoiceBlock(
        choices=CERTIFICATION_LEVEL_CHOICES,
        required=False,
        label=_("Certification level"),
    )
    multiplier = blocks.IntegerBlock(
        required=False,
        min_value=1,
        max_value=100,
        label=_("Multiplier"),
        help_text=_("9 for 9x Platinum; leave blank for a single award."),
    )
    year = blocks.IntegerBlock(
        required=False,
        min_value=1900,
        max_value=2100,
        label=_("Year it peaked or was certified"),
    )
    source_url = blocks.URLBlock(required=False, label=_("Source URL"))
    note = blocks.TextBlock(required=False, label=_("Note"))

    def get_api_representation(self, value, context=None):
        data = super().get_api_representation(value, context)
        data.update(
            chart_name=str(value.chart_name) or None,
            certifier_name=str(value.certifier_name) or None,
            level_label=str(value.level_label) or None,
            position_label=str(value.position_label) or None,
        )
        for key in ("chart", "certifier", "level"):
            data[key] = data[key] or None
        # The other kind's fields are null ("" for text), whatever older data
        # holds: the API's union narrows on fact_kind.
        data.update(
            UNUSED_IN_API["certification" if value.is_certification else "chart_peak"]
        )
        return data

    def clean(self, value):
        value = super().clean(value)
        unused = (
            CHART_PEAK_FIELDS
            if value.get("fact_kind") == "certification"
            else CERTIFICATION_FIELDS
        )
        for name, empty in unused.items():
            value[name] = empty
        errors = {}
        if value.get("fact_kind") == "certification":
            if not value.get("certifier"):
                errors["certifier"] = _("Choose who certified it.")
            elif value["certifier"] == "other" and not value.get("certifier_other"):
                errors["certifier_other"] = _("Name the certifier.")
            if not value.get("level"):
                errors["level"] = _("Choose the certification level.")
        else:
            if not value.get("chart"):
                errors["chart"] = _("Choose the chart.")
            elif value["chart"] == "other" and not value.get("chart_other"):
                errors["chart_other"] = _("Name the chart.")
            if value.get("position") is None:
                errors["position"] = _("Enter the peak position (1 or more).")
        raise_field_errors(errors)
        return value

    class Meta:
        icon = "order"
        label = _("Chart fact")
        template = "wagtail_montage/blocks/chart_fact.html"
        preview_template = "wagtail_montage/blocks/preview.html"
        value_class = ChartFactValue
        description = _("A chart peak or a sales certification of a track or album.")
        preview_value = {
            "subject_title": "Burning Heart",
            "subject_kind": "track",
            "artist": "Survivor",
            "fact_kind": "chart_peak",
            "chart": "billboard_hot_100",
            "position": 2,
            "year": 1986,
        }


class ChartFactBlockAdapter(StructBlockAdapter):
    """The editor's chart fact: ``static/wagtail_montage/js/editor.js`` shows only
    the fields of the kind chosen (registered in ``wagtail_hooks.py``)."""

    js_constructor = "wagtail_montage.blocks.ChartFactBlock"

    def js_args(self, block):
        name, children, meta = super().js_args(block)
        # "Year" says of what, once the kind is chosen.
        meta["yearLabels"] = {
            "chart_peak": _("Year it peaked"),
            "certification": _("Year certified"),
        }
        return [name, children, meta]

    @cached_property
    def media(self):
        return super().media + forms.Media(js=["wagtail_montage/js/editor.js"])
