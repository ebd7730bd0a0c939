"""Editors' recommended results ("Anbefalt"), from Wagtail's search promotions app.

Editors choose, under Innstillinger → Anbefalte søkeresultater, a page or an external link for a
query. A search shows the promotions of its query, and of every expression that means the same
by the synonyms of the languages searched (so a promotion for "FLS" is shown for
"frisklivssentral"), compared by stem, so "Frisklivssentralen" matches too.

A promoted page is shown in the reader's language: its version in the language searched, else
the one standing in (core.languages.preference), and only when a visitor may see it: a page of a
searchable type through its search entry (which exists only for live, public pages), any other
page through the site's visibility rule (core/visibility.py). A draft, private or expired page is
never shown. An external link is shown in every language.

Two queries: the promotions, then the promoted pages' versions.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import pgettext_lazy
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page

from core.languages import preference
from core.visibility import Visibility

from . import analysis
from .facets import TYPE_LABELS
from .models import SearchEntry, Synonym

PAGE_LABEL = pgettext_lazy("result type", "Side")
LINK_LABEL = pgettext_lazy("result type", "Lenke")


@dataclass
class Promotion:
    title: str
    url: str
    description: str
    type: str
    label: str
    # The language the promoted version is written in ("" for an external link).
    language: str = ""


def _key(text: str, language: str) -> tuple[str, ...]:
    return tuple(analysis.stem(word, language) for word in analysis.words(text))


def query_keys(query: str, languages) -> set[tuple[str, ...]]:
    """The query's stems in each language searched, and those of every expression meaning the same."""
    keys = {_key(query, language) for language in languages}
    for synonym in Synonym.objects.filter(language__in=list(languages)):
        expressions = [tuple(analysis.stem(word, synonym.language) for word in e) for e in synonym.expressions()]
        if any(expression in keys for expression in expressions):
            keys.update(expressions)
    keys.discard(())
    return keys


def for_query(query: str, language: str) -> list[Promotion]:
    languages = preference(language)
    keys = query_keys(query, languages)
    if not keys:
        return []
    chosen = [
        promotion
        for promotion in SearchPromotion.objects.select_related("query", "page").order_by("query_id", "sort_order")
        if any(_key(promotion.query.query_string, code) in keys for code in languages)
    ]
    if not chosen:
        return []
    translation_keys = {promotion.page.translation_key for promotion in chosen if promotion.page_id}
    entries, pages = {}, {}
    if translation_keys:
        for entry in SearchEntry.objects.filter(
            language=language, page__translation_key__in=translation_keys
        ).select_related("page"):
            entries[entry.page.translation_key] = entry
        missing = translation_keys - set(entries)
        if missing:
            candidates = (
                Visibility()
                .pages(
                    Page.objects.filter(
                        translation_key__in=missing, locale__language_code__in=languages, alias_of__isnull=True
                    )
                )
                .select_related("locale")
            )
            for page in sorted(candidates, key=lambda page: languages.index(page.locale.language_code)):
                pages.setdefault(page.translation_key, page)
    shown, seen = [], set()
    for promotion in chosen:
        if promotion.page_id:
            key = promotion.page.translation_key
            if key in seen:
                continue
            entry, page = entries.get(key), pages.get(key)
            if entry is not None:
                found = Promotion(
                    entry.title,
                    entry.url,
                    promotion.description,
                    entry.result_type,
                    str(TYPE_LABELS.get(entry.result_type, PAGE_LABEL)),
                    entry.text_language,
                )
            elif page is not None:
                found = Promotion(
                    page.title, page.url, promotion.description, "page", str(PAGE_LABEL), page.locale.language_code
                )
            else:
                continue
            seen.add(key)
            shown.append(found)
        elif promotion.external_link_url and promotion.external_link_url not in seen:
            seen.add(promotion.external_link_url)
            shown.append(
                Promotion(
                    promotion.external_link_text or promotion.external_link_url,
                    promotion.external_link_url,
                    promotion.description,
                    "link",
                    str(LINK_LABEL),
                )
            )
    return shown
