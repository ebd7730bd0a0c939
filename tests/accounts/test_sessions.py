"""A staff session ends after a working day, "Husk meg" or not."""

from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.utils import timezone

from .conftest import is_logged_in, log_in

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("remember", [True, False], ids=["husk meg", "uten husk meg"])
def test_a_session_is_alive_during_the_working_day_and_gone_after_it(client, staff, remember):
    assert settings.SESSION_COOKIE_AGE == 10 * 60 * 60
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        response = log_in(client, "kari", **({"remember": "on"} if remember else {}))
        assert response.status_code == 302
        cookie = response.cookies[settings.SESSION_COOKIE_NAME]
        # Remembered: the browser keeps the cookie for the same working day; otherwise until it closes.
        assert cookie["max-age"] == (settings.SESSION_COOKIE_AGE if remember else "")

        traveller.shift(timedelta(hours=9, minutes=50))
        assert is_logged_in(client)

        traveller.shift(timedelta(minutes=11))
        response = client.get("/admin/")
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
