"""What kind of centre, at which level of the health service, where, and when it is open.

The stored values are the ones `shared/content-format.md` uses, so import and export need no
mapping table; the labels are what visitors and editors read.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CentreKind(models.TextChoices):
    LMS = "lms", _("Lærings- og mestringssenter")
    HEALTHY_LIFE = "frisklivssentral", _("Frisklivssentral")
    HEALTHY_LIFE_AND_COPING = "frisklivs-og-mestringssenter", _("Frisklivs- og mestringssenter")
    HEALTH_HOUSE = "helsehus", _("Helsehus")
    OTHER = "annet", _("Annet")


class ServiceLevel(models.TextChoices):
    SPECIALIST = "spesialist", _("Spesialisthelsetjenesten")
    MUNICIPAL = "kommune", _("Kommunehelsetjenesten")


class HealthRegion(models.TextChoices):
    NORTH = "nord", _("Helse Nord")
    CENTRAL = "midt", _("Helse Midt-Norge")
    WEST = "vest", _("Helse Vest")
    SOUTH_EAST = "sor-ost", _("Helse Sør-Øst")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Mandag")
    TUESDAY = 1, _("Tirsdag")
    WEDNESDAY = 2, _("Onsdag")
    THURSDAY = 3, _("Torsdag")
    FRIDAY = 4, _("Fredag")
    SATURDAY = 5, _("Lørdag")
    SUNDAY = 6, _("Søndag")
