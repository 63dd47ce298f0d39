"""What the importer was not sure of, kept for the editor's review: stored with the
draft it came from, accepted into the page (a block beside its sentence, in a new
revision) or rejected, one by one or all at once."""

import uuid

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import ImportSuggestion
from .prose import fragment_text, match_key

# A block an editor may accept from a suggestion.
FACT_KINDS = frozenset({"track", "album", "chart_fact", "location"})
# A page's own fields an editor may accept from a suggestion: the film it is about.
PAGE_FIELDS = {"film": {"title": "film_title", "year": "film_year"}}
ACCEPTED_KINDS = FACT_KINDS | frozenset(PAGE_FIELDS)
QUOTES = {ord(char): None for char in "\"'\u201c\u201d\u2018\u2019"}


def review_url(page_id):
    return reverse("wagtail_montage_import_review", args=[page_id])


def keep_suggestions(page, suggested):
    """Store a post's suggestions for its page, in place of those still pending."""
    page.montage_import_suggestions.filter(
        status=ImportSuggestion.Status.PENDING
    ).delete()
    ImportSuggestion.objects.bulk_create(
        ImportSuggestion(
            page=page,
            message=item["message"][:2000],
            sentence=item["sentence"][:2000],
            block_type=item["kind"] if item["kind"] in ACCEPTED_KINDS else "",
            value=item["value"] if item["kind"] in ACCEPTED_KINDS else None,
        )
        for item in suggested
    )


def _words(text):
    return " ".join(match_key(text).translate(QUOTES).replace("\u2026", " ").split())


def block_index(data, sentence):
    """Where a block from ``sentence`` goes in the body's raw ``data``: after the
    paragraph holding the sentence and the facts already placed after it (else at the
    end)."""
    needle = _words(sentence)[:60]
    for index, block in enumerate(data):
        if block["type"] == "paragraph" and needle in _words(
            fragment_text(block["value"])
        ):
            index += 1
            while index < len(data) and data[index]["type"] in FACT_KINDS:
                index += 1
            return index
    return len(data)


# What names a block that a suggestion of the same kind adds to, rather than a second
# block beside it: a credit on a track the page has, a stand-in of a place it has.
SAME_BLOCK_KEYS = {"track": "title", "location": "name"}
MERGED_LISTS = ("composers", "performers")


def _person_key(person):
    name = person.get("name") if isinstance(person, dict) else person
    return match_key(str(name or ""))


def merge_into(data, block_type, value):
    """Add ``value`` (a prepared block value) to the body's block of the same track or
    place, if there is one: its composers and performers join the block's (each name
    once), and its empty fields stay the block's unless the block left them empty
    (a stand-in the block does not name). Returns whether a block took it."""
    field = SAME_BLOCK_KEYS.get(block_type)
    if field is None:
        return False
    wanted = match_key(str(value.get(field) or ""))
    for block in data:
        if block["type"] != block_type:
            continue
        held = block["value"]
        if match_key(str(held.get(field) or "")) != wanted:
            continue
        for name in MERGED_LISTS:
            if name in value:
                people = list(held.get(name) or [])
                known = {_person_key(person) for person in people}
                people += [p for p in value[name] if _person_key(p) not in known]
                held[name] = people
        for name, item in value.items():
            if (
                name not in MERGED_LISTS
                and item not in ("", None)
                and not held.get(name)
            ):
                held[name] = item
        return True
    return False


def accept(suggestions, user):
    """Add the blocks of ``suggestions`` (pending ones of one page) to the page's latest
    revision, in one new revision. Raises ``ValidationError`` naming the suggestion
    whose block would not be valid; nothing is saved then."""
    if not suggestions:
        return None
    page = suggestions[0].page.specific.get_latest_revision_as_object()
    stream_block = page.body.stream_block
    data = list(page.body.get_prep_value())
    check_one_film(suggestions)
    for suggestion in suggestions:
        if suggestion.block_type in PAGE_FIELDS:
            set_page_fields(page, suggestion)
            continue
        child = stream_block.child_blocks.get(suggestion.block_type)
        if child is None or not suggestion.can_accept:
            raise ValidationError(
                _("“%(suggestion)s” names no block to add.")
                % {"suggestion": suggestion.message}
            )
        try:
            value = child.clean(child.to_python(suggestion.value))
        except ValidationError as error:
            raise ValidationError(
                _("“%(suggestion)s” would not make a valid block: %(error)s")
                % {"suggestion": suggestion.message, "error": "; ".join(error.messages)}
            ) from None
        prepared = child.get_prep_value(value)
        if not merge_into(data, suggestion.block_type, prepared):
            data.insert(
                block_index(data, suggestion.sentence),
                {
                    "type": suggestion.block_type,
                    "value": prepared,
                    "id": str(uuid.uuid4()),
                },
            )
    page.body = data
    with transaction.atomic():
        revision = page.save_revision(user=user, log_action=True)
        decide(suggestions, ImportSuggestion.Status.ACCEPTED, user)
    return revision


def check_one_film(suggestions):
    """A page is about one film: accepting two different ones at once is refused,
    so the editor picks the right one alone."""
    films = {
        match_key(str((item.value or {}).get("title") or ""))
        for item in suggestions
        if item.block_type == "film"
    }
    if len(films) > 1:
        raise ValidationError(
            _(
                "More than one suggestion names the page's film: accept the right one"
                " on its own and reject the others."
            )
        )


def set_page_fields(page, suggestion):
    """Set the page's own fields from a suggestion (the film and its year), checked
    as the page's form would check them."""
    fields = PAGE_FIELDS[suggestion.block_type]
    value = suggestion.value if isinstance(suggestion.value, dict) else {}
    for key, name in fields.items():
        raw = value.get(key)
        if isinstance(raw, str):
            raw = raw.strip()
        try:
            field = page._meta.get_field(name)
            cleaned = field.clean(raw, page)
        except ValidationError as error:
            raise ValidationError(
                _("“%(suggestion)s” would not make a valid page: %(error)s")
                % {"suggestion": suggestion.message, "error": "; ".join(error.messages)}
            ) from None
        except FieldDoesNotExist:
            raise ValidationError(
                _("“%(suggestion)s” names no block to add.")
                % {"suggestion": suggestion.message}
            ) from None
        if key == "title" and not cleaned:
            raise ValidationError(
                _("“%(suggestion)s” names no film.")
                % {"suggestion": suggestion.message}
            )
        setattr(page, name, cleaned)


def reject(suggestions, user):
    decide(suggestions, ImportSuggestion.Status.REJECTED, user)


def decide(suggestions, status, user):
    ImportSuggestion.objects.filter(pk__in=[item.pk for item in suggestions]).update(
        status=status, decided_at=timezone.now(), decided_by=user
    )
