"""People in each editorial role, and pages in review, driven through the real admin.

The groups and the workflow on the tree are the ones editorial's data migration makes."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

from editorial import roles
from editorial.centres import centre_team
from tests.factories import ArticlePageFactory, CentrePageFactory
from tests.helpers import article_form_data as form_data


def make_workflow(name, page, groups_per_step):
    """A workflow of group approval steps on `page` (and below), replacing the one there."""
    workflow, _ = Workflow.objects.get_or_create(name=name)
    for order, groups in enumerate(groups_per_step):
        task, _ = GroupApprovalTask.objects.get_or_create(name=f"{name}: steg {order + 1}")
        task.groups.set(groups)
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    WorkflowPage.objects.filter(page=page).delete()
    WorkflowPage.objects.create(page=page, workflow=workflow)
    return workflow


@pytest.fixture
def groups(home):
    return {name: Group.objects.get(name=name) for name in (roles.COMMUNICATIONS, roles.EDITORS)}


@pytest.fixture
def workflow(groups):
    """ "Redaksjonell godkjenning", the workflow on the whole tree."""
    return WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow


def _user(username, first_name, group):
    user = get_user_model().objects.create_user(
        username=username, password="x" * 12, first_name=first_name, last_name="Nordmann"
    )
    user.groups.add(group)
    return user


@pytest.fixture
def writer(groups):
    return _user("skribent", "Siri", groups[roles.COMMUNICATIONS])


@pytest.fixture
def editor(groups):
    return _user("redaktor", "Rune", groups[roles.EDITORS])


@pytest.fixture
def centre_staff(home):
    return _user("senteransatt", "Sana", centre_team(CentrePageFactory()).staff_group)


@pytest.fixture
def live_article(workflow):
    return ArticlePageFactory(title="Mestring i hverdagen", intro="Den publiserte ingressen.")


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def submit(client, user, page, **fields):
    """`user` submits `page` for review through the editor."""
    client.force_login(user)
    response = client.post(edit_url(page), {**form_data(page, **fields), "action-submit": "submit"})
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    return page


def workflow_action(client, user, page, action, comment=None, **fields):
    """`user` acts on `page`'s review from the editor's action menu (the modal's comment included)."""
    client.force_login(user)
    extra = {} if comment is None else {"comment": comment}
    data = {
        **form_data(page, **fields),
        "action-workflow-action": "true",
        "workflow-action-name": action,
        "workflow-action-extra-data": json.dumps(extra),
    }
    return client.post(edit_url(page), data)


@pytest.fixture
def submitted_article(client, writer, live_article):
    """The live article with a new intro, submitted by the writer."""
    return submit(client, writer, live_article, intro="Den nye ingressen til vurdering.")
