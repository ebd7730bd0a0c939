"""What a search can be narrowed down by: type, topic, health region and target group.

Each facet's values are stable across languages in the corpus (search.models.SearchFacet): a
topic by its translation key, a region or target group by its choice value, a type by its key.
Visitors and the API name a topic by its slug in the language searched (as the listings' ?tema=
does), so this module turns slugs into keys and keys into slugs and names, in one query.

Counts are disjunctive: a facet's counts apply every other facet's filters but not its own, so
ticking "Artikkel" still shows how many centres there are to tick as well. Within a facet the
values are alternatives (OR); across facets every facet must match (AND).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from centres.choices import HealthRegion
from core.languages import preference
from core.models import Topic
from offers.choices import TargetGroup

from .models import RESULT_TYPES

FACETS = ("type", "topic", "region", "target_group")

TYPE_LABELS = {
    "article": pgettext_lazy("result type", "Artikkel"),
    "centre": pgettext_lazy("result type", "Senter"),
    "offer": pgettext_lazy("result type", "Tilbud"),
    "toolkit": pgettext_lazy("result type", "Verktøykasse"),
    "document": pgettext_lazy("result type", "Dokument"),
}

FACET_LABELS = {
    "type": pgettext_lazy("search facet", "Type"),
    "topic": pgettext_lazy("search facet", "Tema"),
    "region": pgettext_lazy("search facet", "Helseregion"),
    "target_group": pgettext_lazy("search facet", "Målgruppe"),
}


class FilterError(ValueError):
    """A filter value the search does not know; the message says which and what is allowed."""


@dataclass
class Filters:
    """The chosen values of each facet, as the corpus stores them (topics by translation key)."""

    values: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __bool__(self):
        return any(self.values.values())

    def get(self, name) -> tuple[str, ...]:
        return self.values.get(name, ())

    def active(self):
        return {name: values for name, values in self.values.items() if values}

    def without(self, name) -> Filters:
        return Filters({other: values for other, values in self.values.items() if other != name})


class Topics:
    """The topics of a language (its own, else those standing in, as core.languages.preference
    orders), by translation key and by slug; one query."""

    def __init__(self, language: str):
        order = preference(language)
        best: dict[str, Topic] = {}
        for topic in Topic.objects.filter(locale__language_code__in=order).select_related("locale"):
            key = str(topic.translation_key)
            held = best.get(key)
            if held is None or order.index(topic.locale.language_code) < order.index(held.locale.language_code):
                best[key] = topic
        self.by_key = best
        self.by_slug = {topic.slug: key for key, topic in best.items()}

    def label(self, key: str) -> str:
        topic = self.by_key.get(key)
        return topic.name if topic else ""

    def slug(self, key: str) -> str:
        topic = self.by_key.get(key)
        return topic.slug if topic else ""


def _split(values) -> list[str]:
    found = []
    for value in values:
        for part in str(value).split(","):
            part = part.strip()
            if part and part not in found:
                found.append(part)
    return found


def _unknown(what: str, value: str, allowed) -> FilterError:
    return FilterError(
        _("Ukjent %(what)s «%(value)s». Velg blant: %(allowed)s.")
        % {"what": what, "value": value[:40], "allowed": ", ".join(allowed)}
    )


def parse(raw: dict[str, list[str]], topics: Topics) -> Filters:
    """Filters from request values by facet name (each a list of strings, possibly comma-separated):
    types by key, topics by slug, regions and target groups by value. Unknown values raise
    FilterError."""
    values = {}
    for value in _split(raw.get("type", [])):
        if value not in RESULT_TYPES:
            raise _unknown(_("type"), value, RESULT_TYPES)
    values["type"] = tuple(_split(raw.get("type", [])))
    keys = []
    for slug in _split(raw.get("topic", [])):
        if slug not in topics.by_slug:
            raise _unknown(_("tema"), slug, sorted(topics.by_slug))
        keys.append(topics.by_slug[slug])
    values["topic"] = tuple(keys)
    for name, choices, what in (
        ("region", HealthRegion, _("helseregion")),
        ("target_group", TargetGroup, _("målgruppe")),
    ):
        chosen = _split(raw.get(name, []))
        for value in chosen:
            if value not in choices.values:
                raise _unknown(what, value, choices.values)
        values[name] = tuple(chosen)
    return Filters(values)


def value_label(name: str, value: str, topics: Topics) -> str:
    """What a visitor reads for a facet value, in the active language."""
    if name == "type":
        return str(TYPE_LABELS.get(value, value))
    if name == "topic":
        return topics.label(value)
    if name == "region":
        return str(HealthRegion(value).label) if value in HealthRegion.values else value
    if name == "target_group":
        return str(TargetGroup(value).label) if value in TargetGroup.values else value
    return value


def public_value(name: str, value: str, topics: Topics) -> str:
    """What a URL says for a facet value: a topic's slug, any other value as it is."""
    return topics.slug(value) if name == "topic" else value


def public_counts(counts: dict[str, dict[str, int]], topics: Topics) -> dict[str, dict[str, int]]:
    """Counts by facet with the values a URL uses (topics by slug; a topic with no version in the
    language searched or those standing in is left out), each facet's values most frequent first."""
    result = {}
    for name in FACETS:
        held = {}
        for value, count in sorted(counts.get(name, {}).items(), key=lambda item: (-item[1], item[0])):
            public = public_value(name, value, topics)
            if public and count:
                held[public] = count
        result[name] = held
    return result
