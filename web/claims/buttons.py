"""The workflow buttons of the claim workspace, one row per transition in
`reviews.policy.RULES`.

Policy says who may take a transition in which state; a row here says how the page offers
it: the label, the form it posts, the service it calls and the message once it is done.
Adding a workflow transition means adding its rule and one row here (the rows are in the
order the buttons appear). Every row makes exactly one service call:
`service(claim=…, by=…, **form.arguments())`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

from reviews import policy, services
from web.forms import (
    AssignForm,
    DismissForm,
    MergeForm,
    ReopenForm,
    ReturnForm,
    VersionForm,
)


@dataclass(frozen=True)
class Button:
    label: str
    done: str  # the success message
    service: Callable[..., Any]
    form: type[VersionForm] = VersionForm
    style: str = "secondary"

    @property
    def folded(self) -> bool:
        """A form asking for more than the version is shown folded until opened."""
        return set(self.form.base_fields) != {"version"}

    @property
    def lists_reviewers(self) -> bool:
        return issubclass(self.form, AssignForm)

    def make_form(
        self, name: str, data: Any = None, *, reviewers: list[Any], **kwargs: Any
    ) -> VersionForm:
        if self.lists_reviewers:
            kwargs["reviewers"] = reviewers
        return self.form(data, auto_id=f"{name}_%s", **kwargs)

    def run(self, *, claim: int, by: Any, form: VersionForm) -> Any:
        return self.service(claim=claim, by=by, **form.arguments())


BUTTONS: dict[str, Button] = {
    "queue": Button(
        "Queue for research",
        "Claim queued for research.",
        partial(services.claim_triage, decision="queue"),
        style="primary",
    ),
    # A candidate too: accepted and assigned in one step (triage without a second visit).
    "assign": Button(
        "Assign",
        "Claim assigned.",
        partial(services.claim_assign, accept=True),
        AssignForm,
        "primary",
    ),
    "start": Button("Start research", "Research started.", services.claim_start, style="primary"),
    "submit": Button(
        "Submit for approval", "Submitted for approval.", services.claim_submit, style="primary"
    ),
    "approve": Button(
        "Approve and publish",
        "Verdict approved and published.",
        services.claim_approve,
        style="primary",
    ),
    "return": Button(
        "Return to reviewer",
        "Returned to the reviewer.",
        services.claim_return,
        ReturnForm,
        "warning",
    ),
    "reopen": Button(
        "Reopen for correction",
        "Reopened for a correction.",
        services.claim_reopen,
        ReopenForm,
        "warning",
    ),
    "restore": Button(
        "Restore as candidate", "Claim restored as a candidate.", services.claim_restore
    ),
    "merge": Button(
        "Merge as duplicate", "Merged into the canonical claim.", services.claim_merge, MergeForm
    ),
    "dismiss": Button(
        "Dismiss",
        "Claim dismissed.",
        partial(services.claim_triage, decision="dismiss"),
        DismissForm,
        "danger",
    ),
}


def transitions() -> set[str]:
    """The names of the policy's transitions (its rules with a target state)."""
    return {name for name, _rule in policy.transitions()}


def action_items(
    *,
    allowed: set[str],
    version: int,
    assignee_id: int | None,
    reviewers: list[Any],
    bound: Mapping[str, Any],
) -> list[dict[str, Any]]:
    """The buttons `allowed` (policy.allowed_actions) lets the user press, in table order,
    each with its form: the one bound to the user's input when it was refused, else a fresh
    one holding the claim's version."""
    items = []
    for name, button in BUTTONS.items():
        if name not in allowed:
            continue
        form = bound.get(name)
        if form is None:
            initial: dict[str, Any] = {"version": version}
            if button.lists_reviewers:
                initial["assignee"] = assignee_id or ""
            form = button.make_form(name, initial=initial, reviewers=reviewers)
        items.append({"name": name, "spec": button, "form": form, "folded": button.folded})
    return items
