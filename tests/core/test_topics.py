"""Topics in the admin: editors find them by typing, in the listing and in the page form's chooser,
and a page links to each topic once."""

import datetime
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from articles.models import ArticlePage, ArticleTopic
from core.models import Person, Topic
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    OfferPageFactory,
    PersonFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics(home):
    nb = TopicFactory(name="Pårørende", slug="parorende")
    TopicFactory(name="Diabetes", slug="diabetes")
    nn = nb.copy_for_translation(Locale.objects.get(language_code="nn"))
    nn.name = "Pårørande"
    nn.save()


def _url(viewset, name, **params):
    return f"{reverse(viewset.get_url_name(name))}?{urlencode(params)}"


TOPIC_SEARCHES = [
    # (language of the topics shown, what the other language calls the same topic)
    ("nb", "Pårørende", "Pårørande"),
    ("nn", "Pårørande", "Pårørende"),
]


@pytest.mark.parametrize(("language", "found", "other_language"), TOPIC_SEARCHES)
@pytest.mark.parametrize("ordering", [None, "name", "-slug", "locale", "-locale"])
def test_searching_the_topic_listing_finds_the_topic_in_that_language(
    admin_client, topics, language, found, other_language, ordering
):
    params = {"q": "pårør", "locale": language} | ({"ordering": ordering} if ordering else {})
    response = admin_client.get(_url(Topic.snippet_viewset, "list", **params))

    assert response.status_code == 200
    html = response.content.decode()
    assert found in html
    assert other_language not in html
    assert "Diabetes" not in html


@pytest.mark.parametrize(("language", "found", "other_language"), TOPIC_SEARCHES)
def test_typing_in_the_topic_chooser_finds_the_topic_in_that_language(
    admin_client, topics, language, found, other_language
):
    # What the chooser of the page form's `topic` field asks for as the editor types.
    chooser = Topic.snippet_viewset.chooser_viewset
    response = admin_client.get(_url(chooser, "choose_results", q="pårør", locale=language))

    assert response.status_code == 200
    html = response.content.decode()
    assert found in html
    assert other_language not in html
    assert "Diabetes" not in html


@pytest.mark.parametrize("ordering", [None, "name", "-job_title", "organisation"])
def test_searching_the_person_listing_finds_the_person(admin_client, home, ordering):
    PersonFactory(name="Kari Nordmann")
    PersonFactory(name="Ola Hansen")
    params = {"q": "kari"} | ({"ordering": ordering} if ordering else {})

    response = admin_client.get(_url(Person.snippet_viewset, "list", **params))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Kari Nordmann" in html
    assert "Ola Hansen" not in html


# A page links to each topic once ("Pårørende, Pårørende" must not happen).

REPEATED = "Dette temaet er allerede lagt til. Velg et annet tema, eller fjern raden."


def _article_form(page, topic_rows, **overrides):
    """The edit form of `page` as the browser posts it, with `topic_rows` as its topic links."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "body": streamfield([]),
        "authors": inline_formset([]),
        "published_at": page.published_at.isoformat(),
        "topic_links": inline_formset(topic_rows, initial=sum(1 for row in topic_rows if row.get("id"))),
        "related_pages": inline_formset([]),
        "action-publish": "action-publish",
        **overrides,
    }
    return nested_form_data(data)


@pytest.fixture
def article(home):
    page = ArticlePageFactory(title="Pårørende trenger egne tilbud")
    ArticleTopic.objects.create(page=page, topic=TopicFactory(name="Pårørende", slug="parorende"), sort_order=0)
    page.save_revision().publish()
    return ArticlePage.objects.get(pk=page.pk)


def _state(page):
    page = ArticlePage.objects.get(pk=page.pk)
    return page.title, page.revisions.count(), [(link.pk, link.topic.name) for link in page.topic_links.all()]


def test_linking_the_same_topic_twice_is_refused_and_nothing_is_saved(admin_client, article):
    link = article.topic_links.get()
    before = _state(article)
    rows = [{"id": link.pk, "topic": link.topic_id}, {"topic": link.topic_id}]

    response = admin_client.post(
        f"/admin/pages/{article.pk}/edit/", _article_form(article, rows, title="Pårørende, Pårørende")
    )

    assert response.status_code == 200
    topic_forms = response.context["form"].formsets["topic_links"].forms
    assert [form.errors.get("topic") for form in topic_forms] == [None, [REPEATED]]
    assert REPEATED in response.content.decode()
    assert _state(article) == before


def test_an_article_created_with_one_topic_twice_is_refused(admin_client, home):
    index = ArticleIndexPageFactory()
    topic = TopicFactory(name="Diabetes", slug="diabetes")
    draft = ArticlePage(title="Ny artikkel", slug="ny-artikkel", published_at=datetime.date(2026, 3, 14))
    rows = [{"topic": topic.pk}, {"topic": topic.pk}]

    response = admin_client.post(f"/admin/pages/add/articles/articlepage/{index.pk}/", _article_form(draft, rows))

    assert response.status_code == 200
    assert REPEATED in response.content.decode()
    assert not ArticlePage.objects.filter(slug="ny-artikkel").exists()


def test_different_topics_and_a_removed_repeat_are_saved(admin_client, article):
    link = article.topic_links.get()
    other = TopicFactory(name="Barn og unge", slug="barn-og-unge")
    rows = [
        {"id": link.pk, "topic": link.topic_id},
        {"topic": link.topic_id, "DELETE": "1"},  # added, then removed again before saving
        {"topic": other.pk},
    ]

    response = admin_client.post(f"/admin/pages/{article.pk}/edit/", _article_form(article, rows))

    assert response.status_code == 302
    assert [name for _pk, name in _state(article)[2]] == ["Pårørende", "Barn og unge"]


def test_two_rows_can_trade_topics(admin_client, article):
    first = article.topic_links.get()
    second = ArticleTopic.objects.create(page=article, topic=TopicFactory(name="Demens", slug="demens"), sort_order=1)
    article.save_revision().publish()
    rows = [{"id": first.pk, "topic": second.topic_id}, {"id": second.pk, "topic": first.topic_id}]

    response = admin_client.post(f"/admin/pages/{article.pk}/edit/", _article_form(article, rows))

    assert response.status_code == 302
    assert [name for _pk, name in _state(article)[2]] == ["Demens", "Pårørende"]


def test_the_database_refuses_a_second_link_to_the_same_topic(article):
    with pytest.raises(IntegrityError):
        with transaction.atomic():
            ArticleTopic.objects.create(page=article, topic=article.topic_links.get().topic, sort_order=1)


# Migrating back and forth needs real commits; serialized rollback restores what the migrations made.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize(
    ("app", "link_model", "page_factory", "before"),
    [
        ("articles", "ArticleTopic", ArticlePageFactory, "0002_initial"),
        ("offers", "OfferTopic", OfferPageFactory, "0002_web_urls_http_https"),
    ],
)
def test_the_migration_keeps_the_first_of_repeated_links(app, link_model, page_factory, before):
    page = page_factory()
    first, second = TopicFactory(name="Pårørende"), TopicFactory(name="Demens")
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes(app)
    try:
        executor.migrate([(app, before)])
        links = executor.loader.project_state([(app, before)]).apps.get_model(app, link_model).objects
        for topic, sort_order in [(first, 2), (first, None), (second, 1), (first, 0), (first, 0)]:
            links.create(page_id=page.pk, topic_id=topic.pk, sort_order=sort_order)
        kept = links.filter(sort_order=0).order_by("pk").first().pk

        executor = MigrationExecutor(connection)
        executor.migrate(latest)
    finally:
        MigrationExecutor(connection).migrate(latest)

    remaining = apps.get_model(app, link_model).objects.order_by("sort_order")
    assert [(link.pk, link.topic_id) for link in remaining if link.topic_id == first.pk] == [(kept, first.pk)]
    assert [(link.topic_id, link.sort_order) for link in remaining] == [(first.pk, 0), (second.pk, 1)]
