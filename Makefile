# Developer and CI entry points for wagtail-montage.
#
#   make demo        create .venv, install, migrate, load demo content, serve
#                    (with a webhook worker beside the server)
#   make prod-demo   the example site as in production: gunicorn (WORKERS
#                    workers), WhiteNoise, DATABASE_URL, REDIS_URL
#   make test        install test extras (and axe-core from npm into
#                    tests/node_modules), ruff check + format check, pytest
#                    (twice: then with the modeladmin integration installed)
#   make lint        ruff check + ruff format --check
#   make format      ruff format + ruff check --fix
#   make bench       run benchmarks/api.py, benchmarks/page_queries.py and
#                    benchmarks/import.py
#                    (`make benchmark` is an alias)
#   make clean       remove caches, the example site database and screenshots
#
# Variables (override on the command line or in the environment):
#   PYTHON       interpreter used to create .venv          (default: python3)
#   PORT         port for `make demo`, `make prod-demo`    (default: 8000)
#   WORKERS      gunicorn workers of `make prod-demo`      (default: 2)
#   PYTEST_ARGS  extra arguments for pytest                (default: empty)
# DATABASE_URL, MONTAGE_REQUIRE_BROWSER, DJANGO_SUPERUSER_USERNAME,
# DJANGO_SUPERUSER_PASSWORD etc. pass through from the environment untouched.

SHELL := /bin/bash
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

PYTHON ?= python3
PORT ?= 8000
WORKERS ?= 2
PYTEST_ARGS ?=

VENV := .venv
VENV_ABS := $(abspath $(VENV))
VENV_PYTHON := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
RUFF := $(VENV)/bin/ruff
PYTEST := $(VENV)/bin/pytest

DEMO_STAMP := $(VENV)/.installed-demo
TEST_STAMP := $(VENV)/.installed-test
PROD_STAMP := $(VENV)/.installed-prod

.PHONY: help install-demo install-test install-prod prod-demo demo test lint format clean bench benchmark

help:
	@echo "Targets: demo, prod-demo, test, lint, format, bench (alias: benchmark), clean, install-demo, install-test, .venv"
	@echo "Variables: PYTHON=$(PYTHON) PORT=$(PORT) PYTEST_ARGS='$(PYTEST_ARGS)'"

# --- virtualenv --------------------------------------------------------------

# `make .venv` works; the real file target is the interpreter inside it.
$(VENV): $(VENV_PYTHON)

$(VENV_PYTHON):
	$(PYTHON) -m venv $(VENV)
	$(VENV_PYTHON) -m pip install --upgrade pip

# --- installs (stamp files keyed on pyproject.toml) -------------------------

install-demo: $(DEMO_STAMP)

$(DEMO_STAMP): pyproject.toml | $(VENV_PYTHON)
	$(PIP) install -e ".[webhooks]"
	@touch $@

install-test: $(TEST_STAMP)

$(TEST_STAMP): pyproject.toml tests/package-lock.json | $(VENV_PYTHON)
	$(PIP) install -e ".[test,modeladmin,dev,example-site]"
	@# axe-core for the accessibility scans (tests/axe.py), pinned in tests/package-lock.json.
	@if command -v npm >/dev/null; then npm ci --prefix tests --no-audit --no-fund; else echo "npm not found: axe-core scans will be skipped"; fi
	@touch $@

# --- demo --------------------------------------------------------------------

demo: install-demo
	cd example_site && $(VENV_ABS)/bin/python manage.py migrate --noinput
	cd example_site && $(VENV_ABS)/bin/python manage.py load_montage_demo --hostname 127.0.0.1 --port $(PORT)
	cd example_site && $(VENV_ABS)/bin/python manage.py ensure_demo_superuser
	@echo ""
	@echo "  Site:  http://127.0.0.1:$(PORT)/"
	@echo "  Admin: http://127.0.0.1:$(PORT)/admin/"
	@echo ""
	@# The webhook worker delivers (and retries) beside the server and stops with it.
	cd example_site && { $(VENV_ABS)/bin/python manage.py db_worker --backend webhooks --no-reload & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT; $(VENV_ABS)/bin/python manage.py runserver 127.0.0.1:$(PORT); }

# gunicorn, WhiteNoise, django-redis: the example-site extra, not the plugin's needs.
install-prod: $(PROD_STAMP)

$(PROD_STAMP): pyproject.toml | $(VENV_PYTHON)
	$(PIP) install -e ".[example-site]"
	@touch $@

prod-demo: install-prod
	VENV=$(VENV_ABS) PORT=$(PORT) WORKERS=$(WORKERS) bash example_site/prod-demo.sh

# --- quality -----------------------------------------------------------------

# The second run installs wagtail_montage.contrib.modeladmin (tests/settings_modeladmin.py).
test: install-test
	$(RUFF) check .
	$(RUFF) format --check .
	$(PYTEST) $(PYTEST_ARGS)
	$(PYTEST) $(PYTEST_ARGS) --ds=tests.settings_modeladmin tests/contrib_modeladmin

lint: install-test
	$(RUFF) check .
	$(RUFF) format --check .

format: install-test
	$(RUFF) format .
	$(RUFF) check --fix .

# Reports, not tests: they print tables and exit 0 whether targets are met or not.
bench: install-test
	$(VENV_PYTHON) benchmarks/api.py
	$(VENV_PYTHON) benchmarks/page_queries.py
	$(VENV_PYTHON) benchmarks/import.py
	$(VENV_PYTHON) benchmarks/extraction_scaling.py

benchmark: bench

# --- housekeeping ------------------------------------------------------------

clean:
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -print0 | xargs -0r rm -rf
	rm -rf .pytest_cache .ruff_cache build dist *.egg-info
	rm -f example_site/*.sqlite3 example_site/*.sqlite3-journal
	rm -rf tests/screenshots tests/node_modules
