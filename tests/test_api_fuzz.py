"""Fuzz the plugin API from its own OpenAPI document (schemathesis, in-process).

Every operation of ``/api/montage/openapi.json`` gets generated requests, sent
through Django's WSGI application (no server, no network), and every response
goes through all of schemathesis's checks: no 5xx, the body and headers match
the declared schema, the status and content type are declared, a request
valid by the document is accepted (2xx, 3xx, or a business refusal the
document declares: 403, 404, 409, 429) and an invalid one refused (4xx).

So that cases reach the save path, requests valid by the document carry real
ids and tokens: a live feature with every block, an approved comment to reply
to, and form tokens issued 10 seconds ago (the clock is moved, no sleeping).
The flood limits and the attempt throttle are lifted for this test only.

Bounded: hypothesis is derandomized (the same cases on every run), a fixed
number of examples per operation and mode, a few hundred requests in all.
"""

import itertools
from collections import Counter
from contextlib import contextmanager

import pytest
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import override_settings
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from wagtail_montage.models import ReaderComment
from wagtail_montage.previews import make_preview_token

from .comment_helpers import aged_token, make_comment

schemathesis = pytest.importorskip("schemathesis")

from schemathesis import GenerationMode  # noqa: E402

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

OPENAPI = "/api/montage/openapi.json"
# Examples per operation and generation mode: 6 operations x 2 modes x 25.
EXAMPLES = 25

# Statuses seen, by operation and mode: printed for the report (pytest -s) and
# asserted below, so that the fuzzing is known to reach the save path.
SEEN = Counter()


@contextmanager
def in_test_transaction():
    """WSGI requests inside the test's transaction: as Django's test client does,
    requests do not close the connection (which would end the transaction)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture(scope="module")
def api_schema():
    with in_test_transaction():
        return schemathesis.openapi.from_wsgi(OPENAPI, get_wsgi_application())


def operations(schema):
    return [result.ok() for result in schema.get_all_operations()]


OPERATION_LABELS = [
    "GET /api/montage/features/",
    "GET /api/montage/features/preview/",
    "GET /api/montage/features/{feature_id}/",
    "GET /api/montage/comments/",
    "GET /api/montage/comments/token/",
    "POST /api/montage/comments/",
]


@pytest.fixture
def live(feature):
    """Real ids: the feature (every block), an approved comment to reply to, a
    pending one (a reply to it is refused: a business rule, so never drawn)."""
    approved = make_comment(feature, body="Approved, to reply to.")
    make_comment(feature, body="Pending.", status=ReaderComment.Status.PENDING)
    return {
        "page": feature.pk,
        "parent": approved.pk,
        "preview": make_preview_token(feature.save_revision()),
    }


def with_real_ids(case, live, counter):
    """A valid case, made to reach the save path: real page ids (every other
    case keeps its drawn id, which is mostly a 404), a real token, and a parent
    that is an approved comment of the page or none; a real preview token."""
    n = next(counter)
    if case.operation.method.upper() == "POST" and isinstance(case.body, dict):
        case.body["page"] = live["page"]
        case.body["token"] = aged_token(live["page"])
        if case.body.get("parent") is not None:
            case.body["parent"] = live["parent"]
    elif case.query and "page" in case.query and n % 2:
        case.query["page"] = live["page"]
    elif case.query is not None and case.path.endswith("/preview/") and n % 2:
        case.query["token"] = live["preview"]
    elif case.path_parameters and "feature_id" in case.path_parameters and n % 2:
        case.path_parameters["feature_id"] = live["page"]
    return case


@override_settings(
    WAGTAIL_MONTAGE_COMMENT_FLOOD_LIMITS=[],
    WAGTAIL_MONTAGE_COMMENT_ATTEMPT_LIMIT=(10**9, 1),
)
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize("label", OPERATION_LABELS)
def test_every_operation_answers_as_documented(api_schema, live, label, mode):
    [operation] = [op for op in operations(api_schema) if op.label == label]
    counter = itertools.count()

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode), draw=st.data())
    def run(case, draw):
        if mode == GenerationMode.POSITIVE:
            case = with_real_ids(case, live, counter)
        response = case.call_and_validate()
        SEEN[(label, mode.value, response.status_code)] += 1

    with in_test_transaction():
        run()


def test_the_fuzzing_reached_every_outcome():
    """Runs after the fuzzing (pytest keeps file order): valid posts were saved
    (201) and refused requests answered with declared problems."""
    if not SEEN:
        pytest.skip("the fuzz cases did not run in this session")
    statuses = Counter()
    for (label, mode, status), count in sorted(SEEN.items()):
        statuses[status] += count
        print(f"{label} [{mode}] {status}: {count}")
    print("total:", sum(statuses.values()), dict(sorted(statuses.items())))
    posts = {
        status
        for (label, mode, status) in SEEN
        if label.startswith("POST") and mode == "positive"
    }
    assert 201 in posts, SEEN
    assert all(status < 500 for status in statuses)
