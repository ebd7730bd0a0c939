"""Search on the database, in the index Wagtail's database backend keeps.

Wagtail's backend writes the index: SQLite's FTS5 table, or PostgreSQL's tsvectors built with the
`mestring_norwegian` configuration (unaccent, then the Norwegian stemmer, created by search's
migrations). Both hold the terms search/analysis.py made, so they find what OpenSearch finds.

Reading goes straight to that index with one ranked query and one count: Wagtail's query compiler
ranks each match with a correlated subquery, which takes seconds at 10 000 pages. Other
databases use Wagtail's compiler.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Count
from django.utils import timezone
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.query import And, Or, Phrase, PlainText

from ..facets import FACETS, Filters
from ..models import SearchEntry, SearchFacet
from . import Answer, as_filters

FACET_TABLE = SearchFacet._meta.db_table


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


def _fts5_string(text):
    return '"' + text.replace('"', '""') + '"'


def _fts5_alternative(terms, phrase):
    if phrase:
        return _fts5_string(" ".join(term.stem for term in terms))
    pieces = []
    for term in terms:
        if term.parts:
            parts = " AND ".join(_fts5_string(part) for part in term.parts)
            pieces.append(f"({_fts5_string(term.stem)} OR ({parts}))")
        else:
            pieces.append(_fts5_string(term.stem))
    return "(" + " AND ".join(pieces) + ")"


def fts5_query(plan):
    """SQLite FTS5's MATCH expression for a plan, over the title and body columns."""
    clauses = []
    for clause in plan.clauses:
        alternatives = [_fts5_alternative(terms, clause.phrase) for terms in clause.alternatives]
        clauses.append("(" + " OR ".join(alternatives) + ")")
    return "{title body} : (" + " AND ".join(clauses) + ")"


def _tsquery_lexeme(text):
    # The analysis leaves letters and digits only; anything else would be tsquery syntax.
    return "".join(c for c in text if c.isalnum()) or "x"


def _tsquery_alternative(terms, phrase):
    if phrase:
        return "(" + " <-> ".join(_tsquery_lexeme(term.stem) for term in terms) + ")"
    pieces = []
    for term in terms:
        if term.parts:
            parts = " & ".join(_tsquery_lexeme(part) for part in term.parts)
            pieces.append(f"({_tsquery_lexeme(term.stem)} | ({parts}))")
        else:
            pieces.append(_tsquery_lexeme(term.stem))
    return "(" + " & ".join(pieces) + ")"


def tsquery(plan):
    """PostgreSQL's to_tsquery() text for a plan."""
    clauses = []
    for clause in plan.clauses:
        alternatives = [_tsquery_alternative(terms, clause.phrase) for terms in clause.alternatives]
        clauses.append("(" + " | ".join(alternatives) + ")")
    return " & ".join(clauses)


# How much a match in the title (and labels) counts against one in the text.
TITLE_WEIGHT = 4.0


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

    def search(self, plan, language, filters, offset, limit, fuzzy=False, facets=False) -> Answer:
        """The matches in the window from `offset`, with the facet counts when asked."""
        filters = as_filters(filters)
        if connection.vendor in ("sqlite", "postgresql"):
            return self._direct(plan, language, filters, offset, limit, facets)
        return self._through_wagtail(plan, language, filters, offset, limit, facets)

    def _filters(self, language, filters):
        """SQL conditions on the entry `se`: its language, not expired, and each facet's filter."""
        facets, params = self._facet_conditions(filters, alias="se")
        sql = "se.language = %s AND (se.expire_at IS NULL OR se.expire_at > %s) AND " + facets
        return sql, [language, timezone.now(), *params]

    def _match(self, plan):
        """(FROM clause, its WHERE conditions, params, score expression) of the full-text match."""
        index = IndexEntry._meta.db_table
        entries = SearchEntry._meta.db_table
        content_type = ContentType.objects.get_for_model(SearchEntry).pk
        if connection.vendor == "sqlite":
            fts = f"{index}_fts"
            # FTS5's columns are (autocomplete, body, title); bm25() is lower for better matches.
            score = f"-bm25({fts}, 0.0, 1.0, {TITLE_WEIGHT})"
            # CROSS JOIN keeps SQLite to this order: the full-text match first, then its rows.
            source = (
                f"FROM {fts} CROSS JOIN {index} ie ON ie.id = {fts}.rowid "
                f"CROSS JOIN {entries} se ON se.id = CAST(ie.object_id AS INTEGER)"
            )
            return source, f"{fts} MATCH %s AND ie.content_type_id = %s", [fts5_query(plan), content_type], score
        config = settings.WAGTAILSEARCH_BACKENDS[self.alias].get("SEARCH_CONFIG") or "simple"
        score = f"(ts_rank(ie.title, q.q) * {TITLE_WEIGHT} + ts_rank(ie.body, q.q))"
        source = (
            f"FROM {index} ie JOIN {entries} se ON se.id::text = ie.object_id "
            "CROSS JOIN (SELECT to_tsquery(%s::regconfig, %s) AS q) q"
        )
        return (
            source,
            "ie.content_type_id = %s AND (ie.title @@ q.q OR ie.body @@ q.q)",
            [config, tsquery(plan), content_type],
            score,
        )

    def _direct(self, plan, language, filters, offset, limit, facets):
        source, match, match_params, score = self._match(plan)
        where, params = self._filters(language, filters)
        source_params = [*match_params, *params]
        full = f"{source} WHERE {match} AND {where}"
        answer = Answer(total=0)
        with connection.cursor() as cursor:
            if facets:
                answer.total, answer.facets = self._count_with_facets(
                    cursor, source, match, match_params, language, filters
                )
            else:
                cursor.execute(f"SELECT COUNT(*) {full}", source_params)  # noqa: S608 (names are ours)
                answer.total = cursor.fetchone()[0]
            if not answer.total or not limit:
                return answer
            cursor.execute(
                f"SELECT se.id, {score} AS score {full} ORDER BY score DESC, se.id LIMIT %s OFFSET %s",  # noqa: S608
                [*source_params, limit, offset],
            )
            rows = cursor.fetchall()
        found = SearchEntry.objects.in_bulk([pk for pk, _score in rows])
        answer.found = [(found[pk], score) for pk, score in rows if pk in found]
        return answer

    @staticmethod
    def _facet_conditions(filters, leave_out=None, alias="m"):
        """SQL conditions on the rows `alias` (the matched rows `m`, or the entries `se`) for each
        facet's filter but `leave_out`'s (for that facet's own counts)."""
        sql, params = [], []
        for name, values in filters.active().items():
            if name == leave_out:
                continue
            marks = ", ".join(["%s"] * len(values))
            if name == "type":
                sql.append(f"{alias}.result_type IN ({marks})")
            else:
                sql.append(
                    f"{alias}.id IN (SELECT sf.entry_id FROM {FACET_TABLE} sf "
                    f"WHERE sf.name = %s AND sf.value IN ({marks}))"
                )
                params.append(name)
            params.extend(values)
        return " AND ".join(sql) or "1 = 1", params

    def _count_with_facets(self, cursor, source, match, match_params, language, filters):
        """The number of matches with every filter, and every facet's counts with the other facets'
        filters, in one statement that runs the full-text match once (a materialised CTE)."""
        where, where_params = self._filters(language, Filters())
        selects, params = [], []
        conditions, condition_params = self._facet_conditions(filters)
        selects.append(f"SELECT '', '', COUNT(*) FROM m WHERE {conditions}")
        params += condition_params
        for name in FACETS:
            conditions, condition_params = self._facet_conditions(filters, leave_out=name)
            if name == "type":
                selects.append(
                    f"SELECT 'type', m.result_type, COUNT(*) FROM m WHERE {conditions} GROUP BY m.result_type"
                )
            else:
                selects.append(
                    f"SELECT fv.name, fv.value, COUNT(*) FROM m JOIN {FACET_TABLE} fv ON fv.entry_id = m.id "
                    f"WHERE fv.name = %s AND {conditions} GROUP BY fv.name, fv.value"
                )
                params.append(name)
            params += condition_params
        statement = (
            f"WITH m AS MATERIALIZED (SELECT se.id AS id, se.result_type AS result_type {source} "  # noqa: S608
            f"WHERE {match} AND {where}) " + " UNION ALL ".join(selects)
        )
        cursor.execute(statement, [*match_params, *where_params, *params])
        total, counts = 0, {name: {} for name in FACETS}
        for name, value, count in cursor.fetchall():
            if name == "":
                total = count
            else:
                counts[name][value] = count
        return total, counts

    def _through_wagtail(self, plan, language, filters, offset, limit, facets):
        """Other databases: Wagtail's query compiler, with the facets counted from the entry ids."""

        def narrowed(leave_out=None):
            entries = SearchEntry.objects.filter(language=language)
            for name, values in filters.active().items():
                if name == leave_out:
                    continue
                if name == "type":
                    entries = entries.filter(result_type__in=values)
                else:
                    entries = entries.filter(facet_values__name=name, facet_values__value__in=values)
            return entries.distinct()

        results = self.backend.search(compile_plan(plan), narrowed()).annotate_score("_score")
        answer = Answer(total=results.count())
        if facets:
            for name in FACETS:
                ids = [entry.pk for entry in self.backend.search(compile_plan(plan), narrowed(name))]
                if name == "type":
                    rows = SearchEntry.objects.filter(pk__in=ids).values_list("result_type").annotate(n=Count("pk"))
                else:
                    rows = (
                        SearchFacet.objects.filter(entry_id__in=ids, name=name)
                        .values_list("value")
                        .annotate(n=Count("pk"))
                    )
                answer.facets[name] = dict(rows)
        if answer.total:
            answer.found = [(entry, entry._score) for entry in results[offset : offset + limit]]
        return answer
