from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="key")
class TwoFactorSettings(BaseGenericSetting):
    """Whether editors must use two-factor login; everyone else may turn it on for themselves."""

    require_for_editors = models.BooleanField(
        _("Krev tofaktor for redaktører"),
        default=False,
        help_text=_("Medlemmer av gruppen Redaktør må sette opp en kodeapp før de kan bruke publiseringsløsningen."),
    )

    panels = [FieldPanel("require_for_editors")]

    class Meta:
        verbose_name = _("Tofaktor-innlogging")
