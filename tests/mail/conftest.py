"""A real SMTP server on loopback (aiosmtpd in a thread), a silent one, and a review workflow.

Mail in these tests takes the production path: EMAIL_BACKEND queues it (core.mail), the task
delivers it over SMTP to the server here, and the tests read what the server received.
"""

import email
import socket
import threading
from email import policy

import pytest
from aiosmtpd.controller import Controller
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupApprovalTask, GroupPagePermission, Workflow, WorkflowPage, WorkflowTask

from editorial import roles


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """What the SMTP server received: (envelope sender, envelope recipients, parsed message)."""

    def __init__(self):
        self.received = []
        self._lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=policy.default)
        with self._lock:
            self.received.append((envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 OK"

    def clear(self):
        with self._lock:
            self.received.clear()

    def to(self, address):
        return [message for _, recipients, message in self.received if address in recipients]


@pytest.fixture(scope="session")
def smtp_server():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    yield controller, inbox
    controller.stop()


@pytest.fixture
def inbox(smtp_server, settings):
    """An empty inbox, with the site's mail going through the task queue to the real SMTP server."""
    controller, inbox = smtp_server
    inbox.clear()
    _deliver_to(settings, controller.port)
    return inbox


@pytest.fixture
def silent_smtp_server(settings):
    """A server that accepts the connection (the kernel does, from the backlog) and never says a word."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        _deliver_to(settings, listener.getsockname()[1])
        settings.EMAIL_TIMEOUT = 2
        yield listener


def _deliver_to(settings, port):
    # setup_test_environment() puts the in-memory backend in EMAIL_BACKEND; put production's back.
    settings.EMAIL_BACKEND = "core.mail.TaskEmailBackend"
    settings.MAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""


@pytest.fixture
def review(home):
    """Writers (Kommunikasjon) submit under the home page; editors (Redaktør) review.

    The groups may come from editorial's data migration; the workflow is the test's own, on the home
    page, so the test knows its reviewers whatever the migration assigns further up.
    """
    editors, _ = Group.objects.get_or_create(name=roles.EDITORS)
    writers, _ = Group.objects.get_or_create(name=roles.COMMUNICATIONS)
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    for group, codenames in (
        (writers, ["add_page", "change_page"]),
        (editors, ["add_page", "change_page", "publish_page"]),
    ):
        group.permissions.add(access_admin)
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=home,
                permission=Permission.objects.get(codename=codename, content_type__app_label="wagtailcore"),
            )
    task = GroupApprovalTask.objects.create(name="Fagredaksjonen")
    task.groups.set([editors])
    workflow = Workflow.objects.create(name="Redaksjonell godkjenning (test)")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    return {"editors": editors, "writers": writers, "workflow": workflow, "task": task}
