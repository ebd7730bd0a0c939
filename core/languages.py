"""The site's written standards and what a visitor reads when a page is not in theirs.

Språkrådet's rule for state bodies is that bokmål and nynorsk alternate: most pages exist in one
standard only, and neither site may look empty for it. So every list shows one version of each
page: the one in the visitor's language where the visitor may see it, else the version in the
first language of `FALLBACKS` that has one (bokmål and nynorsk stand in for each other, English
falls back to bokmål, then nynorsk). A template marks a stand-in with `lang` and a visible label.
"""

from __future__ import annotations

from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale, Page

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
    # An alias (wagtail-localize's tree synchronisation makes one in each synced locale) carries its
    # original's text, in the original's language: the original stands in for it, marked.
    visible = visible_pages(request, queryset.filter(alias_of__isnull=True))
    chosen = Q(locale__language_code=languages[0])
    for position, language in enumerate(languages[1:], start=1):
        better = visible_pages(
            request, Page.objects.filter(locale__language_code__in=languages[:position], alias_of__isnull=True)
        )
        chosen |= Q(locale__language_code=language) & ~Q(translation_key__in=better.values("translation_key"))
    return visible.filter(chosen).select_related("locale")


def closest_in(request, page, language_codes):
    """For each of `language_codes`, the closest useful place for a reader of that language on a
    page that has no version for them: the translation of the nearest ancestor the visitor may
    see (usually the section index), else nothing (the caller links to that language's home).

    One query for all the languages.
    """
    if not language_codes:
        return {}
    ancestors = page.get_ancestors().filter(depth__gt=1)
    found = visible_pages(
        request,
        Page.objects.filter(
            translation_key__in=ancestors.values("translation_key"), locale__language_code__in=language_codes
        )
        .select_related("locale")
        .order_by("-depth"),
    )
    closest = {}
    for place in found:
        closest.setdefault(place.locale.language_code, place)
    return closest


def home_url(language_code):
    """The root of a language's site ("/", "/nn/", "/en/"), where there is no page to link to."""
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


# How a note names the languages a page is written in, in the reader's language.
LANGUAGE_NAMES = {
    "nb": pgettext_lazy("finnes bare på ...", "bokmål"),
    "nn": pgettext_lazy("finnes bare på ...", "nynorsk"),
    "en": pgettext_lazy("finnes bare på ...", "engelsk"),
}


def written_only_in(reader_language, written_in):
    """What the switcher says, in `reader_language`, of a page that has no version in it:
    "finst berre på bokmål" to a reader of nynorsk, "only in Norwegian" to a reader of English."""
    written_in = [code for code in preference(reader_language) + tuple(LANGUAGE_NAMES) if code in written_in]
    written_in = list(dict.fromkeys(written_in))
    with translation.override(reader_language):
        if reader_language == "en" and set(written_in) <= {"nb", "nn"}:
            return str(_("finnes bare på norsk"))
        names = [str(LANGUAGE_NAMES.get(code, code)) for code in written_in]
        if len(names) == 1:
            return str(_("finnes bare på %(language)s") % {"language": names[0]})
        return str(
            _("finnes bare på %(languages)s og %(last)s") % {"languages": ", ".join(names[:-1]), "last": names[-1]}
        )


def language_of(page, request=None):
    """The language code of a page, without a query per page: from its locale where that came
    with it, else from the locales read once per request."""
    locale = page._state.fields_cache.get("locale")
    if locale is not None:
        return locale.language_code
    if request is None:
        return page.locale.language_code
    codes = getattr(request, "_mestring_locale_codes", None)
    if codes is None:
        codes = request._mestring_locale_codes = dict(Locale.objects.values_list("pk", "language_code"))
    return codes.get(page.locale_id) or page.locale.language_code


# A card's label for a stand-in, in the reader's language, by the stand-in's language.
STAND_IN_LABELS = {
    "nb": _("På bokmål"),
    "nn": _("På nynorsk"),
    "en": _("På engelsk"),
}


def stand_in(page, reader_language, request=None):
    """``{code, label}`` when `page` is shown to a reader of `reader_language` in another
    language (a stand-in, see `in_language`), else None."""
    code = language_of(page, request)
    if code == reader_language:
        return None
    return {"code": code, "label": STAND_IN_LABELS.get(code, code)}
