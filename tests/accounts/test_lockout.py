"""The admin login locks a username after repeated failures, and an address after many more."""

from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.utils import timezone

from .conftest import PASSWORD, is_logged_in, log_in, make_staff

pytestmark = pytest.mark.django_db

LOCKED = "For mange mislykkede innlogginger."


def _fail(client, username, times, address="10.0.0.1"):
    return [log_in(client, username, "feil-passord", address=address).status_code for _ in range(times)]


def test_the_production_login_path_is_in_place():
    # The test settings run the same backends and middleware as production.
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert settings.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
    assert "django_otp.middleware.OTPMiddleware" in settings.MIDDLEWARE


def test_fifty_wrong_passwords_then_the_right_one_is_refused(client, staff):
    statuses = _fail(client, "kari", 50)
    assert statuses[:4] == [200] * 4  # the login form again, with Wagtail's error
    assert set(statuses[4:]) == {429}

    response = log_in(client, "kari", PASSWORD)

    assert response.status_code == 429
    text = response.content.decode()
    assert LOCKED in text
    assert "Prøv igjen etter klokken" in text
    assert "en administrator låse opp" in text
    assert 'class="login-form"' in text  # the login page's own look, not a bare text page
    assert not is_logged_in(client)


def test_the_lock_ends_after_the_cool_off(client, staff):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        _fail(client, "kari", 5)
        traveller.shift(timedelta(minutes=14))
        assert log_in(client, "kari").status_code == 429
        # That refused attempt started the 15 minutes again.
        traveller.shift(timedelta(minutes=16))
        assert log_in(client, "kari").status_code == 302
    assert is_logged_in(client)


def test_guessing_one_username_from_many_addresses_locks_it(client, staff):
    for number in range(5):
        log_in(client, "kari", "feil-passord", address=f"192.0.2.{number}")

    assert log_in(client, "kari", address="198.51.100.7").status_code == 429


def test_one_address_trying_many_usernames_is_locked(client, staff):
    make_staff("ola")
    for number in range(20):
        log_in(client, f"bruker{number}", "sommer2025", address="203.0.113.9")

    # The right password for another account, from the same address: refused.
    assert log_in(client, "ola", address="203.0.113.9").status_code == 429
    # Colleagues elsewhere are not affected.
    assert log_in(client, "ola", address="10.0.0.2").status_code == 302


def test_a_few_typos_behind_a_shared_address_lock_no_colleague(client, staff):
    make_staff("ola")
    for name in ("per", "pål", "espen"):
        _fail(client, name, 4, address="10.0.0.1")

    assert log_in(client, "ola", address="10.0.0.1").status_code == 302


def test_an_administrator_sees_and_unlocks_a_username(client, staff, admin_user):
    _fail(client, "kari", 5)
    admin = client.__class__()
    admin.force_login(admin_user)

    listing = admin.get("/admin/laste-kontoer/")
    assert listing.status_code == 200
    assert "<strong>kari</strong>" in listing.content.decode()
    assert "Lås opp" in listing.content.decode()

    response = admin.post("/admin/laste-kontoer/las-opp/", {"kind": "username", "value": "kari"})
    assert response.status_code == 302
    assert "<strong>kari</strong>" not in admin.get("/admin/laste-kontoer/").content.decode()

    assert log_in(client, "kari").status_code == 302
    assert is_logged_in(client)


def test_an_administrator_unlocks_an_address(client, staff, admin_user):
    for number in range(20):
        log_in(client, f"bruker{number}", "sommer2025", address="203.0.113.9")
    admin = client.__class__()
    admin.force_login(admin_user)
    assert "<strong>203.0.113.9</strong>" in admin.get("/admin/laste-kontoer/").content.decode()

    admin.post("/admin/laste-kontoer/las-opp/", {"kind": "ip_address", "value": "203.0.113.9"})

    assert log_in(client, "kari", address="203.0.113.9").status_code == 302


def test_the_unlock_page_is_in_the_settings_menu_of_administrators_only(client, staff, admin_user):
    client.force_login(admin_user)
    assert "/admin/laste-kontoer/" in client.get("/admin/").content.decode()
    client.force_login(staff)
    assert "/admin/laste-kontoer/" not in client.get("/admin/").content.decode()


def test_staff_who_are_not_administrators_cannot_unlock(client, staff):
    make_staff("ola")
    _fail(client, "ola", 5)
    client.force_login(staff)

    # Wagtail turns the refusal into a redirect to the dashboard with its "no permission" message.
    listing = client.get("/admin/laste-kontoer/")
    assert listing.status_code == 302
    assert listing["Location"] == "/admin/"
    response = client.post("/admin/laste-kontoer/las-opp/", {"kind": "username", "value": "ola"})

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    other = client.__class__()
    assert log_in(other, "ola").status_code == 429


def test_unlocking_needs_a_post_with_the_csrf_token(staff, admin_user):
    from django.test import Client

    admin = Client(enforce_csrf_checks=True)
    admin.force_login(admin_user)
    _fail(Client(), "kari", 5)

    assert admin.get("/admin/laste-kontoer/las-opp/").status_code == 405
    assert admin.post("/admin/laste-kontoer/las-opp/", {"kind": "username", "value": "kari"}).status_code == 403
    assert log_in(Client(), "kari").status_code == 429
