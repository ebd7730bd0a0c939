"""The admin login lockout (django-axes): what counts as locked, what the locked-out user sees.

Two things are locked, each on its own count of failed logins within the cool-off
(settings.AXES_COOLOFF_TIME):

- a **username**, after AXES_FAILURE_LIMIT failures from any number of addresses, so guessing one
  account's password from many machines fails too;
- an **address**, after ACCOUNTS_ADDRESS_FAILURE_LIMIT failures for any usernames, so one machine
  cannot try a common password on every account. This limit is higher because the staff of a
  hospital share one outgoing address: a few colleagues' typos must not lock them all out.

Axes compares one number with one limit, so the handler scales the address count to the username
limit. Two-factor codes count as failed logins too (accounts.two_factor).
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import get_user_login_form, password_reset_enabled

USERNAME = "username"
ADDRESS = "ip_address"


def _limits():
    return {USERNAME: settings.AXES_FAILURE_LIMIT, ADDRESS: settings.ACCOUNTS_ADDRESS_FAILURE_LIMIT}


def _failures(attempts, field, value):
    if not value:
        return 0
    return attempts.filter(**{field: value}).aggregate(total=Sum("failures_since_start"))["total"] or 0


class LockoutHandler(AxesDatabaseHandler):
    """Axes' database handler with a separate limit for usernames and for addresses."""

    def get_failures(self, request, credentials=None):
        recent = AccessAttempt.objects.filter(attempt_time__gte=get_cool_off_threshold(request))
        limits = _limits()
        by_username = _failures(recent, USERNAME, get_client_username(request, credentials))
        by_address = _failures(recent, ADDRESS, getattr(request, "axes_ip_address", None))
        # In units of the username limit: locked when either count reaches its own limit.
        return max(by_username, by_address * limits[USERNAME] // limits[ADDRESS])


def locked_clients():
    """The usernames and addresses locked now: kind, value, failures and when the lock ends."""
    cool_off = get_cool_off()
    recent = AccessAttempt.objects.filter(attempt_time__gte=timezone.now() - cool_off)
    locked = []
    for field, limit in _limits().items():
        rows = (
            recent.exclude(**{f"{field}__isnull": True})
            .values(field)
            .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
            .filter(failures__gte=limit)
            .order_by(field)
        )
        locked += [
            {"kind": field, "value": row[field], "failures": row["failures"], "until": row["last"] + cool_off}
            for row in rows
            if row[field]
        ]
    return locked


def lockout_response(request, original_response=None, credentials=None):
    """The Wagtail login page with the reason and when to try again, as 429 Too Many Requests."""
    username = get_client_username(request, credentials) or ""
    # A failure during the lock starts the cool-off again (AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT).
    until = timezone.localtime(timezone.now() + get_cool_off(request))
    context = {
        "form": get_user_login_form()(request, initial={"username": username}),
        "show_password_reset": password_reset_enabled(),
        "username_field": _("Brukernavn"),
        "locked_until": until,
        "cool_off_minutes": int(get_cool_off(request).total_seconds() // 60),
    }
    return render(request, "accounts/locked_out.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
