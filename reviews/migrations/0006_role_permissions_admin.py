"""Take from the role groups the model permissions that only opened the Django admin's
back door around the workflow (issue 14, item 1).

Only the admin reads model permissions; reviewers no longer use it, and editors change
reviews, sources, notes and assignments only through the services (web UI, API, admin
actions). The lists are frozen here so the migration means the same thing later.
"""

from django.db import migrations

SHARED = (
    "reviews.add_review",
    "reviews.change_review",
    "reviews.add_source",
    "reviews.change_source",
    "reviews.delete_source",
    "reviews.add_note",
    "reviews.change_note",
)
REMOVED = {
    "reviewer": (*SHARED, "claims.change_claim"),
    "editor": (
        *SHARED,
        "reviews.delete_note",
        "claims.delete_claim",
        "reviews.add_assignment",
        "reviews.change_assignment",
    ),
}


def _permissions(apps, codes):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for code in codes:
        app_label, codename = code.split(".")
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            found.append(permission)
    return found


def take_away(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, codes in REMOVED.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(*_permissions(apps, codes))


def give_back(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, codes in REMOVED.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*_permissions(apps, codes))


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("reviews", "0005_matching_fts_fastupdate_off"),
    ]

    operations = [migrations.RunPython(take_away, give_back)]
