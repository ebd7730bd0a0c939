"""The layout's rules, read from the source so they stay true (docs/architecture.md).

- `core` is the shared base: it imports no other app of the project.
- Dependencies between apps point one way: no two apps import each other, directly or round a
  longer cycle.
- No app imports another inside a function to dodge a cycle.
"""

import ast
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
APPS = sorted(path.parent.name for path in ROOT.glob("*/apps.py"))
# Engines that domain apps plug into; they must not know the apps that use them.
ENGINES = {"core", "interchange"}


def _sources(app):
    return [path for path in (ROOT / app).rglob("*.py") if "migrations" not in path.parts]


def _imported_app(node):
    names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]
    if isinstance(node, ast.ImportFrom) and node.level:
        return []  # relative: the same app
    return [name.split(".")[0] for name in names if name.split(".")[0] in APPS]


def _imports(app):
    """(other app, file, line, inside a function?) for every import of another project app."""
    found = []
    for path in _sources(app):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
        nested = {id(inner) for function in functions for inner in ast.walk(function)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                for other in _imported_app(node):
                    if other != app:
                        found.append((other, path.relative_to(ROOT), node.lineno, id(node) in nested))
    return found


GRAPH = {app: _imports(app) for app in APPS}


def test_the_apps_are_found():
    assert {"core", "home", "articles", "centres", "offers", "toolkit", "search", "interchange", "demo"} <= set(APPS)


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_engines_import_no_domain_app(engine):
    assert [f"{path}:{line} imports {other}" for other, path, line, _ in GRAPH[engine] if other not in ENGINES] == []


def test_no_app_imports_another_inside_a_function():
    inside = [f"{path}:{line} imports {other}" for app in APPS for other, path, line, nested in GRAPH[app] if nested]
    assert inside == []


def test_dependencies_between_apps_point_one_way():
    edges = {app: {other for other, *_ in GRAPH[app]} for app in APPS}
    cycles = []

    def visit(app, trail):
        for other in sorted(edges[app]):
            if other in trail:
                cycles.append(" -> ".join([*trail[trail.index(other) :], other]))
            else:
                visit(other, [*trail, other])

    for app in APPS:
        visit(app, [app])
    assert cycles == []


def test_offers_depend_on_centres_and_not_the_reverse():
    edges = {app: {other for other, *_ in GRAPH[app]} for app in APPS}
    assert "centres" in edges["offers"]
    assert "offers" not in edges["centres"]
