import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage

from core.models import CustomImage


def make_image(title="Kursdeltakere", description="Tre personer i samtale rundt et bord", credit="Foto: NK LMH"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (800, 450), (40, 110, 90)).save(buffer, format="PNG")
    return CustomImage.objects.create(
        title=title,
        description=description,
        credit=credit,
        file=ImageFile(buffer, name="kurs.png"),
    )
