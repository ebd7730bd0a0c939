"""The one search function the HTML page and the JSON API both call.

It checks the input, analyses the query (search/analysis.py), asks the configured engine, tries a
typo correction when the query as typed finds nothing, and falls back to the database when the
search server is down or slow. Views never know which engine answered.
"""

from __future__ import annotations

import logging
import math
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from core.languages import preference

from . import analysis, engines, highlight, promotions
from .engines import EngineUnavailable
from .facets import Filters
from .models import RESULT_TYPES, SearchEntry, Synonym

logger = logging.getLogger("mestring.search")

PER_PAGE = 10
MAX_QUERY_CHARACTERS = 200
MAX_QUERY_WORDS = 20
MAX_PAGE = 1000


class SearchInputError(ValueError):
    """Input a visitor can correct; the message says how."""


@dataclass
class Hit:
    type: str
    title: str
    url: str
    slug: str
    snippet: str
    score: float
    # The language the result is written in: another than the search's for a stand-in.
    language: str = ""
    # The entry's key (what a followed result is counted by), the snippet as escaped HTML with the
    # matched words in <mark>, and what the result shows beside it (see details()).
    key: str = ""
    snippet_html: str = ""
    details: dict = field(default_factory=dict)


@dataclass
class SearchOutcome:
    query: str
    language: str
    page: int
    count: int = 0
    results: list[Hit] = field(default_factory=list)
    corrected: dict[str, str] = field(default_factory=dict)
    engine: str = "database"
    filters: Filters = field(default_factory=Filters)
    # Facet name → stored value → count (topics by translation key); see search/facets.py.
    facets: dict = field(default_factory=dict)
    # "Mente du …?": a corrected query that finds more than the query as typed, or "".
    suggestion: str = ""
    promotions: list = field(default_factory=list)

    @property
    def pages(self) -> int:
        return math.ceil(self.count / PER_PAGE) if self.count else 0

    @property
    def corrected_query(self) -> str:
        return _corrected_text(self.query, self.corrected)


def _corrected_text(query: str, corrected: dict[str, str]) -> str:
    if not corrected:
        return ""
    return " ".join(corrected.get(analysis.fold(word), word) for word in query.split())


def clean_query(raw: str) -> str:
    """The query with control characters as spaces and runs of space collapsed."""
    text = "".join(" " if unicodedata.category(c).startswith("C") else c for c in raw)
    return " ".join(text.split())


def check_query(raw: str) -> str:
    query = clean_query(raw)
    if len(query) > MAX_QUERY_CHARACTERS:
        raise SearchInputError(_("Søket er for langt. Bruk høyst %(max)d tegn.") % {"max": MAX_QUERY_CHARACTERS})
    if len(query.split()) > MAX_QUERY_WORDS:
        raise SearchInputError(_("Søket har for mange ord. Bruk høyst %(max)d ord.") % {"max": MAX_QUERY_WORDS})
    return query


def check_language(value: str | None) -> str:
    languages = [code for code, _name in settings.LANGUAGES]
    if not value:
        return settings.LANGUAGE_CODE
    if value not in languages:
        raise SearchInputError(
            _("Ukjent språk «%(value)s». Velg ett av: %(allowed)s.")
            % {"value": value[:20], "allowed": ", ".join(languages)}
        )
    return value


def check_types(values: list[str]) -> list[str]:
    types = []
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            if part not in RESULT_TYPES:
                raise SearchInputError(
                    _("Ukjent type «%(value)s». Velg blant: %(allowed)s.")
                    % {"value": part[:20], "allowed": ", ".join(RESULT_TYPES)}
                )
            if part not in types:
                types.append(part)
    return types


def check_page(value: str | None) -> int:
    if value in (None, ""):
        return 1
    if not value.isdigit() or not 1 <= int(value) <= MAX_PAGE:
        raise SearchInputError(_("Sidetallet må være et helt tall fra 1 til %(max)d.") % {"max": MAX_PAGE})
    return int(value)


def synonym_groups(language: str):
    return synonym_groups_in([language])[language]


def synonym_groups_in(languages) -> dict[str, list]:
    """The synonym groups of each language, in one query."""
    groups = {language: [] for language in languages}
    for synonym in Synonym.objects.filter(language__in=list(languages)):
        expressions = synonym.expressions()
        if len(expressions) > 1:
            groups[synonym.language].append(expressions)
    return groups


def parse(query: str, language: str):
    """The plan of a query in the search of `language`: its words as analysed in that language
    and in those its stand-ins are written in (core.languages.preference), with the synonyms of
    each, so a bokmål word typed on the English site finds the bokmål page standing in there."""
    languages = preference(language)
    groups = synonym_groups_in(languages)
    return analysis.parse_query(
        query, language, synonyms=groups[language], also=[(other, groups[other]) for other in languages[1:]]
    )


SNIPPET_LENGTH = 240


def _shorten(text: str, limit: int = SNIPPET_LENGTH) -> str:
    """At most `limit` characters, cut between words, with an ellipsis when something was cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",.;:–-") + " …"


def _snippet(entry: SearchEntry, plan) -> str:
    """The intro, or else a sentence or so of the text around the first query word it holds."""
    query_words = [word[:5] for word in plan.words() if len(word) >= 3]
    if entry.intro and (not query_words or any(w in analysis.fold(entry.intro) for w in query_words)):
        return _shorten(entry.intro)
    source = " ".join(" ".join(filter(None, [entry.intro, entry.body, entry.document_text])).split())
    folded = analysis.fold(source)
    positions = [folded.find(word) for word in query_words if word in folded]
    if not positions or min(positions) < 80:
        return _shorten(source)
    # Folding can change the text's length (æ → ae), so step back to a word boundary of the source.
    start = source.rfind(" ", 0, max(0, min(positions) - 60)) + 1
    return "… " + _shorten(source[start:])


# The first results are ordered again by the same rules on every engine (see rescore()).
RESCORE_WINDOW = 60
TYPE_WEIGHTS = {"document": 0.6}


def _word_sets(text: str, language: str) -> tuple[set[str], set[str]]:
    """The stems of a text's words, and the stems of their compound parts."""
    direct, parts = set(), set()
    for word in analysis.words(text):
        whole, pieces = analysis.analyse_word(word, language)
        direct.add(whole)
        parts.update(pieces)
    return direct, parts


def _matches(term, terms: set[str]) -> bool:
    return term.stem in terms or bool(term.parts and set(term.parts) <= terms)


def _share(plan, text: str, language: str) -> float:
    """How much of the query a short text holds: 1 for each clause it holds as words, 0.6 for one
    it holds only inside compounds; averaged over the clauses."""
    direct, parts = _word_sets(text, language)
    every = direct | parts
    total = 0.0
    for clause in plan.clauses:
        best = 0.0
        for alternative in clause.alternatives:
            if all(_matches(term, direct) for term in alternative):
                best = 1.0
                break
            if all(_matches(term, every) for term in alternative):
                best = 0.6
        total += best
    return total / len(plan.clauses)


def rescore(found, plan):
    """Order the engine's first results by what a visitor sees first: the engine's own order,
    then how much of the query the title and the labels hold, the whole query as the title, and
    the kind of result (a page before a document that says the same)."""
    size = len(found) or 1
    query = analysis.fold(plan.text).strip(' "')
    scored = []
    for position, (entry, _score) in enumerate(found):
        value = (size - position) / size
        value += 2.0 * _share(plan, entry.title, entry.text_language)
        value += 0.7 * _share(plan, f"{entry.keywords} {entry.places}", entry.text_language)
        if query and analysis.fold(entry.title).startswith(query):
            value += 0.5
        value *= TYPE_WEIGHTS.get(entry.result_type, 1.0)
        scored.append((value, -position, entry))
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [(entry, round(value, 4)) for value, _position, entry in scored]


def _run(engine, plan, language, filters, offset, facets=False, fuzzy=False):
    windowed = offset + PER_PAGE <= RESCORE_WINDOW
    start, size = (0, RESCORE_WINDOW) if windowed else (offset, PER_PAGE)
    answer = engine.search(plan, language, filters, start, size, fuzzy=fuzzy, facets=facets)
    found = answer.found
    if found and not isinstance(found[0][0], SearchEntry):
        entries = SearchEntry.objects.in_bulk([key for key, _ in found], field_name="key")
        found = [(entries[key], score) for key, score in found if key in entries]
    if windowed:
        found = rescore(found, plan)[offset : offset + PER_PAGE]
    answer.found = found
    return answer


def _attempt(engine, plan, language, filters, offset, facets=False):
    """(answer, plan used, corrections) from one engine: the query as typed, then fuzzily (on a
    search server), then with its typos corrected against the corpus's vocabulary, then with a
    compound's first part alone."""
    answer = _run(engine, plan, language, filters, offset, facets)
    if answer.total or plan.empty:
        return answer, plan, {}
    if engine.name != "database":
        fuzzy = _run(engine, plan, language, filters, offset, facets, fuzzy=True)
        if fuzzy.total:
            return fuzzy, plan, {}
    for attempt in (_correct, _relax):
        changed = attempt(plan)
        if changed is None:
            continue
        changed_plan, shown = changed
        changed_answer = _run(engine, changed_plan, language, filters, offset, facets)
        if changed_answer.total:
            return changed_answer, changed_plan, shown
    return answer, plan, {}


# "Mente du …?" is offered when a query finds this many results or fewer and a correction finds more.
FEW_RESULTS = 3


def _suggest(engine, plan, language, filters, found: int) -> str:
    """A corrected query that finds more than `found` results, when that is few, or "".

    The vocabulary is asked whatever the number of results, so a search costs the same queries
    with few results and with many."""
    from . import vocabulary

    changed = vocabulary.likelier(plan, rare=FEW_RESULTS)
    if changed is None or found > FEW_RESULTS:
        return ""
    changed_plan, shown = changed
    # Only the count: one more query on the database.
    if found and engine.search(changed_plan, language, filters, 0, 0).total <= found:
        return ""
    return _corrected_text(plan.text, shown)


def _surface(text: str, word: str, part: str) -> str:
    """How the visitor wrote the first part of a word they typed ("søvn" of "Søvnproblemer")."""
    for raw in analysis.WORD_RE.findall(text):
        if analysis.fold(raw) == word:
            for length in range(1, len(raw) + 1):
                if analysis.fold(raw[:length]) == part:
                    return raw[:length].lower()
    return part


def _relax(plan):
    """When a compound finds nothing with all its parts, its first part alone: the part that names
    the subject ("søvnproblemer" → søvn). A subject the site does not cover still finds nothing."""
    replaced, shown = False, {}
    clauses = []
    for clause in plan.clauses:
        terms = clause.alternatives[0]
        if clause.phrase or len(terms) != 1:
            clauses.append(clause)
            continue
        # Split in the first language that can (English splits nothing; its stand-ins may).
        language, parts = next(
            (
                (code, found)
                for code in preference(plan.language)
                if (found := analysis.split_compound(terms[0].word, code))
            ),
            (plan.language, ()),
        )
        if not parts or len(parts[0]) < 4:
            clauses.append(clause)
            continue
        head = parts[0]
        clauses.append(analysis.Clause(alternatives=((analysis.Term(word=head, stem=analysis.stem(head, language)),),)))
        shown[terms[0].word] = _surface(plan.text, terms[0].word, head)
        replaced = True
    if not replaced:
        return None
    return analysis.QueryPlan(text=plan.text, language=plan.language, clauses=clauses), shown


def search(
    query: str, language: str, types=(), page: int = 1, filters: Filters | None = None, facets: bool = False
) -> SearchOutcome:
    """Search the corpus. Expects input already checked (check_query, facets.parse etc.).

    With `facets`, the outcome also has the facet counts, the editors' promotions for the query and,
    when it finds little, a suggested correction ("Mente du …?")."""
    filters = filters if filters is not None else Filters({"type": tuple(types)})
    outcome = SearchOutcome(query=query, language=language, page=page, filters=filters)
    plan = parse(query, language)
    if plan.empty:
        return outcome
    offset = (page - 1) * PER_PAGE
    engine = engines.server_engine() or engines.database_engine()
    try:
        answer, plan, outcome.corrected = _attempt(engine, plan, language, filters, offset, facets)
    except EngineUnavailable as error:
        logger.warning("Search server unavailable, answering from the database: %s", error)
        engine = engines.database_engine()
        answer, plan, outcome.corrected = _attempt(engine, plan, language, filters, offset, facets)
    outcome.engine = engine.name
    outcome.count = answer.total
    outcome.facets = answer.facets
    languages = preference(language)
    outcome.results = [
        _hit(entry, score, plan, answer.highlights.get(entry.key), languages) for entry, score in answer.found
    ]
    if facets:
        if not outcome.corrected:
            try:
                outcome.suggestion = _suggest(engine, plan, language, filters, outcome.count)
            except EngineUnavailable:
                outcome.suggestion = ""
        outcome.promotions = promotions.for_query(query, language)
    return outcome


def _hit(entry, score, plan, fragment, languages) -> Hit:
    """A result as both the page and the API show it: the engine's highlighted fragment where it
    made one, else a snippet from the text with the matched words marked here."""
    order = (entry.text_language, *[code for code in languages if code != entry.text_language])
    if fragment:
        snippet = _fragment_text(entry, highlight.unmarked(fragment))
        snippet_html = highlight.from_engine(_fragment_text(entry, fragment))
    else:
        snippet = _snippet(entry, plan)
        snippet_html = highlight.mark(snippet, plan, order)
    return Hit(
        type=entry.result_type,
        title=entry.title,
        url=entry.url,
        slug=entry.slug,
        snippet=snippet,
        score=round(float(score or 0), 4),
        language=entry.text_language,
        key=entry.key,
        snippet_html=snippet_html,
        details=details(entry),
    )


def _fragment_text(entry, fragment: str) -> str:
    """An engine fragment with an ellipsis where it cuts its field's text."""
    plain = " ".join(highlight.unmarked(fragment).split())
    text = " ".join(" ".join(filter(None, [entry.intro, entry.body, entry.document_text])).split())
    fragment = " ".join(fragment.split())
    if plain and not text.startswith(plain):
        fragment = "… " + fragment
    if plain and not text.endswith(plain):
        fragment = fragment + " …"
    return fragment


def details(entry) -> dict:
    """What a result shows beside its snippet: for an offer its centre and next session (the first
    start not yet passed, now), for a centre its municipality, for a document its format and size."""
    stored = entry.details or {}
    if entry.result_type == "offer":
        now = timezone.now()
        upcoming = [start for start in stored.get("sessions", []) if datetime.fromisoformat(start) >= now]
        return {"centre": stored.get("centre", ""), "next_session": upcoming[0] if upcoming else None}
    if entry.result_type == "centre":
        return {"municipality": stored.get("municipality", "")}
    if entry.result_type == "document":
        return {"format": stored.get("format", ""), "size": stored.get("size")}
    return {}


def _correct(plan):
    from . import vocabulary

    result = vocabulary.correct(plan)
    if result is None:
        return None
    corrected_plan, shown = result
    return corrected_plan, shown
