"""Text that is empty or hostile in Unicode (security cases 29, 30 and 31).

Every submission case runs through the HTML form, the pipeline called directly
and the JSON endpoint: a field error, never a 500 and nothing saved. The JSON
endpoint may refuse a shape its OpenAPI schema declares with 422 before the
form sees it; either way the problem names the field.
"""

import importlib
import json
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from wagtail_montage.comments import privacy
from wagtail_montage.comments.text import (
    find_words,
    has_visible_text,
    normalise,
)
from wagtail_montage.models import ReaderComment
from wagtail_montage.models.comments import email_key

from .comment_helpers import (
    DEFAULT_FIELDS,
    Answer,
    aged_token,
    comment_settings,
    comment_url,
    fresh_ip,
    light_feature,
    make_comment,
    send_form,
    send_pipeline,
)

pytestmark = pytest.mark.django_db

COMMENTS = "/api/montage/comments/"

APPROVED = ReaderComment.Status.APPROVED
PENDING = ReaderComment.Status.PENDING
SPAM = ReaderComment.Status.SPAM


@pytest.fixture
def feature(index_page):
    return light_feature(index_page)


def send_json(client, page, /, *, ip="203.0.113.1", **fields):
    """POST the comment to the JSON endpoint. ``json.dumps`` writes a lone
    surrogate as the escape ``\\ud800``, as a hostile client would send it."""
    data = {"page": page.pk, **DEFAULT_FIELDS, "token": aged_token(page), **fields}
    response = client.post(
        COMMENTS,
        data=json.dumps(data),
        content_type="application/json",
        REMOTE_ADDR=ip,
    )
    body = response.json()
    errors = {}
    if response.status_code >= 400:
        for error in body.get("errors", []):
            errors.setdefault(error["field"], []).append(error["message"])
    return Answer(
        status=response.status_code,
        accepted=response.status_code == 201,
        errors=errors,
        response=response,
    )


CHANNELS = {"form": send_form, "pipeline": send_pipeline, "json": send_json}
channels = pytest.mark.parametrize(
    "send", list(CHANNELS.values()), ids=list(CHANNELS.keys())
)


def assert_field_error(answer, name, statuses=(400,)):
    assert answer.status in statuses, (answer.status, answer.errors)
    assert answer.errors.get(name), answer.errors


def refused_statuses(send):
    # The JSON schema may refuse a pattern it declares with 422 before the form runs.
    return (400, 422) if send is send_json else (400,)


# -- 29. Text that shows nothing is empty --------------------------------------------------

INVISIBLE = {
    "zero-width-space": "\u200b\u200b",
    "rtl-override": "\u202e",
    "bom": "\ufeff",
    "word-joiner": "\u2060",
    "combining-grapheme-joiner": "\u034f",
    "variation-selector": "\ufe0f",
    "hangul-filler": "\u3164",
    "hangul-choseong-filler": "\u115f",
    "halfwidth-hangul-filler": "\uffa0",
    "braille-blank": "\u2800",
    "mongolian-vowel-separator": "\u180e",
    "tag-characters": "\U000e0041\U000e007f",
    "soft-hyphen": "\u00ad",
    "combining-marks-alone": "\u0301\u0308",
    "mixed-with-spaces": " \u200c\u3000\u200d\u00a0\u2063 ",
}


def test_invisible_strings_have_no_visible_text():
    for name, value in INVISIBLE.items():
        assert not has_visible_text(value), name
    for value in ["a", "\u0661", "\U0001f600", "\u05d0", "\ue000", "."]:
        assert has_visible_text(value), value


@channels
@pytest.mark.parametrize("field", ["author_name", "body"])
def test_case29_a_field_of_invisible_characters_is_required(
    client, feature, send, field
):
    for name, value in INVISIBLE.items():
        answer = send(client, feature, ip=fresh_ip(), **{field: value})
        assert answer.status in refused_statuses(send), (name, answer)
        assert answer.errors.get(field), (name, answer.errors)
        if answer.status == 400 and (field, name) != ("author_name", "rtl-override"):
            assert "required" in answer.errors[field][0], (name, answer.errors)
    assert not ReaderComment.objects.exists()


@channels
def test_case29_format_characters_inside_real_text_are_kept(client, feature, send):
    """Emptiness is judged on what shows; text as sent keeps the joiners of emoji
    sequences, the direction marks of Hebrew and the non-joiner of Persian."""
    body = "Loved it \U0001f469\u200d\U0001f4bb \u2764\ufe0f \U0001f1eb\U0001f1f7"
    names = [
        "\u05d3\u05d5\u05d3\u200f",
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
    ]
    for name in names:
        answer = send(client, feature, ip=fresh_ip(), author_name=name, body=body)
        assert answer.accepted, answer.errors
        comment = ReaderComment.objects.latest("pk")
        assert (comment.author_name, comment.body) == (name, body)
        comment.delete()


# -- 29. Control characters ------------------------------------------------------------------

NAME_CONTROLS = {
    "line-feed": "Rocky\nBalboa",
    "carriage-return": "Rocky\rBalboa",
    "crlf-header": "Rocky\r\nBcc: x@example.com",
    "tab": "Rocky\tBalboa",
    "escape": "Rocky\x1b[31m",
    "delete": "Rocky\x7f",
    "c1-next-line": "Rocky\x85Balboa",
    "line-separator": "Rocky\u2028Balboa",
    "paragraph-separator": "Rocky\u2029Balboa",
    "rtl-override": "Rocky\u202eaobláB",
    "rtl-embedding": "\u202bRocky",
    "first-strong-isolate": "Rocky\u2068",
}


@channels
def test_case29_control_characters_in_the_name_are_a_field_error(
    client, feature, send, mailoutbox
):
    comment_settings(feature, moderator_emails="mod@example.com")
    for case, name in NAME_CONTROLS.items():
        answer = send(client, feature, ip=fresh_ip(), author_name=name)
        assert answer.status in refused_statuses(send), (case, answer)
        assert answer.errors.get("author_name"), (case, answer.errors)
    assert not ReaderComment.objects.exists()
    assert mailoutbox == []


ADDRESS_CASES = [
    ("email", "rocky@b\u00fc\u200bcher.example"),
    ("email", "rocky@example.com\u2028"),
    ("email", "rocky@exam\u00adple.com"),
    ("email", "\u202erocky@example.com"),
    ("website", "https://exa\u200bmple.com/"),
    ("website", "https://example.com/\u202egnp.exe"),
    ("website", "https://example.com/\x1b"),
    ("website", "\u200b"),
]


@channels
def test_case29_invisible_or_control_characters_in_an_address_are_a_field_error(
    client, feature, send
):
    for field, value in ADDRESS_CASES:
        answer = send(client, feature, ip=fresh_ip(), **{field: value})
        assert answer.status in refused_statuses(send), (value, answer)
        assert answer.errors.get(field), (value, answer.errors)
    assert not ReaderComment.objects.exists()


BODY_CONTROLS = {
    "escape": "Yo\x1b[2J Adrian",
    "bell": "Yo\x07 Adrian",
    "vertical-tab": "Yo\x0b Adrian",
    "form-feed": "Yo\x0c Adrian",
    "c1-next-line": "Yo\x85Adrian",
    "c1-csi": "Yo\x9b31m Adrian",
}


@channels
def test_case29_control_characters_in_the_body_are_a_field_error(client, feature, send):
    for case, body in BODY_CONTROLS.items():
        answer = send(client, feature, ip=fresh_ip(), body=body)
        assert answer.status in refused_statuses(send), (case, answer)
        assert answer.errors.get("body"), (case, answer.errors)
    assert not ReaderComment.objects.exists()


@channels
def test_case29_body_line_breaks_are_kept_as_line_feeds(client, feature, send):
    answer = send(client, feature, body="Yo\r\nAdrian\rI did it\n\tRocky")
    assert answer.accepted, answer.errors
    assert ReaderComment.objects.get().body == "Yo\nAdrian\nI did it\n\tRocky"


# -- 29. Lone surrogates -----------------------------------------------------------------------

SURROGATE_FIELDS = {
    "author_name": "Rocky \ud800",
    "email": "rocky@exa\udfffmple.com",
    "website": "https://example.com/\ud83d",
    "body": "Half an emoji: \ud83d",
    "token": "abc\udc00def",
}


@pytest.mark.parametrize("field", list(SURROGATE_FIELDS))
def test_case29_a_lone_surrogate_in_json_is_a_field_error(client, feature, field):
    answer = send_json(client, feature, **{field: SURROGATE_FIELDS[field]})
    assert_field_error(answer, field, (400, 422))
    assert not ReaderComment.objects.exists()


@pytest.mark.parametrize("field", [*SURROGATE_FIELDS, "honeypot"])
def test_case29_a_lone_surrogate_in_the_pipeline_is_a_field_error(
    client, feature, field
):
    answer = send_pipeline(
        client, feature, **{field: SURROGATE_FIELDS.get(field, "\ud800")}
    )
    assert_field_error(answer, field)
    assert not ReaderComment.objects.exists()


def test_case29_surrogate_bytes_in_the_html_form_never_reach_the_database(
    client, feature
):
    """A browser cannot send a lone surrogate: its UTF-8 bytes (ED A0 80) are not
    UTF-8, and Django reads them as replacement characters."""
    token = aged_token(feature)
    body = (
        "author_name=Rocky%ED%A0%80&email=rocky%40example.com&website="
        f"&body=Yo%ED%A0%80Adrian&token={token}&honeypot="
    )
    response = client.post(
        comment_url(feature),
        data=body,
        content_type="application/x-www-form-urlencoded",
        REMOTE_ADDR=fresh_ip(),
    )
    assert response.status_code == 302
    comment = ReaderComment.objects.get()
    assert comment.body == "Yo\ufffd\ufffd\ufffdAdrian"


# -- 30. Word lists on a confusables skeleton ---------------------------------------------

DISGUISED_SPAM = {
    "cyrillic-er": "Buy cheap s\u0440am",
    "cyrillic-letters": "\u0455\u0440\u0430m here",
    "cyrillic-capitals": "\u0405\u0420\u0410\u041c HERE",
    "greek-alpha": "sp\u03b1m",
    "fullwidth": "\uff53\uff50\uff41\uff4d",
    "math-bold": "\U0001d42c\U0001d429\U0001d41a\U0001d426",
    "roman-numeral-m": "spa\u217f",
    "zero-width-joiner": "s\u200dp\u200ca\u2063m",
    "combining-grapheme-joiner": "sp\u034fam",
    "variation-selector": "sp\ufe00am",
    "hangul-filler": "spa\u3164m",
    "mixed": "\u0405\u200b\u0440\U0001d41a\u217f",
}


@pytest.mark.parametrize(
    "text", list(DISGUISED_SPAM.values()), ids=list(DISGUISED_SPAM)
)
def test_case30_look_alike_letters_match_a_word(text):
    assert find_words(text, ["spam"]) == ["spam"]


def test_case30_a_word_in_look_alike_letters_matches_plain_text():
    """The word list is reduced to its skeleton too."""
    assert find_words("Cheap spam", ["\u0455\u0440\u0430m"]) == ["\u0455\u0440\u0430m"]
    assert find_words("VIAGRA", ["viagra"]) == ["viagra"]
    assert find_words("v1agra", ["viagra"]) == []


def test_case30_ordinary_comments_match_no_word():
    words = ["spam", "viagra", "casino", "loan", "crypto"]
    for text in [
        "The barn training sequence still gives me chills.",
        "A spa morning, a long walk: Philadelphia in the rain.",
        "Ich liebe die Musik, \u00fcbrigens!",
        "\u041e\u0442\u043b\u0438\u0447\u043d\u044b\u0439 \u0444\u0438\u043b\u044c\u043c",
        "\u03a4\u03ad\u03bb\u03b5\u03b9\u03b1 \u03c4\u03b1\u03b9\u03bd\u03af\u03b1",
        "Cool \U0001f469\u200d\U0001f4bb",
    ]:
        assert find_words(text, words) == [], text


def test_case30_plain_ascii_words_are_compared_as_written():
    """Pure TR39 maps "m" to "rn" and "0" to "O": a block word "corn" would
    catch every ".com" link. ASCII stands for itself; other alphabets still map."""
    assert find_words("example.com and a pompous review", ["corn", "porn"]) == []
    assert find_words("Boxing in 1985, the year of sp0m", ["spom", "l985"]) == []
    assert find_words("Visit example.c\u043em", ["com"]) == ["com"]
    assert find_words("\u0421\u041eRN", ["corn"]) == ["corn"]


@channels
@pytest.mark.parametrize("key", ["cyrillic-letters", "math-bold", "zero-width-joiner"])
def test_case30_a_disguised_block_word_is_spam(client, feature, send, key):
    comment_settings(feature, block_words="spam")
    answer = send(client, feature, body=f"Great scene. {DISGUISED_SPAM[key]}")
    assert answer.accepted  # a spammer learns nothing
    assert ReaderComment.objects.get().status == SPAM


@channels
def test_case30_a_disguised_hold_word_in_the_name_waits(client, feature, send):
    comment_settings(feature, hold_words="casino", moderation_policy="known")
    make_comment(feature, email="adrian@example.com", body="An earlier one.")
    answer = send(client, feature, author_name="Best \u0441\u0430sino")
    assert answer.accepted
    assert ReaderComment.objects.latest("pk").status == PENDING


def test_duplicates_ignore_every_invisible_character():
    assert normalise("Yo\u3164 Adrian\u034f") == normalise("Yo Adrian")


# -- 31. Emails compared in every alphabet ---------------------------------------------------


def test_email_key_folds_case_in_every_alphabet_and_reads_punycode():
    key = email_key("rocky@b\u00fccher.example")
    assert email_key("ROCKY@B\u00dcCHER.EXAMPLE") == key
    assert email_key(" Rocky@xn--bcher-kva.EXAMPLE ") == key
    assert email_key("rocky@\uff42\u00fccher.example") == key  # fullwidth b
    assert email_key("\u0391\u0392@example.com") == email_key(
        "\u03b1\u03b2@example.com"
    )
    assert email_key("rocky@xn--broken-.example") == "rocky@xn--broken-.example"
    assert email_key("") == ""


def test_the_key_follows_the_email_on_every_write(feature):
    comment = make_comment(feature, email="Rocky@B\u00dcCHER.example")
    assert comment.email_key == "rocky@b\u00fccher.example"
    comment.email = "ADRIAN@\u00c9COLE.example"
    comment.save(update_fields=["email"])
    comment.refresh_from_db()
    assert comment.email_key == "adrian@\u00e9cole.example"
    ReaderComment.objects.filter(pk=comment.pk).update(
        email="Apollo@\u00c9COLE.example"
    )
    comment.refresh_from_db()
    assert comment.email_key == "apollo@\u00e9cole.example"
    comment.email = "Mick@\u00c9COLE.example"
    ReaderComment.objects.bulk_update([comment], ["email"])
    comment.refresh_from_db()
    assert comment.email_key == "mick@\u00e9cole.example"


def test_bulk_created_comments_get_their_key(feature):
    """The importer creates comments in bulk, without save()."""
    ReaderComment.objects.bulk_create(
        [
            ReaderComment(
                page=feature,
                author_name="P",
                email="Paulie@\u00c9COLE.example",
                body="x",
            )
        ]
    )
    assert ReaderComment.objects.get().email_key == "paulie@\u00e9cole.example"


def test_the_migration_fills_the_key_of_existing_comments(feature):
    comment = make_comment(feature, email="Rocky@B\u00dcCHER.example")
    ReaderComment.objects.filter(pk=comment.pk).update(email_key="")
    migration = importlib.import_module(
        "wagtail_montage.migrations.0008_readercomment_email_key"
    )
    migration.fill_email_keys(apps, None)
    comment.refresh_from_db()
    assert comment.email_key == "rocky@b\u00fccher.example"


def other_form_of_the_address(send):
    """The address of the comments below, in capitals; its domain in Punycode for
    the JSON endpoint, whose schema takes only ASCII addresses."""
    if send is send_json:
        return "ROCKY@XN--BCHER-KVA.EXAMPLE"
    return "ROCKY@B\u00dcCHER.EXAMPLE"


@channels
def test_case31_flood_limit_per_email_in_any_case(client, feature, send):
    # As the importer stores it: the case as written.
    make_comment(feature, ago=5, email="Rocky@B\u00fccher.example", ip_address=None)
    email = other_form_of_the_address(send)
    answer = send(client, feature, ip=fresh_ip(), email=email)
    assert answer.status == 429
    assert ReaderComment.objects.count() == 1


@channels
def test_case31_duplicate_per_email_in_any_case(client, feature, send):
    make_comment(
        feature, email="rocky@b\u00fccher.example", body=DEFAULT_FIELDS["body"]
    )
    email = other_form_of_the_address(send)
    answer = send(client, feature, ip=fresh_ip(), email=email)
    assert answer.status == 409
    assert ReaderComment.objects.count() == 1


def test_case31_export_and_erase_by_email_in_any_case(feature):
    for email in ("rocky@b\u00fccher.example", "Rocky@xn--bcher-kva.example"):
        make_comment(feature, email=email)
    make_comment(feature, email="adrian@b\u00fccher.example")
    assert len(privacy.export_author("ROCKY@B\u00dcCHER.EXAMPLE")) == 2
    out = StringIO()
    call_command(
        "montage_comments",
        "export",
        "--email",
        "ROCKY@B\u00dcCHER.EXAMPLE",
        stdout=out,
        stderr=StringIO(),
    )
    assert len(json.loads(out.getvalue())) == 2
    call_command(
        "montage_comments",
        "erase",
        "--email",
        "ROCKY@B\u00dcCHER.EXAMPLE",
        stdout=StringIO(),
    )
    assert list(ReaderComment.objects.values_list("email", flat=True)) == [
        "adrian@b\u00fccher.example"
    ]


@pytest.mark.parametrize(
    "email",
    [
        "rocky@exa\udcffmple.com",
        "rocky@exa\u200bmple.com",
        "ANONYMOUS@ANONYMOUS.INVALID",
    ],
)
def test_case31_the_command_refuses_an_address_that_is_not_one(feature, email):
    make_comment(feature, email="rocky@example.com")
    with pytest.raises(CommandError, match="--email"):
        call_command("montage_comments", "erase", "--email", email, stdout=StringIO())
    assert ReaderComment.objects.count() == 1


@channels
def test_case31_a_known_author_is_known_in_any_case(client, feature, send):
    """The "known" policy finds the author's approved comment by the same key."""
    comment_settings(feature, moderation_policy="known")
    make_comment(feature, email="Rocky@B\u00fccher.example", body="An earlier one.")
    answer = send(client, feature, ip=fresh_ip(), email=other_form_of_the_address(send))
    assert answer.accepted, answer.errors
    assert ReaderComment.objects.latest("pk").status == APPROVED
