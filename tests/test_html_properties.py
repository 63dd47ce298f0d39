"""Property tests of the HTML routes: whatever a reader puts in the query string
of a feature page or the features index, or in the fields of the comment form,
the answer is never a 5xx.

Hypothesis draws the cases from a fixed seed (``derandomize``), so a run is
repeatable and bounded. The comment throttles are lifted for these tests only,
so that cases reach the save path; the form token is issued in the past
(``aged_token``) rather than waiting for it to be old enough.
"""

import pytest
from django.test import override_settings
from django.utils.http import urlencode
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wagtail_montage.comments.tokens import make_token
from wagtail_montage.models import ReaderComment

from .comment_helpers import aged_token, comment_url, make_comment

pytestmark = pytest.mark.slow

# Any text a browser can send: every code point but lone surrogates, which
# UTF-8 cannot encode.
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)

# Text that looks like a number to someone: digits of every script, signs,
# exponents, booleans, and integers past int()'s 4300-digit limit.
NUMBERISH = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.text(st.characters(categories=["Nd", "No"]), min_size=1, max_size=12),
    st.sampled_from(
        ["", "0", "1", "-1", "+1", "1.0", "1e9", "0x10", "True", "None", "١٢", "²"]
    ),
    st.integers(min_value=4290, max_value=4400).map(lambda n: "9" * n),
)
VALUE = st.one_of(NUMBERISH, TEXT)

# What the feature page and the index read, and anything else.
QUERY_KEYS = st.one_of(
    st.sampled_from(
        ["replytocom", "comments_page", "page", "tag", "rich_text_format", "format"]
    ),
    TEXT,
)
QUERY = st.dictionaries(
    QUERY_KEYS, st.one_of(VALUE, st.lists(VALUE, max_size=3)), max_size=5
)

PROPERTIES = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    # One page and one client serve every example: nothing in them changes
    # from one example to the next but the comments saved.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Lifted for these tests only, so that cases reach the save path.
NO_THROTTLES = override_settings(
    WAGTAIL_MONTAGE_COMMENT_ATTEMPT_LIMIT=(0, 60),
    WAGTAIL_MONTAGE_COMMENT_FLOOD_LIMITS=[],
)


@pytest.fixture
def page_with_comments(feature):
    parent = make_comment(feature)
    make_comment(feature, parent=parent, body="A reply.")
    return feature


@PROPERTIES
@given(query=QUERY, target=st.sampled_from(["feature", "index"]))
def test_no_query_string_makes_a_page_fail(
    client, without_nul_guard, page_with_comments, query, target
):
    page = (
        page_with_comments if target == "feature" else page_with_comments.get_parent()
    )
    response = client.get(f"{page.url}?{urlencode(query, doseq=True)}")
    assert response.status_code == 200


VALID = {
    "author_name": "Adrian Balboa",
    "email": "adrian@example.com",
    "website": "https://example.com/",
    "body": "The barn training sequence still gives me chills.",
    "honeypot": "",
    "remember": "on",
}


@st.composite
def form_posts(draw, page):
    """The comment form's fields, a few of them left out or replaced by any text
    or number, and perhaps fields the form does not have; form-encoded or
    multipart."""
    data = {**VALID, "token": aged_token(page)}
    for name in draw(st.sets(st.sampled_from(sorted(data)), max_size=3)):
        value = draw(st.one_of(st.none(), VALUE))
        if name == "token" and value == "":
            value = make_token(page.pk)  # too young
        if value is None:
            del data[name]
        else:
            data[name] = value
    # The parent is a number to the form: some numbers are not what they seem.
    parent = draw(st.one_of(st.none(), st.just(""), NUMBERISH))
    if parent is not None:
        data["parent"] = parent
    for key, value in draw(st.dictionaries(TEXT, VALUE, max_size=3)).items():
        data.setdefault(key, value)
    return data, draw(st.booleans())


@pytest.fixture
def posts(feature):
    # A comment of the page and its id, for replies that can be accepted.
    parent = make_comment(feature)
    return feature, parent


@NO_THROTTLES
def test_no_comment_form_post_fails(client, posts):
    page, parent = posts

    @PROPERTIES
    @given(
        form_posts(page),
        st.sampled_from(["", str(parent.pk), str(parent.pk + 1000)]),
    )
    def post(case, parent_id):
        data, urlencoded = case
        if data.get("parent") == "":
            data["parent"] = parent_id
        if data.get("body") == VALID["body"]:
            # Not the same comment twice (a 409): a new one that can be saved.
            data["body"] += f" ({len(outcomes['statuses'])})"
        if urlencoded:
            response = client.post(
                comment_url(page),
                urlencode(data),
                content_type="application/x-www-form-urlencoded",
            )
        else:
            response = client.post(comment_url(page), data)
        assert response.status_code < 500
        outcomes["statuses"].append(response.status_code)

    outcomes = {"statuses": []}
    post()
    # The cases reached the save path, and nothing anonymous went live.
    assert outcomes["statuses"].count(302) > 5, outcomes
    assert not ReaderComment.objects.exclude(pk=parent.pk).filter(
        status=ReaderComment.Status.APPROVED
    )
