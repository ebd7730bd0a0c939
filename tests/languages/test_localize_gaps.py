"""wagtail-localize's known gaps, tried through the real admin as the roles of editorial/roles.py."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation

from core.slugs import slugify
from editorial import roles
from tests.factories import ArticlePageFactory, CentrePageFactory, OfferPageFactory
from tests.languages.localize import locale, make_user, messages_of, post, submit_page, translation_of


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("pårørende", "parorende"),
        ("Særskilt støtte", "saerskilt-stotte"),
        ("ÆRE ØYE ÅS", "aere-oye-as"),
        ("Lærings- og mestringssenter", "laerings-og-mestringssenter"),
        ("kurs for barn", "kurs-for-barn"),
    ],
)
def test_slugs_transliterate_norwegian_letters(text, slug):
    assert slugify(text) == slug


@pytest.fixture
def editor(home):
    return make_user("redaktor", roles.EDITORS)


@pytest.fixture
def writer(home):
    return make_user("skribent", roles.COMMUNICATIONS)


def published(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.mark.django_db
def test_a_translated_page_gets_a_transliterated_slug(client, editor):
    page = published(ArticlePageFactory(title="Pårørende", slug="pårørende-og-særlige-behov"))
    client.force_login(editor)
    submit_page(client, page, "en")
    assert page.get_translation(locale("en")).slug == "parorende-og-saerlige-behov"


@pytest.mark.django_db
def test_translating_a_subtree_leaves_a_working_tree(client, editor):
    centre = published(CentrePageFactory(title="LMS Aker", slug="lms-aker"))
    offers = [published(OfferPageFactory(parent=centre, title=f"Kurs {n}", slug=f"kurs-{n}")) for n in range(3)]
    client.force_login(editor)
    response = submit_page(client, centre, "nn", include_subtree=True)
    assert response.status_code == 302
    nn = locale("nn")
    translated = [centre.get_translation(nn), *(offer.get_translation(nn) for offer in offers)]
    for page in translated:
        page = page.specific
        assert page.alias_of_id is None
        page.save_revision(user=editor).publish()
    client.logout()
    for page in translated:
        page.refresh_from_db()
        assert page.url.startswith("/nn/")
        assert client.get(page.url).status_code == 200, page.url


@pytest.mark.django_db
def test_a_new_translation_of_a_live_page_is_a_draft(client, editor):
    page = published(ArticlePageFactory(title="Kurs for pårørende"))
    client.force_login(editor)
    submit_page(client, page, "nn")
    nn_page = page.get_translation(locale("nn"))
    assert not nn_page.live
    client.logout()
    assert client.get(f"/nn{page.url}".replace("/nn/nn/", "/nn/")).status_code == 404


def start_review(page, user, **changes):
    page = page.specific
    for field, value in changes.items():
        setattr(page, field, value)
    page.save_revision(user=user)
    page.get_workflow().start(page, user)
    page.refresh_from_db()
    return page


def sync(client, page, **data):
    source = translation_of(page, "nn").source
    return post(client, reverse("wagtail_localize:update_translations", args=[source.pk]), data)


@pytest.mark.django_db
@pytest.mark.parametrize("publish", [False, True])
def test_syncing_a_draft_under_review_publishes_nothing(client, editor, writer, publish):
    page = ArticlePageFactory(title="Utkast til godkjenning", live=False)
    client.force_login(editor)
    submit_page(client, page, "nn")
    start_review(page, writer, title="Ikke godkjent ennå")
    response = sync(client, page, **({"publish_translations": "on"} if publish else {}))
    assert response.status_code == 302
    nn_page = page.get_translation(locale("nn"))
    assert not nn_page.live and nn_page.live_revision is None
    if publish:
        assert any("lagret som utkast" in message for message in messages_of(response))


@pytest.mark.django_db
def test_the_translation_editor_does_not_publish_an_unapproved_source(client, editor, writer):
    page = ArticlePageFactory(title="Utkast til godkjenning", live=False)
    client.force_login(editor)
    submit_page(client, page, "nn")
    start_review(page, writer)
    nn_page = page.get_translation(locale("nn"))
    response = post(client, reverse("wagtailadmin_pages:edit", args=[nn_page.pk]), {"action": "publish"})
    assert response.status_code == 302
    assert any("ble ikke publisert" in message for message in messages_of(response))
    nn_page.refresh_from_db()
    assert not nn_page.live


@pytest.mark.django_db
def test_a_writer_cannot_publish_by_syncing(client, editor, writer):
    page = published(ArticlePageFactory(title="Godkjent artikkel"))
    client.force_login(editor)
    submit_page(client, page, "nn")
    client.force_login(writer)
    sync(client, page, publish_translations="on")
    assert not page.get_translation(locale("nn")).live


@pytest.mark.django_db
def test_an_editor_publishes_an_approved_translation_by_syncing(client, editor):
    page = published(ArticlePageFactory(title="Godkjent artikkel"))
    client.force_login(editor)
    submit_page(client, page, "nn")
    sync(client, page, publish_translations="on")
    assert page.get_translation(locale("nn")).live


@pytest.fixture
def outsider(home):
    """Admin access and wagtail-localize's permission, and no right to edit any page."""
    user = make_user("utenfor")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="submit_translation"),
    )
    return user


@pytest.mark.django_db
def test_who_may_not_edit_a_page_cannot_translate_it(client, outsider):
    page = ArticlePageFactory(title="Hemmelig utkast", live=False)
    from home.tree import ensure_locale_tree

    ensure_locale_tree("en")
    pages_before = Page.objects.count()
    client.force_login(outsider)
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = client.get(url)
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert "Hemmelig utkast" not in response.content.decode()
    response = client.post(url, {"locales": [locale("en").pk]})
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert Page.objects.count() == pages_before
    assert not Translation.objects.exists()
    assert page.get_translation_or_none(locale("en")) is None


@pytest.mark.django_db
def test_who_may_not_edit_a_page_cannot_sync_it(client, editor, outsider):
    page = published(ArticlePageFactory(title="Godkjent artikkel"))
    client.force_login(editor)
    submit_page(client, page, "nn")
    client.force_login(outsider)
    response = sync(client, page, publish_translations="on")
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert not page.get_translation(locale("nn")).live
