"""The shape of the package: which module imports which.

Every module of ``wagtail_montage`` is parsed (not imported), and every import
counted, at the top of a module or inside a function, relative imports
resolved. From that graph: no import cycle, the models at the bottom, and few
imports hidden inside functions. And no function too tangled to follow: ruff's
McCabe check (C901) over the whole package.
"""

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

import wagtail_montage

PACKAGE = "wagtail_montage"
ROOT = Path(wagtail_montage.__file__).parent

# What models/ may import, even through the modules it imports: the rooms
# below it. Everything else of the package (api, comments, admin, caching,
# importers, structured data, handlers...) sits above.
BELOW_MODELS = (
    "models",
    "blocks",
    "embeds",
    "conf",
    "numbers",
    "request_text",
    "compat",
    "signals",
)
# Reached through blocks, never imported by models/ itself: the body block keeps
# its API representation (caching.representations, which reads the package's
# __version__ and the kept values' generation, and imports no model: the notes of
# missed changes are looked up by name).
THROUGH_BLOCKS = {
    PACKAGE,
    f"{PACKAGE}.caching.representations",
    f"{PACKAGE}.caching.generation",
    f"{PACKAGE}.caching.missed",
}
MAX_INNER_IMPORTS = 10
# The cyclomatic complexity (McCabe) no function of the package may pass.
MAX_COMPLEXITY = 15


def module_name(path):
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def package_modules():
    """``{module name: path}`` of every module but the migrations."""
    return {
        module_name(path): path
        for path in sorted(ROOT.rglob("*.py"))
        if "migrations" not in path.relative_to(ROOT).parts
    }


def imports_of(name, path, modules):
    """``[(imported module, line, inner)]``: the package's modules ``name``
    imports; ``inner`` when the import sits inside a function or class."""
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    top_level = set(map(id, tree.body))
    # Imports under `if TYPE_CHECKING:` / try at the top count as top-level too.
    for node in tree.body:
        if isinstance(node, (ast.If, ast.Try)):
            top_level.update(id(child) for child in ast.walk(node))

    found = []

    def add(target, node):
        # The deepest module of the package the dotted name names.
        while target and target not in modules:
            target = target.rpartition(".")[0]
        if target and target != name:
            found.append((target, node.lineno, id(node) not in top_level))

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == PACKAGE:
                    add(alias.name, node)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                if not is_package:
                    base = base[:-1]
                base = base[: len(base) - (node.level - 1)]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module or ""
            if source.split(".")[0] != PACKAGE:
                continue
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                add(submodule if submodule in modules else source, node)
    return found


@pytest.fixture(scope="module")
def graph():
    modules = package_modules()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def find_cycle(edges):
    """One import cycle as a list of module names (first == last), or None."""
    state = {}
    stack = []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for target in sorted(edges[node]):
            if state.get(target) == "open":
                return [*stack[stack.index(target) :], target]
            if target not in state:
                cycle = visit(target)
                if cycle:
                    return cycle
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(edges):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def reachable(edges, start):
    seen, todo = set(), [start]
    while todo:
        node = todo.pop()
        for target in edges[node]:
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def room(module):
    return module.split(".")[1].removesuffix(".py") if "." in module else ""


def test_the_graph_sees_every_kind_of_import(graph):
    # A parser that missed relative or inner imports would pass everything.
    pages = {target for target, _line, _inner in graph[f"{PACKAGE}.models.pages"]}
    assert f"{PACKAGE}.models.fields" in pages
    assert f"{PACKAGE}.conf" in pages
    package = {target for target, _line, _inner in graph[f"{PACKAGE}.models"]}
    assert f"{PACKAGE}.models.pages" in package
    assert any(inner for edges in graph.values() for *_rest, inner in edges)


def test_find_cycle_reports_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle(graph):
    edges = {
        name: {target for target, *_ in imports} for name, imports in graph.items()
    }
    cycle = find_cycle(edges)
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_models_import_only_the_rooms_below_them(graph):
    edges = {
        name: {target for target, *_ in imports} for name, imports in graph.items()
    }
    models = [name for name in edges if room(name) == "models"]
    direct = {
        f"{name} -> {target}"
        for name in models
        for target in edges[name]
        if room(target) not in BELOW_MODELS
    }
    assert not direct, "models/ imports above itself:\n" + "\n".join(sorted(direct))
    reached = {
        f"{name} -> {target}"
        for name in models
        for target in reachable(edges, name)
        if room(target) not in BELOW_MODELS and target not in THROUGH_BLOCKS
    }
    assert not reached, "models/ reaches above itself:\n" + "\n".join(sorted(reached))


def test_few_imports_inside_functions(graph):
    # One per import statement, however many names it brings.
    inner = sorted(
        {
            f"{name}:{line}"
            for name, imports in graph.items()
            for _target, line, is_inner in imports
            if is_inner
        }
    )
    assert len(inner) <= MAX_INNER_IMPORTS, "\n".join(inner)


# The rooms above the caching layer (DESIGN's order: admin, api, importers ->
# comments, handlers, caching, ...): what caching/ may never import.
ABOVE_CACHING = ("admin", "api", "importers", "comments", "handlers", "wagtail_hooks")


def test_the_caching_layer_imports_no_room_above_it(graph):
    upward = {
        f"{name} -> {target}"
        for name, imports in graph.items()
        if room(name) == "caching"
        for target, *_ in imports
        if room(target) in ABOVE_CACHING
    }
    assert not upward, "caching/ imports above itself:\n" + "\n".join(sorted(upward))


@pytest.mark.skipif(
    importlib.util.find_spec("ruff") is None, reason="ruff is not installed"
)
def test_no_function_is_too_complex():
    completed = subprocess.run(  # noqa: S603 - our interpreter, fixed arguments
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "--select",
            "C901",
            "--config",
            f"lint.mccabe.max-complexity={MAX_COMPLEXITY}",
            "--output-format",
            "concise",
            PACKAGE,
        ],
        cwd=ROOT.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
