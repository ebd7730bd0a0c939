"""The editorial workflow from start to finish, through the real Wagtail admin in Chromium.

A communications writer writes an article and submits it; an editor finds it in the queue and asks
for changes with a comment; the writer reads the comment, fixes the article and resubmits; the
editor approves, which publishes; an anonymous visitor reads the article. Every step leaves a
full-page screenshot in var/test-artefacts/editorial-workflow/.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect
from wagtail.models import PageLogEntry, WorkflowState

from articles.models import ArticlePage
from editorial import roles
from tests.factories import ArticleIndexPageFactory

pytestmark = pytest.mark.browser

ARTEFACTS = Path(settings.BASE_DIR, "var", "test-artefacts", "editorial-workflow")
PASSWORD = "Mestring-i-hverdagen-2026"
TITLE = "Slik kommer pårørende i gang med et mestringskurs"
FIRST_INTRO = "Et kurs for pårørende gir kunnskap og noen å dele erfaringer med."
FIXED_INTRO = "Et kurs for pårørende gir kunnskap og noen å dele erfaringer med (Helsedirektoratet, 2025)."
COMMENT = "Legg til en kilde, takk."


@pytest.fixture
def newsroom(transactional_db, django_db_serialized_rollback):
    """A writer in Kommunikasjon, an editor in Redaktør, and the live article section.

    The live server needs real commits, so this is a transactional test; serialized rollback brings
    back what the migrations made (the groups, the workflow on the whole tree, the home page) for
    the next test.
    """
    users = get_user_model().objects
    writer = users.create_user("siri", password=PASSWORD, first_name="Siri", last_name="Skribent")
    writer.groups.add(Group.objects.get_or_create(name=roles.COMMUNICATIONS)[0])
    editor = users.create_user("rune", password=PASSWORD, first_name="Rune", last_name="Redaktør")
    editor.groups.add(Group.objects.get_or_create(name=roles.EDITORS)[0])
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTEFACTS.glob("*.png"):
        old.unlink()
    return {"writer": writer, "editor": editor, "index": ArticleIndexPageFactory(intro="Nyheter og fagartikler.")}


def _screenshot(tab, name):
    # With animations stopped, a message that is sliding in is caught where it ends up.
    tab.screenshot(path=str(ARTEFACTS / f"{name}.png"), full_page=True, animations="disabled")


@pytest.fixture
def new_tab(browser, live_server):
    """Opens a tab in a browser context of its own: each person has their own cookies."""
    contexts = []

    def open_tab():
        contexts.append(browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server.url))
        return contexts[-1].new_page()

    yield open_tab
    for context in contexts:
        context.close()


def _log_in(new_tab, username):
    """A new tab logged in through the admin's login form, as a person types it."""
    tab = new_tab()
    tab.goto("/admin/login/")
    tab.get_by_label("Brukernavn").fill(username)
    # Wagtail's login form leaves the password's label untranslated ("Password"); its placeholder
    # is in Norwegian.
    tab.get_by_placeholder("Skriv inn passord").fill(PASSWORD)
    tab.get_by_role("button", name="Logg inn").click()
    tab.wait_for_url(re.compile(r"/admin/$"), wait_until="load")
    return tab


def _footer_action(tab, label):
    """Choose `label` in the page editor's action menu: the primary button, or one behind the arrow."""
    footer = tab.locator("footer.footer")
    button = footer.get_by_role("button", name=label, exact=True)
    if not button.is_visible():
        footer.get_by_role("button", name="Flere handlinger").click()
    expect(button).to_be_visible()
    button.click()


def _modal(tab, heading):
    """The workflow action's modal, once it has loaded."""
    dialog = tab.get_by_role("dialog").filter(has=tab.get_by_role("heading", name=heading))
    expect(dialog).to_be_visible()
    return dialog


def _expect_message(tab, text):
    message = tab.locator(".messages .success")
    expect(message).to_be_visible()
    expect(message).to_contain_text(text)


def test_an_article_goes_from_writer_through_editor_to_the_public(new_tab, newsroom):
    index, editor_name = newsroom["index"], newsroom["editor"].get_full_name()
    explorer = f"**/admin/pages/{index.pk}/"
    visitor = new_tab()

    # The writer writes the article ...
    writer = _log_in(new_tab, "siri")
    writer.goto(f"/admin/pages/{index.pk}/")
    writer.get_by_role("link", name="Legg til underside").first.click()
    # The section takes only articles, so Wagtail skips the choice of page type.
    writer.wait_for_url(re.compile(r"/admin/pages/add/articles/articlepage/"), wait_until="load")
    writer.get_by_placeholder("Sidetittel").fill(TITLE)
    writer.get_by_role("textbox", name="Ingress", exact=True).fill(FIRST_INTRO)
    _screenshot(writer, "01-writer-draft")

    # ... and submits it for review.
    _footer_action(writer, "Send til godkjenning")
    writer.wait_for_url(explorer, wait_until="load")
    _expect_message(writer, f'Siden "{TITLE}" er opprettet og sendt til godkjenning.')
    row = writer.locator("tr", has=writer.get_by_role("link", name=TITLE))
    # Wagtail 8.0's Norwegian catalogue has no translation of this status yet.
    expect(row.locator(".w-status")).to_contain_text(re.compile(r"in moderation|til godkjenning", re.IGNORECASE))
    _screenshot(writer, "02-submitted")
    article = ArticlePage.objects.get(title=TITLE)
    assert article.workflow_in_progress
    assert not article.live
    assert visitor.goto(article.url).status == 404

    # The editor finds it in the queue ...
    editor = _log_in(new_tab, "rune")
    queue = editor.get_by_role("region", name=re.compile(r"^Til godkjenning \("))
    expect(queue).to_have_accessible_name("Til godkjenning (1)")
    expect(queue.locator("tbody tr")).to_have_count(1)
    expect(queue.locator("tbody tr")).to_contain_text("Siri Skribent")
    _screenshot(editor, "03-editor-queue")
    queue.get_by_role("link", name=TITLE).click()
    editor.wait_for_url(f"**/admin/pages/{article.pk}/edit/", wait_until="load")
    expect(editor.get_by_role("heading", name="Til godkjenning hos deg")).to_be_visible()

    # ... and asks for changes, with a comment.
    _footer_action(editor, "Be om endringer")
    dialog = _modal(editor, "Be om endringer")
    dialog.get_by_label("Hva må endres?").fill(COMMENT)
    _screenshot(editor, "04-rejected-with-comment")
    dialog.get_by_role("button", name="Be om endringer").click()
    editor.wait_for_url(explorer, wait_until="load")
    _expect_message(editor, TITLE)
    article.refresh_from_db()
    assert not article.live
    assert article.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert visitor.goto(article.url).status == 404

    # The writer reads the comment on the dashboard and at the top of the edit page ...
    writer.goto("/admin/")
    changes = writer.get_by_role("region", name="Sider som trenger endringer")
    expect(changes.locator("tbody tr")).to_have_count(1)
    for text in (TITLE, COMMENT, editor_name):
        expect(changes.locator("tbody tr")).to_contain_text(text)
    changes.get_by_role("link", name=TITLE).click()
    writer.wait_for_url(f"**/admin/pages/{article.pk}/edit/", wait_until="load")
    request = writer.locator("[data-editorial-change-request]")
    expect(request.get_by_role("heading")).to_have_text("Redaktøren ber om endringer")
    expect(request).to_contain_text(f"Fra {editor_name},")
    expect(request.locator("blockquote")).to_have_text(COMMENT)
    _screenshot(writer, "05-writer-sees-comment")

    # ... fixes the intro and submits again.
    writer.get_by_role("textbox", name="Ingress", exact=True).fill(FIXED_INTRO)
    _footer_action(writer, "Send til godkjenning på nytt")
    writer.wait_for_url(explorer, wait_until="load")
    _expect_message(writer, f'Siden "{TITLE}" er sendt til godkjenning.')
    _screenshot(writer, "06-resubmitted")
    article.refresh_from_db()
    assert article.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not article.live

    # The editor approves, which publishes.
    editor.goto("/admin/")
    queue.get_by_role("link", name=TITLE).click()
    editor.wait_for_url(f"**/admin/pages/{article.pk}/edit/", wait_until="load")
    expect(editor.get_by_role("textbox", name="Ingress", exact=True)).to_have_value(FIXED_INTRO)
    _footer_action(editor, "Godkjenn og publiser")
    dialog = _modal(editor, "Godkjenn og publiser")
    dialog.get_by_role("button", name="Godkjenn og publiser").click()
    editor.wait_for_url(explorer, wait_until="load")
    # Wagtail confirms every task action with "er oppdatert", publishing included.
    _expect_message(editor, TITLE)
    expect(editor.locator("tr", has=editor.get_by_role("link", name=TITLE)).locator(".w-status")).to_contain_text(
        re.compile("publisert", re.IGNORECASE)
    )
    _screenshot(editor, "07-approved")
    article.refresh_from_db()
    assert article.live
    assert article.current_workflow_state is None
    assert PageLogEntry.objects.filter(page=article, action="wagtail.publish").count() == 1

    # Anyone can read it now.
    response = visitor.goto(article.url)
    assert response.status == 200
    expect(visitor.locator("h1")).to_have_text(TITLE)
    expect(visitor.locator("main")).to_contain_text(FIXED_INTRO)
    expect(visitor.locator("main")).not_to_contain_text(FIRST_INTRO)
    _screenshot(visitor, "08-public-article")
