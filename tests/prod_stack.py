"""The example site's production stack on the loopback, for the cross-worker
tests (``tests/test_prod_stack.py``) and the load runs (``benchmarks/load.py``):
a throwaway PostgreSQL cluster (initdb as user ``postgres``), ``redis-server``
and gunicorn started by ``example_site/prod-demo.sh``, as ``make prod-demo``
starts it.

``missing()`` says what is not there (no redis-server, no PostgreSQL binaries,
not root, gunicorn not installed), so a caller can skip with that reason.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_SITE = ROOT / "example_site"
PG_BIN = Path("/usr/lib/postgresql/15/bin")
SECRET_KEY = "prod-stack-tests-not-a-secret"
# The settings the stack serves with: the example site's production settings,
# plus what a test needs to set (the form token's minimum age, say).
SETTINGS = "tests.settings_prod_stack"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def missing():
    """Why the stack cannot start here, or None."""
    if not shutil.which("redis-server"):
        return "redis-server is not installed (apt-get install -y redis-server)"
    if not (PG_BIN / "initdb").exists():
        return f"PostgreSQL 15 is not installed ({PG_BIN}/initdb)"
    if os.geteuid() != 0:
        return "the throwaway PostgreSQL cluster is made as user postgres: run as root"
    for module in ("gunicorn", "whitenoise", "django_redis"):
        try:
            __import__(module)
        except ImportError:
            return f"{module} is not installed (pip install -e '.[example-site]')"
    return None


def wait_until(ready, timeout, what):
    """Poll ``ready()`` until it is true (a server starting, not a timer)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not come up within {timeout} s")


class Postgres:
    """A cluster in a temporary folder, owned by ``postgres``, on 127.0.0.1."""

    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="montage-stack-pg-"))
        self.port = free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/montage"

    def run(self, *args, check=True):
        return subprocess.run(  # noqa: S603
            ["runuser", "-u", "postgres", "--", *args],  # noqa: S607
            cwd=self.dir,
            capture_output=True,
            text=True,
            check=check,
            timeout=120,
        )

    def ctl(self, *args):
        return self.run(
            str(PG_BIN / "pg_ctl"),
            "-w",
            "-t",
            "60",
            "-D",
            str(self.dir / "data"),
            "-l",
            str(self.dir / "log"),
            *args,
        )

    def start(self):
        (self.dir / "sock").mkdir()
        shutil.chown(self.dir, "postgres", "postgres")
        shutil.chown(self.dir / "sock", "postgres", "postgres")
        self.run(
            str(PG_BIN / "initdb"),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-locale",
            "-D",
            str(self.dir / "data"),
        )
        self.ctl("-o", self._options(), "start")
        self.run(
            str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "montage"
        )
        return self

    def _options(self):
        return (
            f"-h 127.0.0.1 -p {self.port} -k {self.dir / 'sock'} -c max_connections=200"
        )

    def restart(self):
        self.ctl("-m", "fast", "-o", self._options(), "restart")

    def stop(self):
        if (self.dir / "data" / "postmaster.pid").exists():
            self.ctl("-m", "fast", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)

    def query(self, sql):
        """Rows of ``sql`` as lists of strings (psql, tab-separated)."""
        result = self.run(
            str(PG_BIN / "psql"),
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-d",
            "montage",
            "-At",
            "-F",
            "\t",
            "-c",
            sql,
        )
        return [line.split("\t") for line in result.stdout.splitlines() if line]


class Redis:
    """``redis-server`` on 127.0.0.1 without persistence; ``stop()`` and
    ``start()`` again on the same port stand for an outage."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603
            [  # noqa: S607
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(self._answers, 30, "redis-server")
        return self

    def _answers(self):
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def pause(self):
        """Still running, with its data, but answering nobody (SIGSTOP): as
        when it is unreachable for a while and then comes back as it was."""
        self.process.send_signal(signal.SIGSTOP)

    def resume(self):
        self.process.send_signal(signal.SIGCONT)

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None


class Site:
    """gunicorn with ``workers`` processes, started by ``prod-demo.sh``."""

    def __init__(self, database_url, redis_url, workers=2, env=None):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = Path(
            tempfile.mkstemp(prefix="montage-stack-", suffix=".log")[1]
        )
        self.env = {
            **os.environ,
            "VENV": sys.prefix,
            "PORT": str(self.port),
            "WORKERS": str(workers),
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "DJANGO_SECRET_KEY": SECRET_KEY,
            "DJANGO_SETTINGS_MODULE": SETTINGS,
            "PYTHONPATH": os.pathsep.join(
                filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])
            ),
            # The worker's pid in each access log line: which worker answered.
            "GUNICORN_CMD_ARGS": '--access-logformat "%(p)s %(m)s %(U)s %(s)s"',
            **(env or {}),
        }
        self.process = None

    def start(self, timeout=300):
        self.log = self.log_path.open("w")
        self.process = subprocess.Popen(  # noqa: S603
            ["bash", str(EXAMPLE_SITE / "prod-demo.sh")],  # noqa: S607
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_until(self._serves, timeout, f"gunicorn on {self.base}")
        except RuntimeError:
            self.stop()
            raise RuntimeError(self.log_path.read_text()[-4000:]) from None
        return self

    def _serves(self):
        if self.process.poll() is not None:
            raise RuntimeError(self.log_path.read_text()[-4000:])
        try:
            return self.get("/api/montage/features/").status == 200
        except OSError:
            return False

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None

    def request(self, method, path, body=None, headers=None):
        """``Response`` of one request on a new connection (never raises on 4xx/5xx)."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(  # noqa: S310
            self.base + path,
            data=data,
            method=method,
            headers={
                "Host": "127.0.0.1",
                **({"Content-Type": "application/json"} if data is not None else {}),
                **(headers or {}),
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310
                return Response(answer.status, dict(answer.headers), answer.read())
        except urllib.error.HTTPError as error:
            return Response(error.code, dict(error.headers), error.read())

    def get(self, path, headers=None):
        return self.request("GET", path, headers=headers)

    def post(self, path, body):
        return self.request("POST", path, body=body)

    def worker_pids(self, method, path_prefix):
        """Pids of the workers that answered ``method`` on paths under ``path_prefix``."""
        pids = set()
        for line in self.log_path.read_text().splitlines():
            parts = line.split()
            if (
                len(parts) == 4
                and parts[1] == method
                and parts[2].startswith(path_prefix)
            ):
                pids.add(parts[0])
        return pids


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def json(self):
        return json.loads(self.body)

    def text(self):
        return self.body.decode()

    def __repr__(self):
        return f"<Response {self.status} {self.body[:200]!r}>"


def manage(database_url, redis_url, *args):
    """``manage.py`` of the example site against the stack: another process."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "DJANGO_SECRET_KEY": SECRET_KEY,
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])
        ),
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=EXAMPLE_SITE,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )


MODERATORS = """
from wagtail.models import Site
from wagtail_montage.models import CommentSettings
settings = CommentSettings.for_site(Site.objects.get(is_default_site=True))
settings.moderator_emails = {emails!r}
settings.save()
"""


def set_moderators(database_url, redis_url, emails="moderators@example.com"):
    """Moderators to email about each comment that waits (the site's settings)."""
    manage(database_url, redis_url, "shell", "-c", MODERATORS.format(emails=emails))
