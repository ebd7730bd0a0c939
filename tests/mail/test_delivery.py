"""A mail server that is slow, silent or gone never holds a request: the message waits in the task
queue, the worker gives up after EMAIL_TIMEOUT and logs it."""

import logging
import socket
import time

import pytest
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django_tasks import TaskResultStatus

from tests.factories import ArticlePageFactory
from tests.helpers import article_form_data
from tests.mail.helpers import body, make_user

pytestmark = pytest.mark.django_db

# Anything slower than this is a request waiting for a mail server (it waited 39 s before).
QUICK = 1.5


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user(username="kari", email="kari@example.no", password="x" * 12)


def _request_password_reset(client, email):
    started = time.monotonic()
    response = client.post("/admin/password_reset/", {"email": email})
    return response, time.monotonic() - started


def test_a_password_reset_arrives_in_norwegian_from_the_sender_with_a_link_from_the_base_url(
    client, inbox, staff, settings
):
    response, _ = _request_password_reset(client, staff.email)
    assert response.status_code == 302

    (message,) = inbox.to(staff.email)
    assert message["From"] == settings.DEFAULT_FROM_EMAIL
    assert message["Subject"] == "Passordnullstilling"
    text = body(message)
    assert "Vennligst følg lenken under for å nullstille ditt passord:" in text
    assert "http://127.0.0.1:8000/admin/password_reset/confirm/" in text
    assert "Please follow" not in text


def test_a_silent_mail_server_does_not_hold_a_password_reset(
    client, silent_smtp_server, staff, settings, caplog, monkeypatch
):
    settings.TASKS = settings.DATABASE_TASKS
    from django_tasks_db.models import DBTaskResult

    response, elapsed = _request_password_reset(client, staff.email)
    assert response.status_code == 302
    assert elapsed < QUICK
    queued = DBTaskResult.objects.get(task_path="core.mail.deliver_email")
    assert queued.status == TaskResultStatus.READY

    elapsed = _run_worker(monkeypatch)
    # The worker waited for the greeting as long as EMAIL_TIMEOUT allows, then gave up and said so.
    assert settings.EMAIL_TIMEOUT - 0.5 < elapsed < settings.EMAIL_TIMEOUT + 5
    queued.refresh_from_db()
    assert queued.status == TaskResultStatus.FAILED
    (record,) = [r for r in caplog.records if r.name == "mestring.mail" and r.levelno == logging.ERROR]
    assert "was not delivered" in record.getMessage()
    assert staff.email in record.getMessage()
    assert "timed out" in record.getMessage()


def test_a_silent_mail_server_does_not_hold_an_editor_submitting_for_review(
    client, silent_smtp_server, review, settings, monkeypatch
):
    settings.TASKS = settings.DATABASE_TASKS
    from django_tasks_db.models import DBTaskResult

    author = make_user("forfatter", review["writers"])
    make_user("redaktor", review["editors"])
    page = ArticlePageFactory(title="Likepersoner i praksis", owner=author)
    page.unpublish()
    client.force_login(author)
    data = {**article_form_data(page, intro="Klar"), "action-submit": "submit"}
    started = time.monotonic()
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    elapsed = time.monotonic() - started

    assert response.status_code == 302
    assert elapsed < settings.EMAIL_TIMEOUT
    page.refresh_from_db()
    assert page.current_workflow_state.status == "in_progress"
    assert DBTaskResult.objects.filter(task_path="core.mail.deliver_email", status=TaskResultStatus.READY).count() == 1

    _run_worker(monkeypatch)
    assert DBTaskResult.objects.get(task_path="core.mail.deliver_email").status == TaskResultStatus.FAILED


def test_a_mail_server_that_is_down_fails_the_delivery_not_the_request(client, inbox, staff, settings, caplog):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        settings.EMAIL_PORT = probe.getsockname()[1]  # closed again before anyone connects
    response, _ = _request_password_reset(client, staff.email)
    assert response.status_code == 302
    assert response["Location"].endswith("/admin/password_reset/done/")
    messages = [r.getMessage() for r in caplog.records if r.name == "mestring.mail"]
    assert any("was not delivered" in m and "ConnectionRefusedError" in m for m in messages), messages


def test_a_queued_message_keeps_its_html_attachment_and_headers(inbox):
    message = EmailMultiAlternatives(
        "Brosjyrebestilling æøå",
        "Takk for bestillingen.",
        to=["kari@example.no"],
        cc=["leder@example.no"],
        reply_to=["post@example.no"],
        headers={"X-Mestring": "bestilling"},
    )
    message.attach_alternative("<p>Takk for <b>bestillingen</b>.</p>", "text/html")
    message.attach("liste.txt", "Brosjyre: Å leve med kols\n", "text/plain")
    assert message.send() == 1

    (received,) = inbox.to("kari@example.no")
    assert inbox.to("leder@example.no") == [received]
    assert received["Subject"] == "Brosjyrebestilling æøå"
    assert received["Reply-To"] == "post@example.no"
    assert received["X-Mestring"] == "bestilling"
    assert body(received) == "Takk for bestillingen."
    assert "<b>bestillingen</b>" in received.get_body(preferencelist=("html",)).get_content()
    (attachment,) = received.iter_attachments()
    assert attachment.get_filename() == "liste.txt"
    assert attachment.get_content().replace("\r\n", "\n") == "Brosjyre: Å leve med kols\n"


def _run_worker(monkeypatch):
    # As in tests/search/test_task_queue.py: the worker would drop the test's own connection.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    started = time.monotonic()
    call_command("db_worker", batch=True, verbosity=0)
    return time.monotonic() - started
