"""Keeping the facts index in step with publishing."""

from django.db import transaction
from django.db.models import Exists, OuterRef

from .models import AbstractVideoFeaturePage, FeatureFact, normalise_fact
from .models.facts import related_features

Kind = FeatureFact.Kind

__all__ = [
    "clear_facts",
    "facts_of",
    "filter_by_facts",
    "rebuild_facts",
    "related_features",
]


def facts_of(page):
    """``(kind, value)`` pairs of a feature page's body, film and tags."""
    facts = []
    for track in page.tracks:
        facts.append((Kind.TRACK, track["title"]))
        facts += [
            (Kind.PERSON, person)
            for person in [*track["composers"], *track["performers"]]
        ]
    for album in page.albums:
        if album["artist"]:
            facts.append((Kind.PERSON, album["artist"]))
    for fact in page.chart_facts:
        if fact["artist"]:
            facts.append((Kind.PERSON, fact["artist"]))
        if fact["subject_kind"] == "track":
            facts.append((Kind.TRACK, fact["subject_title"]))
        name = (
            fact.chart_name
            if fact["fact_kind"] == "chart_peak"
            else fact.certifier_short_name
        )
        if name:
            facts.append((Kind.CHART, str(name)))
    for location in page.locations:
        facts += [
            (Kind.PLACE, location[key])
            for key in ("name", "region", "country", "stood_in_for")
            if location[key]
        ]
    if page.film_title:
        facts.append((Kind.FILM, page.film_title))
    for alternate in page.film_alternate_titles:
        facts.append((Kind.FILM, alternate.value["title"]))
    facts += identifier_facts(page)
    facts += (
        [(Kind.TAG, tag.name) for tag in page.tags.all()]
        if hasattr(page, "tags")
        else []
    )
    return facts


# The blocks' identifier fields and the fact kind each is indexed as.
IDENTIFIER_KINDS = {
    "wikidata_id": Kind.WIKIDATA,
    "musicbrainz_id": Kind.MUSICBRAINZ,
    "isrc": Kind.ISRC,
}


def identifier_facts(page):
    """The identifiers of the page's tracks, albums and locations, of the people
    credited on its tracks, and of its film."""
    facts = [
        (kind, value[field])
        for value in [*page.tracks, *page.albums, *page.locations]
        for field, kind in IDENTIFIER_KINDS.items()
        if value.get(field)
    ]
    facts += [
        (IDENTIFIER_KINDS[field], value)
        for track in page.tracks
        for person in [*track["composers"], *track["performers"]]
        for field, value in getattr(person, "identifiers", {}).items()
        if value
    ]
    if page.film_imdb_id:
        facts.append((Kind.IMDB, page.film_imdb_id))
    if page.film_wikidata_id:
        facts.append((Kind.WIKIDATA, page.film_wikidata_id))
    return facts


def rebuild_facts(page):
    """Replace the page's rows in the facts index with the facts of its live content."""
    page = page.specific
    if not isinstance(page, AbstractVideoFeaturePage):
        return
    rows = {}
    for kind, value in facts_of(page):
        key = (str(kind), normalise_fact(value))
        if key[1] and key not in rows:
            rows[key] = FeatureFact(
                page_id=page.pk, kind=key[0], value=str(value)[:255], normalised=key[1]
            )
    with transaction.atomic():
        FeatureFact.objects.filter(page_id=page.pk).delete()
        FeatureFact.objects.bulk_create(rows.values())


def clear_facts(page):
    FeatureFact.objects.filter(page_id=page.pk).delete()


QUERY_KINDS = {
    "person": Kind.PERSON,
    "track": Kind.TRACK,
    "chart": Kind.CHART,
    "place": Kind.PLACE,
    "film": Kind.FILM,
    "tag": Kind.TAG,
    # Identifiers: exact, in any letter case (normalise_fact folds it).
    "wikidata": Kind.WIKIDATA,
    "musicbrainz": Kind.MUSICBRAINZ,
    "imdb": Kind.IMDB,
    "isrc": Kind.ISRC,
}


def filter_by_facts(pages, **queries):
    """Narrow a page queryset to pages having every fact asked: ``person="John Cafferty"``,
    ``wikidata="Q42"``."""
    for name, value in queries.items():
        if value:
            pages = pages.filter(
                Exists(
                    FeatureFact.objects.filter(
                        page_id=OuterRef("pk"),
                        kind=QUERY_KINDS[name],
                        normalised=normalise_fact(value),
                    )
                )
            )
    return pages
