"""The search engines, chosen by settings only (SEARCH_BACKEND, SEARCH_URL).

The database engine always holds the corpus: it is the engine of `make run`, and the fallback
when a search server is down or slow. `server_engine()` is the OpenSearch or Elasticsearch engine when
one is configured. Views never ask which one runs: they call search.service.search().
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings

from ..facets import Filters


class EngineUnavailable(Exception):
    """The search server did not answer in time, or answered with an error."""


@dataclass
class Answer:
    """What an engine found: the number of matches (all filters applied), a window of them as
    (entry or key, score), the facet counts when asked (facet name → value → count, each facet
    counted with every other facet's filters) and the highlighted fragments (key → text with
    search.highlight.PRE/POST around matches) where the engine makes them."""

    total: int
    found: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)
    highlights: dict = field(default_factory=dict)

    def __iter__(self):
        # `total, found = engine.search(...)`
        return iter((self.total, self.found))


def as_filters(filters):
    """Filters from search.facets.Filters, or from a list of result types."""
    if isinstance(filters, Filters):
        return filters
    return Filters({"type": tuple(filters or ())})


@lru_cache(maxsize=1)
def database_engine():
    from .database import DatabaseEngine

    return DatabaseEngine(settings.SEARCH_DATABASE_BACKEND)


def server_engine():
    """The configured search server's engine, or None when the database is the engine."""
    config = settings.SEARCH_ENGINE
    if config["ENGINE"] == "database":
        return None
    return _remote(
        config["ENGINE"], config["URL"], config["INDEX"], config.get("TIMEOUT", 2), config.get("REFRESH", False)
    )


@lru_cache(maxsize=4)
def _remote(kind, url, index, timeout, refresh):
    from .server import ElasticsearchEngine, OpenSearchEngine

    engine_class = {"opensearch": OpenSearchEngine, "elasticsearch": ElasticsearchEngine}[kind]
    return engine_class(url=url, prefix=index, timeout=timeout, refresh=refresh)


def reset():
    """Forget configured engines (tests that change settings call this)."""
    database_engine.cache_clear()
    _remote.cache_clear()
