"""The plugin API's OpenAPI document says what the endpoints really answer
(SECURITY-CASES 28, 34): every status with its problem schema, every constraint
the server enforces, 405 and 413/415 in their place, typed structured data,
one rule for empty text; and every parameter that changes a body is in its ETag.

The fuzzing of every operation against the document is in ``test_api_fuzz.py``.
"""

import json

import jsonschema
import pytest
from django.test import override_settings
from openapi_spec_validator import validate

from .test_api_comments import payload, post_json
from .test_api_plugin import API, FEATURES, PROBLEM, assert_problem, detail_url, light

pytestmark = pytest.mark.django_db

COMMENTS = API + "comments/"
RICH_TEXT_FORMATS = ["db_html", "html", "db_markdown", "markdown"]


def document(client):
    response = client.get(API + "openapi.json")
    assert response.status_code == 200
    return response.json()


def operation(doc, method, path):
    return doc["paths"][API + path][method]


def parameter(doc, path, name):
    [found] = [
        p for p in operation(doc, "get", path)["parameters"] if p["name"] == name
    ]
    return found


def validate_against(doc, name, data):
    resolver_doc = {"components": doc["components"]}
    schema = {"$ref": f"#/components/schemas/{name}", **resolver_doc}
    jsonschema.validate(data, schema)


def test_the_document_is_valid_openapi(client):
    validate(document(client))


OPERATIONS = {
    ("get", "features/"): {"200", "304", "422"},
    ("get", "features/preview/"): {"200", "403", "404", "422"},
    ("get", "features/{feature_id}/"): {"200", "304", "404", "422"},
    ("get", "comments/"): {"200", "304", "404", "422"},
    ("get", "comments/token/"): {"200", "404", "422"},
    ("post", "comments/"): {
        "201",
        "400",
        "403",
        "404",
        "409",
        "413",
        "415",
        "422",
        "429",
        "503",
    },
}


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_every_status_is_declared_with_the_problem_schema(client, method, path):
    responses = operation(document(client), method, path)["responses"]
    assert set(responses) == OPERATIONS[(method, path)]
    for status, response in responses.items():
        if int(status) >= 400:
            assert response["content"] == {
                PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}
            }, status


def test_problems_answered_match_the_problem_schema(client, feature):
    doc = document(client)
    for response in (
        client.get(detail_url(999_999)),
        client.get(FEATURES, {"limit": "abc"}),
        client.delete(COMMENTS),
        post_json(client, feature, raw="{"),
    ):
        assert response["Content-Type"] == PROBLEM
        validate_against(doc, "Problem", response.json())


def test_limit_maximum_and_comment_lengths_follow_the_settings(client):
    doc = document(client)
    assert parameter(doc, "features/", "limit")["schema"]["maximum"] == 50
    fields = doc["components"]["schemas"]["CommentIn"]["properties"]
    assert fields["body"]["maxLength"] == 5000
    with override_settings(
        WAGTAIL_MONTAGE_API_MAX_PAGE_SIZE=30,
        WAGTAIL_MONTAGE_COMMENT_MAX_LENGTHS={
            "author_name": 80,
            "email": 254,
            "website": 200,
            "body": 1000,
        },
    ):
        doc = document(client)
        assert parameter(doc, "comments/", "limit")["schema"]["maximum"] == 30
        fields = doc["components"]["schemas"]["CommentIn"]["properties"]
        assert (fields["author_name"]["maxLength"], fields["body"]["maxLength"]) == (
            80,
            1000,
        )
        # ... and the server holds to the same maximum.
        assert_problem(client.get(FEATURES, {"limit": 31}), 422, "limit")
        assert client.get(FEATURES, {"limit": 30}).status_code == 200


def test_the_comment_schema_declares_what_the_form_enforces(client):
    fields = document(client)["components"]["schemas"]["CommentIn"]
    assert set(fields["required"]) == {"page", "author_name", "email", "body", "token"}
    props = fields["properties"]
    assert (props["page"]["minimum"], props["page"]["maximum"]) == (1, 2**31 - 1)
    assert props["email"]["format"] == "email"
    assert props["token"]["maxLength"] == 500
    for name in ("author_name", "email", "website", "body", "token"):
        assert "pattern" in props[name], name


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("page", True),
        ("page", "1"),
        ("page", 1.0),
        ("parent", True),
        ("parent", 0),
        ("parent", "1"),
        ("parent", 2**31),
    ],
    ids=repr,
)
def test_ids_are_strict_integers(client, feature, field, value):
    raw = json.dumps({**payload(feature), field: value})
    assert_problem(post_json(client, feature, raw=raw), 422, field)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("author_name", "\u200b\u200d\ufeff"),
        ("author_name", "Adrian\r\nBcc: x@y.z"),
        ("body", "\u3164\u034f\ufe0f"),
        ("body", "Hello\x07"),
        ("email", "a@b.invalid"),
        ("website", "ftp://adrian.example/"),
    ],
    ids=repr,
)
def test_shape_refusals_are_422_naming_the_field_without_the_pattern(
    client, feature, field, value
):
    data = assert_problem(post_json(client, feature, **{field: value}), 422, field)
    assert "^" not in json.dumps(data), data  # pydantic would quote the pattern


def test_an_undeclared_method_is_a_405_problem_with_allow(client, feature):
    response = client.delete(COMMENTS, "x" * 100_000, content_type="text/plain")
    data = assert_problem(response, 405)
    assert response["Allow"] == "GET, POST"
    assert data["title"]
    response = client.post(FEATURES, "x" * 100_000, content_type="text/plain")
    assert_problem(response, 405)
    assert response["Allow"] == "GET"
    response = client.put(detail_url(feature), "{}", content_type="application/json")
    assert_problem(response, 405)


def test_the_body_guard_runs_only_for_operations_that_take_a_body(client, feature):
    assert_problem(post_json(client, feature, content_type="text/plain"), 415, "body")
    big = json.dumps({**payload(feature), "body": "x" * 70_000})
    assert_problem(post_json(client, feature, raw=big), 413, "body")


@pytest.mark.parametrize("length", ["\u00b2", "\u0661\u0662", "1" * 5000, "-1", " 1"])
def test_a_content_length_that_is_not_ascii_digits_is_413(client, feature, length):
    response = client.post(
        COMMENTS,
        json.dumps(payload(feature)),
        content_type="application/json",
        CONTENT_LENGTH=length,
    )
    assert_problem(response, 413, "body")


@pytest.mark.parametrize("debug", [False, True])
@pytest.mark.parametrize(
    "raw",
    ["[" * 100_000, "{" * 30_000, '{"a":' * 20_000, "{", "\xff", '{"page": NaN'],
    ids=["deep-arrays", "deep-objects", "deep-members", "truncated", "latin1", "nan"],
)
def test_malformed_json_is_a_generic_400(client, feature, settings, debug, raw):
    settings.DEBUG = debug
    body = raw.encode("latin-1") if raw == "\xff" else raw
    with override_settings(WAGTAIL_MONTAGE_COMMENT_MAX_REQUEST_BYTES=200_000):
        response = post_json(client, feature, raw=body)
    data = assert_problem(response, 400, "body")
    assert data["title"] == "Malformed JSON."
    assert data["detail"] == "The request body must be a JSON object."
    text = json.dumps(data).lower()
    for leak in ("recursion", "expecting", "decode", "line 1", "char"):
        assert leak not in text, data


# -- rich_text_format: a declared parameter, part of the ETag ------------------


@pytest.fixture
def linked(index_page):
    """A feature whose paragraph links to another page: its formats differ."""
    other = light(index_page, "Another feature")
    return light(
        index_page,
        "Linking feature",
        body=[
            (
                "paragraph",
                f'<p>See <a linktype="page" id="{other.pk}">the other</a>.</p>',
            )
        ],
    )


@pytest.mark.wagtail8
def test_rich_text_format_is_an_enum_parameter(client):
    doc = document(client)
    for path in ("features/{feature_id}/", "features/preview/"):
        param = parameter(doc, path, "rich_text_format")
        assert sorted(param["schema"]["enum"]) == sorted(RICH_TEXT_FORMATS)
        assert param["schema"]["default"] == "html"


@pytest.mark.parametrize("value", ["xml", "", "HTML", "db_html\x00"], ids=repr)
def test_an_unknown_rich_text_format_is_a_422_problem(client, linked, value):
    response = client.get(detail_url(linked), {"rich_text_format": value})
    assert_problem(response, 422, "rich_text_format")
    response = client.get(
        FEATURES + "preview/", {"rich_text_format": value, "token": "x"}
    )
    assert_problem(response, 422, "rich_text_format")


@pytest.mark.wagtail8
def test_every_rich_text_format_is_served(client, linked):
    bodies = {}
    for value in RICH_TEXT_FORMATS:
        response = client.get(detail_url(linked), {"rich_text_format": value})
        assert response.status_code == 200, response.content[:500]
        bodies[value] = response.json()["body"][0]["value"]
    assert 'linktype="page"' in bodies["db_html"]
    assert "linktype" not in bodies["html"]


@pytest.mark.wagtail8
def test_each_rich_text_format_has_its_own_etag(client, linked):
    url = detail_url(linked)
    etags = {
        value: client.get(url, {"rich_text_format": value})["ETag"]
        for value in RICH_TEXT_FORMATS
    }
    assert len(set(etags.values())) == len(RICH_TEXT_FORMATS), etags
    # The default is html: the same representation, the same tag.
    assert client.get(url)["ETag"] == etags["html"]
    for value in RICH_TEXT_FORMATS:
        for other, etag in etags.items():
            response = client.get(
                url, {"rich_text_format": value}, headers={"If-None-Match": etag}
            )
            assert response.status_code == (304 if other == value else 200)


# -- One rule for empty text; typed structured data ---------------------------


def test_blank_optional_text_is_empty_never_null(client, index_page):
    page = light(
        index_page,
        "Blank fields",
        film_title="",
        body=[
            ("quote", {"text": "Nothing shared.", "attribution": ""}),
            ("details", {"title": "", "rows": [{"label": "Year", "value": "1985"}]}),
        ],
    )
    data = client.get(detail_url(page)).json()
    assert data["film"]["title"] == ""
    values = {item["type"]: item["value"] for item in data["body"]}
    assert values["quote"]["attribution"] == ""
    assert values["details"]["title"] == ""
    doc = document(client)
    validate_against(doc, "FeatureDetail", data)
    # The document says so too: these are strings, not "string or null".
    quote = doc["components"]["schemas"]["QuoteValue"]["properties"]["attribution"]
    assert quote == {"title": "Attribution", "type": "string"}


def test_structured_data_is_typed(client, feature):
    doc = document(client)
    typed = doc["components"]["schemas"]["StructuredData"]
    assert set(typed["required"]) == {"@context", "@graph"}
    data = client.get(detail_url(feature)).json()["structured_data"]
    assert data["@context"] == "https://schema.org"
    assert all(node["@type"] for node in data["@graph"])
    validate_against(doc, "StructuredData", data)


@pytest.mark.parametrize("name", ["person", "track", "chart", "place", "film", "tag"])
def test_a_nul_in_a_fact_filter_is_a_422_problem(client, name):
    """PostgreSQL cannot compare text holding NUL: refused before the query."""
    assert_problem(client.get(FEATURES, {name: "Rocky\x00"}), 422, name)
