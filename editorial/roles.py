"""The editorial roles of the site and the groups that carry them. Group names are defined here only.

- **Kommunikasjon** (communications staff) write articles, toolkit resources and topics anywhere and
  submit them for review. They cannot publish, unpublish or delete live pages.
- **Redaktør** (editors) can do all that, and approve or reject with a comment, publish, unpublish,
  schedule, and manage the workflows themselves.
- **Senterredaktør – <senter>** (centre staff): one group per centre, with edit rights on that
  centre's page and the offers under it and nothing else. Their changes go through review.
- **Senterleder – <senter>** (centre leads): the same rights as the centre's staff, and they approve
  their own centre's changes to sessions (dates, places, capacity) of offers already published.

The two site-wide groups come from a data migration (`editorial/migrations`); the per-centre groups
from `manage.py centre_staff` or the admin action on a centre page, when a centre gets staff.
"""

COMMUNICATIONS = "Kommunikasjon"
EDITORS = "Redaktør"
CENTRE_STAFF_PREFIX = "Senterredaktør"
CENTRE_LEAD_PREFIX = "Senterleder"

# The names these groups had before this app: Wagtail's built-in groups. The migration renames them,
# so people already in them keep their role.
LEGACY_NAMES = {COMMUNICATIONS: "Editors", EDITORS: "Moderators"}
