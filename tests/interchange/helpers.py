"""Helpers for the import/export tests: sample lines, small real documents, a snapshot of the
site's content to compare before and after, and review in the admin (also used by tests/scheduling)."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from wagtail.models import (
    GroupApprovalTask,
    Page,
    PageLogEntry,
    Revision,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from articles.models import ArticlePage
from centres.models import CentrePage
from core.models import CustomDocument, Person, Topic
from editorial import roles
from interchange.html import body_to_html
from offers.models import OfferPage
from toolkit.models import ToolkitResourcePage

CONTENT_MODELS = {"article": ArticlePage, "centre": CentrePage, "offer": OfferPage, "toolkit": ToolkitResourcePage}


def centre_line(**fields):
    return {"type": "centre", "slug": "lms-oslo", "title": "LMS Oslo", "kind": "lms", "level": "spesialist", **fields}


def offer_line(**fields):
    return {"type": "offer", "slug": "kurs-diabetes", "title": "Kurs om diabetes", "centre": "lms-oslo", **fields}


def article_line(**fields):
    return {"type": "article", "slug": "om-mestring", "title": "Om mestring", "published_at": "2026-03-14", **fields}


def toolkit_line(**fields):
    return {
        "type": "toolkit",
        "slug": "evalueringsskjema",
        "title": "Evalueringsskjema",
        "resource_type": "mal",
        **fields,
    }


def run_command(name, path):
    """Run a management command; return what it wrote to stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    call_command(name, str(path), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def command_errors(name, path, message):
    """Run a command that must fail with `message`; return what it told the operator on stderr."""
    err = io.StringIO()
    with pytest.raises(CommandError, match=message):
        call_command(name, str(path), stdout=io.StringIO(), stderr=err)
    return err.getvalue()


def import_errors(path):
    return command_errors("import_content", path, "Ingenting ble importert")


# Review in the admin, as the workflow's reviewers do it.


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def publishes(page):
    return PageLogEntry.objects.filter(page=page, action__startswith="wagtail.publish").exclude(
        action="wagtail.publish.schedule"
    )


def ensure_workflow(home):
    """The workflow pages go into: the site's own (editorial migration) if it has one, else a
    one-step review by the editors."""
    existing = home.get_workflow()
    if existing is not None:
        return existing
    group, _ = Group.objects.get_or_create(name=roles.EDITORS)
    task = GroupApprovalTask.objects.create(name="Redaktørgodkjenning")
    task.groups.add(group)
    workflow = Workflow.objects.create(name="Redaksjonell godkjenning")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    return workflow


def reviewer_for(task_state):
    """A staff member in the groups the current task asks to review."""
    task = task_state.task.specific
    User = get_user_model()
    user = User.objects.create_user(f"reviewer-{task.pk}-{User.objects.count()}", password="x", is_staff=True)
    user.groups.set(task.groups.all())
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    return user


def act(client, page, action, **data):
    """The current task's reviewer clicks `action` in the admin; returns the response."""
    task_state = fresh(page).current_workflow_state.current_task_state
    client.force_login(reviewer_for(task_state))
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        {"comment": "", **data},
    )


def approve_through(client, page):
    """Approve every step until the workflow is done."""
    while (state := fresh(page).current_workflow_state) and state.status == WorkflowState.STATUS_IN_PROGRESS:
        assert act(client, page, "approve").status_code == 302


def make_pdf(text):
    """A one-page PDF (fpdf2, core Helvetica) whose text pypdf extracts exactly, æ, ø and å included.

    The creation date is fixed, so the same text always gives the same file (documents are matched
    by hash).
    """
    from datetime import UTC, datetime

    from fpdf import FPDF

    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"  # under the core fonts' WinAnsiEncoding
    pdf.set_creation_date(datetime(2026, 1, 1, tzinfo=UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 6, text, align="L")
    return bytes(pdf.output())


def make_docx(path, text):
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    document.save(path)
    return path


def stored_document_files():
    folder = Path(settings.MEDIA_ROOT) / "documents"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def counts():
    """What an operator would count to see whether an import wrote anything."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "documents": CustomDocument.objects.count(),
        "topics": Topic.objects.count(),
        "persons": Person.objects.count(),
        "files": len(stored_document_files()),
    }


def site_snapshot(body_as_html=False):
    """Every content page as plain values, sorted by (type, language, slug).

    The body is compared block by block, or, for a round trip through the format (which keeps
    only HTML), as the HTML it exports to.
    """
    pages = []
    for name, model in CONTENT_MODELS.items():
        for live_page in model.objects.all():
            page = live_page if live_page.live else live_page.get_latest_revision_as_object()
            entry = {
                "type": name,
                "slug": page.slug,
                "locale": page.locale.language_code,
                "live": live_page.live,
                "title": page.title,
                "intro": page.intro,
                "seo_title": page.seo_title,
                "search_description": page.search_description,
                "body": body_to_html(page.body)
                if body_as_html
                else [(b.block_type, _block_value(b.value)) for b in page.body],
                "parent": page.get_parent().slug,
                "translation_of": _source_slug(live_page),
            }
            entry.update(_type_fields(name, page))
            pages.append(entry)
    return sorted(pages, key=lambda entry: (entry["type"], entry["locale"], entry["slug"]))


def _block_value(value):
    return getattr(value, "source", value)


def _source_slug(page):
    if page.locale.language_code == "nb":
        return None
    source = page.get_translations().filter(locale__language_code="nb").first()
    return source.slug if source else None


def _type_fields(name, page):
    if name == "article":
        return {
            "published_at": page.published_at,
            "updated_at": page.updated_at,
            "last_reviewed_at": page.last_reviewed_at,
            "authors": [link.person.name for link in page.authors.all()],
            "topics": [link.topic.name for link in page.topic_links.all()],
        }
    if name == "centre":
        fields = [
            "kind", "level", "region", "county", "municipality", "parent_organisation",
            "address", "email", "phone", "website", "verified_on",
        ]  # fmt: skip
        values = {field: getattr(page, field) for field in fields}
        values["opening_hours"] = [(h.weekday, h.opens, h.closes, h.note) for h in page.opening_hours.all()]
        values["contact_persons"] = [(c.name, c.role, c.phone, c.email) for c in page.contact_persons.all()]
        return values
    if name == "offer":
        fields = [
            "target_groups", "format", "referral_required", "cost", "signup_url",
            "signup_text", "co_developed", "co_development_note",
        ]  # fmt: skip
        values = {field: getattr(page, field) for field in fields}
        values["topics"] = [link.topic.name for link in page.topic_links.all()]
        values["sessions"] = [(s.start, s.end, s.place, s.capacity, s.signup_deadline) for s in page.sessions.all()]
        return values
    return {
        "resource_type": page.resource_type,
        "phases": page.phases,
        "audiences": page.audiences,
        "last_reviewed_at": page.last_reviewed_at,
        "documents": [(link.display_title, link.document.extracted_text) for link in page.documents.all()],
    }
