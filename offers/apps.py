from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OffersConfig(AppConfig):
    name = "offers"
    verbose_name = _("Tilbud")

    def ready(self):
        from . import interchange  # noqa: F401  (registers the page type with the content format)
