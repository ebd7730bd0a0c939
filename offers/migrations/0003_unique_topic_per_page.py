"""One link per topic and page: duplicate links go, then the database refuses new ones.

Of two or more links from one page to one topic the first in the editor's order (lowest
sort_order, then the oldest) stays. Reversing drops the constraint; removed links do not return.
"""

from django.db import migrations, models

from core.data_migrations import remove_repeated_topic_links


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0002_web_urls_http_https"),
    ]

    operations = [
        migrations.RunPython(remove_repeated_topic_links("offers", "OfferTopic"), migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="offertopic",
            constraint=models.UniqueConstraint(
                fields=("page", "topic"),
                name="offers_offertopic_unique_topic_per_page",
                violation_error_message="Dette temaet er allerede lagt til. Velg et annet tema, eller fjern raden.",
            ),
        ),
    ]
