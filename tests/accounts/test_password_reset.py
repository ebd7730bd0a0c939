"""Wagtail's password reset sends at most a few e-mails per address typed and per client address."""

import importlib
from datetime import timedelta
from types import SimpleNamespace

import pytest
import time_machine
from django.core import mail
from django.core.cache import caches
from django.db import connection
from django.test import override_settings
from django.utils import timezone

from mestring import env

from .conftest import make_staff

pytestmark = pytest.mark.django_db

LIMITED = "Du har bedt om å nullstille passordet for mange ganger. Ingen ny e-post er sendt."


def _reset(client, email, address="10.0.0.1"):
    return client.post("/admin/password_reset/", {"email": email}, REMOTE_ADDR=address)


def test_twenty_requests_for_one_address_send_three_emails(client, staff):
    responses = [_reset(client, "kari@example.no", address=f"192.0.2.{n}") for n in range(20)]

    assert [r.status_code for r in responses[:3]] == [302] * 3
    assert {r.status_code for r in responses[3:]} == {429}
    assert len(mail.outbox) == 3
    assert all(message.to == ["kari@example.no"] for message in mail.outbox)
    assert LIMITED in responses[-1].content.decode()


def test_the_address_typed_counts_whatever_its_case(client, staff):
    for email in ("kari@example.no", "KARI@example.no", " Kari@Example.no"):
        _reset(client, email)

    assert _reset(client, "kari@EXAMPLE.no").status_code == 429
    assert len(mail.outbox) == 3


def test_one_client_address_gets_ten_requests_an_hour(client):
    for number in range(11):
        make_staff(f"ansatt{number}")
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        statuses = [_reset(client, f"ansatt{n}@example.no").status_code for n in range(11)]
        assert statuses == [302] * 10 + [429]
        assert len(mail.outbox) == 10
        assert "ansatt10@example.no" not in [message.to[0] for message in mail.outbox]

        traveller.shift(timedelta(hours=1, minutes=1))
        assert _reset(client, "ansatt10@example.no").status_code == 302
    assert mail.outbox[-1].to == ["ansatt10@example.no"]


def test_with_the_production_cache_the_limit_holds(client, staff, monkeypatch):
    """Production counts in the database cache, whose table accounts' migration makes."""
    monkeypatch.setattr(env, "SECRET_KEY", "production-like-test-key")
    production = importlib.import_module("mestring.settings.production")
    with override_settings(CACHES=production.CACHES):
        # The migration's own step (migrate itself cannot run inside the test's transaction on SQLite).
        migration = importlib.import_module("accounts.migrations.0002_cache_table")
        migration.create_cache_table(None, SimpleNamespace(connection=connection))
        assert "django_cache" in connection.introspection.table_names()
        try:
            statuses = [_reset(client, "kari@example.no").status_code for _ in range(5)]
        finally:
            caches["default"].clear()
    assert statuses == [302, 302, 302, 429, 429]
    assert len(mail.outbox) == 3
