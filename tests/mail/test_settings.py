"""Production sends through the queue to the SMTP server the environment names."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOW = (
    "import mestring.settings.production as s; "
    "print(s.EMAIL_BACKEND, s.MAIL_DELIVERY_BACKEND, s.TASKS['default']['BACKEND']); "
    "print(s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_USE_TLS, s.EMAIL_TIMEOUT); "
    "print(s.DEFAULT_FROM_EMAIL); print(s.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL); print(s.SERVER_EMAIL)"
)


def _production(**env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("EMAIL_", "DEFAULT_FROM", "SERVER_EMAIL"))}
    environment.update(SECRET_KEY="x" * 50, **env)
    return subprocess.run([sys.executable, "-c", SHOW], cwd=ROOT, env=environment, capture_output=True, text=True)


def test_production_queues_mail_for_the_worker_and_delivers_it_over_smtp_as_configured():
    result = _production(
        EMAIL_HOST="smtp.helse.example",
        EMAIL_PORT="587",
        EMAIL_USE_TLS="true",
        DEFAULT_FROM_EMAIL="NK LMH <post@lms.example>",
    )
    assert result.returncode == 0, result.stderr
    backends, server, sender, notifier, errors = result.stdout.splitlines()
    assert backends.split() == [
        "core.mail.TaskEmailBackend",
        "django.core.mail.backends.smtp.EmailBackend",
        "django_tasks_db.DatabaseBackend",
    ]
    assert server.split() == ["smtp.helse.example", "587", "True", "10"]
    assert sender == notifier == errors == "NK LMH <post@lms.example>"


def test_the_default_sender_is_the_service_not_webmaster_at_localhost():
    result = _production()
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[2] == "NK LMH <ikke-svar@mestring.no>"


def test_a_port_that_is_not_a_number_stops_start_up():
    result = _production(EMAIL_PORT="smtp")
    assert result.returncode != 0
    assert 'EMAIL_PORT must be a whole number, not "smtp".' in result.stderr
