from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import two_factor, views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("tofaktor/", two_factor.setup, name="accounts_two_factor_setup"),
        path("tofaktor/kode/", two_factor.verify, name="accounts_two_factor_verify"),
        path("laste-kontoer/", views.locked_accounts, name="accounts_locked"),
        path("laste-kontoer/las-opp/", views.unlock, name="accounts_unlock"),
    ]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_locked_accounts_menu_item():
    return SuperuserMenuItem(_("Låste kontoer"), reverse("accounts_locked"), icon_name="lock", order=900)


@hooks.register("register_account_menu_item")
def register_two_factor_account_menu_item(request):
    return {
        "url": reverse("accounts_two_factor_setup"),
        "label": _("Tofaktor-innlogging"),
        "help_text": _("Logg inn med en kode fra en app på telefonen i tillegg til passordet."),
    }
