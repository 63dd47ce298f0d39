"""The example site as it runs in production, across worker processes: gunicorn
with 2 workers (started by ``example_site/prod-demo.sh``, as ``make prod-demo``
does), a throwaway PostgreSQL cluster and ``redis-server``
(``tests/prod_stack.py``). Each test's requests open a new connection each, so
both workers answer them; the access log names the worker of each request.

Skipped with the reason when redis-server, PostgreSQL or gunicorn are missing,
except where ``MONTAGE_REQUIRE_STACK`` is set (``.ci/run`` sets it): there that
fails the run.
"""

import os
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from wagtail_montage.compat import api_v3_available

from . import prod_stack

pytestmark = pytest.mark.slow

WORKERS = 2


@pytest.fixture(scope="module")
def stack():
    reason = prod_stack.missing()
    if reason:
        if os.environ.get("MONTAGE_REQUIRE_STACK"):
            pytest.fail(f"MONTAGE_REQUIRE_STACK is set, but {reason}")
        pytest.skip(reason)
    postgres = prod_stack.Postgres().start()
    redis = prod_stack.Redis().start()
    # Moderators' notices go to a mail server that is not there (a closed port).
    site = prod_stack.Site(
        postgres.url,
        redis.url,
        workers=WORKERS,
        env={"EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(prod_stack.free_port())},
    )
    try:
        site.start()
        yield Stack(postgres, redis, site)
    finally:
        site.stop()
        redis.stop()
        postgres.stop()


class Stack:
    def __init__(self, postgres, redis, site):
        self.postgres = postgres
        self.redis = redis
        self.site = site
        self.feature_id = site.get("/api/montage/features/").json()["items"][0]["id"]

    def manage(self, *args):
        return prod_stack.manage(self.postgres.url, self.redis.url, *args)

    def post_comment(self, body, email, ip):
        """A reader's post through the JSON API: a form token, then the comment."""
        site = self.site
        token = site.get(f"/api/montage/comments/token/?page={self.feature_id}")
        if token.status != 200:  # a 503 while the database restarts
            return token
        return site.request(
            "POST",
            "/api/montage/comments/",
            {
                "page": self.feature_id,
                "author_name": "Reader",
                "email": email,
                "body": body,
                "token": token.json()["token"],
            },
            headers={"X-Forwarded-For": ip},
        )

    def saved(self, marker):
        """Bodies of the saved comments holding ``marker``."""
        # marker: a uuid of the test's own.
        sql = f"SELECT body FROM wagtail_montage_readercomment WHERE body LIKE '%{marker}%'"  # noqa: S608
        return [row[0] for row in self.postgres.query(sql)]


def parallel(function, arguments, threads=10):
    with ThreadPoolExecutor(threads) as pool:
        return list(pool.map(function, arguments))


def log_mark(stack):
    return len(stack.site.log_path.read_text().splitlines())


def pids_since(stack, mark, method, path):
    lines = stack.site.log_path.read_text().splitlines()[mark:]
    return {
        parts[0]
        for parts in (line.split() for line in lines)
        if len(parts) == 4 and parts[1] == method and parts[2].startswith(path)
    }


def test_flood_limit_is_exact_across_workers(stack):
    """One reader's ten posts at once, on both workers: exactly one is saved
    (one comment per 15 seconds), the others are 429 with Retry-After. On a busy
    machine one worker may take all ten; the flood is then sent again as another
    reader (each flood is checked the same way) until both workers answered."""
    workers_seen = 0
    for attempt in range(5):
        marker = uuid.uuid4().hex
        mark = log_mark(stack)

        answers = parallel(
            lambda n, attempt=attempt, marker=marker: stack.post_comment(
                f"Flood {n} {marker}",
                f"flood{attempt}@example.com",
                f"10.9.0.{attempt + 1}",
            ),
            range(10),
        )

        statuses = sorted(answer.status for answer in answers)
        assert statuses == [201] + [429] * 9, answers
        assert all(a.headers.get("Retry-After") for a in answers if a.status == 429)
        assert len(stack.saved(marker)) == 1
        workers_seen = len(pids_since(stack, mark, "POST", "/api/montage/comments/"))
        if workers_seen == WORKERS:
            break
    assert workers_seen == WORKERS


def read_title(stack, reader):
    site, pk = stack.site, stack.feature_id
    if reader == "html":
        return site.get("/features/rocky-iv-training-in-the-snow/").text()
    if reader == "plugin":
        return site.get(f"/api/montage/features/{pk}/").json()["title"]
    if reader == "v2":
        return site.get(f"/api/v2/pages/{pk}/").json()["title"]
    return site.get(f"/api/v3/pages/{pk}/").json()["title"]


READERS = ["html", "plugin", "v2", *(["v3"] if api_v3_available() else [])]

PUBLISH = """
from wagtail_montage.models import VideoFeaturePage
page = VideoFeaturePage.objects.get(pk={pk})
page.title = {title!r}
page.save_revision().publish()
"""

SCHEDULE = """
from datetime import timedelta
from django.utils import timezone
from wagtail_montage.models import VideoFeaturePage
page = VideoFeaturePage.objects.get(pk={pk})
page.title = {title!r}
revision = page.save_revision(approved_go_live_at=timezone.now() - timedelta(seconds=1))
"""


def everything_serves(stack, title):
    """Every reader, asked eight times at once (both workers answer), shows ``title``."""
    mark = log_mark(stack)
    for reader in READERS:
        answers = parallel(
            lambda _n, reader=reader: read_title(stack, reader), range(8)
        )
        assert all(title in answer for answer in answers), (reader, answers)
    assert len(pids_since(stack, mark, "GET", "/")) == WORKERS


def test_a_publish_in_another_process_is_served_by_every_worker(stack):
    # Every worker has served (and kept) the current title.
    everything_serves(stack, read_title(stack, "plugin"))

    title = f"Rocky trains in the snow {uuid.uuid4().hex[:8]}"
    stack.manage("shell", "-c", PUBLISH.format(pk=stack.feature_id, title=title))
    everything_serves(stack, title)

    # A scheduled revision that publish_scheduled makes live.
    scheduled = f"Rocky climbs the peak {uuid.uuid4().hex[:8]}"
    stack.manage("shell", "-c", SCHEDULE.format(pk=stack.feature_id, title=scheduled))
    everything_serves(stack, title)
    stack.manage("publish_scheduled")
    everything_serves(stack, scheduled)


def test_fifty_parallel_comment_posts_are_each_saved_once(stack):
    marker = uuid.uuid4().hex
    mark = log_mark(stack)

    answers = parallel(
        lambda n: stack.post_comment(
            f"Reader {n} says {marker}", f"reader{n}@example.com", f"10.8.0.{n + 1}"
        ),
        range(50),
        threads=16,
    )

    assert not [answer for answer in answers if answer.status >= 500], answers
    accepted = [answer.json()["body"] for answer in answers if answer.status == 201]
    assert len(accepted) == 50, [a for a in answers if a.status != 201]
    saved = stack.saved(marker)
    assert sorted(saved) == sorted(accepted)
    assert len(set(saved)) == 50
    assert len(pids_since(stack, mark, "POST", "/api/montage/comments/")) == WORKERS


def test_a_comment_is_saved_when_the_mail_server_is_unreachable(stack):
    prod_stack.set_moderators(stack.postgres.url, stack.redis.url)
    marker = uuid.uuid4().hex

    answer = stack.post_comment(f"Mail down {marker}", "mail@example.com", "10.7.0.1")

    assert answer.status == 201, answer
    assert answer.json()["status"] == "pending"
    assert len(stack.saved(marker)) == 1
    log = stack.site.log_path.read_text()
    assert "Could not email moderators" in log
    assert "Connection refused" in log


def test_redis_stopped_pages_answer_and_comments_are_saved_or_refused(stack):
    marker = uuid.uuid4().hex
    stack.redis.stop()
    try:
        for reader in READERS:
            assert read_title(stack, reader)
        answers = parallel(
            lambda n: stack.post_comment(
                f"Redis down {n} {marker}", f"down{n}@example.com", f"10.6.0.{n + 1}"
            ),
            range(6),
        )
    finally:
        stack.redis.start()

    assert {answer.status for answer in answers} <= {201, 503}, answers
    refused = [answer for answer in answers if answer.status == 503]
    assert all(a.headers.get("Retry-After") for a in refused)
    assert all(a.headers["Content-Type"] == "application/problem+json" for a in refused)
    accepted = [a.json()["body"] for a in answers if a.status == 201]
    assert sorted(stack.saved(marker)) == sorted(accepted)
    # Back: posts are counted and saved again.
    again = stack.post_comment(f"Redis back {marker}", "back@example.com", "10.6.1.1")
    assert again.status == 201, again


def test_a_publish_while_redis_is_away_is_served_once_it_is_back(stack):
    """Redis paused, not stopped: it comes back with what it kept. A command
    publishes meanwhile and exits; the workers, which found Redis away, replay
    the change it missed (``caching.missed``) instead of serving the old title."""
    everything_serves(stack, read_title(stack, "plugin"))
    title = f"Rocky runs up the mountain {uuid.uuid4().hex[:8]}"
    stack.redis.pause()
    try:
        mark = log_mark(stack)
        for _round in range(4):  # each read waits out Redis's socket timeouts
            parallel(lambda _n: read_title(stack, "plugin"), range(WORKERS))
            if len(pids_since(stack, mark, "GET", "/")) == WORKERS:
                break
        assert len(pids_since(stack, mark, "GET", "/")) == WORKERS
        stack.manage("shell", "-c", PUBLISH.format(pk=stack.feature_id, title=title))
    finally:
        stack.redis.resume()
    everything_serves(stack, title)


def test_postgresql_restarted_only_short_503s_and_no_lost_comment(stack):
    marker = uuid.uuid4().hex
    with ThreadPoolExecutor(9) as pool:
        posts = [
            pool.submit(
                stack.post_comment,
                f"Restart {n} {marker}",
                f"restart{n}@example.com",
                f"10.5.0.{n + 1}",
            )
            for n in range(24)
        ]
        stack.postgres.restart()
        answers = [post.result() for post in posts]

    assert not [a for a in answers if a.status >= 500 and a.status != 503], answers
    assert all(a.headers.get("Retry-After") for a in answers if a.status == 503)
    accepted = [a.json()["body"] for a in answers if a.status == 201]
    assert sorted(stack.saved(marker)) == sorted(accepted)
    # Right after: every worker serves again.
    everything_serves(stack, read_title(stack, "plugin"))
