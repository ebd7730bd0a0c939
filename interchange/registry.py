"""Which page types the format has, and where new pages go: filled by the apps that own them.

Each domain app describes its page type in its own `interchange.py` and registers it when the app
is ready, the way page types declare `search_fields`; the engine never imports a domain app. The
app that owns the page tree (home) registers the function that gives a language's section pages.
"""

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class PageType:
    """One `type` of the format: its page model, where its pages live and its content fields.

    A page lives either in a section of the language's tree (`section`, an index page model) or
    under a page of another type that the line names (`parent_type`, by slug in the envelope field
    `parent_field`, as an offer names its centre).
    """

    name: str
    model: type
    fields: dict
    section: type | None = None
    parent_type: str | None = None
    parent_field: str | None = None
    export_warnings: Any = None  # callable(page) -> list of messages about what the format cannot hold

    def __post_init__(self):
        if (self.section is None) == (self.parent_type is None):
            raise ImproperlyConfigured(f"{self.name}: give either a section or a parent type.")


_page_types: dict = {}
_locale_tree = {}


def register(name, model, fields, **options):
    """Add a page type to the format; `fields` are `records.Field`s."""
    if name in _page_types and _page_types[name].model is not model:
        raise ImproperlyConfigured(f"The interchange type {name!r} is registered twice.")
    _page_types[name] = PageType(name, model, {spec.name: spec for spec in fields}, **options)
    return _page_types[name]


def page_types():
    """Every registered type, each after the type its pages live under.

    Types that hold or live under other types come first (centres, then offers), then the rest in
    the order the apps registered them, so an export reads top-down.
    """
    parents = {t.parent_type for t in _page_types.values()}
    ordered, placed = [], set()
    pending = sorted(_page_types.values(), key=lambda t: t.name not in parents and t.parent_type is None)
    while pending:
        page_type = next((t for t in pending if t.parent_type is None or t.parent_type in placed), None)
        if page_type is None:
            raise ImproperlyConfigured("The interchange types' parents form a cycle or name a missing type.")
        ordered.append(page_type)
        placed.add(page_type.name)
        pending.remove(page_type)
    return ordered


def get(name):
    return _page_types.get(name)


def names():
    return [page_type.name for page_type in page_types()]


def register_locale_tree(builder):
    """`builder(language_code)` gives an object whose `.section(index_model)` is that section's page."""
    _locale_tree["builder"] = builder


def locale_tree(language_code):
    if "builder" not in _locale_tree:
        raise ImproperlyConfigured("No app registered the page tree the import builds into (home does).")
    return _locale_tree["builder"](language_code)
