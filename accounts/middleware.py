"""Keep a half-logged-in staff member at the two-factor step until they pass it."""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from . import two_factor

# Reachable before the code: the steps themselves, and the way out.
_OPEN_URL_NAMES = ("accounts_two_factor_verify", "wagtailadmin_logout", "wagtailadmin_login")


class TwoFactorMiddleware:
    """After django_otp's OTPMiddleware: every admin URL asks for a code until one is accepted.

    A user with a confirmed device goes to the code page; an editor without one, when the setting
    requires it, goes to set one up. Everyone else passes as before.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self._redirect(request) or self.get_response(request)

    def _redirect(self, request):
        user = getattr(request, "user", None)
        if not (user and user.is_authenticated) or not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        if user.is_verified() or request.path in {reverse(name) for name in _OPEN_URL_NAMES}:
            return None
        query = urlencode({"next": request.get_full_path()}) if request.method == "GET" else ""
        if two_factor.has_device(user):
            return redirect(f"{reverse('accounts_two_factor_verify')}?{query}")
        if request.path == reverse("accounts_two_factor_setup"):
            return None
        if two_factor.is_required(request):
            return redirect(f"{reverse('accounts_two_factor_setup')}?{query}")
        return None
