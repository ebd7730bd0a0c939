"""Article listing and article pages as a visitor sees them."""

import datetime

import pytest
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from articles.models import ArticleAuthor, ArticleTopic
from tests.factories import ArticleIndexPageFactory, ArticlePageFactory, PersonFactory, TopicFactory
from tests.helpers import (
    assert_fixed_queries,
    make_document,
    make_image,
    publish_parents_in,
    translate_page,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home):
    return ArticleIndexPageFactory(intro="Nyheter og fagartikler fra kompetansetjenesten.")


def full_article(index, **kwargs):
    """An article that uses every body block, with authors, topic and all three dates."""
    image = make_image()
    document = make_document()
    kwargs.setdefault("title", "Slik lager dere et mestringskurs")
    article = ArticlePageFactory(
        parent=index,
        intro="Standard metode steg for steg.",
        published_at=datetime.date(2026, 3, 14),
        updated_at=datetime.date(2026, 4, 2),
        last_reviewed_at=datetime.date(2026, 1, 20),
        body=[
            {"type": "paragraph", "value": "<p>Brukere og fagfolk lager kurset sammen.</p>"},
            {"type": "heading", "value": {"text": "Planlegging", "level": "h2"}},
            {
                "type": "quote",
                "value": {"text": "Vi lærte av hverandre.", "attribution": "Kari", "role": "Kursdeltaker"},
            },
            {"type": "fact_box", "value": {"title": "Fakta", "body": "<p>Kurset varer i fire uker.</p>"}},
            {"type": "image", "value": {"image": image.pk, "caption": "Fra et kurs på Aker.", "decorative": False}},
            {"type": "document", "value": {"document": document.pk, "title": "Last ned håndboka"}},
        ],
        **kwargs,
    )
    ArticleAuthor.objects.create(page=article, person=PersonFactory(name="Kari Nordmann", job_title="Rådgiver"))
    ArticleAuthor.objects.create(page=article, person=PersonFactory(name="Per Hansen", job_title=""))
    return article


def test_article_page_shows_byline_dates_and_every_block(client, index):
    article = full_article(index)

    response = client.get(article.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Slik lager dere et mestringskurs</h1>" in html
    assert '<p class="lead">Standard metode steg for steg.</p>' in html
    assert '<span class="byline__person">Kari Nordmann</span> <span class="byline__role">(Rådgiver)</span>' in html
    assert ' og <span class="byline__person">Per Hansen</span>' in html
    assert '<dt>Publisert</dt><dd><time datetime="2026-03-14">14. mars 2026</time></dd>' in html
    assert '<dt>Sist oppdatert</dt><dd><time datetime="2026-04-02">2. april 2026</time></dd>' in html
    assert '<dt>Sist faglig vurdert</dt><dd><time datetime="2026-01-20">20. januar 2026</time></dd>' in html
    assert "<p>Brukere og fagfolk lager kurset sammen.</p>" in html
    assert '<h2 class="block-heading">Planlegging</h2>' in html
    assert "<figcaption>— Kari, Kursdeltaker</figcaption>" in html
    assert '<h2 class="fact-box__title">Fakta</h2>' in html
    assert 'alt="Seks kursdeltakere og en kursleder rundt et bord"' in html
    assert 'Fra et kurs på Aker. <span class="figure__credit">Foto: Ola Fotograf</span>' in html
    assert (
        '<span class="download__title">Last ned håndboka</span> <span class="download__meta">(PDF, 2,1\xa0KB)' in html
    )


def test_decorative_image_has_empty_alt(client, index):
    image = make_image()
    article = ArticlePageFactory(
        parent=index, body=[{"type": "image", "value": {"image": image.pk, "caption": "", "decorative": True}}]
    )

    html = client.get(article.url).content.decode()

    assert 'alt=""' in html
    assert image.description not in html
    assert "Foto: Ola Fotograf" in html


@pytest.mark.parametrize("credit", ["UNN", "Foto: UNN", "foto : UNN", "FOTO:UNN", "Photo: UNN", " Foto:  UNN "])
def test_photo_credit_says_foto_once_however_the_editor_wrote_it(client, index, credit):
    # Saved without the admin form, so clean() has not removed the prefix: images from before the fix.
    image = make_image(credit=credit)
    article = ArticlePageFactory(
        parent=index, body=[{"type": "image", "value": {"image": image.pk, "caption": "", "decorative": False}}]
    )

    html = client.get(article.url).content.decode()

    assert '<span class="figure__credit">Foto: UNN</span>' in html
    assert html.lower().count("foto") == 1


def test_embed_gets_the_editors_title_for_screen_readers(client, index):
    url = "https://video.example.no/mestring"
    # A stored embed, so no provider is asked over the network.
    Embed.objects.create(
        url=url, hash=get_embed_hash(url), type="video", html='<iframe src="https://video.example.no/e/1"></iframe>'
    )
    article = ArticlePageFactory(
        parent=index,
        body=[{"type": "embed", "value": {"embed": url, "title": "Film: Slik er kurset", "caption": "Tre minutter."}}],
    )

    html = client.get(article.url).content.decode()

    assert '<iframe title="Film: Slik er kurset" src="https://video.example.no/e/1"></iframe>' in html
    assert "<figcaption>Film: Slik er kurset – Tre minutter.</figcaption>" in html


def test_optional_dates_are_left_out(client, index):
    article = ArticlePageFactory(parent=index, updated_at=None, last_reviewed_at=None)

    html = client.get(article.url).content.decode()

    assert "Publisert" in html
    assert "Sist oppdatert" not in html
    assert "Sist faglig vurdert" not in html


def test_article_in_nynorsk_and_english(client, index):
    article = full_article(index)
    nn_article = translate_page(article, "nn", title="Slik lagar de eit meistringskurs")
    publish_parents_in(nn_article, "nn")
    en_article = translate_page(article, "en", title="How to make a coping course")
    publish_parents_in(en_article, "en")

    nn_html = client.get(nn_article.url).content.decode()
    assert '<html lang="nn">' in nn_html
    assert "<h1>Slik lagar de eit meistringskurs</h1>" in nn_html
    assert '<time datetime="2026-03-14">14. mars 2026</time>' in nn_html

    en_html = client.get(en_article.url).content.decode()
    assert '<html lang="en">' in en_html
    assert '<time datetime="2026-03-14">March 14, 2026</time>' in en_html


def test_index_lists_articles_newest_first_with_dates(client, index):
    ArticlePageFactory(parent=index, title="Eldre sak", published_at=datetime.date(2025, 11, 3))
    ArticlePageFactory(parent=index, title="Ny sak", published_at=datetime.date(2026, 3, 14))

    response = client.get(index.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Artikler</h1>" in html
    assert "Nyheter og fagartikler fra kompetansetjenesten." in html
    assert html.index("Ny sak") < html.index("Eldre sak")
    assert '<time datetime="2026-03-14">14. mars 2026</time>' in html
    assert '<time datetime="2025-11-03">3. november 2025</time>' in html
    assert 'aria-label="Brødsmulesti"' in html


def test_index_shows_listing_images_without_repeating_the_title_as_alt(client, index):
    ArticlePageFactory(parent=index, listing_image=make_image())

    html = client.get(index.url).content.decode()

    assert '<div class="card__image"><img alt=""' in html


def test_index_paginates_with_side(client, index):
    for number in range(15):
        ArticlePageFactory(parent=index, title=f"Sak {number:02d}", published_at=datetime.date(2026, 1, number + 1))

    first = client.get(index.url).content.decode()
    second = client.get(index.url, {"side": 2}).content.decode()

    assert first.count('class="card"') == 12
    assert second.count('class="card"') == 3
    assert "15 treff · side 1 av 2" in first
    assert '<a href="?side=2" rel="next">Neste</a>' in first
    assert '<a href="?side=1" rel="prev">Forrige</a>' in second
    assert 'aria-current="page"><span class="visually-hidden">Side </span>2</a>' in second
    # A page number past the end shows the last page rather than an error.
    assert client.get(index.url, {"side": 99}).status_code == 200


def test_index_filters_by_topic_and_pagination_keeps_the_filter(client, index):
    topic = TopicFactory(name="Pårørende", slug="parorende")
    TopicFactory(name="Diabetes", slug="diabetes")
    for number in range(13):
        article = ArticlePageFactory(parent=index, title=f"Pårørendesak {number}")
        ArticleTopic.objects.create(page=article, topic=topic)
    ArticlePageFactory(parent=index, title="Sak uten tema")

    html = client.get(index.url, {"tema": "parorende"}).content.decode()

    assert '<label for="filter-tema">Tema</label>' in html
    assert '<option value="parorende" selected>Pårørende</option>' in html
    assert "Sak uten tema" not in html
    assert "13 treff" in html
    assert '<a href="?tema=parorende&amp;side=2" rel="next">Neste</a>' in html
    assert '<a href="/artikler/">Fjern filtrene</a>' in html


def test_index_without_matches_says_so(client, index):
    TopicFactory(name="Diabetes", slug="diabetes")

    html = client.get(index.url, {"tema": "diabetes"}).content.decode()

    assert "Ingen artikler om dette temaet ennå." in html


def test_index_costs_the_same_queries_with_2_and_15_articles(client, index):
    topic = TopicFactory()

    def add_articles(count):
        for _ in range(count):
            article = ArticlePageFactory(parent=index, listing_image=make_image())
            ArticleTopic.objects.create(page=article, topic=topic)

    assert_fixed_queries(client, index.url, add_articles)
