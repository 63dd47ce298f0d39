"""axe-core accessibility scans in the browser tests.

axe-core comes from npm (tests/package.json, pinned in tests/package-lock.json),
installed by ``make install-test`` into tests/node_modules. Without it a scan
skips with the reason, except where ``MONTAGE_REQUIRE_BROWSER`` is set (CI):
there it fails.

    from .axe import serious_violations

    assert serious_violations(page) == []
"""

import os
from pathlib import Path

import pytest

AXE_SCRIPT = (
    Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
)
SERIOUS = ("serious", "critical")
# WCAG 2.x A and AA, and axe's own best practices, as axe names its rule tags.
DEFAULT_TAGS = (
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
    "wcag22aa",
    "best-practice",
)


def require_axe():
    """The path of axe.min.js, or a skip (a failure in CI) that says how to get it."""
    if AXE_SCRIPT.is_file():
        return AXE_SCRIPT
    message = (
        "axe-core is not installed (make install-test, or npm ci --prefix tests): "
        "accessibility scan not run"
    )
    if os.environ.get("MONTAGE_REQUIRE_BROWSER"):
        pytest.fail(message)
    pytest.skip(message)


def settle(page):
    """Put the page at rest before axe looks at it: scrolled to the top, with every
    finite CSS animation and transition ended.

    axe judges target sizes and overlaps by where elements stand when it looks. A
    control that the last action scrolled up under a sticky header reads as
    "partially obscured" (seen in CI: a panel toggle 9px tall under the editor's
    header), and a block still sliding open is half drawn. Neither is the page a
    reader or editor gets, and whether either happens depends on timing, so every
    scan starts from the same place. Looping animations (a spinner) never end, so
    they are not waited for.
    """
    page.evaluate(
        """async () => {
            window.scrollTo(0, 0);
            for (const element of document.querySelectorAll("*")) {
                if (element.scrollTop > 0) element.scrollTop = 0;
            }
            const ending = document.getAnimations().filter(
                (a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity
            );
            await Promise.all(ending.map((a) => a.finished.catch(() => null)));
            await new Promise((done) =>
                requestAnimationFrame(() => requestAnimationFrame(done))
            );
        }"""
    )


def axe_violations(page, *, include=None, exclude=None, tags=DEFAULT_TAGS):
    """Inject axe-core into a Playwright page and return its violations.

    ``include``/``exclude`` are CSS selectors limiting the scan (for example the
    page editor's own inputs); each violation is axe's dict (``id``, ``impact``,
    ``help``, ``nodes`` with their ``target`` and ``failureSummary``).
    """
    script = require_axe()
    settle(page)
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=script.read_text(encoding="utf-8"))
    context = {}
    if include:
        context["include"] = [[include]] if isinstance(include, str) else include
    if exclude:
        context["exclude"] = [[exclude]] if isinstance(exclude, str) else exclude
    options = {"runOnly": {"type": "tag", "values": list(tags)}} if tags else {}
    result = page.evaluate(
        """async ([context, options]) => {
            const target = Object.keys(context).length ? context : document;
            return await window.axe.run(target, options);
        }""",
        [context, options],
    )
    return result["violations"]


def serious_violations(page, **kwargs):
    """The serious and critical violations, each summed up as
    ``"rule-id (impact): help -> selectors"`` so a failing assert reads well."""
    return [
        "{} ({}): {} -> {}".format(
            violation["id"],
            violation["impact"],
            violation["help"],
            "; ".join(
                " ".join(map(str, node["target"])) for node in violation["nodes"][:5]
            ),
        )
        for violation in axe_violations(page, **kwargs)
        if violation.get("impact") in SERIOUS
    ]
