"""What wagtail-localize translates and what it keeps in sync, on every page type and inline model.

Every field a page type or translatable inline model has is declared one way or the other, so a
new field cannot be forgotten; the text inside opening hours, contact persons and toolkit document
links is translated, while the days, times and files stay those of the source.
"""

import datetime

import pytest
from django.apps import apps
from django.db import models
from django.test import TestCase
from modelcluster.fields import ParentalKey
from modelcluster.models import get_all_child_relations
from wagtail.models import COMMENTS_RELATION_NAME, Locale, Page, TranslatableMixin, get_page_models
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields
from wagtail_localize.models import StringTranslation, TranslationSource

from centres.choices import Weekday
from centres.models import ContactPerson, OpeningHours
from home.tree import ensure_locale_tree
from tests.factories import CentrePageFactory, ToolkitResourcePageFactory
from tests.helpers import make_document
from toolkit.models import ToolkitDocument

# Page fields wagtail-localize leaves to each translation on purpose (its own defaults): when a
# translation goes live or expires, who owns it, and the tree and type bookkeeping.
PER_TRANSLATION = {
    "path",
    "depth",
    "numchild",
    "go_live_at",
    "expire_at",
    "first_published_at",
    "content_type",
    "owner",
}


def _own_fields(model):
    """The editable concrete fields and the child relations wagtail-localize must be told about."""
    names = set()
    for field in model._meta.concrete_fields:
        if not field.editable or isinstance(field, models.AutoField | ParentalKey):
            continue
        if isinstance(field, models.OneToOneField) and field.remote_field.parent_link:
            continue
        names.add(field.name)
    names |= {relation.name for relation in get_all_child_relations(model)}
    if issubclass(model, Page):
        names -= PER_TRANSLATION | {COMMENTS_RELATION_NAME}
    return names - {"sort_order"}


def _translatable_inline_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, TranslatableMixin)
        and not issubclass(model, Page)
        and any(isinstance(field, ParentalKey) for field in model._meta.concrete_fields)
    ]


@pytest.mark.parametrize(
    "model",
    [model for model in get_page_models() if model is not Page] + _translatable_inline_models(),
    ids=lambda model: model.__name__,
)
def test_every_field_is_declared_translated_or_synchronised(model):
    assert "translatable_fields" in vars(model) or any(
        "translatable_fields" in vars(base) for base in model.__mro__[1:] if base is not Page
    ), f"{model.__name__} declares no translatable_fields"
    declared = {}
    for field in get_translatable_fields(model):
        assert isinstance(field, TranslatableField | SynchronizedField)
        assert field.field_name not in declared, f"{model.__name__}.{field.field_name} is declared twice"
        declared[field.field_name] = field
        field.get_field(model)  # a declaration of a field that does not exist fails here

    assert _own_fields(model) - set(declared) == set(), f"{model.__name__}: declare these translated or synchronised"


def test_the_inline_models_with_text_are_translatable_relations():
    from centres.models import CentrePage
    from toolkit.models import ToolkitResourcePage

    for page_model, relation in [
        (CentrePage, "opening_hours"),
        (CentrePage, "contact_persons"),
        (ToolkitResourcePage, "documents"),
    ]:
        declared = {field.field_name: field for field in page_model.translatable_fields}
        assert isinstance(declared[relation], TranslatableField), relation


def translate_with_localize(instance, language_code, translations):
    """wagtail-localize's own path, as its editor's "Publish": extract the source's segments,
    translate the strings in `translations`, build and publish the translation."""
    locale = Locale.objects.get(language_code=language_code)
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    for segment in source.stringsegment_set.select_related("string"):
        if segment.string.data in translations:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": translations[segment.string.data]},
            )
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation, _created = source.create_or_update_translation(locale, copy_parent_pages=True, fallback=True)
    return type(instance).objects.get(pk=translation.pk)


@pytest.fixture
def centre(home):
    ensure_locale_tree("nn")
    centre = CentrePageFactory(title="Lærings- og mestringssenteret i Bodø")
    OpeningHours.objects.create(
        centre=centre,
        weekday=Weekday.MONDAY,
        opens=datetime.time(8),
        closes=datetime.time(15),
        note="Drop-in etter avtale",
    )
    OpeningHours.objects.create(centre=centre, weekday=Weekday.SATURDAY, note="Stengt i helgene")
    ContactPerson.objects.create(centre=centre, name="Anne Berg", role="Leder", email="anne@example.no")
    return centre


NYNORSK = {
    "Drop-in etter avtale": "Drop-in etter avtale med oss",
    "Stengt i helgene": "Stengt i helgane",
    "Leder": "Leiar",
}


def test_a_centre_translated_into_nynorsk_shows_its_nynorsk_notes_and_roles(client, centre):
    nynorsk = translate_with_localize(centre, "nn", NYNORSK)

    page = client.get(nynorsk.url).content.decode()
    assert nynorsk.url.startswith("/nn/")
    assert "Stengt i helgane" in page and "Drop-in etter avtale med oss" in page
    assert "Leiar" in page and "Anne Berg" in page and "anne@example.no" in page
    assert "Stengt i helgene" not in page

    bokmal = client.get(centre.url).content.decode()
    assert "Stengt i helgene" in bokmal and "Leder" in bokmal
    assert "Stengt i helgane" not in bokmal and "Leiar" not in bokmal
    assert list(centre.opening_hours.values_list("note", flat=True)) == ["Drop-in etter avtale", "Stengt i helgene"]
    assert {row.locale.language_code for row in nynorsk.opening_hours.all()} == {"nn"}
    assert {row.translation_key for row in nynorsk.opening_hours.all()} == {
        row.translation_key for row in centre.opening_hours.all()
    }


def test_a_later_synchronisation_brings_the_new_time_and_keeps_the_nynorsk_note(client, centre):
    translate_with_localize(centre, "nn", NYNORSK)
    monday = centre.opening_hours.get(weekday=Weekday.MONDAY)
    monday.opens = datetime.time(9, 30)
    monday.save()
    ContactPerson.objects.filter(centre=centre).update(phone="75 00 00 00")

    nynorsk = translate_with_localize(centre, "nn", {})

    rows = {row.weekday: row for row in nynorsk.opening_hours.all()}
    assert rows[Weekday.MONDAY].opens == datetime.time(9, 30)
    assert rows[Weekday.MONDAY].note == "Drop-in etter avtale med oss"
    assert rows[Weekday.SATURDAY].note == "Stengt i helgane"
    person = nynorsk.contact_persons.get()
    assert (person.role, person.phone) == ("Leiar", "75 00 00 00")
    page = client.get(nynorsk.url).content.decode()
    assert "09:30" in page or "9:30" in page or "09.30" in page
    assert centre.opening_hours.get(weekday=Weekday.MONDAY).note == "Drop-in etter avtale"


def test_a_toolkit_document_link_text_is_translated_and_its_file_kept(client, home):
    ensure_locale_tree("nn")
    resource = ToolkitResourcePageFactory(title="Mal for kursplan")
    document = make_document("Kursplan", "kursplan.pdf")
    ToolkitDocument.objects.create(page=resource, document=document, title="Last ned malen for kursplanen")

    nynorsk = translate_with_localize(
        resource, "nn", {"Last ned malen for kursplanen": "Last ned malen for kursplanen på nynorsk"}
    )

    link = nynorsk.documents.get()
    assert (link.title, link.document_id, link.locale.language_code) == (
        "Last ned malen for kursplanen på nynorsk",
        document.pk,
        "nn",
    )
    page = client.get(nynorsk.url).content.decode()
    assert "Last ned malen for kursplanen på nynorsk" in page
    assert resource.documents.get().title == "Last ned malen for kursplanen"
    assert "på nynorsk" not in client.get(resource.url).content.decode()


def test_a_new_opening_hour_gets_its_centres_locale(centre):
    nynorsk = translate_with_localize(centre, "nn", {})
    row = OpeningHours.objects.create(centre=nynorsk, weekday=Weekday.FRIDAY, note="Berre om føremiddagen")
    assert row.locale.language_code == "nn"
