"""What a toolkit resource is, which phase of Standard metode it serves, and for whom.

Values as in `shared/content-format.md` (resource types) and docs/content-format.md.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


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
