"""The site-wide roles and the three workflows, made the same on every run.

- Wagtail's built-in "Editors" and "Moderators" groups become Kommunikasjon and Redaktør (renamed,
  so people already in them keep their role); either is created when missing.
- Each group gets exactly the permissions listed here, and nothing else.
- "Redaksjonell godkjenning" (one editor approval) is assigned to the root page, so it covers the
  whole tree of every locale; it replaces Wagtail's "Moderators approval", which is deactivated.
- The toolkit workflow (professional review, then approval by someone other than the submitter)
  and the offer-changes workflow are found by purpose (editorial.routing).

The names are copied from editorial/roles.py at the time of writing, as migrations must not import
code that may change later.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COMMUNICATIONS = "Kommunikasjon"
EDITORS = "Redaktør"
LEGACY_NAMES = {COMMUNICATIONS: "Editors", EDITORS: "Moderators"}

# (app label, codename) model permissions per group.
_MEDIA = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
MODEL_PERMISSIONS = {
    COMMUNICATIONS: [
        ("wagtailadmin", "access_admin"),
        ("core", "add_topic"),
        ("core", "change_topic"),
        ("core", "view_topic"),
        ("core", "add_person"),
        ("core", "change_person"),
        ("core", "view_person"),
        ("wagtail_localize", "submit_translation"),
        *_MEDIA,
    ],
    EDITORS: [
        ("wagtailadmin", "access_admin"),
        ("core", "add_topic"),
        ("core", "change_topic"),
        ("core", "delete_topic"),
        ("core", "view_topic"),
        ("core", "add_person"),
        ("core", "change_person"),
        ("core", "delete_person"),
        ("core", "view_person"),
        ("search", "add_synonym"),
        ("search", "change_synonym"),
        ("search", "delete_synonym"),
        ("search", "view_synonym"),
        ("wagtail_localize", "submit_translation"),
        # Managing the workflows and their tasks.
        ("wagtailcore", "add_workflow"),
        ("wagtailcore", "change_workflow"),
        ("wagtailcore", "delete_workflow"),
        ("wagtailcore", "add_task"),
        ("wagtailcore", "change_task"),
        ("wagtailcore", "delete_task"),
        *_MEDIA,
        ("wagtailimages", "delete_image"),
        ("wagtaildocs", "delete_document"),
    ],
}
# Page permissions on the root page, so they hold in every locale's tree.
PAGE_PERMISSIONS = {
    COMMUNICATIONS: ["add_page", "change_page"],
    EDITORS: ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = {COMMUNICATIONS: _MEDIA, EDITORS: [*_MEDIA]}

EDITORIAL_WORKFLOW = "Redaksjonell godkjenning"
EDITORIAL_TASK = "Godkjenning av redaktør"
TOOLKIT_WORKFLOW = "Verktøykassen: faglig vurdering og godkjenning"
TOOLKIT_REVIEW_TASK = "Faglig vurdering"
TOOLKIT_FINAL_TASK = "Endelig godkjenning av en annen enn innsenderen"
OFFER_WORKFLOW = "Endringer i tilbud"
OFFER_TASK = "Godkjenning av tilbudsendringer"
LEGACY_WORKFLOW = "Moderators approval"


def _permissions(apps, pairs):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for app_label, codename in pairs:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is None:
            raise LookupError(f"permission {app_label}.{codename} is missing")
        found.append(permission)
    return found


def _group(apps, name):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=name).first()
    if group is None:
        group = Group.objects.filter(name=LEGACY_NAMES[name]).first()
        if group is not None:
            group.name = name
            group.save(update_fields=["name"])
        else:
            group = Group.objects.create(name=name)
    return group


def _task(apps, model, name, groups):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model(*model.split("."))
    task = Task.objects.filter(name=name).first()
    if task is None:
        content_type = ContentType.objects.get_for_model(Task)
        task = Task.objects.create(name=name, active=True, content_type=content_type)
    task.groups.set(groups)
    return task


def _workflow(apps, name, tasks):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    workflow, _ = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        for order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    return workflow


def forwards(apps, schema_editor):
    for label in ("core", "search", "wagtailcore", "wagtailadmin", "wagtailimages", "wagtaildocs", "wagtail_localize"):
        config = apps.get_app_config(label)
        config.models_module = getattr(config, "models_module", None) or True
        create_permissions(config, apps=apps, verbosity=0)

    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Permission = apps.get_model("auth", "Permission")
    root = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    groups = {}
    for name in (COMMUNICATIONS, EDITORS):
        group = groups[name] = _group(apps, name)
        group.permissions.set(_permissions(apps, MODEL_PERMISSIONS[name]))
        page_permissions = list(
            Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS[name])
        )
        GroupPagePermission.objects.filter(group=group).delete()
        if root is not None:
            for permission in page_permissions:
                GroupPagePermission.objects.create(group=group, page=root, permission=permission)
        GroupCollectionPermission.objects.filter(group=group).delete()
        if root_collection is not None:
            for permission in _permissions(apps, COLLECTION_PERMISSIONS[name]):
                GroupCollectionPermission.objects.create(
                    group=group, collection=root_collection, permission=permission
                )

    editors = [groups[EDITORS]]
    editorial = _workflow(
        apps, EDITORIAL_WORKFLOW, [_task(apps, "wagtailcore.GroupApprovalTask", EDITORIAL_TASK, editors)]
    )
    toolkit = _workflow(
        apps,
        TOOLKIT_WORKFLOW,
        [
            _task(apps, "wagtailcore.GroupApprovalTask", TOOLKIT_REVIEW_TASK, editors),
            _task(apps, "editorial.FourEyesApprovalTask", TOOLKIT_FINAL_TASK, editors),
        ],
    )
    offers = _workflow(apps, OFFER_WORKFLOW, [_task(apps, "editorial.CentreChangeApprovalTask", OFFER_TASK, editors)])

    WorkflowPurpose = apps.get_model("editorial", "WorkflowPurpose")
    for purpose, workflow in (("editorial", editorial), ("toolkit", toolkit), ("offer_changes", offers)):
        WorkflowPurpose.objects.get_or_create(purpose=purpose, defaults={"workflow": workflow})

    if root is not None:
        WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": editorial})
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Workflow.objects.filter(name=LEGACY_WORKFLOW).exclude(pk=editorial.pk).update(active=False)
    Task = apps.get_model("wagtailcore", "Task")
    Task.objects.filter(name=LEGACY_WORKFLOW).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("search", "0004_moderators_keep_synonyms"),
        ("core", "0004_document_text_status"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
