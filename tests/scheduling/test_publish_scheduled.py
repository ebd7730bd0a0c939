"""Scheduled publishing and expiry happen when `manage.py publish_scheduled` runs (docs/scheduling.md).

Time is frozen with time-machine and moved on by hand, so "later" is exact.
"""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageLogEntry

from tests.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.interchange.helpers import approve_through, ensure_workflow, fresh, publishes
from tests.scheduling.conftest import START

pytestmark = pytest.mark.django_db
TITLE = "Samvalg i læring og mestring"


def public_state(client, page):
    """What a visitor sees: the page's status code, whether the listing shows it, whether search finds it."""
    page = fresh(page)
    listing = client.get(ArticleIndexPageFactory().url).content.decode()
    found = [hit["slug"] for hit in client.get("/api/search/", {"q": "samvalg"}).json()["results"]]
    return client.get(page.url).status_code, TITLE in listing, page.slug in found


def test_a_page_scheduled_to_go_live_appears_when_the_time_has_come_and_the_command_runs(
    home, clock, editor, client, run_scheduler, indexed
):
    with indexed():
        page = ArticlePageFactory(title=TITLE, live=False)
        page.go_live_at = START + datetime.timedelta(hours=1)
        page.save_revision(user=editor).publish(user=editor)

    assert fresh(page).get_latest_revision().approved_go_live_at == page.go_live_at
    assert public_state(client, page) == (404, False, False)

    run_scheduler()  # too early: nothing happens
    assert public_state(client, page) == (404, False, False)

    clock.shift(datetime.timedelta(hours=1, minutes=1))
    assert public_state(client, page) == (404, False, False)  # the time alone does nothing

    run_scheduler()
    assert public_state(client, page) == (200, True, True)
    assert fresh(page).first_published_at == timezone.now()
    assert list(publishes(page).values_list("action", flat=True)) == ["wagtail.publish.scheduled"]

    clock.shift(datetime.timedelta(minutes=1))
    run_scheduler()
    assert publishes(page).count() == 1  # the next run finds nothing to do


def test_a_page_past_its_expiry_goes_away_when_the_command_runs(home, clock, editor, client, run_scheduler, indexed):
    with indexed():
        page = ArticlePageFactory(title=TITLE, live=False)
        page.expire_at = START + datetime.timedelta(days=1)
        page.save_revision(user=editor).publish(user=editor)
    assert public_state(client, page) == (200, True, True)

    clock.shift(datetime.timedelta(days=1, minutes=1))
    # Lists and search already leave it out by its expiry time (core/visibility.py); the page
    # itself is Wagtail's to serve and answers until the command unpublishes it.
    assert public_state(client, page) == (200, False, False)

    run_scheduler()

    assert public_state(client, page) == (404, False, False)
    page = fresh(page)
    assert page.expired and not page.live
    assert PageLogEntry.objects.filter(page=page, action="wagtail.unpublish.scheduled").count() == 1


def test_an_approved_revision_with_a_future_go_live_waits_then_goes_live_once(
    home, clock, client, run_scheduler, indexed
):
    ensure_workflow(home)
    with indexed():
        page = ArticlePageFactory(title=TITLE, live=False)
        page.go_live_at = START + datetime.timedelta(hours=2)
        page.save_revision()
        page.get_workflow().start(page, None)

        approve_through(client, page)  # the editor approves in the admin, two hours early

    client.logout()
    page = fresh(page)
    assert page.current_workflow_state is None
    assert page.get_latest_revision().approved_go_live_at == page.go_live_at
    assert public_state(client, page) == (404, False, False)
    assert not publishes(page).exists()

    clock.shift(datetime.timedelta(hours=2, minutes=1))
    run_scheduler()

    assert public_state(client, page) == (200, True, True)
    assert publishes(page).count() == 1
    run_scheduler()
    assert publishes(page).count() == 1


def test_a_live_page_scheduled_for_new_content_keeps_the_old_content_until_then(
    home, clock, editor, client, run_scheduler, indexed
):
    with indexed():
        page = ArticlePageFactory(title="Gammel tittel om samvalg")
        page.title = TITLE
        page.go_live_at = START + datetime.timedelta(hours=1)
        page.save_revision(user=editor).publish(user=editor)

    assert TITLE not in client.get(fresh(page).url).content.decode()

    clock.shift(datetime.timedelta(hours=1, minutes=1))
    run_scheduler()

    assert TITLE in client.get(fresh(page).url).content.decode()
