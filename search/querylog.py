"""The query log: what visitors search for and how often they follow a result, counted per day,
language and query (search.models.LoggedQuery), for the editors' reports (search/reports.py).

Nothing about the visitor is written: no address, no cookie, no session, no time of day, only the
query itself, normalised. A query that looks like personal data (an e-mail address, or six or more
digits in a row, as in a national identity number or a phone number, also when written in groups
such as "22 33 44 55") is not logged at all. Rows older than settings.SEARCH_LOG_MAX_AGE_DAYS are
deleted by `manage.py prune_search_log`.

Each call costs one query when today's row exists, and at most four when it has to be made.
"""

import re

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .models import LoggedQuery
from .service import MAX_QUERY_CHARACTERS, clean_query

EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
# Six digits or more, single spaces, dots, hyphens or slashes between them allowed.
LONG_NUMBER = re.compile(r"\d(?:[\s./-]?\d){5,}")


def normalise(query: str) -> str:
    """The query as it is logged: lower case, runs of space as one, at most 200 characters; letters
    are kept as typed (æ, ø and å are not folded)."""
    return clean_query(clean_query(query).lower()[:MAX_QUERY_CHARACTERS])


def looks_personal(query: str) -> bool:
    return bool(EMAIL.search(query) or LONG_NUMBER.search(query))


def _loggable(query: str) -> str:
    """The normalised query, or "" when it is blank or looks like personal data."""
    if looks_personal(clean_query(query)):
        return ""
    return normalise(query)


def _count(language: str, query: str, create: dict, **changes) -> None:
    """Apply `changes` (F expressions) to today's row, or make it with the values `create`."""
    day = timezone.localdate()
    rows = LoggedQuery.objects.filter(day=day, language=language, query=query)
    if rows.update(**changes):
        return
    try:
        with transaction.atomic():
            LoggedQuery.objects.create(day=day, language=language, query=query, **create)
    except IntegrityError:
        # Another request made the row between our update and insert: count on it.
        rows.update(**changes)


def record_search(query: str, language: str, results: int) -> None:
    """Count one search for `query` in `language` today, which found `results`."""
    query = _loggable(query)
    if not query:
        return
    _count(language, query, {"searches": 1, "results": results}, searches=F("searches") + 1, results=results)


def record_click(query: str, language: str) -> None:
    """Count one result followed from a search for `query` in `language` today."""
    query = _loggable(query)
    if not query:
        return
    _count(language, query, {"clicks": 1}, clicks=F("clicks") + 1)
