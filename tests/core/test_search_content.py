"""What each page says to search (`search_content()`), which pages are search results
(`search_type`), and which pages must be indexed again when one changes (`search_dependents()`)."""

import datetime

import pytest
from django.utils import timezone
from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale

from articles.models import ArticleAuthor, ArticlePage, ArticleTopic
from centres.choices import CentreKind, HealthRegion, ServiceLevel
from centres.models import CentrePage
from core.search_content import BodyText, SearchContent, html_to_text
from offers.choices import OfferFormat, TargetGroup
from offers.models import OfferPage, OfferTopic
from tests.factories import (
    ArticlePageFactory,
    CentreIndexPageFactory,
    CentrePageFactory,
    OfferIndexPageFactory,
    OfferPageFactory,
    OfferSessionFactory,
    PersonFactory,
    ToolkitResourcePageFactory,
    TopicFactory,
)
from tests.helpers import make_document, make_image, publish_parents_in, translate_page
from toolkit.choices import Audience, MethodPhase, ResourceType
from toolkit.models import ToolkitDocument

pytestmark = pytest.mark.django_db


# --- rich text and StreamField as plain text -------------------------------------------------------


def test_rich_text_becomes_a_paragraph_a_line_with_whitespace_collapsed():
    html = (
        "<h2>Tre  faser</h2><p>Et godt\n kurs&nbsp;starter med <strong>et spørsmål</strong>: hva trengs?</p>"
        "<ol><li><strong>Planlegge:</strong> sett sammen kursteamet.</li><li>Gjennomføre</li></ol>"
        "<blockquote>Hun er med og eier det.</blockquote><p>Linje<br/>to &amp; tre</p><p> </p>"
        "<script>alert('nei')</script>"
    )

    assert html_to_text(html) == (
        "Tre faser\n"
        "Et godt kurs starter med et spørsmål: hva trengs?\n"
        "Planlegge: sett sammen kursteamet.\n"
        "Gjennomføre\n"
        "Hun er med og eier det.\n"
        "Linje\n"
        "to & tre"
    )


def test_document_links_in_rich_text_are_found_in_order():
    html = (
        '<p>Les <a linktype="document" id="12">håndboka</a> og <a linktype="page" id="3">siden</a>, '
        'så <a linktype="document" id="7">malen</a> og <a href="https://example.no">lenken</a>.</p>'
    )

    body = BodyText.of(html)

    assert body.text == "Les håndboka og siden, så malen og lenken."
    assert body.document_ids == [12, 7]


class FaqItem(blocks.StructBlock):
    question = blocks.CharBlock()
    answer = blocks.RichTextBlock()
    style = blocks.ChoiceBlock(choices=[("open", "Åpen"), ("closed", "Lukket")])


class Downloads(blocks.StructBlock):
    heading = blocks.CharBlock(required=False)
    files = blocks.ListBlock(DocumentChooserBlock())


class SomeStream(blocks.StreamBlock):
    """Blocks the site does not use yet, so the walk is shown to be generic."""

    faq = blocks.ListBlock(FaqItem())
    table = TableBlock()
    typed_table = TypedTableBlock([("text", blocks.CharBlock()), ("number", blocks.IntegerBlock())])
    inner = blocks.StreamBlock([("text", blocks.TextBlock()), ("link", blocks.URLBlock())])
    downloads = Downloads()
    image = ImageChooserBlock()
    flag = blocks.BooleanBlock()


def test_stream_text_walks_nested_lists_structs_streams_and_tables():
    block = SomeStream()
    raw = [
        {
            "type": "faq",
            "value": [
                {"type": "item", "id": "a", "value": {"question": "Koster det noe?", "answer": "<p>Nei.</p>"}},
                {"question": "Trenger jeg henvisning?", "answer": "<p>Ja, fra fastlegen.</p>", "style": "open"},
            ],
        },
        {"type": "table", "value": {"data": [["Dag", "Tema"], ["Mandag", "<b>Søvn</b>"]], "table_caption": "Plan"}},
        {
            "type": "typed_table",
            "value": {
                "columns": [{"type": "text", "heading": "Sted"}, {"type": "number", "heading": "Plasser"}],
                "rows": [{"values": ["Aker", 12]}, {"values": ["Ullevål", 8]}],
                "caption": "Kurssteder",
            },
        },
        {
            "type": "inner",
            "value": [
                {"type": "text", "value": "Første linje\nAndre linje"},
                {"type": "link", "value": "https://example.no"},
            ],
        },
        {"type": "downloads", "value": {"heading": "Last ned", "files": [5, 9]}},
        {"type": "image", "value": 1},
        {"type": "flag", "value": True},
    ]

    body = BodyText.of(StreamValue(block, raw, is_lazy=True))

    assert body.paragraphs == [
        "Koster det noe?",
        "Nei.",
        "Trenger jeg henvisning?",
        "Ja, fra fastlegen.",
        "Plan",
        "Dag Tema",
        "Mandag Søvn",
        "Kurssteder",
        "Sted Plasser",
        "Aker",
        "Ullevål",
        "Første linje",
        "Andre linje",
        "Last ned",
    ]
    assert body.document_ids == [5, 9]


def test_stream_text_of_a_value_built_in_memory(home):
    document = make_document()
    block = SomeStream()
    value = StreamValue(block, [("downloads", {"heading": "Skjema", "files": [document]})])

    body = BodyText.of(value)

    assert body.text == "Skjema"
    assert body.documents() == [document]


def test_search_content_lists_leave_out_blanks_and_repeats():
    content = SearchContent(title="Side")

    content.extend(keywords=["Demens", " ", None, "Demens", "Pårørende "], places=["Oslo", "Oslo", ""])

    assert content.keywords == ["Demens", "Pårørende"]
    assert content.places == ["Oslo"]


# --- page types -----------------------------------------------------------------------------------


def test_search_type_is_set_on_search_results_only(home):
    article = ArticlePageFactory()
    centre = CentrePageFactory()
    offer = OfferPageFactory(parent=centre)
    resource = ToolkitResourcePageFactory()

    assert [page.search_type for page in (article, centre, offer, resource)] == [
        "article",
        "centre",
        "offer",
        "toolkit",
    ]
    for page in (home, article.get_parent().specific, centre.get_parent().specific, OfferIndexPageFactory()):
        assert page.search_type is None
    assert resource.get_parent().specific.search_type is None


def test_article_content_has_body_text_authors_topics_and_documents(home, django_assert_num_queries):
    handbook = make_document()
    template = make_document(title="Mal for kursplan", filename="mal.docx")
    article = ArticlePageFactory(
        title="Slik lager dere et mestringskurs",
        intro="Standard metode steg for steg.",
        body=[
            {
                "type": "paragraph",
                "value": f'<p>Bruk <a linktype="document" id="{template.pk}">malen</a> for kursplanen.</p>',
            },
            {"type": "heading", "value": {"text": "Planlegging", "level": "h2"}},
            {"type": "quote", "value": {"text": "Vi lærte av hverandre.", "attribution": "Kari", "role": "Deltaker"}},
            {"type": "fact_box", "value": {"title": "Fakta", "body": "<ul><li>Fire uker</li><li>Gratis</li></ul>"}},
            {"type": "image", "value": {"image": make_image().pk, "caption": "Fra et kurs.", "decorative": False}},
            {"type": "document", "value": {"document": handbook.pk, "title": "Last ned håndboka"}},
            {"type": "document", "value": {"document": template.pk, "title": ""}},
        ],
    )
    ArticleAuthor.objects.create(page=article, person=PersonFactory(name="Kari Nordmann"), sort_order=0)
    ArticleAuthor.objects.create(page=article, person=PersonFactory(name="Per Hansen"), sort_order=1)
    ArticleTopic.objects.create(page=article, topic=TopicFactory(name="Brukermedvirkning"), sort_order=0)
    article = ArticlePage.objects.get(pk=article.pk)

    # Topic links, authors, and every document in one query; the image is never loaded.
    with django_assert_num_queries(3):
        content = article.search_content()

    assert content.title == "Slik lager dere et mestringskurs"
    assert content.intro == "Standard metode steg for steg."
    assert content.body == (
        "Bruk malen for kursplanen.\n"
        "Planlegging\n"
        "Vi lærte av hverandre.\nKari\nDeltaker\n"
        "Fakta\nFire uker\nGratis\n"
        "Fra et kurs.\n"
        "Last ned håndboka"
    )
    assert "h2" not in content.body
    assert content.keywords == ["Brukermedvirkning", "Kari Nordmann", "Per Hansen"]
    assert content.places == [] and content.related == []
    assert content.documents == [template, handbook]


def test_intro_falls_back_to_the_search_description(home):
    article = ArticlePageFactory(intro="", search_description="Om kurs for  pårørende.")

    assert article.search_content().intro == "Om kurs for pårørende."
    assert article.search_content().body == ""


def test_centre_content_has_kind_level_places_and_owner(home):
    centre = CentrePageFactory(
        title="Lærings- og mestringssenteret Aker",
        kind=CentreKind.LMS,
        level=ServiceLevel.SPECIALIST,
        region=HealthRegion.SOUTH_EAST,
        county="Oslo",
        municipality="Oslo",
        parent_organisation="Oslo universitetssykehus",
        body=[{"type": "paragraph", "value": "<p>Vi holder kurs for pasienter og pårørende.</p>"}],
    )

    content = centre.search_content()

    assert content.title == "Lærings- og mestringssenteret Aker"
    assert content.body == "Vi holder kurs for pasienter og pårørende."
    assert content.keywords == ["Lærings- og mestringssenter", "Spesialisthelsetjenesten"]
    assert content.places == ["Oslo", "Helse Sør-Øst"]
    assert content.related == ["Oslo universitetssykehus"]
    assert content.documents == []


def test_centre_without_region_or_owner_has_no_blanks(home):
    centre = CentrePageFactory(region="", county="", municipality="Bodø", parent_organisation="")

    content = centre.search_content()

    assert content.places == ["Bodø"]
    assert content.related == []


@pytest.fixture
def centre(home):
    return CentrePageFactory(
        title="LMS Nordland",
        level=ServiceLevel.MUNICIPAL,
        region=HealthRegion.NORTH,
        county="Nordland",
        municipality="Bodø",
        parent_organisation="Nordlandssykehuset",
    )


@pytest.fixture
def offer(centre):
    offer = OfferPageFactory(
        parent=centre,
        title="Kurs for pårørende til personer med demens",
        target_groups=[TargetGroup.RELATIVES, TargetGroup.PATIENTS],
        format=OfferFormat.GROUP,
    )
    OfferTopic.objects.create(page=offer, topic=TopicFactory(name="Demens", slug="demens"), sort_order=0)
    start = timezone.make_aware(datetime.datetime(2031, 5, 6, 10, 0))
    OfferSessionFactory(offer=offer, start=start, place="Bodø sykehus, bygg 2")
    OfferSessionFactory(offer=offer, start=start - datetime.timedelta(days=400), place="Fauske helsesenter")
    OfferSessionFactory(offer=offer, start=start + datetime.timedelta(days=7), place="Bodø sykehus, bygg 2")
    OfferSessionFactory(offer=offer, start=start + datetime.timedelta(days=14), place="")
    return offer


def test_offer_content_has_groups_format_topics_the_centres_place_and_every_sessions_place(offer):
    content = offer.search_content()

    assert content.keywords == ["Demens", "Pårørende", "Pasienter og brukere", "Gruppekurs"]
    assert content.places == ["Bodø", "Nordland", "Helse Nord", "Bodø sykehus, bygg 2", "Fauske helsesenter"]
    assert content.related == ["LMS Nordland", "Nordlandssykehuset"]


def test_toolkit_content_has_type_phases_audiences_and_attached_documents_first(home):
    attached = make_document(title="Evalueringsskjema", filename="skjema.pdf")
    in_body = make_document(title="Veileder", filename="veileder.pdf")
    resource = ToolkitResourcePageFactory(
        resource_type=ResourceType.EVALUATION,
        phases=[MethodPhase.PLAN, MethodPhase.EVALUATE],
        audiences=[Audience.PROFESSIONALS, Audience.USER_REPRESENTATIVES],
        body=[
            {"type": "document", "value": {"document": in_body.pk, "title": ""}},
            {"type": "paragraph", "value": f'<p>Se <a linktype="document" id="{attached.pk}">skjemaet</a>.</p>'},
        ],
    )
    ToolkitDocument.objects.create(page=resource, document=attached, sort_order=0)

    content = resource.search_content()

    assert content.keywords == ["Evalueringsverktøy", "Planlegge", "Evaluere", "Fagpersoner", "Brukerrepresentanter"]
    assert content.body == "Se skjemaet."
    assert content.documents == [attached, in_body]


def test_a_document_that_is_gone_is_left_out(home):
    article = ArticlePageFactory(body=[{"type": "paragraph", "value": '<p><a linktype="document" id="999">x</a></p>'}])

    assert article.search_content().documents == []


# --- languages ------------------------------------------------------------------------------------


def test_nynorsk_pages_get_nynorsk_labels_and_topics(offer, centre):
    nb_topic = offer.topic_links.get().topic
    nn_topic = nb_topic.copy_for_translation(Locale.objects.get(language_code="nn"))
    nn_topic.name = "Demens (nn)"
    nn_topic.save()
    nn_offer = translate_page(offer, "nn", title="Kurs for pårørande til personar med demens")
    publish_parents_in(nn_offer, "nn")
    nn_centre = nn_offer.get_parent().specific

    offer_content = nn_offer.search_content()
    centre_content = nn_centre.search_content()

    assert offer_content.title == "Kurs for pårørande til personar med demens"
    assert offer_content.keywords == ["Demens (nn)", "Pårørande", "Pasientar og brukarar", "Gruppekurs"]
    assert offer_content.related[0] == nn_centre.title
    assert centre_content.keywords == ["Lærings- og meistringssenter", "Kommunehelsetenesta"]
    # The bokmål page keeps bokmål labels and topic, whatever language is active.
    assert offer.search_content().keywords == ["Demens", "Pårørende", "Pasienter og brukere", "Gruppekurs"]


def test_english_toolkit_labels(home):
    resource = ToolkitResourcePageFactory(phases=[MethodPhase.PLAN], audiences=[])
    en_resource = translate_page(resource, "en")

    assert en_resource.search_content().keywords == ["Template", "Plan"]
    assert resource.search_content().keywords == ["Mal", "Planlegge"]


# --- what to index again --------------------------------------------------------------------------


def test_a_centres_dependents_are_its_live_offers(centre, offer):
    draft = OfferPageFactory(parent=centre)
    draft.unpublish()
    other_centre = CentrePageFactory()
    OfferPageFactory(parent=other_centre)

    dependents = centre.search_dependents()

    assert dependents == [offer]
    assert type(dependents[0]).__name__ == "OfferPage"


def test_other_pages_have_no_dependents(offer):
    for page in (offer, ArticlePageFactory(), ToolkitResourcePageFactory(), CentreIndexPageFactory()):
        assert page.search_dependents() == []


# --- many pages -----------------------------------------------------------------------------------


@pytest.mark.parametrize("pages", [1, 4])
def test_with_its_prefetches_a_page_costs_no_query_but_its_body_documents_and_centre(
    home, django_assert_num_queries, pages
):
    """A rebuild of many pages: with `search_prefetches()` the related rows come in a fixed number of
    queries; an offer still asks for its centre, and a body with documents for those."""
    for _ in range(pages):
        article = ArticlePageFactory()
        ArticleTopic.objects.create(page=article, topic=TopicFactory(), sort_order=0)
        ArticleAuthor.objects.create(page=article, person=PersonFactory(), sort_order=0)
        resource = ToolkitResourcePageFactory()
        ToolkitDocument.objects.create(page=resource, document=make_document(), sort_order=0)
        OfferSessionFactory(offer=OfferPageFactory())

    for model, each in ((ArticlePage, 0), (type(resource), 0), (CentrePage, 0), (OfferPage, 1)):
        found = list(model.objects.live().prefetch_related(*model.search_prefetches()))
        assert len(found) == pages
        with django_assert_num_queries(each * pages):
            contents = [page.search_content() for page in found]
        assert all(content.keywords for content in contents)
