"""Create the `reviewer` and `editor` groups with their model permissions."""

from django.db import migrations

REVIEWER_PERMS = [
    "claims.view_article",
    "claims.view_claim",
    "claims.change_claim",
    "reviews.view_rating",
    "reviews.view_review",
    "reviews.add_review",
    "reviews.change_review",
    "reviews.view_source",
    "reviews.add_source",
    "reviews.change_source",
    "reviews.delete_source",
    "reviews.view_note",
    "reviews.add_note",
    "reviews.change_note",
    "reviews.view_assignment",
    "reviews.view_timelineevent",
    "reviews.view_verdictrevision",
]
EDITOR_PERMS = REVIEWER_PERMS + [
    "claims.add_article",
    "claims.change_article",
    "claims.add_claim",
    "claims.delete_claim",
    "reviews.add_assignment",
    "reviews.change_assignment",
    "reviews.change_rating",
    "reviews.delete_note",
    "reviews.view_notification",
]


def create_groups(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations ran; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codes in (("reviewer", REVIEWER_PERMS), ("editor", EDITOR_PERMS)):
        group, _ = Group.objects.get_or_create(name=name)
        perms = []
        for code in codes:
            app_label, codename = code.split(".")
            perms.append(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        group.permissions.set(perms)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["reviewer", "editor"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("claims", "0001_initial"),
        ("reviews", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
