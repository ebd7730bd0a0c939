"""Topics in nynorsk are translations of the bokmål ones, and a page links, shows and is filtered
by the topic in its own language.

Page–topic links are synchronised by wagtail-localize, so a translated page first links the
source's topic; saving the page points each link at the topic's translation in the page's locale
(core.models.BasePage.localize_topic_links). The listing filter matches a topic through its
translation key, so the nynorsk listing filtered by a nynorsk topic also finds the bokmål
stand-ins linked to the bokmål topic.
"""

import pytest
from django.urls import reverse
from wagtail_localize.models import StringTranslation

from core.models import Topic
from home.tree import ensure_locale_tree
from offers.models import OfferIndexPage, OfferPage, OfferTopic
from tests.factories import OfferPageFactory, OfferSessionFactory, TopicFactory
from tests.helpers import assert_fixed_queries
from tests.languages.localize import locale, make_user, post, translation_of
from tests.languages.test_translatable_fields import translate_with_localize

pytestmark = pytest.mark.django_db


@pytest.fixture
def relatives(home):
    """The bokmål topic "Pårørende" and its nynorsk translation "Pårørande", made with wagtail-localize."""
    ensure_locale_tree("nn")
    topic = TopicFactory(name="Pårørende", slug="parorende")
    nynorsk = translate_with_localize(topic, "nn", {"Pårørende": "Pårørande", "parorende": "parorande"})
    return topic, nynorsk


def _offer_index(code):
    return OfferIndexPage.objects.get(locale__language_code=code)


def _offer_linked_to(topic, **fields):
    offer = OfferPageFactory(**fields)
    OfferTopic.objects.create(page=offer, topic=topic)
    return offer


def test_an_offer_translated_into_nynorsk_links_and_is_found_by_the_nynorsk_topic(client, relatives):
    bokmal_topic, nynorsk_topic = relatives
    offer = _offer_linked_to(bokmal_topic, title="Kurs for pårørende til personer med demens")

    nynorsk = translate_with_localize(offer, "nn", {offer.title: "Kurs for pårørande til personar med demens"})

    assert [link.topic for link in nynorsk.topic_links.all()] == [nynorsk_topic]
    assert [link.topic for link in offer.topic_links.all()] == [bokmal_topic]
    page = client.get(nynorsk.url).content.decode()
    assert "Pårørande" in page and "Pårørende" not in page

    listing = client.get(_offer_index("nn").url, {"tema": "parorande"}).content.decode()
    assert "Kurs for pårørande til personar med demens" in listing
    # Its bokmål source is not shown next to it.
    assert "Kurs for pårørende til personer med demens" not in listing


def test_the_nynorsk_listing_filtered_by_a_nynorsk_topic_finds_bokmal_stand_ins(client, relatives):
    bokmal_topic, _nynorsk_topic = relatives
    _offer_linked_to(bokmal_topic, title="Samtalegruppe for pårørende")
    _offer_linked_to(TopicFactory(name="Diabetes", slug="diabetes"), title="Lær å leve med diabetes")

    listing = client.get(_offer_index("nn").url, {"tema": "parorande"}).content.decode()

    assert "Samtalegruppe for pårørende" in listing
    assert "Lær å leve med diabetes" not in listing
    bokmal = client.get(_offer_index("nb").url, {"tema": "parorende"}).content.decode()
    assert "Samtalegruppe for pårørende" in bokmal and "Lær å leve med diabetes" not in bokmal


def test_the_filtered_nynorsk_listing_costs_the_same_queries_however_many_offers(client, relatives):
    bokmal_topic, nynorsk_topic = relatives

    def add_offers(count):
        for number in range(count):
            offer = _offer_linked_to(bokmal_topic)
            OfferSessionFactory(offer=offer)
            if number % 2:
                translate_with_localize(offer, "nn", {})

    assert_fixed_queries(client, f"{_offer_index('nn').url}?tema={nynorsk_topic.slug}", add_offers)


def test_saving_a_nynorsk_page_points_a_bokmal_topic_at_its_translation(relatives):
    bokmal_topic, nynorsk_topic = relatives
    nynorsk = translate_with_localize(OfferPageFactory(), "nn", {})
    untranslated = TopicFactory(name="Kols", slug="kols")

    # As the editor's form does: the links in memory, then a revision that is published.
    nynorsk.topic_links = [OfferTopic(topic=bokmal_topic), OfferTopic(topic=untranslated)]
    nynorsk.save_revision().publish()

    stored = OfferPage.objects.get(pk=nynorsk.pk)
    assert [link.topic for link in stored.topic_links.all()] == [nynorsk_topic, untranslated]
    assert [link.topic for link in stored.get_latest_revision_as_object().topic_links.all()] == [
        nynorsk_topic,
        untranslated,
    ]


def test_a_page_linking_a_topic_in_both_languages_keeps_one_link(relatives):
    bokmal_topic, nynorsk_topic = relatives
    nynorsk = translate_with_localize(OfferPageFactory(), "nn", {})

    nynorsk.topic_links = [OfferTopic(topic=nynorsk_topic), OfferTopic(topic=bokmal_topic)]
    nynorsk.save()

    assert [link.topic for link in OfferPage.objects.get(pk=nynorsk.pk).topic_links.all()] == [nynorsk_topic]


def test_a_topic_is_translated_through_the_wagtail_localize_admin(client, home):
    ensure_locale_tree("nn")
    topic = TopicFactory(name="Pårørende", slug="parorende")
    client.force_login(make_user("admin", is_superuser=True, is_staff=True))

    response = post(
        client,
        reverse("wagtail_localize:submit_snippet_translation", args=["core", "topic", topic.pk]),
        {"locales": [locale("nn").pk]},
    )

    assert response.status_code == 302
    translation = translation_of(topic, "nn")
    for segment in translation.source.stringsegment_set.select_related("string"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale("nn"),
            context=segment.context,
            data={"Pårørende": "Pårørande", "parorende": "parorande"}[segment.string.data],
        )
    translation.save_target()

    nynorsk = Topic.objects.get(locale=locale("nn"), translation_key=topic.translation_key)
    assert (nynorsk.name, nynorsk.slug) == ("Pårørande", "parorande")
    assert Topic.objects.get(pk=topic.pk).name == "Pårørende"


def test_the_data_migration_repairs_links_made_by_the_old_code(relatives):
    """Before saving repointed them, a translated page kept the source's topic: the migration
    (articles and offers 0004) repoints those links, and drops one that would repeat another."""
    from django.apps import apps

    from core.data_migrations import localize_topic_links

    bokmal_topic, nynorsk_topic = relatives
    repeated = translate_with_localize(OfferPageFactory(), "nn", {})
    OfferTopic.objects.create(page=repeated, topic=nynorsk_topic)
    OfferTopic.objects.create(page=repeated, topic=bokmal_topic, sort_order=1)
    old = translate_with_localize(_offer_linked_to(bokmal_topic), "nn", {})
    OfferTopic.objects.filter(page=old).update(topic=bokmal_topic)  # as the old code left it
    bokmal = OfferPage.objects.filter(locale__language_code="nb", topic_links__topic=bokmal_topic).get()

    localize_topic_links("offers", "OfferTopic")(apps, None)

    assert [link.topic for link in OfferTopic.objects.filter(page=old)] == [nynorsk_topic]
    assert [link.topic for link in OfferTopic.objects.filter(page=repeated)] == [nynorsk_topic]
    assert [link.topic for link in bokmal.topic_links.all()] == [bokmal_topic]
