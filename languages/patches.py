"""Workarounds inside wagtail-localize, each saying how to remove it.

Slugs of translated pages: `TranslationSource.create_or_update_translation` passes every
translated page's slug through Django's `slugify`, which drops æ and ø ("pårørende" becomes
"parrende"). `wagtail_localize.models` imports `slugify` by name, so that name is pointed at
`core.slugs.slugify`, which transliterates them (æ → ae, ø → o, å → a) first. Remove this when
wagtail-localize lets a project choose the slug function (or keeps unicode slugs), and
tests/languages/test_localize_gaps.py still passes.
"""

from wagtail_localize import models as localize_models

from core.slugs import slugify


def transliterating_slugify(value, allow_unicode=False):
    return slugify(value, allow_unicode=allow_unicode)


def apply():
    localize_models.slugify = transliterating_slugify
