from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Artikler")

    def ready(self):
        from . import interchange  # noqa: F401  (registers the page type with the content format)
