"""Two-factor login for staff (django-otp, time-based codes from an authenticator app).

A staff member turns it on at /admin/tofaktor/: the page shows a QR code and the secret, and the
device is kept only once a code from it is accepted. After the password, a user with a device must
give a code before anything else in the admin (accounts.middleware). Wrong codes count as failed
logins, so they lead to the same lockout as wrong passwords (accounts.lockout).
"""

from base64 import b32encode

import qrcode
import qrcode.image.svg
from axes.handlers.proxy import AxesProxyHandler
from django import forms
from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from editorial import roles

from . import lockout
from .models import TwoFactorSettings

SETUP_DEVICE_NAME = "Kodeapp"


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Kode fra appen"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )


def is_required(request):
    """Whether this user must have two-factor login: the setting is on and they are an editor."""
    user = request.user
    return (
        TwoFactorSettings.load(request_or_site=request).require_for_editors
        and user.groups.filter(name=roles.EDITORS).exists()
    )


def has_device(user):
    return user_has_device(user, confirmed=True)


def _qr_svg(device):
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return image.to_string(encoding="unicode")


def _credentials(user):
    return {settings.AXES_USERNAME_FORM_FIELD: user.get_username()}


def _next_url(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(url, request.get_host(), request.is_secure()):
        return url
    return reverse("wagtailadmin_home")


def setup(request):
    """Show a new secret as a QR code; save the device once a code from it is accepted."""
    user = request.user
    if has_device(user):
        return TemplateResponse(request, "accounts/two_factor_setup.html", {"enabled": True, **_page()})
    # One unconfirmed device per user, so reloading the page keeps the secret already scanned.
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first() or TOTPDevice.objects.create(
        user=user, name=SETUP_DEVICE_NAME, confirmed=False
    )
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("code", _("Koden stemmer ikke. Sjekk at klokken på telefonen går riktig, og prøv igjen."))
    context = {
        "form": form,
        "qr_svg": _qr_svg(device),
        "secret": b32encode(device.bin_key).decode(),
        "required": is_required(request),
        **_page(),
    }
    return TemplateResponse(request, "accounts/two_factor_setup.html", context)


def _page():
    return {"page_title": _("Tofaktor-innlogging"), "header_icon": "key"}


def verify(request):
    """Ask for a code after the password; wrong codes are failed logins for the lockout."""
    user = request.user
    credentials = _credentials(user)
    if AxesProxyHandler.is_locked(request, credentials):
        logout(request)
        return lockout.lockout_response(request, credentials=credentials)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(_next_url(request))
        user_login_failed.send(sender=__name__, credentials=credentials, request=request)
        if getattr(request, "axes_locked_out", False):
            logout(request)
            return lockout.lockout_response(request, credentials=credentials)
        form.add_error("code", _("Koden stemmer ikke. Prøv igjen med koden appen viser nå."))
    context = {"form": form, "next": _next_url(request), "page_title": _("Skriv inn koden")}
    return TemplateResponse(request, "accounts/two_factor_verify.html", context, status=200)
