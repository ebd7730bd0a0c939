"""The address a request comes from, the same for the login lockout and every rate limit."""

from django.conf import settings


def client_ip(request):
    """REMOTE_ADDR, or the last entry of the header the reverse proxy sets (ACCOUNTS_CLIENT_IP_HEADER).

    The last entry is the one our own proxy appended; anything before it came from the client and
    can be forged, so it is never trusted.
    """
    header = getattr(settings, "ACCOUNTS_CLIENT_IP_HEADER", "")
    if header:
        meta_key = "HTTP_" + header.upper().replace("-", "_")
        forwarded = [part.strip() for part in request.META.get(meta_key, "").split(",") if part.strip()]
        if forwarded:
            return forwarded[-1]
    return request.META.get("REMOTE_ADDR", "")


def ratelimit_key(group, request):
    """django-ratelimit's key function: the client address."""
    return client_ip(request)
