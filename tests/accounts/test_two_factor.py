"""Two-factor login: set up with a confirmed code, asked for after the password, required for editors."""

from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import TwoFactorSettings

from .conftest import PASSWORD, is_logged_in, log_in

pytestmark = pytest.mark.django_db

SETUP = "/admin/tofaktor/"
VERIFY = "/admin/tofaktor/kode/"


def _code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):0{device.digits}d}"


@pytest.fixture
def frozen():
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        yield traveller


@pytest.fixture
def with_device(staff):
    return TOTPDevice.objects.create(user=staff, name="Kodeapp", confirmed=True)


def test_account_settings_link_to_the_setup(client, staff):
    client.force_login(staff)
    assert SETUP in client.get("/admin/account/").content.decode()


def test_setup_shows_a_qr_code_and_keeps_the_device_only_after_a_right_code(client, staff, frozen):
    client.force_login(staff)
    page = client.get(SETUP)
    text = page.content.decode()
    device = TOTPDevice.objects.get(user=staff)
    assert "<svg" in text
    assert "two-factor-secret" in text
    assert not device.confirmed

    wrong = client.post(SETUP, {"code": "000000" if _code(device) != "000000" else "111111"})
    assert wrong.status_code == 200
    assert "Koden stemmer ikke" in wrong.content.decode()
    device.refresh_from_db()
    assert not device.confirmed

    frozen.shift(timedelta(seconds=30))  # past django-otp's pause after a wrong code
    right = client.post(SETUP, {"code": _code(device)})
    assert right.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert "two-factor-enabled" in client.get(SETUP).content.decode()


def test_after_the_password_the_admin_asks_for_a_code(client, with_device, frozen):
    assert log_in(client, "kari").status_code == 302

    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)
    assert "Skriv inn koden" in client.get(response["Location"]).content.decode()

    right = client.post(VERIFY, {"code": _code(with_device), "next": "/admin/pages/"})
    assert right.status_code == 302
    assert right["Location"] == "/admin/pages/"
    assert is_logged_in(client)


def test_a_wrong_code_is_refused(client, with_device, frozen):
    log_in(client, "kari")
    wrong = client.post(VERIFY, {"code": "12345"})

    assert wrong.status_code == 200
    assert "Koden stemmer ikke" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302


def test_wrong_codes_lead_to_the_lockout(client, with_device, frozen):
    log_in(client, "kari")
    statuses = []
    for _ in range(5):
        frozen.shift(timedelta(minutes=1))
        statuses.append(client.post(VERIFY, {"code": "12345"}).status_code)

    assert statuses == [200] * 4 + [429]
    # Logged out, and the password no longer works either.
    assert client.get("/admin/").status_code == 302
    assert log_in(client, "kari").status_code == 429


def test_editors_must_set_it_up_when_the_setting_requires_it(client, editor, staff):
    TwoFactorSettings.objects.create(require_for_editors=True)
    client.force_login(editor)

    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(SETUP)
    assert "Redaktører må bruke tofaktor-innlogging" in client.get(SETUP).content.decode()

    client.force_login(staff)  # not an editor: the admin opens as before
    assert client.get("/admin/pages/").status_code == 200


def test_editors_need_nothing_while_the_setting_is_off(client, editor):
    client.force_login(editor)
    assert client.get("/admin/pages/").status_code == 200


def test_the_setting_is_in_the_settings_menu_for_administrators(client, admin_user):
    client.force_login(admin_user)
    assert "/admin/settings/accounts/twofactorsettings/" in client.get("/admin/").content.decode()
    response = client.get("/admin/settings/accounts/twofactorsettings/", follow=True)
    assert response.status_code == 200
    assert "Krev tofaktor for redaktører" in response.content.decode()


def test_an_administrator_removes_a_lost_device(client, with_device):
    call_command("remove_two_factor", "kari")

    assert not TOTPDevice.objects.filter(user=with_device.user).exists()
    log_in(client, "kari", PASSWORD)
    assert is_logged_in(client)
