"""The search engines, chosen by settings only (SEARCH_BACKEND, SEARCH_URL).

The database engine always holds the corpus: it is the engine of `make run`, and the fallback
when a search server is down or slow. `server_engine()` is the OpenSearch or Elasticsearch engine when
one is configured. Views never ask which one runs: they call search.service.search().
"""

from functools import lru_cache

from django.conf import settings


class EngineUnavailable(Exception):
    """The search server did not answer in time, or answered with an error."""


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
