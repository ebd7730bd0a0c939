"""The roles and workflows the data migration makes, tried through the real admin.

Every refusal is checked by what a person would notice: the response, whether the page went live,
and what its revisions and history hold.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, TaskState, Workflow, WorkflowState
from wagtail.rich_text import RichText

from editorial import roles
from editorial.centres import centre_team
from editorial.models import CentreChangeApprovalTask, FourEyesApprovalTask, WorkflowPurpose
from offers.models import OfferSession
from tests.factories import (
    ArticlePageFactory,
    CentrePageFactory,
    OfferPageFactory,
    OfferSessionFactory,
    ToolkitResourcePageFactory,
)
from tests.helpers import article_form_data

pytestmark = pytest.mark.django_db


def make_user(username, *groups):
    user = get_user_model().objects.create_user(
        username=username, password="x" * 12, first_name=username.capitalize(), email=f"{username}@example.no"
    )
    user.groups.add(*groups)
    return user


def group(name):
    return Group.objects.get(name=name)


@pytest.fixture
def writer(home):
    return make_user("skribent", group(roles.COMMUNICATIONS))


@pytest.fixture
def editor(home):
    return make_user("redaktor", group(roles.EDITORS))


@pytest.fixture
def second_editor(home):
    return make_user("fagredaktor", group(roles.EDITORS))


def published(page):
    """`page` with a published revision, as pages made in the admin have."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def start_review(page, user, **changes):
    """`user` saves a draft of `page` with `changes` and submits it, as the editor's submit does."""
    page = page.specific
    for field, value in changes.items():
        setattr(page, field, value)
    page.save_revision(user=user)
    workflow = page.get_workflow()
    workflow.start(page, user)
    page.refresh_from_db()
    return page


def act(client, user, page, action, comment=""):
    """`user` posts `action` on the page's current review step, as the action menu's modal does."""
    client.force_login(user)
    task_state = page.current_workflow_task_state
    return client.post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/",
        {"comment": comment},
    )


def refused(response):
    """The admin refused: Wagtail sends a refused person to the dashboard with "no access"."""
    if response.status_code == 403:
        return True
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    return (
        response.status_code == 302
        and response["Location"] == "/admin/"
        and any("ikke tilgang" in message for message in messages)
    )


def publish_count(page):
    return PageLogEntry.objects.filter(page=page, action="wagtail.publish").count()


# The migration


def test_the_migration_makes_the_roles_and_workflows_once(home):
    editorial = WorkflowPurpose.active_workflow(WorkflowPurpose.EDITORIAL)
    assert editorial.name == "Redaksjonell godkjenning"
    assert [task.specific.groups.get().name for task in editorial.tasks] == [roles.EDITORS]
    toolkit = WorkflowPurpose.active_workflow(WorkflowPurpose.TOOLKIT)
    assert [type(task.specific) for task in toolkit.tasks][-1] is FourEyesApprovalTask
    offers = WorkflowPurpose.active_workflow(WorkflowPurpose.OFFER_CHANGES)
    assert [type(task.specific) for task in offers.tasks] == [CentreChangeApprovalTask]
    assert not Workflow.objects.get(name="Moderators approval").active
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()

    from importlib import import_module

    from django.apps import apps

    migration = import_module("editorial.migrations.0002_roles_and_workflows")
    migration.forwards(apps, None)
    assert Group.objects.filter(name__in=[roles.COMMUNICATIONS, roles.EDITORS]).count() == 2
    assert Workflow.objects.filter(name="Redaksjonell godkjenning").count() == 1
    assert [task.name for task in WorkflowPurpose.active_workflow(WorkflowPurpose.TOOLKIT).tasks] == [
        "Faglig vurdering",
        "Endelig godkjenning av en annen enn innsenderen",
    ]


def test_every_locale_and_page_type_has_its_workflow(home):
    from wagtail.models import Locale

    nynorsk = Locale.objects.get_or_create(language_code="nn")[0]
    nn_home = home.copy_for_translation(nynorsk)
    assert nn_home.get_workflow().name == "Redaksjonell godkjenning"
    assert ArticlePageFactory().get_workflow().name == "Redaksjonell godkjenning"
    assert CentrePageFactory().get_workflow().name == "Redaksjonell godkjenning"
    assert ToolkitResourcePageFactory().get_workflow() == WorkflowPurpose.active_workflow(WorkflowPurpose.TOOLKIT)
    assert OfferPageFactory().get_workflow() == WorkflowPurpose.active_workflow(WorkflowPurpose.OFFER_CHANGES)


# Communications staff


def test_a_writer_cannot_publish_by_posting_the_publish_action(client, writer):
    article = ArticlePageFactory(title="Utkast om søvn")
    article.unpublish()
    client.force_login(writer)
    edit = client.get(f"/admin/pages/{article.pk}/edit/")
    assert edit.status_code == 200
    assert 'name="action-publish"' not in edit.content.decode()

    data = {**article_form_data(article, intro="Publisert uten godkjenning?"), "action-publish": "publish"}
    response = client.post(f"/admin/pages/{article.pk}/edit/", data)
    assert response.status_code == 302  # saved as a draft, not published
    article.refresh_from_db()
    assert not article.live
    assert publish_count(article) == 0
    assert article.get_latest_revision().as_object().intro == "Publisert uten godkjenning?"
    assert client.get(article.url).status_code == 404


def test_a_writer_cannot_unpublish_or_delete_a_live_page(client, writer):
    article = published(ArticlePageFactory(title="Live artikkel"))
    client.force_login(writer)
    assert client.post(f"/admin/pages/{article.pk}/unpublish/").status_code in (302, 403)
    assert client.post(f"/admin/pages/{article.pk}/delete/").status_code in (302, 403)
    article.refresh_from_db()
    assert article.live
    assert Page.objects.filter(pk=article.pk).exists()
    client.logout()
    assert client.get(article.url).status_code == 200


def test_a_writer_cannot_approve_their_own_submission(client, writer):
    article = published(ArticlePageFactory(title="Mestring i hverdagen", intro="Den publiserte ingressen."))
    article = start_review(article, writer, intro="Ny ingress")
    assert refused(act(client, writer, article, "approve"))
    article.refresh_from_db()
    assert article.intro != "Ny ingress"
    assert article.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS


# Editors: reject, resubmit, approve


def test_a_rejected_page_stays_unpublished_and_an_approved_one_goes_live_once(client, writer, editor):
    article = ArticlePageFactory(title="Ny artikkel om astma", intro="Første utkast.")
    article.unpublish()
    article = start_review(article, writer)

    assert act(client, editor, article, "reject", comment="Legg til en kilde.").status_code == 302
    article.refresh_from_db()
    assert not article.live
    assert article.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    client.logout()
    assert client.get(article.url).status_code == 404

    # The writer fixes it and resubmits; the editor approves.
    article = article.specific
    article.intro = "Andre utkast, med kilde."
    article.save_revision(user=writer)
    article.current_workflow_state.resume(writer)
    article.refresh_from_db()
    assert act(client, editor, article, "approve").status_code == 302
    article.refresh_from_db()
    assert article.live
    assert article.intro == "Andre utkast, med kilde."
    assert publish_count(article) == 1
    client.logout()
    assert "Andre utkast, med kilde." in client.get(article.url).content.decode()


# Toolkit: two steps, and the last one by someone else than the submitter


def test_toolkit_final_approval_needs_another_person_than_the_submitter(client, editor, second_editor):
    resource = ToolkitResourcePageFactory(title="Mal for kursevaluering")
    resource.unpublish()
    resource = start_review(resource, editor)

    assert act(client, editor, resource, "approve").status_code == 302  # professional review: any editor
    resource.refresh_from_db()
    assert not resource.live
    assert resource.current_workflow_task.specific.__class__ is FourEyesApprovalTask

    assert refused(act(client, editor, resource, "approve"))  # the submitter, again
    resource.refresh_from_db()
    assert not resource.live
    assert not FourEyesApprovalTask.objects.get().get_task_states_user_can_moderate(editor).exists()

    assert act(client, second_editor, resource, "approve").status_code == 302
    resource.refresh_from_db()
    assert resource.live
    assert publish_count(resource) == 1


# Centres: their own page and offers only; their leads approve new sessions of published offers


@pytest.fixture
def centres(home):
    own = published(CentrePageFactory(title="LMS Sørlandet"))
    other = published(CentrePageFactory(title="LMS Innlandet"))
    own_offer = published(OfferPageFactory(title="Kurs om diabetes", parent=own))
    other_offer = published(OfferPageFactory(title="Kurs om KOLS", parent=other))
    for offer in (own_offer, other_offer):
        OfferSessionFactory(offer=offer, place="Kristiansand", capacity=12)
        published(offer)
    return {"own": own, "other": other, "own_offer": own_offer, "other_offer": other_offer}


@pytest.fixture
def centre_staff(centres):
    return make_user("senter", centre_team(centres["own"]).staff_group)


@pytest.fixture
def centre_lead(centres):
    return make_user("leder", centre_team(centres["own"]).lead_group)


def places(offer):
    """The places of the offer's live sessions, read afresh from the database."""
    return list(OfferSession.objects.filter(offer_id=offer.pk).values_list("place", flat=True))


def _new_session_revision(offer, user, place):
    offer = offer.specific
    session = offer.sessions.first()
    offer.sessions.add(type(session)(start=timezone.now() + datetime.timedelta(days=60), place=place, capacity=10))
    offer.save_revision(user=user)
    return offer


def test_centre_staff_edit_their_own_centre_and_offers_and_nothing_else(client, centres, centre_staff):
    client.force_login(centre_staff)
    assert client.get(f"/admin/pages/{centres['own_offer'].pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{centres['own'].pk}/edit/").status_code == 200
    article = published(ArticlePageFactory(title="Artikkel"))
    for page in (centres["other_offer"], centres["other"], article):
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code in (302, 403), page
        response = client.post(f"/admin/pages/{page.pk}/edit/", {"title": "Kapret", "slug": page.slug})
        assert response.status_code in (302, 403)
        page.refresh_from_db()
        assert page.title != "Kapret"
        assert page.get_latest_revision().as_object().title != "Kapret"
    assert not centres["own_offer"].permissions_for_user(centre_staff).can_publish()


def test_a_centre_lead_approves_new_sessions_of_their_own_published_offer(client, centres, centre_staff, centre_lead):
    offer = _new_session_revision(centres["own_offer"], centre_staff, "Arendal")
    offer.get_workflow().start(offer, centre_staff)
    offer.refresh_from_db()

    assert not refused(act(client, centre_lead, offer, "approve"))
    assert sorted(places(offer)) == ["Arendal", "Kristiansand"]
    client.logout()
    assert "Arendal" in client.get(offer.url).content.decode()


def test_a_centre_lead_cannot_approve_new_text_or_another_centre(client, centres, centre_staff, centre_lead):
    own = start_review(centres["own_offer"], centre_staff, intro="Helt ny tekst om kurset.")
    assert refused(act(client, centre_lead, own, "approve"))
    own.refresh_from_db()
    assert own.intro != "Helt ny tekst om kurset."

    # New sessions submitted, then new text saved on top: the approval would publish the text too.
    sneaky = _new_session_revision(centres["own_offer"], centre_staff, "Mandal")
    sneaky.intro = "Tekst lagt til etter innsending."
    sneaky.save_revision(user=centre_staff)
    sneaky.refresh_from_db()
    assert refused(act(client, centre_lead, sneaky, "approve"))
    assert "Mandal" not in places(sneaky)

    other_staff = make_user("annen", centre_team(centres["other"]).staff_group)
    other = _new_session_revision(centres["other_offer"], other_staff, "Hamar")
    other.get_workflow().start(other, other_staff)
    other.refresh_from_db()
    assert refused(act(client, centre_lead, other, "approve"))
    other.refresh_from_db()
    assert places(other) == ["Kristiansand"]


def test_a_centre_lead_cannot_approve_a_new_offer_or_an_article(client, centres, centre_staff, centre_lead, writer):
    new_offer = OfferPageFactory(title="Nytt kurs", parent=centres["own"])
    new_offer.unpublish()
    new_offer = start_review(new_offer, centre_staff)
    assert refused(act(client, centre_lead, new_offer, "approve"))
    new_offer.refresh_from_db()
    assert not new_offer.live

    article = ArticlePageFactory(title="Artikkel til vurdering")
    article.unpublish()
    article = start_review(article, writer)
    assert refused(act(client, centre_lead, article, "approve"))
    article.refresh_from_db()
    assert not article.live


def test_an_editor_approves_every_change_to_an_offer(client, centres, centre_staff, editor):
    offer = start_review(centres["own_offer"], centre_staff, intro="Ny tekst fra senteret.")
    assert act(client, editor, offer, "approve").status_code == 302
    offer.refresh_from_db()
    assert offer.intro == "Ny tekst fra senteret."
    assert publish_count(offer) == 3  # made, session added, approved


# Giving a centre its team


def test_the_command_makes_a_centre_team_and_adds_people(centres, capsys):
    make_user("ola")
    call_command("centre_team", str(centres["own"].pk), "--staff", "ola", "--lead", "ola")
    team = centres["own"].team
    assert team.staff_group.name == "Senterredaktør – LMS Sørlandet"
    assert team.lead_group.name == "Senterleder – LMS Sørlandet"
    assert set(get_user_model().objects.get(username="ola").groups.all()) == {team.staff_group, team.lead_group}
    call_command("centre_team", centres["own"].slug)
    assert Group.objects.filter(name__startswith="Senterredaktør – LMS Sørlandet").count() == 1


def test_the_command_refuses_unknown_people_and_changes_nothing(centres):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No such user: nobody"):
        call_command("centre_team", str(centres["own"].pk), "--staff", "nobody")
    assert not Group.objects.filter(name__startswith="Senterredaktør").exists()


def test_only_administrators_can_give_a_centre_its_team(client, centres, editor):
    url = f"/admin/senterteam/{centres['own'].pk}/"
    client.force_login(editor)
    assert refused(client.get(url))
    assert refused(client.post(url))
    assert not Group.objects.filter(name__startswith="Senterredaktør").exists()

    admin = get_user_model().objects.create_superuser("admin", "admin@example.no", "x" * 12)
    client.force_login(admin)
    page = client.get(url)
    assert "Opprett senterteam" in page.content.decode()
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert Group.objects.filter(name="Senterleder – LMS Sørlandet").exists()
    assert "Senterredaktør – LMS Sørlandet" in response.content.decode()


# The toolkit's second pair of eyes holds when an editor presses "Publiser"


def _toolkit_form(resource, **fields):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    data = {
        "title": resource.title,
        "slug": resource.slug,
        "intro": resource.intro,
        "resource_type": resource.resource_type,
        "body": streamfield([]),
        "documents": inline_formset([]),
        "topic_links": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def test_an_editor_publishing_a_toolkit_resource_directly_gets_a_draft_and_loses_nothing(client, editor):
    resource = published(ToolkitResourcePageFactory(title="Mal for kursplan"))
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/{resource.pk}/edit/",
        {**_toolkit_form(resource, intro="Ny ingress uten godkjenning."), "action-publish": "publish"},
        follow=True,
    )
    assert response.status_code == 200
    assert "lagret som utkast" in response.content.decode()
    resource.refresh_from_db()
    assert resource.intro != "Ny ingress uten godkjenning."
    assert resource.has_unpublished_changes
    assert resource.get_latest_revision().as_object().intro == "Ny ingress uten godkjenning."
    assert publish_count(resource) == 1  # only the fixture's


def test_an_editor_still_publishes_an_article_directly(client, editor):
    article = published(ArticlePageFactory(title="Rettelse"))
    client.force_login(editor)
    data = {**article_form_data(article, intro="Rettet skrivefeil."), "action-publish": "publish"}
    assert client.post(f"/admin/pages/{article.pk}/edit/", data).status_code == 302
    article.refresh_from_db()
    assert article.intro == "Rettet skrivefeil."


def test_a_bulk_publish_of_a_toolkit_resource_is_refused(client, editor):
    resource = ToolkitResourcePageFactory(title="Sjekkliste for kurs")
    resource.unpublish()
    client.force_login(editor)
    response = client.post(
        f"/admin/bulk/wagtailcore/page/publish/?id={resource.pk}&next=/admin/",
        {"include_descendants": False},
        follow=True,
    )
    assert "Ingenting ble publisert" in response.content.decode()
    resource.refresh_from_db()
    assert not resource.live


def test_a_centre_lead_approves_new_sessions_of_text_the_editor_has_resaved(client, centres, centre_staff, centre_lead):
    """Text from an import has no block keys; the admin adds them when it saves the form. That
    is no change of text, so the lead may still approve the new sessions (found in the browser)."""
    offer = centres["own_offer"].specific
    offer.body = [("paragraph", RichText("<p>Kurset passer for pårørende.</p>"))]
    published(offer)
    offer = _new_session_revision(offer, centre_staff, "Grimstad")
    offer.body = [("paragraph", RichText('<p data-block-key="a1b2c">Kurset passer for pårørende.</p>'))]
    offer.save_revision(user=centre_staff)
    offer.get_workflow().start(offer, centre_staff)
    offer.refresh_from_db()

    assert not refused(act(client, centre_lead, offer, "approve"))
    assert "Grimstad" in places(offer)


def test_a_centre_lead_cannot_approve_changed_text_in_the_body(client, centres, centre_staff, centre_lead):
    offer = centres["own_offer"].specific
    offer.body = [("paragraph", RichText("<p>Kurset passer for pårørende.</p>"))]
    published(offer)
    offer = _new_session_revision(offer, centre_staff, "Lyngdal")
    offer.body = [("paragraph", RichText('<p data-block-key="a1b2c">Kurset passer for alle.</p>'))]
    offer.save_revision(user=centre_staff)
    offer.get_workflow().start(offer, centre_staff)
    offer.refresh_from_db()

    assert refused(act(client, centre_lead, offer, "approve"))
    assert "Lyngdal" not in places(offer)


# Who is told that something waits for them


def test_the_centre_lead_is_told_of_new_sessions_to_approve(client, centres, centre_staff, centre_lead, mailoutbox):
    centre_lead.email = "leder@example.no"
    centre_lead.save()
    offer = _new_session_revision(centres["own_offer"], centre_staff, "Farsund")
    offer.get_workflow().start(offer, centre_staff)
    assert "leder@example.no" in [address for mail in mailoutbox for address in mail.to]

    mailoutbox.clear()
    text_change = start_review(centres["other_offer"], make_user("annen2"), intro="Ny tekst")
    assert text_change.workflow_in_progress
    assert "leder@example.no" not in [address for mail in mailoutbox for address in mail.to]


def test_the_submitter_is_not_asked_for_the_toolkit_final_approval(client, editor, second_editor, mailoutbox):
    resource = ToolkitResourcePageFactory(title="Mal for invitasjon")
    resource.unpublish()
    third_editor = make_user("tredje", group(roles.EDITORS))
    resource = start_review(resource, editor)
    mailoutbox.clear()
    assert not refused(act(client, second_editor, resource, "approve"))  # professional review done
    asked = [address for mail in mailoutbox for address in mail.to if "Endelig godkjenning" in mail.body]
    assert third_editor.email in asked
    assert editor.email not in asked


# The workflow timeline compares with what the public sees


def test_the_workflow_timeline_compares_with_the_live_version_not_the_last_autosave(client, writer, editor):
    article = published(ArticlePageFactory(title="Om søvn", intro="Publisert ingress."))
    article = start_review(article, writer, intro="Ny ingress til vurdering.")
    client.force_login(editor)
    html = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    live = f"/admin/pages/{article.pk}/revisions/compare/live...{article.get_latest_revision().pk}/"
    assert live in html
    assert "Compare with previous version" not in html
    assert "vurdering" in client.get(live).content.decode()  # the diff marks each changed word


def test_a_new_page_in_review_is_compared_with_its_first_draft(client, writer, editor):
    article = ArticlePageFactory(title="Helt ny", intro="Første utkast.")
    article.unpublish()
    article.save_revision(user=writer)
    article = start_review(article, writer, intro="Andre utkast.")
    client.force_login(editor)
    html = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert f"/admin/pages/{article.pk}/revisions/compare/earliest...{article.get_latest_revision().pk}/" in html
    assert "sammenlign med første utkast" in html


# Cancel, comments and the history


def test_the_writer_can_take_a_page_back_from_review(client, writer, editor):
    article = ArticlePageFactory(title="Trukket tilbake", intro="Utkast.")
    article.unpublish()
    article = start_review(article, writer)
    client.force_login(writer)
    assert "Trekk tilbake fra godkjenning" in client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    response = client.post(
        f"/admin/pages/{article.pk}/edit/", {**article_form_data(article), "action-cancel-workflow": "1"}
    )
    # The page is locked for the writer while in review, so Wagtail shows the form again, unlocked.
    assert response.status_code == 200
    assert "Send til godkjenning" in response.content.decode()
    article.refresh_from_db()
    assert not article.workflow_in_progress
    assert not article.live
    assert not TaskState.objects.reviewable_by(editor).exists()


def test_a_comment_on_a_draft_reaches_the_editor(client, writer, editor):
    from wagtail.test.utils.form_data import inline_formset

    article = ArticlePageFactory(title="Med kommentar", intro="Utkast.")
    article.unpublish()
    client.force_login(writer)
    comment = {"contentpath": "intro", "text": "Er denne ingressen for lang?", "position": "", "resolved": ""}
    comment["replies"] = inline_formset([])
    response = client.post(
        f"/admin/pages/{article.pk}/edit/", article_form_data(article, comments=inline_formset([comment]))
    )
    assert response.status_code == 302
    client.force_login(editor)
    html = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert "Er denne ingressen for lang?" in html


def test_the_history_shows_who_did_what(client, writer, editor):
    article = ArticlePageFactory(title="Historikk", intro="Utkast.")
    article.unpublish()
    article = start_review(article, writer, intro="Til vurdering.")
    assert not refused(act(client, editor, article, "reject", comment="Kortere, takk."))
    article = article.specific
    article.save_revision(user=writer)
    article.current_workflow_state.resume(writer)
    article.refresh_from_db()
    assert not refused(act(client, editor, article, "approve"))

    client.force_login(editor)
    html = client.get(f"/admin/pages/{article.pk}/history/").content.decode()
    for who in ("Skribent", "Redaktor"):
        assert who in html
    actions = list(
        PageLogEntry.objects.filter(page=article).order_by("timestamp").values_list("action", "user__username")
    )
    assert ("wagtail.workflow.start", "skribent") in actions
    assert ("wagtail.workflow.reject", "redaktor") in actions
    assert ("wagtail.workflow.resume", "skribent") in actions
    assert ("wagtail.workflow.approve", "redaktor") in actions
    assert ("wagtail.publish", "redaktor") in actions


def test_a_centre_leads_queue_holds_only_what_they_may_approve(client, centres, centre_staff, centre_lead):
    sessions = _new_session_revision(centres["own_offer"], centre_staff, "Vennesla")
    sessions.get_workflow().start(sessions, centre_staff)
    other_staff = make_user("annen3", centre_team(centres["other"]).staff_group)
    elsewhere = _new_session_revision(centres["other_offer"], other_staff, "Gjøvik")
    elsewhere.get_workflow().start(elsewhere, other_staff)
    own_text = published(OfferPageFactory(title="Kurs om søvn", parent=centres["own"]))
    start_review(own_text, centre_staff, intro="Ny tekst.")

    queue = TaskState.objects.reviewable_by(centre_lead)
    assert [state.workflow_state.object_id for state in queue] == [str(sessions.pk)]
    client.force_login(centre_lead)
    dashboard = client.get("/admin/").content.decode()
    assert "Til godkjenning (1)" in dashboard
    assert "Kurs om diabetes" in dashboard
    assert "Kurs om KOLS" not in dashboard
    assert "Kurs om søvn" not in dashboard
