import re

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image

# Templates write "Foto:" before the credit; editors often type it too ("Foto: UNN", "Photo : NTB").
_CREDIT_PREFIX = re.compile(r"^\s*(?:foto|photo)\s*:\s*", re.IGNORECASE)


def credit_without_prefix(credit):
    """The credit as the name alone, without a leading "Foto:" or "Photo:" the template adds itself."""
    return _CREDIT_PREFIX.sub("", credit or "").strip()


class CustomImage(AbstractImage):
    """An image that carries its photo credit, so every use of it can show the credit."""

    # Wagtail's own field, relabelled: the description is what the templates use as alt text.
    description = models.CharField(
        _("alternativ tekst (beskrivelse)"),
        max_length=255,
        blank=True,
        default="",
        help_text=_(
            "Den alternative teksten som skjermlesere leser opp i stedet for bildet. Beskriv kort det "
            "som er viktig i bildet, for eksempel «Seks kursdeltakere rundt et bord». Ikke skriv «Bilde av»."
        ),
    )
    credit = models.CharField(
        _("fotokreditering"),
        max_length=255,
        blank=True,
        help_text=_("Skriv bare navnet på fotografen eller kilden, for eksempel «UNN». «Foto:» legges til på siden."),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    def clean(self):
        super().clean()
        self.credit = credit_without_prefix(self.credit)

    @property
    def credit_name(self):
        """The credit to show after "Foto:", also for images saved before clean() removed the prefix."""
        return credit_without_prefix(self.credit)


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
