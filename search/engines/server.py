"""Search on OpenSearch (2.x and 3.x, through opensearch-py) or Elasticsearch (8/9, through the
official client): one index per language, behind an alias, so a rebuild fills a new index while
the old one answers, then swaps the alias in one step.

Every call has a short timeout and no retries: a hung node costs a visitor about two seconds, then
search.service falls back to the database.
"""

from __future__ import annotations

import logging
import time

from django.utils import timezone

from . import Answer, EngineUnavailable
from .analysis import HIGHLIGHT_FIELDS, document, index_body, query_body

logger = logging.getLogger("mestring.search")


def _check_bulk(result):
    """Raise when the server refused any document (a delete of one it never had is fine)."""
    _count, errors = result
    refused = [e for e in errors if next(iter(e.values())).get("status") != 404]
    if refused:
        raise EngineUnavailable(f"the search server refused {len(refused)} document(s), first: {refused[0]}")


def _alias_actions(alias, new, old):
    """Move `alias` from the `old` indices to `new`, in one request."""
    return [*({"remove": {"index": index, "alias": alias}} for index in old), {"add": {"index": new, "alias": alias}}]


class ServerEngine:
    name = "server"

    def __init__(self, url, prefix, timeout=2, refresh=False):
        self.url = url
        self.prefix = prefix
        self.timeout = timeout
        self.refresh = refresh
        self._client = None

    # --- names ---
    def alias(self, language):
        return f"{self.prefix}_entries_{language}"

    # --- the client, wrapped so both families look alike ---
    @property
    def client(self):
        if self._client is None:
            self._client = self.make_client()
        return self._client

    def _call(self, what, function, *args, **kwargs):
        try:
            return function(*args, **kwargs)
        except self.errors() as error:
            raise EngineUnavailable(f"{self.name} {what} failed: {error}") from error

    # --- writing ---
    def _ensure(self, language):
        alias = self.alias(language)
        if not self._call("alias lookup", self.alias_exists, alias):
            name = f"{alias}_{time.time_ns()}"
            self._call("index creation", self.create_index, name, index_body(language))
            self._call("alias", self.swap_alias, alias, name, [])

    def write(self, entries, stale_keys):
        """Index entries and delete stale keys. Failing here is logged, never raised: the database
        has the entries, and the next rebuild puts the server right."""
        try:
            for language in {entry.language for entry in entries}:
                self._ensure(language)
            actions = []
            for entry in entries:
                actions.append(
                    {"_op_type": "index", "_index": self.alias(entry.language), "_id": entry.key, **document(entry)}
                )
            for key in stale_keys:
                for language in self.languages_of(key):
                    actions.append({"_op_type": "delete", "_index": self.alias(language), "_id": key})
            if actions:
                self._call("bulk write", self.bulk, actions)
        except EngineUnavailable as error:
            logger.warning("Search server not updated, run update_index when it is back: %s", error)

    def languages_of(self, key):
        from django.conf import settings

        # "document:3:nn" and a stand-in's "page:7:nn" live in one language's index only; a
        # page's own entry "page:7" may be in any (its page may have moved to another locale).
        if key.count(":") == 2:
            return [key.rsplit(":", 1)[1]]
        return [code for code, _ in settings.LANGUAGES]

    def rebuild(self, entries):
        """New indices, filled, then the aliases swapped; the old indices answer until then."""
        from django.conf import settings

        for language in [code for code, _ in settings.LANGUAGES]:
            alias = self.alias(language)
            name = f"{alias}_{time.time_ns()}"
            self._call("index creation", self.create_index, name, index_body(language))
            actions = [
                {"_op_type": "index", "_index": name, "_id": entry.key, **document(entry)}
                for entry in entries
                if entry.language == language
            ]
            try:
                if actions:
                    self._call("bulk write", self.bulk, actions, refresh=False)
                self._call("refresh", self.refresh_index, name)
                old = self._call("alias lookup", self.alias_targets, alias)
                self._call("alias", self.swap_alias, alias, name, old)
            except EngineUnavailable:
                # The old index keeps answering; the half-filled new one goes.
                try:
                    self.delete_index(name)
                except self.errors():
                    pass
                raise
            for index in old:
                self._call("index deletion", self.delete_index, index)

    # --- the calls both clients spell alike ---
    def alias_exists(self, alias):
        return bool(self.client.indices.exists_alias(name=alias))

    def alias_targets(self, alias):
        if not self.client.indices.exists_alias(name=alias):
            return []
        return list(self.client.indices.get_alias(name=alias).keys())

    def delete_index(self, name):
        self.client.indices.delete(index=name, ignore_unavailable=True)

    def refresh_index(self, name):
        self.client.indices.refresh(index=name)

    # --- reading ---
    def search(self, plan, language, filters, offset, limit, fuzzy=False, facets=False) -> Answer:
        """The matches (by key) in the window from `offset`, with the engine's highlighted
        fragments, and the facet counts when asked."""
        body = query_body(
            plan, filters, offset, limit, timezone.now().isoformat(), fuzzy=fuzzy, facets=facets, highlight=True
        )
        response = self._call("search", self.run_search, self.alias(language), body)
        hits = response["hits"]
        total = hits["total"]["value"] if isinstance(hits["total"], dict) else hits["total"]
        answer = Answer(total=total, found=[(hit["_id"], hit["_score"]) for hit in hits["hits"]])
        for hit in hits["hits"]:
            fragments = hit.get("highlight") or {}
            for name in HIGHLIGHT_FIELDS:
                if fragments.get(name):
                    answer.highlights[hit["_id"]] = fragments[name][0]
                    break
        for name, aggregation in (response.get("aggregations") or {}).items():
            answer.facets[name] = {bucket["key"]: bucket["doc_count"] for bucket in aggregation["values"]["buckets"]}
        return answer


class OpenSearchEngine(ServerEngine):
    name = "opensearch"

    def make_client(self):
        from opensearchpy import OpenSearch

        return OpenSearch(hosts=[self.url], timeout=self.timeout, max_retries=0, retry_on_timeout=False)

    def errors(self):
        from opensearchpy.exceptions import OpenSearchException

        return (OpenSearchException, OSError)

    def create_index(self, name, body):
        self.client.indices.create(index=name, body=body)

    def swap_alias(self, alias, new, old):
        self.client.indices.update_aliases(body={"actions": _alias_actions(alias, new, old)})

    def bulk(self, actions, refresh=None):
        from opensearchpy.helpers import bulk

        refresh = self.refresh if refresh is None else refresh
        _check_bulk(bulk(self.client, actions, refresh="wait_for" if refresh else False, raise_on_error=False))

    def run_search(self, index, body):
        return self.client.search(index=index, body=body)


class ElasticsearchEngine(ServerEngine):
    """The same engine on Elasticsearch 8/9. No Elasticsearch server can be had on the machines
    this is built on, so what is tested is what it sends (docs/search.md)."""

    name = "elasticsearch"

    def make_client(self):
        from elasticsearch import Elasticsearch

        return Elasticsearch(self.url, request_timeout=self.timeout, max_retries=0, retry_on_timeout=False)

    def errors(self):
        from elastic_transport import TransportError
        from elasticsearch import ApiError

        return (ApiError, TransportError, OSError)

    def create_index(self, name, body):
        self.client.indices.create(index=name, settings=body["settings"], mappings=body["mappings"])

    def swap_alias(self, alias, new, old):
        self.client.indices.update_aliases(actions=_alias_actions(alias, new, old))

    def bulk(self, actions, refresh=None):
        from elasticsearch.helpers import bulk

        refresh = self.refresh if refresh is None else refresh
        _check_bulk(bulk(self.client, actions, refresh="wait_for" if refresh else False, raise_on_error=False))

    def run_search(self, index, body):
        # The elasticsearch 9 client takes the body's parts as keyword arguments.
        optional = {name: body[name] for name in ("post_filter", "aggs", "highlight") if name in body}
        return self.client.search(
            index=index,
            query=body["query"],
            from_=body["from"],
            size=body["size"],
            track_total_hits=body["track_total_hits"],
            source=body["_source"],
            **optional,
        )
