"""The importer's messages to editors and command users are translatable.

Warnings, skipped-item lines and ``SourceError`` messages are plain strings kept
in the import report, so each is made with ``gettext`` when it happens, its
values put in with named placeholders. The importer modules are parsed (not
imported): a message written as a bare string or an f-string fails here, and so
does a message missing from the English catalogue (run ``makemessages``).
"""

import ast
import re
from pathlib import Path

import wagtail_montage
from wagtail_montage.importers.html import shortcodes
from wagtail_montage.importers.html.shortcodes import expand_shortcodes

PACKAGE_ROOT = Path(wagtail_montage.__file__).parent
IMPORTERS = PACKAGE_ROOT / "importers"
CATALOGUE = PACKAGE_ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"

TRANSLATING = {
    "_",
    "gettext",
    "gettext_lazy",
    "ngettext",
    "ngettext_lazy",
    "pgettext",
    "npgettext",
}
# Lists the report shows as they are: ``warnings``, ``post.warnings``,
# ``self.warnings``, ``skipped``, ``result.held``...
MESSAGE_LISTS = ("warnings", "skipped", "held")


def importer_modules():
    return sorted(IMPORTERS.rglob("*.py"))


def name_of(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def is_translating_call(node):
    return isinstance(node, ast.Call) and name_of(node.func) in TRANSLATING


def untranslated_text(node):
    """The first string literal of ``node`` that does not go through gettext, or
    None. ``gettext(...) % {...}`` is translated whatever its values are."""
    if is_translating_call(node):
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        left = node.left
        if is_translating_call(left):
            return None
        if isinstance(left, ast.IfExp) and all(
            map(is_translating_call, (left.body, left.orelse))
        ):
            return (
                None  # (gettext("… an album") if album else gettext("… a track")) % {}
            )
    if isinstance(node, ast.IfExp):
        return untranslated_text(node.body) or untranslated_text(node.orelse)
    if isinstance(node, ast.JoinedStr):
        return ast.unparse(node)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    for child in ast.iter_child_nodes(node):
        found = untranslated_text(child)
        if found is not None:
            return found
    return None


def messages_made(tree):
    """``(line, expression)`` of every message the module reports: what it
    appends to a message list, suggests to the editor and raises a ``SourceError``
    with."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr == "append"
            and name_of(func.value).endswith(MESSAGE_LISTS)
            and node.args
        ):
            yield node.lineno, node.args[0]
        elif name_of(func) in ("suggest", "suggest_line") and node.args:
            yield node.lineno, node.args[0]  # a suggestion the editor reviews
        elif name_of(func) == "SourceError":
            if len(node.args) > 1:
                yield node.lineno, node.args[1]
            for keyword in node.keywords:
                if keyword.arg == "message":
                    yield node.lineno, keyword.value


def msgids_of_code(tree):
    """The literal first argument of every gettext call."""
    for node in ast.walk(tree):
        if is_translating_call(node) and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                yield node.lineno, first.value


_PO_STRING_RE = re.compile(r'^(?:msgid|msgid_plural)?\s*"(.*)"\s*$')


def catalogue_msgids(text):
    """The msgids (and plural msgids) of a .po file, continuation lines joined."""
    msgids, current = set(), None
    for line in text.splitlines():
        if line.startswith(("msgid ", "msgid_plural ")):
            if current is not None:
                msgids.add(current)
            current = _unescape(_PO_STRING_RE.match(line).group(1))
        elif line.startswith('"') and current is not None:
            current += _unescape(_PO_STRING_RE.match(line).group(1))
        else:
            if current is not None:
                msgids.add(current)
            current = None
    if current is not None:
        msgids.add(current)
    msgids.discard("")
    return msgids


def _unescape(text):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), text)


def test_every_importer_message_goes_through_gettext():
    untranslated = []
    for path in importer_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, expression in messages_made(tree):
            text = untranslated_text(expression)
            if text is not None:
                relative = path.relative_to(PACKAGE_ROOT.parent).as_posix()
                untranslated.append(f"{relative}:{line}: {text!r}")
    assert untranslated == [], (
        "Messages shown to editors must be translatable: "
        'gettext("… %(name)s …") % {"name": value}'
    )


def test_the_checker_finds_untranslated_messages():
    code = """
warnings.append("bare")
post.warnings.append(f"image {src} left out")
skipped.append(source + ": not a post")
raise SourceError(source, f"is empty {x}")
warnings.append(gettext("fine %(x)s") % {"x": f"{x:,}"})
self.warnings.append(gettext("fine") if a else ngettext("one", "many", n) % {})
raise SourceError(source, gettext("fine"))
warnings.append(message)
ctx.suggest(f"Possible track {title}", sentence)
ctx.suggest(_("Possible track %(title)s") % {"title": title}, sentence)
"""
    found = [
        (line, untranslated_text(expression))
        for line, expression in messages_made(ast.parse(code))
    ]
    assert [(line, text) for line, text in found if text is not None] == [
        (2, "bare"),
        (3, "f'image {src} left out'"),
        (4, ": not a post"),
        (5, "f'is empty {x}'"),
        (10, "f'Possible track {title}'"),
    ]


def test_the_catalogue_holds_every_importer_message():
    msgids = catalogue_msgids(CATALOGUE.read_text(encoding="utf-8"))
    missing = [
        f"{path.relative_to(PACKAGE_ROOT.parent).as_posix()}:{line}: {text!r}"
        for path in importer_modules()
        for line, text in msgids_of_code(ast.parse(path.read_text(encoding="utf-8")))
        if text not in msgids
    ]
    assert missing == [], (
        "Refresh the catalogue: cd wagtail_montage && "
        "django-admin makemessages -l en --no-obsolete"
    )


def test_catalogue_msgids_joins_continued_lines():
    text = (
        'msgid ""\nmsgstr ""\n"Language: en\\n"\n\n'
        '#, python-format\nmsgid ""\n"the author “%(author)s” has no user "\n'
        '"on this site"\nmsgstr ""\n\n'
        'msgid "one \\"quoted\\""\nmsgid_plural "many"\nmsgstr[0] ""\n'
    )
    assert catalogue_msgids(text) == {
        "the author “%(author)s” has no user on this site",
        'one "quoted"',
        "many",
    }


def test_a_warning_is_translated_when_it_is_made(monkeypatch):
    monkeypatch.setattr(shortcodes, "gettext", lambda message: f"«{message}»")
    warnings = []

    expand_shortcodes("[contact-form-7 id=1]", warnings)

    assert warnings == ["«left out a [contact-form-7] shortcode»"]
