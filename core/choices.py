"""Controlled vocabularies shared by the page models and the content import format.

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


class ResourceType(models.TextChoices):
    METHOD = "metode", _("Metode")
    TEMPLATE = "mal", _("Mal")
    BROCHURE = "brosjyre", _("Brosjyre")
    CONCEPT = "begrep", _("Begrep")
    EVALUATION = "evaluering", _("Evalueringsverktøy")


class MethodPhase(models.TextChoices):
    PLAN = "planlegge", _("Planlegge")
    HOLD = "gjennomfore", _("Gjennomføre")
    EVALUATE = "evaluere", _("Evaluere")


class Audience(models.TextChoices):
    PROFESSIONALS = "fagpersoner", _("Fagpersoner")
    USER_REPRESENTATIVES = "brukerrepresentanter", _("Brukerrepresentanter")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Mandag")
    TUESDAY = 1, _("Tirsdag")
    WEDNESDAY = 2, _("Onsdag")
    THURSDAY = 3, _("Torsdag")
    FRIDAY = 4, _("Fredag")
    SATURDAY = 5, _("Lørdag")
    SUNDAY = 6, _("Søndag")
