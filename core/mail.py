"""E-mail leaves the request through the task queue (docs/mail.md).

`TaskEmailBackend` is the EMAIL_BACKEND: it turns each message into plain data and enqueues
`deliver_email`, which sends it with the backend named by MAIL_DELIVERY_BACKEND (SMTP in
production). A mail server that is slow or never answers holds the worker for at most
EMAIL_TIMEOUT, never the editor's or the visitor's request, and a failed delivery is logged.
"""

import base64
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django_tasks import task

logger = logging.getLogger("mestring.mail")


def message_to_data(message):
    """The parts of an EmailMessage as JSON-compatible data a task can carry."""
    attachments = []
    for attachment in message.attachments:
        if not isinstance(attachment, tuple):
            raise ValueError("Only file attachments (name, content, type) can be queued, not MIME parts.")
        filename, content, mimetype = attachment
        raw = content.encode() if isinstance(content, str) else bytes(content)
        attachments.append([filename, base64.b64encode(raw).decode("ascii"), mimetype])
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {str(key): str(value) for key, value in message.extra_headers.items()},
        "alternatives": [[str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])],
        "attachments": attachments,
        "content_subtype": message.content_subtype,
    }


def message_from_data(data):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    message.content_subtype = data["content_subtype"]
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, base64.b64decode(content), mimetype)
    return message


@task()
def deliver_email(data: dict):
    """Send one queued message with the real backend; log and re-raise when the server fails.

    Re-raising marks the task failed in the queue (django_tasks_db keeps it with its traceback).
    """
    message = message_from_data(data)
    recipients = ", ".join(message.recipients())
    try:
        get_connection(settings.MAIL_DELIVERY_BACKEND, fail_silently=False).send_messages([message])
    except (OSError, TimeoutError) as error:
        # smtplib's errors are OSErrors, and so are a refused connection and a socket timeout.
        logger.error(
            "E-mail %r to %s was not delivered: %s: %s", message.subject, recipients, type(error).__name__, error
        )
        raise
    logger.info("E-mail %r delivered to %s", message.subject, recipients)


class TaskEmailBackend(BaseEmailBackend):
    """Queues each message for `deliver_email` instead of talking to a mail server."""

    def send_messages(self, email_messages):
        queued = 0
        for message in email_messages:
            if not message.recipients():
                continue
            try:
                deliver_email.enqueue(message_to_data(message))
            except Exception:
                # The queue itself failed (e.g. its table is missing); Django's own callers expect
                # fail_silently to swallow that, and the failure must still be seen.
                logger.exception("E-mail %r could not be queued", message.subject)
                if not self.fail_silently:
                    raise
                continue
            queued += 1
        return queued
