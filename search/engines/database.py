"""Search on the database, through Wagtail's database backend.

SQLite answers with its FTS5 index, PostgreSQL with its full-text search (the `mestring_norwegian`
configuration: unaccent, then the Norwegian stemmer, created by search's migrations). Both index
and match the terms search/analysis.py made, so they find what OpenSearch finds.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.query import And, Or, Phrase, PlainText

from ..models import SearchEntry


def _alternative(terms, phrase):
    if phrase:
        return Phrase(" ".join(term.stem for term in terms))
    queries = []
    for term in terms:
        if term.parts:
            queries.append(Or([PlainText(term.stem), And([PlainText(part) for part in term.parts])]))
        else:
            queries.append(PlainText(term.stem))
    return queries[0] if len(queries) == 1 else And(queries)


def compile_plan(plan):
    """Wagtail's query objects for a plan: every clause must match, any of its alternatives."""
    clauses = []
    for clause in plan.clauses:
        alternatives = [_alternative(terms, clause.phrase) for terms in clause.alternatives]
        clauses.append(alternatives[0] if len(alternatives) == 1 else Or(alternatives))
    return clauses[0] if len(clauses) == 1 else And(clauses)


class DatabaseEngine:
    name = "database"

    def __init__(self, alias):
        self.alias = alias

    @property
    def backend(self):
        return get_search_backend(self.alias)

    def add_bulk(self, entries):
        if entries:
            self.backend.add_bulk(SearchEntry, entries)

    def delete_keys(self, entries):
        for entry in entries:
            self.backend.delete(entry)

    def rebuild(self, entries):
        content_type = ContentType.objects.get_for_model(SearchEntry)
        IndexEntry.objects.filter(content_type=content_type)._raw_delete(IndexEntry.objects.db)
        for start in range(0, len(entries), 500):
            self.add_bulk(entries[start : start + 500])

    def search(self, plan, language, types, offset, limit, fuzzy=False):
        """(total, [(entry, score)]) for the page of results from `offset`."""
        entries = SearchEntry.objects.filter(language=language)
        if types:
            entries = entries.filter(result_type__in=types)
        results = self.backend.search(compile_plan(plan), entries).annotate_score("_score")
        total = results.count()
        if not total:
            return 0, []
        return total, [(entry, entry._score) for entry in results[offset : offset + limit]]
