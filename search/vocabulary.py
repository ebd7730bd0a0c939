"""The corpus's terms per language, kept beside the entries, and typo correction against them.

A query that finds nothing as typed is tried again with each unknown word replaced by the closest
term the corpus has (rapidfuzz's edit-distance ratio on the folded words). On PostgreSQL the
candidates come from a trigram index (pg_trgm), elsewhere from the terms with the same first
letter and about the same length.
"""

from __future__ import annotations

from collections import Counter

from django.db import connection
from django.db.models import Q
from django.db.models.functions import Length
from rapidfuzz import fuzz, process

from . import analysis
from .models import SearchTerm

# How alike a correction must be (rapidfuzz's ratio, 0-100).
MIN_SIMILARITY = 80
MIN_WORD = 4


def _terms(entry) -> dict[str, str]:
    """Each term of an entry, with a word it was written as (folded; the display form is the
    original word when the entry was just analysed)."""
    terms = set(entry.title_terms.split()) | set(entry.terms.split())
    surface = getattr(entry, "surface", None) or {}
    return {term[:100]: surface.get(term, term)[:100] for term in terms}


def replace(old_entries, new_entries) -> None:
    """Count the terms of new entries in, and those of the entries they replace out."""
    change: Counter = Counter()
    words = {}
    for entry in old_entries:
        for term in set(entry.title_terms.split()) | set(entry.terms.split()):
            change[(entry.language, term[:100])] -= 1
    for entry in new_entries:
        for term, word in _terms(entry).items():
            change[(entry.language, term)] += 1
            words[(entry.language, term)] = word
    change = {key: delta for key, delta in change.items() if delta}
    if not change:
        return
    by_language: dict[str, list[str]] = {}
    for language, term in change:
        by_language.setdefault(language, []).append(term)
    existing = {}
    for language, terms in by_language.items():
        for row in SearchTerm.objects.filter(language=language, term__in=terms):
            existing[(language, row.term)] = row
    create, update, remove = [], [], []
    for key, delta in change.items():
        row = existing.get(key)
        if row is None:
            if delta > 0:
                create.append(SearchTerm(language=key[0], term=key[1], word=words[key], entries=delta))
            continue
        row.entries += delta
        (update if row.entries > 0 else remove).append(row)
    SearchTerm.objects.bulk_create(create, batch_size=1000)
    SearchTerm.objects.bulk_update(update, ["entries"], batch_size=1000)
    SearchTerm.objects.filter(pk__in=[row.pk for row in remove]).delete()


def rebuild(entries) -> None:
    counts: Counter = Counter()
    words = {}
    for entry in entries:
        for term, word in _terms(entry).items():
            counts[(entry.language, term)] += 1
            words.setdefault((entry.language, term), word)
    SearchTerm.objects.all().delete()
    SearchTerm.objects.bulk_create(
        [
            SearchTerm(language=lang, term=term, word=words[(lang, term)], entries=n)
            for (lang, term), n in counts.items()
        ],
        batch_size=2000,
    )


def known(language: str, terms) -> set[str]:
    return set(SearchTerm.objects.filter(language=language, term__in=list(terms)).values_list("term", flat=True))


def _candidates(language: str, term):
    rows = SearchTerm.objects.filter(language=language)
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import TrigramSimilarity

        rows = rows.annotate(similarity=TrigramSimilarity("word", term.word)).filter(similarity__gt=0.2)
        rows = rows.order_by("-similarity")[:300]
    else:
        rows = rows.filter(term__startswith=term.stem[0])
    return [(row_term, word, entries) for row_term, word, entries in rows.values_list("term", "word", "entries")]


def _threshold(word: str) -> int:
    # One letter wrong in a short word is another word ("skatt" is not "satte"): ask more of it.
    return 90 if len(word) <= 6 else MIN_SIMILARITY


def correct(plan: analysis.QueryPlan) -> tuple[analysis.QueryPlan, dict[str, str]] | None:
    """The plan with its unknown words replaced by the closest words the corpus has, and what was
    replaced (typed word → the word shown to the visitor), or None when there is nothing to correct.

    Words are compared as typed (folded), not as stems: a typo can stem quite differently from the
    word it misspells ("helsekompetense" → helsekomp, "helsekompetanse" → helsekompetans)."""
    unknown = []
    stems = {term.stem for clause in plan.clauses for alt in clause.alternatives for term in alt}
    present = known(plan.language, stems)
    for clause in plan.clauses:
        for term in clause.alternatives[0]:
            if term.stem not in present and len(term.word) >= MIN_WORD and not term.word.isdigit():
                unknown.append(term)
    if not unknown:
        return None
    replacements, shown = {}, {}
    for term in unknown:
        candidates = [c for c in _candidates(plan.language, term) if abs(len(c[1]) - len(term.word)) <= 3]
        if not candidates:
            continue
        best = process.extractOne(
            term.word,
            [analysis.fold(c[1]) for c in candidates],
            scorer=fuzz.ratio,
            score_cutoff=_threshold(term.word),
        )
        if best is None:
            continue
        chosen = candidates[best[2]]
        replacements[term.word] = chosen[0]
        shown[term.word] = chosen[1]
    if not replacements:
        return None
    return plan.with_stems(replacements), shown


def likelier(plan: analysis.QueryPlan, rare: int) -> tuple[analysis.QueryPlan, dict[str, str]] | None:
    """For "Mente du …?": the plan with each word the corpus holds in at most `rare` entries (or
    not at all) replaced by a word alike that more entries hold, and what was replaced; or None.

    One query whatever the words, their counts or the number of results: the query's terms and
    every candidate come back together (on PostgreSQL through the trigram index on the words,
    elsewhere the terms with the same first letter and about the same length), so a search costs
    the same with few results and with many."""
    terms = [
        term
        for clause in plan.clauses
        for term in clause.alternatives[0]
        if len(term.word) >= MIN_WORD and not term.word.isdigit()
    ]
    if not terms:
        return None
    wanted = Q(term__in=[term.stem for term in terms])
    for term in terms:
        if connection.vendor == "postgresql":
            wanted |= Q(word__trigram_similar=term.word)
        else:
            wanted |= Q(term__startswith=term.stem[0], length__gte=len(term.word) - 3, length__lte=len(term.word) + 3)
    rows = list(
        SearchTerm.objects.filter(language=plan.language)
        .annotate(length=Length("word"))
        .filter(wanted)
        .values_list("term", "word", "entries")[:2000]
    )
    counts = {row_term: entries for row_term, _word, entries in rows}
    replacements, shown = {}, {}
    for term in terms:
        held = counts.get(term.stem, 0)
        if held > rare:
            continue
        candidates = [
            (row_term, word)
            for row_term, word, entries in rows
            if row_term != term.stem and entries > held and abs(len(word) - len(term.word)) <= 3
        ]
        if not candidates:
            continue
        best = process.extractOne(
            term.word,
            [analysis.fold(word) for _row_term, word in candidates],
            scorer=fuzz.ratio,
            score_cutoff=_threshold(term.word),
        )
        if best is None:
            continue
        replacements[term.word], shown[term.word] = candidates[best[2]]
    if not replacements:
        return None
    return plan.with_stems(replacements), shown
