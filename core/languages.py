"""The site's written standards and what a visitor reads when a page is not in theirs.

Språkrådet's rule for state bodies is that bokmål and nynorsk alternate: most pages exist in one
standard only, and neither site may look empty for it. So every list shows one version of each
page: the one in the visitor's language where the visitor may see it, else the version in the
first language of `FALLBACKS` that has one (bokmål and nynorsk stand in for each other, English
falls back to bokmål, then nynorsk). A template marks a stand-in with `lang` and a visible label.
"""

from __future__ import annotations

from django.db.models import Q
from wagtail.models import Page

from core.visibility import visible_pages

# In the order a reader of each language would rather have them.
FALLBACKS = {
    "nb": ("nn",),
    "nn": ("nb",),
    "en": ("nb", "nn"),
}


def preference(language_code: str) -> tuple[str, ...]:
    """The languages a reader of `language_code` is shown, best first."""
    return (language_code, *FALLBACKS.get(language_code, ()))


def in_language(request, queryset, locale):
    """The pages of `queryset` the visitor may see, one per translation group: the version in
    `locale`, or the best stand-in (see FALLBACKS) where that has none the visitor may see.

    The pages come with their locale, so a card can mark a stand-in without a query of its own.
    A fixed number of queries however many pages there are.
    """
    languages = preference(locale.language_code)
    visible = visible_pages(request, queryset)
    chosen = Q(locale__language_code=languages[0])
    for position, language in enumerate(languages[1:], start=1):
        better = visible_pages(request, Page.objects.filter(locale__language_code__in=languages[:position]))
        chosen |= Q(locale__language_code=language) & ~Q(translation_key__in=better.values("translation_key"))
    return visible.filter(chosen).select_related("locale")
