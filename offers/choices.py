"""Who an offer is for and how it is held; values as in `shared/content-format.md`."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TargetGroup(models.TextChoices):
    PATIENTS = "pasienter", _("Pasienter og brukere")
    RELATIVES = "parorende", _("Pårørende")
    CHILDREN = "barn", _("Barn")
    YOUTH = "ungdom", _("Ungdom")
    HEALTH_PERSONNEL = "helsepersonell", _("Helsepersonell")


class OfferFormat(models.TextChoices):
    GROUP = "gruppe", _("Gruppekurs")
    INDIVIDUAL = "individuell", _("Individuell samtale")
    DIGITAL = "digital", _("Digitalt")
