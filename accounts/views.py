"""Wagtail's own views with the rate limits in front, and the administrators' unlock page."""

from axes.utils import reset as axes_reset
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail import views as wagtail_views
from wagtail.admin import messages
from wagtail.admin.views import account
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Page, PageViewRestriction

from . import lockout, ratelimits

PASSWORD_RESET_LIMITED = _(
    "Du har bedt om å nullstille passordet for mange ganger. Ingen ny e-post er sendt. "
    "Prøv igjen om en time, eller spør en administrator."
)
PAGE_PASSWORD_LIMITED = _(
    "For mange forsøk på passordet. Vent et kvarter før du prøver igjen; også riktig passord blir avvist til da."
)


class PasswordResetView(account.PasswordResetView):
    """Wagtail's password reset, refused with 429 and no e-mail past the limits."""

    def post(self, request, *args, **kwargs):
        if not ratelimits.password_reset_limited(request):
            return super().post(request, *args, **kwargs)
        form = self.get_form()
        form.is_valid()
        form.add_error(None, PASSWORD_RESET_LIMITED)
        return self.render_to_response(self.get_context_data(form=form), status=429)


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's password form for protected pages, refused with 429 past the limit."""
    if request.method != "POST" or not ratelimits.page_password_limited(request):
        return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
    page = get_object_or_404(Page, id=page_id).specific
    form = PasswordViewRestrictionForm(request.POST, instance=restriction)
    form.is_valid()
    form.add_error(None, PAGE_PASSWORD_LIMITED)
    action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
    response = page.serve_password_required_response(request, form, action_url)
    response.status_code = 429
    return response


def _require_superuser(request):
    if not request.user.is_superuser:
        raise PermissionDenied


def locked_accounts(request):
    _require_superuser(request)
    return TemplateResponse(
        request,
        "accounts/locked_accounts.html",
        {"locked": lockout.locked_clients(), "page_title": _("Låste kontoer"), "header_icon": "lock"},
    )


@require_POST
def unlock(request):
    _require_superuser(request)
    kind, value = request.POST.get("kind"), request.POST.get("value", "")
    if kind == lockout.USERNAME and value:
        axes_reset(username=value)
        messages.success(request, _("Brukernavnet «%(value)s» er låst opp.") % {"value": value})
    elif kind == lockout.ADDRESS and value:
        axes_reset(ip=value)
        messages.success(request, _("Adressen %(value)s er låst opp.") % {"value": value})
    return redirect("accounts_locked")
