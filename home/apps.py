from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from interchange import registry


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Forside")

    def ready(self):
        from .tree import ensure_locale_tree

        # New imported pages go into this language's sections, which home's page tree provides.
        registry.register_locale_tree(ensure_locale_tree)
