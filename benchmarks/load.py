"""Load and fault runs of the example site as it runs in production.

    .venv/bin/pip install -e ".[example-site,load]"
    .venv/bin/python benchmarks/load.py                  # 1, 2 and 4 workers, then the faults
    .venv/bin/python benchmarks/load.py --workers 2 --no-faults --seconds 10

It starts what ``make prod-demo`` serves (``example_site/prod-demo.sh``: gunicorn,
WhiteNoise, the production settings) on a throwaway PostgreSQL cluster and
``redis-server`` (``tests/prod_stack.py``; run as root, with both installed), and
drives it with locust, headless, on 127.0.0.1 only, bounded by ``--users``,
``--seconds`` and ``--max-requests``. The mix: feature HTML, the index, the plugin
API's detail and listing, API v2 and v3 details, conditional reads answered 304,
and comment posts (a form token, then the post; each reader its own
X-Forwarded-For address, as behind a proxy).

It prints, per endpoint, requests per second, p50/p95/p99 (ms) and errors, for
each worker count, and the scaling ratio of the total throughput to one worker.
Then, under load on 2 workers:

- Redis stopped for ``--outage`` seconds: pages and APIs answer; a comment is
  saved (201) or refused with a 503 problem and Retry-After; none is lost.
- PostgreSQL restarted: only 503 problems while it is away; no comment doubled
  or lost.
- The mail server unreachable (all along): comments saved, each failed notice
  logged.

"Lost" is checked against the database: every comment answered 201 is there,
exactly once.
"""

# locust patches the standard library with gevent when imported: first.
from locust import FastHttpUser, constant, events, task  # isort: skip
from locust.env import Environment  # isort: skip

import argparse
import itertools
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

import gevent

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import prod_stack

RUN = uuid.uuid4().hex[:10]
SLUG = "/features/rocky-iv-training-in-the-snow/"
ENDPOINTS = [
    "feature HTML",
    "index HTML",
    "plugin detail",
    "plugin listing",
    "plugin detail 304",
    "v2 detail",
    "v3 detail",
    "comment token",
    "comment post",
]


class Target:
    """What the readers read: set before each run."""

    feature_id = None
    etag = None
    v3 = True


class Tally:
    """Statuses per endpoint, the comments answered 201, and a request budget."""

    def __init__(self, max_requests):
        self.statuses = Counter()
        self.accepted = []
        self.max_requests = max_requests
        self.count = 0
        self.lock = threading.Lock()

    def record(self, name, status):
        with self.lock:
            self.statuses[name, status] += 1
            self.count += 1

    def spent(self):
        return self.count >= self.max_requests


TALLY = Tally(0)
NUMBERS = itertools.count(1)


@events.request.add_listener
def on_request(
    request_type,
    name,
    response_time,
    response_length,
    response=None,
    exception=None,
    **kwargs,
):
    status = getattr(response, "status_code", None) or 0
    TALLY.record(name, status)


class Reader(FastHttpUser):
    wait_time = constant(0)

    def get(self, path, name, expect=(200,), headers=None):
        with self.client.get(
            path, name=name, headers=headers, catch_response=True
        ) as response:
            if response.status_code in expect:
                response.success()
            else:
                response.failure(f"{response.status_code}")

    @task(4)
    def feature_html(self):
        self.get(SLUG, "feature HTML")

    @task(2)
    def index_html(self):
        self.get("/features/", "index HTML")

    @task(3)
    def plugin_detail(self):
        self.get(f"/api/montage/features/{Target.feature_id}/", "plugin detail")

    @task(2)
    def plugin_listing(self):
        self.get("/api/montage/features/?limit=10", "plugin listing")

    @task(2)
    def conditional(self):
        self.get(
            f"/api/montage/features/{Target.feature_id}/",
            "plugin detail 304",
            expect=(304, 200),
            headers={"If-None-Match": Target.etag},
        )

    @task(2)
    def v2_detail(self):
        self.get(f"/api/v2/pages/{Target.feature_id}/", "v2 detail")

    @task(2)
    def v3_detail(self):
        if Target.v3:
            self.get(f"/api/v3/pages/{Target.feature_id}/", "v3 detail")

    @task(1)
    def comment(self):
        number = next(NUMBERS)
        # A reader of its own: flood limits are per address and per email.
        address = f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"
        with self.client.get(
            f"/api/montage/comments/token/?page={Target.feature_id}",
            name="comment token",
            catch_response=True,
        ) as token:
            if token.status_code != 200:
                token.failure(f"{token.status_code}")
                return
            token.success()
            form_token = token.json()["token"]
        body = f"Load {RUN} comment {number}"
        with self.client.post(
            "/api/montage/comments/",
            name="comment post",
            json={
                "page": Target.feature_id,
                "author_name": "Load reader",
                "email": f"reader{number}.{RUN}@example.com",
                "body": body,
                "token": form_token,
            },
            headers={"X-Forwarded-For": address},
            catch_response=True,
        ) as response:
            if response.status_code == 201:
                TALLY.accepted.append(body)
                response.success()
            elif response.status_code == 503 and response.headers.get("Retry-After"):
                # Refused, and the reader is told when to retry: not an error.
                response.success()
            else:
                response.failure(f"{response.status_code}")


def run_load(base, users, seconds, max_requests, during=None):
    """Run the readers for ``seconds`` (or until ``max_requests``); ``during(t0)``
    runs in a thread beside them (a fault). Returns locust's stats and the tally."""
    global TALLY
    TALLY = Tally(max_requests)
    environment = Environment(user_classes=[Reader], host=base, events=events)
    runner = environment.create_local_runner()
    runner.start(users, spawn_rate=users)
    started = time.monotonic()
    fault = None
    if during is not None:
        fault = threading.Thread(target=during, args=(started,))
        fault.start()
    while time.monotonic() - started < seconds and not TALLY.spent():
        gevent.sleep(0.2)
    elapsed = time.monotonic() - started
    runner.quit()
    if fault is not None:
        fault.join()
    return environment.stats, TALLY, elapsed


def table(stats, tally, elapsed, workers):
    print(f"\n## {workers} worker(s): {elapsed:.1f} s")
    print(
        f"{'endpoint':<20} {'requests':>8} {'rps':>7} {'p50':>6} {'p95':>6} {'p99':>6}  errors"
    )
    total = 0
    for name in ENDPOINTS:
        entry = stats.entries.get((name, "GET")) or stats.entries.get((name, "POST"))
        if entry is None or not entry.num_requests:
            continue
        total += entry.num_requests
        errors = {
            status: count
            for (endpoint, status), count in tally.statuses.items()
            if endpoint == name and status not in (200, 201, 304)
        }
        print(
            f"{name:<20} {entry.num_requests:>8} {entry.num_requests / elapsed:>7.1f} "
            f"{entry.get_response_time_percentile(0.5):>6.0f} "
            f"{entry.get_response_time_percentile(0.95):>6.0f} "
            f"{entry.get_response_time_percentile(0.99):>6.0f}  "
            f"{errors or '-'}"
        )
    rps = total / elapsed
    print(f"{'total':<20} {total:>8} {rps:>7.1f}")
    return rps


def saved_once(postgres, accepted):
    """(lost, doubled): comments answered 201 that are not saved, or saved twice."""
    # RUN: hex digits of our own.
    sql = f"SELECT body, count(*) FROM wagtail_montage_readercomment WHERE body LIKE 'Load {RUN} %' GROUP BY body"  # noqa: S608
    rows = postgres.query(sql)
    counts = {body: int(count) for body, count in rows}
    lost = [body for body in accepted if body not in counts]
    doubled = [body for body, count in counts.items() if count > 1]
    return lost, doubled


def fault_report(title, tally, postgres, extra=""):
    lost, doubled = saved_once(postgres, tally.accepted)
    by_status = Counter()
    for (_name, status), count in tally.statuses.items():
        by_status[status] += count
    posts = {
        status: count
        for (name, status), count in tally.statuses.items()
        if name == "comment post"
    }
    print(f"\n## {title}")
    print(f"statuses, all endpoints: {dict(sorted(by_status.items()))}")
    print(f"comment posts: {dict(sorted(posts.items()))}")
    print(
        f"comments answered 201: {len(tally.accepted)}; lost: {len(lost)}; doubled: {len(doubled)}"
    )
    if extra:
        print(extra)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", default="1,2,4", help="worker counts, e.g. 1,2,4")
    parser.add_argument("--users", type=int, default=8, help="simultaneous readers")
    parser.add_argument("--seconds", type=float, default=20, help="seconds per run")
    parser.add_argument(
        "--max-requests", type=int, default=20000, help="requests per run at most"
    )
    parser.add_argument(
        "--outage", type=float, default=10, help="seconds Redis is stopped"
    )
    parser.add_argument("--no-faults", action="store_true", help="skip the fault runs")
    args = parser.parse_args()

    reason = prod_stack.missing()
    if reason:
        sys.exit(f"load.py: {reason}")
    postgres = prod_stack.Postgres().start()
    redis = prod_stack.Redis().start()
    mail_port = prod_stack.free_port()  # nothing listens there
    env = {
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(mail_port),
        # Every reader is a new address; the throttle still counts them all.
        "MONTAGE_STACK_ATTEMPTS": "1000000",
    }
    site = None
    try:
        prepared = False
        results = {}
        for workers in [int(n) for n in args.workers.split(",")]:
            site = prod_stack.Site(
                postgres.url,
                redis.url,
                workers=workers,
                env={**env, **({"SERVE_ONLY": "1"} if prepared else {})},
            ).start()
            prepared = True
            prepare(site, postgres, redis)
            stats, tally, elapsed = run_load(
                site.base, args.users, args.seconds, args.max_requests
            )
            results[workers] = table(stats, tally, elapsed, workers)
            site.stop()
            site = None
        if 1 in results:
            print(
                "\nscaling (total rps / 1 worker): "
                + ", ".join(
                    f"{w} workers {rps / results[1]:.2f}" for w, rps in results.items()
                )
            )
        if args.no_faults:
            return
        site = prod_stack.Site(
            postgres.url, redis.url, workers=2, env={**env, "SERVE_ONLY": "1"}
        ).start()
        prepare(site, postgres, redis)

        def redis_outage(started):
            wait_until(started, 3)
            redis.stop()
            wait_until(started, 3 + args.outage)
            redis.start()

        stats, tally, elapsed = run_load(
            site.base, args.users, args.outage + 8, args.max_requests, redis_outage
        )
        table(stats, tally, elapsed, "2 (Redis stopped)")
        fault_report(f"Redis stopped for {args.outage:.0f} s", tally, postgres)

        restart_took = []

        def postgres_restart(started):
            wait_until(started, 3)
            began = time.monotonic()
            postgres.restart()
            restart_took.append(time.monotonic() - began)

        stats, tally, elapsed = run_load(
            site.base, args.users, 15, args.max_requests, postgres_restart
        )
        table(stats, tally, elapsed, "2 (PostgreSQL restarted)")
        fault_report(
            "PostgreSQL restarted",
            tally,
            postgres,
            f"restart took {restart_took[0]:.1f} s" if restart_took else "",
        )

        logged = site.log_path.read_text().count("Could not email moderators")
        sql = f"SELECT count(*) FROM wagtail_montage_readercomment WHERE body LIKE 'Load {RUN} %' AND status = 'pending'"  # noqa: S608
        rows = postgres.query(sql)
        print("\n## Mail server unreachable (all along)")
        print(f"pending comments saved: {rows[0][0]}; failed notices logged: {logged}")
    finally:
        if site is not None:
            site.stop()
        redis.stop()
        postgres.stop()


def wait_until(started, seconds):
    time.sleep(max(0, started + seconds - time.monotonic()))


def prepare(site, postgres, redis):
    """Moderators to notify (each notice fails); the feature's id and ETag."""
    prod_stack.set_moderators(postgres.url, redis.url)
    Target.feature_id = site.get("/api/montage/features/").json()["items"][0]["id"]
    Target.etag = site.get(f"/api/montage/features/{Target.feature_id}/").headers[
        "ETag"
    ]
    Target.v3 = site.get(f"/api/v3/pages/{Target.feature_id}/").status == 200


if __name__ == "__main__":
    main()
