"""The README's API examples work as written against a fresh demo.

The shell block under "For front-end developers" is run with bash and curl
against a live server holding what ``load_montage_demo`` loads, with only the
host swapped. Page ids are never written into the examples: they differ from
one site to another.
"""

import json
import re
import shutil
import subprocess
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from home.management.commands.load_montage_demo import WELCOME_TITLE
from wagtail.models import Collection, Locale, Page, Site

from wagtail_montage.models import ReaderComment

README = Path(__file__).resolve().parent.parent / "README.md"
DEMO_HOST = "http://127.0.0.1:8000"


def fresh_site_tree():
    """What a new site has from Wagtail's migrations (the root collection, a
    locale, the root page, the welcome page, the default site), which an earlier transactional test may have
    flushed."""
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    if Page.get_first_root_node() is None:
        Locale.objects.get_or_create(language_code="en")
        root = Page.add_root(instance=Page(title="Root", slug="root"))
        welcome = root.add_child(
            instance=Page(title=WELCOME_TITLE, slug="home", live=True)
        )
        Site.objects.create(
            hostname="localhost", root_page=welcome, is_default_site=True
        )


def api_example_block():
    text = README.read_text(encoding="utf-8")
    section = text.split("## For front-end developers", 1)[1]
    return re.search(r"```sh\n(.*?)```", section, re.DOTALL).group(1)


def test_the_examples_name_no_page_id():
    block = api_example_block()

    assert not re.search(r"/\d+/|page=\d|\"page\\\": \d", block)


@pytest.mark.v3
@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("curl"), reason="curl is not installed")
@pytest.mark.django_db(transaction=True)
def test_the_api_examples_run_as_written(live_server, settings):
    fresh_site_tree()
    call_command("load_montage_demo", stdout=StringIO())
    # The token's minimum age is what the example's `sleep` waits for: the
    # test lifts it instead of sleeping.
    settings.WAGTAIL_MONTAGE_COMMENT_TOKEN_MIN_AGE = 0
    lines = [
        line
        for line in api_example_block().replace(DEMO_HOST, live_server.url).splitlines()
        if not line.startswith("sleep ")
    ]
    script = "set -euo pipefail\n" + "\n".join(lines)

    result = subprocess.run(  # noqa: S603
        ["bash", "-c", script],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr + result.stdout
    posted = json.loads(result.stdout.strip().splitlines()[-1])
    assert posted["status"] == "pending"
    comment = ReaderComment.objects.get(pk=posted["id"])
    assert comment.page.title and comment.author_name == "Ann"
