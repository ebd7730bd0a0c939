"""The editor's side: every page type's create form opens under its parent, and the snippets list."""

import pytest

from tests.factories import (
    ArticleIndexPageFactory,
    CentreIndexPageFactory,
    CentrePageFactory,
    ToolkitIndexPageFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "parent_factory"),
    [
        ("articles/articleindexpage", None),
        ("articles/articlepage", ArticleIndexPageFactory),
        ("centres/centreindexpage", None),
        ("centres/centrepage", CentreIndexPageFactory),
        ("offers/offerindexpage", None),
        ("offers/offerpage", CentrePageFactory),
        ("toolkit/toolkitindexpage", None),
        ("toolkit/toolkitresourcepage", ToolkitIndexPageFactory),
    ],
)
def test_create_form_opens_under_the_allowed_parent(admin_client, home, model, parent_factory):
    parent = parent_factory() if parent_factory else home
    response = admin_client.get(f"/admin/pages/add/{model}/{parent.pk}/")
    assert response.status_code == 200


def test_create_form_is_refused_under_a_wrong_parent(admin_client, home):
    response = admin_client.get(f"/admin/pages/add/offers/offerpage/{home.pk}/", follow=True)
    assert response.redirect_chain[-1][0] == "/admin/"
    assert [m.level_tag for m in response.context["messages"]] == ["error"]


@pytest.mark.parametrize("snippet", ["core/topic", "core/person"])
def test_snippet_listings_open(admin_client, home, snippet):
    assert admin_client.get(f"/admin/snippets/{snippet}/").status_code == 200


def test_editors_can_choose_whether_a_section_shows_in_the_menu(admin_client, home):
    index = ArticleIndexPageFactory()
    html = admin_client.get(f"/admin/pages/{index.pk}/edit/").content.decode()
    assert 'name="show_in_menus"' in html
    assert 'name="search_description"' in html and 'name="listing_image"' in html


def _offer_form(**overrides):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    data = {
        "title": "Mestringskurs for pårørende",
        "slug": "mestringskurs-parorende",
        "intro": "Fire kvelder om å være pårørende.",
        "format": "gruppe",
        "cost": "Gratis",
        "signup_url": "https://example.no/pamelding",
        "body": streamfield([("paragraph", rich_text("<p>Velkommen.</p>"))]),
        "topic_links": inline_formset([]),
        "sessions": inline_formset(
            [{"start": "2027-03-01 18:00", "end": "2027-03-01 20:30", "place": "Aker", "capacity": "14"}]
        ),
    }
    target_groups = overrides.pop("target_groups", ["parorende", "barn"])
    data.update(overrides)
    # A multi-value field is posted as repeated keys, which nested_form_data would flatten.
    return {**nested_form_data(data), "target_groups": target_groups}


def test_an_editor_creates_an_offer_with_target_groups_and_a_session(admin_client, home):
    from offers.models import OfferPage

    centre = CentrePageFactory()
    response = admin_client.post(f"/admin/pages/add/offers/offerpage/{centre.pk}/", _offer_form())

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    offer = OfferPage.objects.get(slug="mestringskurs-parorende")
    assert offer.get_parent().pk == centre.pk
    assert offer.target_groups == ["parorende", "barn"]
    assert [(s.place, s.capacity) for s in offer.sessions.all()] == [("Aker", 14)]


def test_a_session_ending_before_it_starts_is_refused_and_nothing_is_saved(admin_client, home):
    from wagtail.test.utils.form_data import inline_formset

    from offers.models import OfferPage

    centre = CentrePageFactory()
    bad = inline_formset([{"start": "2027-03-01 18:00", "end": "2027-03-01 17:00", "place": "Aker"}])
    response = admin_client.post(f"/admin/pages/add/offers/offerpage/{centre.pk}/", _offer_form(sessions=bad))

    assert response.status_code == 200
    assert "Slutt må være etter start." in response.content.decode()
    assert not OfferPage.objects.filter(slug="mestringskurs-parorende").exists()


def test_an_unknown_target_group_is_refused(admin_client, home):
    from offers.models import OfferPage

    centre = CentrePageFactory()
    response = admin_client.post(
        f"/admin/pages/add/offers/offerpage/{centre.pk}/", _offer_form(target_groups=["romvesener"])
    )

    assert response.status_code == 200
    assert "target_groups" in response.context["form"].errors
    assert not OfferPage.objects.exists()


def test_an_offer_linking_one_topic_twice_is_refused_and_nothing_is_saved(admin_client, home):
    from wagtail.test.utils.form_data import inline_formset

    from offers.models import OfferPage

    centre = CentrePageFactory()
    topic = TopicFactory(name="Pårørende", slug="parorende")
    twice = inline_formset([{"topic": topic.pk}, {"topic": topic.pk}])
    response = admin_client.post(f"/admin/pages/add/offers/offerpage/{centre.pk}/", _offer_form(topic_links=twice))

    assert response.status_code == 200
    forms = response.context["form"].formsets["topic_links"].forms
    assert [form.errors.get("topic") for form in forms] == [
        None,
        ["Dette temaet er allerede lagt til. Velg et annet tema, eller fjern raden."],
    ]
    assert not OfferPage.objects.filter(slug="mestringskurs-parorende").exists()
