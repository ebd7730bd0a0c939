import re
from pathlib import PurePath

# Django's storage adds "_" and seven letters or digits when a file of that name is already stored.
_ALTERNATIVE_NAME = re.compile(r"^(?P<stem>.+)_[A-Za-z0-9]{7}$")


def original_filename(stored_name):
    """The name a document was uploaded with, from the name storage gave it (`x_AbC12d9.pdf` -> `x.pdf`).

    Every test run loads the demo into the same MEDIA_ROOT, so a second load stores renamed files.
    """
    path = PurePath(stored_name)
    match = _ALTERNATIVE_NAME.match(path.stem)
    return (match["stem"] if match else path.stem) + path.suffix
