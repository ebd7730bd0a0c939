"""The index definition OpenSearch and Elasticsearch share: one index per language, each with
its own analysis.

Every index analyses the text fields with the same steps as search/analysis.py, natively:
Norwegian letters folded (æ→ae, ø→o, å→a, and the ASCII "aa"/"oe"), accents dropped, then the
language's stemmer (Snowball Norwegian for bokmål, Lucene's light_nynorsk for nynorsk, English
for English). The `terms` fields hold what search/analysis.py made of the text, compound parts
included, split on whitespace only, so both engine families match compounds from the same
lexicon as the database does.
"""

from ..facets import FACETS
from ..highlight import POST, PRE
from . import as_filters

STEMMERS = {"nb": "norwegian", "nn": "light_nynorsk", "en": "english"}

FOLDING = [
    "æ=>ae",
    "Æ=>ae",
    "ø=>o",
    "Ø=>o",
    "å=>a",
    "Å=>a",
    "aa=>a",
    "Aa=>a",
    "AA=>a",
    "oe=>o",
    "Oe=>o",
    "OE=>o",
]

TEXT_FIELDS = {
    # field: boost in queries
    "title": 6.0,
    "keywords": 3.0,
    "places": 3.0,
    "related": 2.0,
    "intro": 2.0,
    "body": 1.0,
    "document_text": 0.7,
}


# The facets an entry carries besides its type (SearchFacet.name), each a keyword field.
FACET_FIELDS = ("topic", "region", "target_group")

# The fields holding what search/analysis.py made of the text, with their boosts.
ANALYSED_FIELDS = ["title_terms^4", "terms"]


def index_body(language: str) -> dict:
    """Settings and mappings of the index for one language."""
    text = {"type": "text", "analyzer": "mestring_text"}
    properties = {
        "key": {"type": "keyword"},
        "result_type": {"type": "keyword"},
        "language": {"type": "keyword"},
        "url": {"type": "keyword", "index": False},
        "slug": {"type": "keyword"},
        "expire_at": {"type": "date"},
        # Facets: what a search can be narrowed down by and counts (search/facets.py).
        **{name: {"type": "keyword"} for name in FACET_FIELDS},
        "title_terms": {"type": "text", "analyzer": "whitespace", "similarity": "BM25"},
        "terms": {"type": "text", "analyzer": "whitespace"},
    }
    for name in TEXT_FIELDS:
        properties[name] = dict(text)
    return {
        "settings": {
            "number_of_shards": 1,
            "number_of_replicas": 0,
            "analysis": {
                "char_filter": {"norwegian_folding": {"type": "mapping", "mappings": FOLDING}},
                "filter": {"mestring_stemmer": {"type": "stemmer", "language": STEMMERS[language]}},
                "analyzer": {
                    "mestring_text": {
                        "type": "custom",
                        "char_filter": ["norwegian_folding"],
                        "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding", "mestring_stemmer"],
                    }
                },
            },
        },
        "mappings": {"dynamic": "strict", "properties": properties},
    }


def document(entry) -> dict:
    """What is sent for one search entry."""
    body = {
        "key": entry.key,
        "result_type": entry.result_type,
        "language": entry.language,
        "url": entry.url,
        "slug": entry.slug,
        "expire_at": entry.expire_at.isoformat() if entry.expire_at else None,
        "title_terms": entry.title_terms,
        "terms": entry.terms,
    }
    pairs = getattr(entry, "facet_pairs", None)
    if pairs is None:
        pairs = [(facet.name, facet.value) for facet in entry.facet_values.all()] if entry.pk else []
    for name in FACET_FIELDS:
        body[name] = [value for facet, value in pairs if facet == name]
    body.update(entry.text_parts())
    return body


# No edit for a word under seven letters ("skatt" is not "satt"), one up to eleven, then two.
FUZZINESS = "AUTO:7,12"


def _term_query(term, fuzzy):
    """One query word: its analysed stem or compound parts, or the word through the index's own
    analysis (fuzzily when asked)."""
    native = {
        "multi_match": {
            "query": term.word,
            "fields": [f"{name}^{boost}" for name, boost in TEXT_FIELDS.items()],
            "type": "best_fields",
        }
    }
    if fuzzy:
        native["multi_match"].update({"fuzziness": FUZZINESS, "prefix_length": 1, "max_expansions": 20})
    should = [
        {"multi_match": {"query": term.stem, "fields": ANALYSED_FIELDS}},
        native,
    ]
    if term.parts:
        # Every part, anywhere in the title or the text: "pårørendeskole" finds "skole for pårørende".
        should.append(
            {
                "multi_match": {
                    "query": " ".join(term.parts),
                    "fields": ANALYSED_FIELDS,
                    "type": "cross_fields",
                    "operator": "and",
                    "boost": 0.8,
                }
            }
        )
    return {"bool": {"should": should, "minimum_should_match": 1}}


def _alternative_query(terms, phrase, fuzzy):
    if phrase:
        words = " ".join(term.word for term in terms)
        return {
            "bool": {
                "should": [
                    {"match_phrase": {"title_terms": " ".join(term.stem for term in terms)}},
                    {"match_phrase": {"terms": " ".join(term.stem for term in terms)}},
                    {"multi_match": {"query": words, "type": "phrase", "fields": list(TEXT_FIELDS)}},
                ],
                "minimum_should_match": 1,
            }
        }
    queries = [_term_query(term, fuzzy) for term in terms]
    return queries[0] if len(queries) == 1 else {"bool": {"must": queries}}


# Where the engine's highlighter looks for the snippet, in the order a result shows them.
HIGHLIGHT_FIELDS = ("intro", "body", "document_text")


def _facet_filter(name, values):
    return {"terms": {"result_type" if name == "type" else name: list(values)}}


def query_body(plan, filters, offset, limit, now, fuzzy=False, facets=False, highlight=False) -> dict:
    """The search request for a plan: every clause must match, any of its alternatives.

    The facet filters are a post_filter, so the aggregations (when `facets`) see every match and
    each facet applies the other facets' filters only: disjunctive counts, as on the database."""
    filters = as_filters(filters)
    must = []
    for clause in plan.clauses:
        alternatives = [_alternative_query(terms, clause.phrase, fuzzy) for terms in clause.alternatives]
        must.append(
            alternatives[0] if len(alternatives) == 1 else {"bool": {"should": alternatives, "minimum_should_match": 1}}
        )
    not_expired = {
        "bool": {
            "should": [
                {"bool": {"must_not": {"exists": {"field": "expire_at"}}}},
                {"range": {"expire_at": {"gt": now}}},
            ]
        }
    }
    chosen = filters.active()
    body = {
        "query": {"bool": {"must": must, "filter": [not_expired]}},
        "from": offset,
        "size": limit,
        "track_total_hits": True,
        "_source": ["key"],
    }
    if chosen:
        body["post_filter"] = {"bool": {"filter": [_facet_filter(name, values) for name, values in chosen.items()]}}
    if facets:
        aggregations = {}
        for name in FACETS:
            others = [_facet_filter(other, values) for other, values in chosen.items() if other != name]
            field = "result_type" if name == "type" else name
            aggregations[name] = {
                "filter": {"bool": {"filter": others}} if others else {"match_all": {}},
                "aggs": {"values": {"terms": {"field": field, "size": 200}}},
            }
        body["aggs"] = aggregations
    if highlight:
        body["highlight"] = {
            "pre_tags": [PRE],
            "post_tags": [POST],
            "require_field_match": False,
            "fields": {name: {"fragment_size": 200, "number_of_fragments": 1} for name in HIGHLIGHT_FIELDS},
        }
    return body
