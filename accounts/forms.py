"""The admin's login form with its password field labelled in the admin's language."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    """Wagtail's login form declares its password field without a label, so Django names it from
    the field ("Password") in every language; this gives it one through gettext."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Passord")
