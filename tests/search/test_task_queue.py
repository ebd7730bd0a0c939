"""In production index updates wait in the database for a worker (django-tasks-db), so publishing
returns at once and the page is searchable once `manage.py db_worker` has run."""

import pytest
from django.core.management import call_command

from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def test_publishing_queues_the_index_update_for_the_worker(client, home, settings, indexed, monkeypatch):
    settings.TASKS = settings.DATABASE_TASKS
    from django_tasks_db.models import DBTaskResult

    with indexed():
        page = ArticlePageFactory(title="Likemannsarbeid i praksis", live=False)
        page.save_revision().publish()
    # Published, but not yet searchable: the update waits in the queue.
    page.refresh_from_db()
    assert page.live
    assert DBTaskResult.objects.filter(task_path="search.tasks.index_pages").exists()
    assert client.get("/api/search/", {"q": "likemannsarbeid"}).json()["count"] == 0
    # The worker drops database connections it finds inside a transaction; here that transaction
    # is the test's own, so it keeps its connection and runs the queue as it would in production.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    call_command("db_worker", batch=True, verbosity=0)
    found = client.get("/api/search/", {"q": "likemannsarbeid"}).json()
    assert [hit["slug"] for hit in found["results"]] == [page.slug]
