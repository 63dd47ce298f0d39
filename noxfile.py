"""The support matrix: one nox session per cell (``nox -l`` lists them).

    nox -s "wagtail74-django52-py311"          # the LTS cell, without browser tests
    nox -s "wagtail80-django52-py311" -- -x    # arguments after -- go to pytest

Each cell installs the package with its test extras into its own virtualenv,
then pins Wagtail and Django to the cell. Without arguments the suite runs
without browser tests (``-m "not browser"``), in one process (the order
pytest-django gives transactional tests, which ``serialized_rollback`` needs); ``.ci/run``
runs the full suite, browser tests included, in the project's own ``.venv``
(Wagtail 8.0, Django 5.2) on SQLite and PostgreSQL.

Python 3.13 comes from pyenv when ``python3.13`` is not on ``PATH``.
"""

import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True


def interpreter(version):
    """``python3.X`` from PATH, else from ``pyenv prefix`` (pyenv's shims answer
    only for the version selected in the shell)."""
    name = f"python{version}"
    found = shutil.which(name)
    if found:
        probe = subprocess.run(  # noqa: S603
            [found, "--version"], capture_output=True, check=False
        )
        if probe.returncode == 0:
            return found
    root = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv")
    for candidate in sorted(root.glob(f"versions/{version}.*/bin/{name}")):
        return str(candidate)
    pyenv = shutil.which("pyenv")
    if pyenv:
        for prefix in subprocess.run(  # noqa: S603
            [pyenv, "prefix", *_pyenv_versions(pyenv, version)],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split(":"):
            candidate = shutil.which(name, path=f"{prefix.strip()}/bin")
            if candidate:
                return candidate
    return version


def _pyenv_versions(pyenv, version):
    installed = subprocess.run(  # noqa: S603
        [pyenv, "versions", "--bare"], capture_output=True, text=True, check=False
    ).stdout.split()
    return [each for each in installed if each.startswith(f"{version}.")][-1:]


# name: (python, wagtail, django)
CELLS = {
    "wagtail74-django52-py311": ("3.11", "wagtail>=7.4,<7.5", "Django>=5.2,<5.3"),
    "wagtail80-django52-py311": ("3.11", "wagtail>=8.0,<8.1", "Django>=5.2,<5.3"),
    "wagtail8-django61-py313": ("3.13", "wagtail>=8.0,<9", "Django>=6.1,<6.2"),
}

DEFAULT_PYTEST_ARGS = ["-m", "not browser", "-p", "no:cacheprovider"]


def test_requirements():
    """The test extra (webhooks' django-tasks-db runs on Django's own tasks from
    6.0, on the django-tasks backport Wagtail requires before)."""
    return tomllib.loads(Path("pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]["test"]


def run_cell(session, wagtail, django):
    session.install("-e", ".", *test_requirements(), wagtail, django)
    session.run("python", "-c", VERSIONS)
    session.run(
        "pytest",
        *(session.posargs or DEFAULT_PYTEST_ARGS),
        env={"MONTAGE_CELL": session.name},
    )


VERSIONS = (
    "import sys, django, wagtail; "
    "print('python', sys.version.split()[0], 'django', django.get_version(), "
    "'wagtail', wagtail.__version__)"
)


def make_session(name, python, wagtail, django):
    @nox.session(name=name, python=interpreter(python))
    def cell(session):
        run_cell(session, wagtail, django)

    cell.__doc__ = f"Python {python}, {wagtail}, {django}"
    return cell


for _name, (_python, _wagtail, _django) in CELLS.items():
    globals()[_name.replace("-", "_")] = make_session(_name, _python, _wagtail, _django)
