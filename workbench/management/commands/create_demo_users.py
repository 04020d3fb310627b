"""Create the demo accounts: an editor and two reviewers (and print their passwords)."""

from __future__ import annotations

import os
import secrets
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from core.roles import EDITOR, REVIEWER

DEMO_USERS = (
    ("editor", EDITOR, "Edith", "Editor"),
    ("reviewer", REVIEWER, "Rita", "Reviewer"),
    ("reviewer2", REVIEWER, "Rafael", "Reviewer"),
)


# scripts/run.sh prints the admin's row below the table in the same columns.
COLUMNS = (10, 11)
UNCHANGED = "(unchanged; --reset sets it again)"


def login_table(rows: list[tuple[str, str, str]]) -> str:
    """The logins as a table with a header: role, username and password in columns."""
    lines = [("Role", "Username", "Password"), ("----", "--------", "--------"), *rows]
    return "\n".join(
        f"  {role:<{COLUMNS[0]}}{username:<{COLUMNS[1]}}{secret}".rstrip()
        for role, username, secret in lines
    )


class Command(BaseCommand):
    help = "Create demo users editor, reviewer, reviewer2 (password from DEMO_PASSWORD or random)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--reset", action="store_true", help="set the password again for existing users"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        User = get_user_model()
        password = os.environ.get("DEMO_PASSWORD") or secrets.token_urlsafe(9)
        rows = []
        for username, role, first, last in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first,
                    "last_name": last,
                    "email": f"{username}@example.org",
                },
            )
            user.groups.add(Group.objects.get(name=role))
            # Editors also work in the Django admin; reviewers work only in the web UI
            # (an earlier version made them staff too: take that back).
            staff = role == EDITOR
            if user.is_staff != staff:
                user.is_staff = staff
                user.save(update_fields=["is_staff"])
            if created or options["reset"] or os.environ.get("DEMO_PASSWORD"):
                user.set_password(password)
                user.save()
                rows.append((role, username, password))
            else:
                rows.append((role, username, UNCHANGED))
        self.stdout.write(login_table(rows))
