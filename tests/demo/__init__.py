"""Helpers for tests that need the demo site: loading it, and naming its documents."""

import io
import re
from pathlib import PurePath

from django.core.management import call_command

# Django's storage adds "_" and seven letters or digits when a file of that name is already stored.
_ALTERNATIVE_NAME = re.compile(r"^(?P<stem>.+)_[A-Za-z0-9]{7}$")


def original_filename(stored_name):
    """The name a document was uploaded with, from the name storage gave it (`x_AbC12d9.pdf` -> `x.pdf`).

    Every test run loads the demo into the same MEDIA_ROOT, so a second load stores renamed files.
    """
    path = PurePath(stored_name)
    match = _ALTERNATIVE_NAME.match(path.stem)
    return (match["stem"] if match else path.stem) + path.suffix


def load_demo(test_case=None):
    """Run load_demo, with the on-commit work (document text extraction) done before returning."""
    out = io.StringIO()
    if test_case is None:
        call_command("load_demo", stdout=out)
    else:
        with test_case.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", stdout=out)
    return out.getvalue()
