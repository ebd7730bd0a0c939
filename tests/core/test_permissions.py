"""Every permission boundary the site has so far, tried from the wrong side."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from editorial import roles
from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_article(home):
    article = ArticlePageFactory(title="Hemmelig utkast", slug="hemmelig-utkast")
    article.unpublish()
    return article


def test_the_public_cannot_see_a_draft(client, draft_article):
    assert client.get(draft_article.url_path.replace("/home", "", 1)).status_code == 404


def test_the_public_cannot_open_the_admin(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def _user(group_name):
    user = get_user_model().objects.create_user(username=group_name.lower(), password="x" * 12)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_a_writer_can_edit_but_not_publish(draft_article):
    perms = draft_article.permissions_for_user(_user(roles.COMMUNICATIONS))
    assert perms.can_edit()
    assert not perms.can_publish()


def test_a_moderator_can_publish(draft_article):
    assert draft_article.permissions_for_user(_user(roles.EDITORS)).can_publish()


def test_a_writer_publishing_through_the_admin_is_refused(client, draft_article):
    client.force_login(_user(roles.COMMUNICATIONS))
    edit_url = f"/admin/pages/{draft_article.pk}/edit/"
    assert 'name="action-publish"' not in client.get(edit_url).content.decode()
    data = nested_form_data(
        {
            "title": draft_article.title,
            "slug": draft_article.slug,
            "intro": "Endret",
            "published_at": "2026-03-14",
            "body": streamfield([]),
            "authors": inline_formset([]),
            "topic_links": inline_formset([]),
            "related_pages": inline_formset([]),
            "action-publish": "publish",
        }
    )
    client.post(edit_url, data)
    draft_article.refresh_from_db()
    assert not draft_article.live


def test_new_pages_go_through_the_moderation_workflow(draft_article):
    workflow = draft_article.get_workflow()
    assert workflow is not None and workflow.active
