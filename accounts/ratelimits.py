"""Rate limits for the two forms anyone can post to without an account (django-ratelimit).

Every post counts, right or wrong: a limit that only counted wrong guesses would tell the guesser
which one was right. Counters live in the default cache; production uses one the processes share.
"""

from django.conf import settings
from django_ratelimit.core import get_usage

from .client import ratelimit_key


def _lowercase_email(group, request):
    return request.POST.get("email", "").strip().lower()


def _address_and_restriction(group, request):
    return f"{ratelimit_key(group, request)}:{request.resolver_match.kwargs['page_view_restriction_id']}"


def _over(request, group, key, rate):
    usage = get_usage(request, group=group, key=key, rate=rate, method="POST", increment=True)
    return bool(usage and usage["should_limit"])


def password_reset_limited(request):
    """Count this reset request against the address typed and the client address; True when over."""
    rates = settings.ACCOUNTS_RATE_LIMITS
    by_email = _over(request, "accounts.password_reset.email", _lowercase_email, rates["password_reset_email"])
    by_address = _over(request, "accounts.password_reset.address", ratelimit_key, rates["password_reset_address"])
    return by_email or by_address


def page_password_limited(request):
    """Count this guess at a page's password against the client address and that restriction."""
    rate = settings.ACCOUNTS_RATE_LIMITS["page_password"]
    return _over(request, "accounts.page_password", _address_and_restriction, rate)
