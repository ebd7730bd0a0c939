"""Anonymous and logged-out visitors see nothing of what is not published: not a draft, not a
revision, not a preview, not a workflow's state, through the pages, the admin, the search page
or the search API; and search finds no page behind a password or a login."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, PageViewRestriction, Workflow, WorkflowTask
from wagtail.rich_text import RichText

from editorial import roles
from search import corpus, engines
from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

SECRET = "Hemmeligutkast"


@pytest.fixture(autouse=True)
def database_search():
    engines.reset()
    yield
    engines.reset()


def body(text):
    return [("paragraph", RichText(f"<p>{text}</p>"))]


@pytest.fixture
def unpublished(home, django_user_model):
    """A page never published, and a live page whose newest revision is a draft in review."""
    draft = ArticlePageFactory(title=f"{SECRET} om søvnvansker", slug="utkast-om-sovn", live=False)
    draft.save_revision()
    live = ArticlePageFactory(title="Søvn og mestring", slug="sovn-og-mestring", body=body("Publisert tekst."))
    live.title = f"{SECRET} ny tittel"
    live.body = body(f"{SECRET} tekst i revisjonen.")
    revision = live.save_revision()
    author = django_user_model.objects.create_user("skribent", password="x", is_staff=True)
    workflow = Workflow.objects.create(name="Fagvurdering")
    task = GroupApprovalTask.objects.create(name="Redaktør godkjenner")
    task.groups.add(Group.objects.get_or_create(name=roles.EDITORS)[0])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    workflow_state = workflow.start(live, author)
    corpus.rebuild()
    return {"draft": draft, "live": live, "revision": revision, "task": task, "workflow_state": workflow_state}


def admin_urls(pages):
    draft, live, revision, task = pages["draft"], pages["live"], pages["revision"], pages["task"]
    return [
        f"/admin/pages/{draft.pk}/view_draft/",
        f"/admin/pages/{draft.pk}/edit/preview/",
        f"/admin/pages/{draft.pk}/history/",
        f"/admin/pages/{live.pk}/view_draft/",
        f"/admin/pages/{live.pk}/revisions/{revision.pk}/view/",
        f"/admin/pages/{live.pk}/history/",
        f"/admin/pages/{live.pk}/workflow_history/",
        f"/admin/pages/{live.pk}/workflow_history/detail/{pages['workflow_state'].pk}/",
        f"/admin/pages/workflow/preview/{live.pk}/{task.pk}/",
    ]


def assert_nothing_unpublished_shows(client, pages):
    assert client.get(pages["draft"].url).status_code == 404
    public = client.get(pages["live"].url)
    assert public.status_code == 200
    assert "Publisert tekst." in public.content.decode()
    assert SECRET not in public.content.decode()
    for url in admin_urls(pages):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/login/"), url
    for query in [SECRET, "søvnvansker", "revisjonen"]:
        found = client.get("/api/search/", {"q": query})
        assert found.status_code == 200
        for hit in found.json()["results"]:
            assert SECRET not in hit["title"] + hit["snippet"] and hit["url"] != pages["draft"].url, query
        html = client.get("/sok/", {"q": query}).content.decode()  # the page repeats the query itself
        for text in [f"{SECRET} om", f"{SECRET} ny tittel", "tekst i revisjonen", pages["draft"].url]:
            assert text not in html, (query, text)


def test_an_anonymous_visitor_sees_no_draft_revision_preview_or_workflow(client, unpublished):
    # The published version is found, so the search below can find things.
    assert client.get("/api/search/", {"q": "søvn mestring"}).json()["count"] == 1
    assert client.get("/api/search/", {"q": SECRET}).json()["count"] == 0
    assert_nothing_unpublished_shows(client, unpublished)


def test_after_logging_out_nothing_unpublished_shows(client, unpublished, django_user_model):
    django_user_model.objects.create_superuser("redaktor", password="riktig-passord")
    assert client.post("/admin/login/", {"username": "redaktor", "password": "riktig-passord"}).status_code == 302
    # Logged in, the editor sees the draft and every admin page checked below: they are the real ones.
    assert SECRET in client.get(f"/admin/pages/{unpublished['live'].pk}/view_draft/").content.decode()
    for url in admin_urls(unpublished):
        assert client.get(url).status_code == 200, url

    assert client.post("/admin/logout/").status_code == 302

    assert_nothing_unpublished_shows(client, unpublished)


def test_no_page_api_is_mounted(client, unpublished):
    """There is no Wagtail API: /api/ has the search only, which answers from the public corpus."""
    for url in ["/api/v2/pages/", f"/api/v2/pages/{unpublished['draft'].pk}/", "/api/pages/"]:
        assert client.get(url).status_code == 404, url


@pytest.mark.parametrize("restriction_type", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_search_finds_no_page_behind_a_password_or_a_login(client, home, restriction_type):
    ArticlePageFactory(title="Åpen side om kolsskolen", slug="apen-kolsskolen")
    private = ArticlePageFactory(title="Hemmeligkurs i kolsskolen", slug="hemmelig-kolsskolen")
    PageViewRestriction.objects.create(page=private, restriction_type=restriction_type, password="kode")
    corpus.rebuild()

    results = client.get("/api/search/", {"q": "kolsskolen"}).json()["results"]
    html = client.get("/sok/", {"q": "kolsskolen"}).content.decode()

    assert [hit["slug"] for hit in results] == ["apen-kolsskolen"]
    assert "Åpen side om kolsskolen" in html
    assert "Hemmeligkurs" not in html and private.url not in html
