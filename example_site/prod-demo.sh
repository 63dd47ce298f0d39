#!/usr/bin/env bash
# `make prod-demo`: the example site as it runs in production. Migrates, loads
# the demo when the database has no feature yet, collects static files (served
# by WhiteNoise) and serves with gunicorn on 127.0.0.1:$PORT with $WORKERS
# worker processes, using example_site.settings.production.
#
# DATABASE_URL (PostgreSQL), REDIS_URL, DJANGO_ALLOWED_HOSTS, EMAIL_HOST pass
# through. Without DJANGO_SECRET_KEY a throwaway key is made, with a warning:
# for this demo only; a real deployment sets its own.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
PYTHON="${VENV:?VENV: the virtualenv with the example_site extra}/bin/python"
PORT="${PORT:-8000}"
WORKERS="${WORKERS:-2}"

export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-example_site.settings.production}"
if [[ -z "${DJANGO_SECRET_KEY:-}" ]]; then
    DJANGO_SECRET_KEY="$("$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(50))')"
    export DJANGO_SECRET_KEY
    echo "WARNING: DJANGO_SECRET_KEY is not set: this demo uses a throwaway key" \
        "(sessions and form tokens end with it). Set your own in production." >&2
fi
export DJANGO_ALLOWED_HOSTS="${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost}"
# Plain HTTP on the loopback: cookies cannot be HTTPS-only here.
export DJANGO_SECURE_COOKIES="${DJANGO_SECURE_COOKIES:-false}"
export PORT
[[ -n "${DATABASE_URL:-}" ]] || echo "WARNING: DATABASE_URL is not set: SQLite file example_site/db.sqlite3." >&2
[[ -n "${REDIS_URL:-}" ]] || echo "WARNING: REDIS_URL is not set: a file cache, shared by this machine's workers only." >&2

# SERVE_ONLY=1: a restart (other WORKERS, say) of a site prepared before.
if [[ -z "${SERVE_ONLY:-}" ]]; then
    "$PYTHON" manage.py migrate --noinput
    "$PYTHON" manage.py load_montage_demo --if-empty --hostname 127.0.0.1 --port "$PORT"
    "$PYTHON" manage.py collectstatic --noinput --verbosity 0
fi

echo "Serving http://127.0.0.1:$PORT/ with $WORKERS gunicorn workers"
exec "$VENV/bin/gunicorn" example_site.wsgi \
    --workers "$WORKERS" \
    --bind "127.0.0.1:$PORT" \
    --access-logfile - \
    --graceful-timeout 10 \
    --timeout 30
