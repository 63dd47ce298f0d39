"""Comments posted at the same moment: on an SQLite file (IMMEDIATE transactions,
in its configured journal mode and in WAL) and on PostgreSQL when ``DATABASE_URL``
points there. Each thread has its own client and its own database connection.

Only 2xx and 4xx answers, never a 500 or "database is locked"; every accepted
comment saved exactly once; the duplicate and flood rules hold under races.
"""

import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from django.db import OperationalError, connection, connections
from django.test import Client

from wagtail_montage.models import ReaderComment

from .comment_helpers import (
    comment_url,
    ensure_site_tree,
    form_fields,
    light_feature,
    submit,
)

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

THREADS = 50


@contextmanager
def on_a_file_copy(path):
    """Run on a file copy of the in-memory SQLite test database, then come back.

    Django's SQLite test database is in memory (shared cache, with table locks
    and no busy timeout), so threads would not behave as processes do on a real
    database file. A raw connection keeps the in-memory database alive meanwhile.
    """
    settings_dict = connection.settings_dict
    memory_name = settings_dict["NAME"]
    keepalive = sqlite3.connect(memory_name, uri=True)
    try:
        copy = sqlite3.connect(path)
        keepalive.backup(copy)
        copy.close()
        settings_dict["NAME"] = str(path)
        connection.connection.close()  # close() itself ignores in-memory databases
        connection.connection = None
        yield
    finally:
        connection.close()
        settings_dict["NAME"] = memory_name
        connection.ensure_connection()
        keepalive.close()


@pytest.fixture
def database(tmp_path):
    """The database threads share: a file on SQLite, or PostgreSQL."""
    if connection.vendor == "postgresql":
        yield "postgresql"
    elif connection.vendor == "sqlite":
        options = connection.settings_dict["OPTIONS"]
        assert options.get("transaction_mode") == "IMMEDIATE"
        if connection.is_in_memory_db():
            connection.ensure_connection()
            with on_a_file_copy(tmp_path / "concurrency.sqlite3"):
                yield "sqlite"
        else:
            yield "sqlite"
    else:
        pytest.skip(f"no concurrency test for {connection.vendor}")


# On SQLite, each test runs in the journal mode the database is configured with,
# and in WAL (what production should use); on PostgreSQL, once.
JOURNAL_MODES = ["configured", "wal"] if connection.vendor == "sqlite" else ["server"]


def set_journal_mode(mode):
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA journal_mode={mode}")
        return cursor.fetchone()[0]


@pytest.fixture(params=JOURNAL_MODES)
def journal_mode(request, database):
    if database != "sqlite":
        yield None
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        original = cursor.fetchone()[0]
    mode = original if request.param == "configured" else request.param
    if mode != original:
        try:
            assert set_journal_mode(mode) == mode
        except OperationalError as exc:
            pytest.skip(f"could not switch the test database to {mode}: {exc}")
    connection.close()  # every thread opens its own connection
    yield mode
    if mode != original:
        try:  # best effort: leaving WAL needs the only open connection
            set_journal_mode(original)
        except OperationalError:
            pass


@pytest.fixture
def page(database):
    return light_feature(ensure_site_tree())


@dataclass
class Result:
    status: int | None = None
    error: str = ""


def run_together(jobs):
    """Run the callables at once (a barrier starts them) and return their results."""
    results = [Result() for _ in jobs]
    barrier = threading.Barrier(len(jobs))

    def work(n, job):
        try:
            barrier.wait(timeout=30)
            results[n].status = job()
        except Exception as exc:  # a 500 re-raised by the test client, or a DB error
            results[n].error = f"{type(exc).__name__}: {exc}"
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=work, args=(n, job)) for n, job in enumerate(jobs)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
        assert not thread.is_alive(), "a post never finished"
    return results


def form_job(page, ip, **fields):
    url, data = comment_url(page), form_fields(page, **fields)

    def job():
        return Client().post(url, data, REMOTE_ADDR=ip).status_code

    return job


def pipeline_job(page, ip, **fields):
    def job():
        return submit(page.pk, ip=ip, **fields).http_status

    return job


JOBS = {"form": form_job, "pipeline": pipeline_job}
ACCEPTED = {"form": 302, "pipeline": 201}


def assert_no_failures(results):
    errors = [r.error for r in results if r.error]
    assert errors == [], errors[:5]
    assert all(200 <= r.status < 500 for r in results), [r.status for r in results]
    assert not any("locked" in r.error for r in results)


@pytest.mark.parametrize("channel", list(JOBS))
def test_50_concurrent_posts_are_each_saved_once(page, journal_mode, channel):
    make = JOBS[channel]
    jobs = [
        make(
            page,
            f"198.18.1.{n + 1}",
            email=f"reader{n}@example.com",
            author_name=f"Reader {n}",
            body=f"Comment number {n} on the training montage.",
        )
        for n in range(THREADS)
    ]
    results = run_together(jobs)
    assert_no_failures(results)
    accepted = sum(r.status == ACCEPTED[channel] for r in results)
    assert accepted == THREADS, sorted(r.status for r in results)
    bodies = list(ReaderComment.objects.values_list("body", flat=True))
    assert len(bodies) == accepted
    assert len(set(bodies)) == len(bodies)
    emails = set(ReaderComment.objects.values_list("email", flat=True))
    assert emails == {f"reader{n}@example.com" for n in range(THREADS)}


@pytest.mark.parametrize("channel", list(JOBS))
@pytest.mark.parametrize("count", [2, 10])
def test_identical_posts_at_once_leave_one_row(page, journal_mode, channel, count):
    """Same email, page and body from different addresses: the duplicate (or the
    per-email flood) rule holds under the race."""
    make = JOBS[channel]
    jobs = [make(page, f"198.18.2.{n + 1}") for n in range(count)]
    results = run_together(jobs)
    assert_no_failures(results)
    statuses = sorted(r.status for r in results)
    assert statuses.count(ACCEPTED[channel]) == 1, statuses
    assert set(statuses) - {ACCEPTED[channel]} <= {409, 429}, statuses
    assert ReaderComment.objects.count() == 1


@pytest.mark.parametrize("channel", list(JOBS))
def test_ten_posts_at_once_from_one_address_leave_one_row(page, journal_mode, channel):
    """The flood limit (1 per 15 s per IP) holds under the race."""
    make = JOBS[channel]
    jobs = [
        make(
            page,
            "198.18.3.1",
            email=f"rotating{n}@example.com",
            body=f"Different comment {n}.",
        )
        for n in range(10)
    ]
    results = run_together(jobs)
    assert_no_failures(results)
    statuses = sorted(r.status for r in results)
    assert statuses.count(ACCEPTED[channel]) == 1, statuses
    assert set(statuses) - {ACCEPTED[channel]} == {429}, statuses
    assert ReaderComment.objects.count() == 1
