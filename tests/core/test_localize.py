"""wagtail-localize can translate every page type: text is translated, the rest stays in sync."""

import datetime

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, TranslationSource

from tests.factories import (
    ArticlePageFactory,
    CentrePageFactory,
    OfferPageFactory,
    OfferSessionFactory,
    ToolkitResourcePageFactory,
)

pytestmark = pytest.mark.django_db


def _translate(page, language_code, translations):
    """Run wagtail-localize's own path: extract segments, translate some strings, build the copy."""
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    for segment in source.stringsegment_set.select_related("string"):
        text = segment.string.data
        if text in translations:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": translations[text]},
            )
    translation, _created = source.create_or_update_translation(locale, copy_parent_pages=True, fallback=True)
    return translation.specific


@pytest.mark.parametrize(
    ("factory", "fields", "synced"),
    [
        (
            ArticlePageFactory,
            {"intro": "Om å lære sammen.", "updated_at": datetime.date(2026, 5, 1)},
            ["published_at", "updated_at"],
        ),
        (
            CentrePageFactory,
            {"intro": "Kurs for pasienter.", "email": "lms@example.no", "municipality": "Bodø"},
            ["kind", "level", "region", "email", "municipality"],
        ),
        (
            OfferPageFactory,
            {"intro": "Et kurs om hverdagen.", "cost": "Gratis", "target_groups": ["barn", "parorende"]},
            ["target_groups", "format", "referral_required"],
        ),
        (
            ToolkitResourcePageFactory,
            {"intro": "En mal for kursplan.", "phases": ["planlegge"], "audiences": ["fagpersoner"]},
            ["resource_type", "phases", "audiences"],
        ),
    ],
)
def test_page_types_translate_into_nynorsk(home, factory, fields, synced):
    page = factory(**fields)
    translated = _translate(page, "nn", {page.title: f"{page.title} (nynorsk)", fields["intro"]: "Nynorsk ingress."})

    assert translated.locale.language_code == "nn"
    assert translated.translation_key == page.translation_key
    assert translated.title == f"{page.title} (nynorsk)"
    assert translated.intro == "Nynorsk ingress."
    for name in synced:
        assert getattr(translated, name) == getattr(page, name), name


def test_offer_sessions_are_kept_in_sync_in_the_translation(home):
    start = datetime.datetime(2027, 2, 3, 10, 0, tzinfo=datetime.UTC)
    session = OfferSessionFactory(start=start, place="Aker, bygg 7", capacity=12)
    translated = _translate(session.offer, "nn", {})
    copies = list(translated.sessions.all())
    assert [(s.start, s.place, s.capacity) for s in copies] == [(session.start, "Aker, bygg 7", 12)]
