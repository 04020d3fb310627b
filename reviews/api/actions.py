"""The claim workflow's steps as API actions, generated from one table.

Each row of `STEPS` becomes `POST /claims/{id}/<name>/`, and each row of `BATCH_STEPS`
`POST /claims/<name>/`: the body is read through the row's serializer, handed to the row's
service as keyword arguments with the claim and the caller, and the answer is the updated
claim (or claims). The rows are keyed by the names in reviews.policy.RULES; a step that
performs several rules names them (`triage` is `queue` or `dismiss`). A new workflow state
with an API step is a new row here, its serializer in reviews.api.inputs and its service.
"""

from __future__ import annotations

import keyword
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from claims.models import Claim
from core.api.base import errors
from reviews import policy, selectors, services
from reviews.api.inputs import (
    AssignSerializer,
    BulkAssignSerializer,
    MergeSerializer,
    ReopenSerializer,
    ReturnSerializer,
    TriageSerializer,
    VersionSerializer,
    valid,
)
from reviews.api.serializers import ClaimSerializer


@dataclass(frozen=True)
class Step:
    serializer: type[serializers.Serializer]
    # Called as service(claim=<id>, by=<user>, **body) (a batch step: without `claim`).
    service: Callable[..., Any]
    summary: str
    description: str
    # The reviews.policy.RULES the step performs, when not just the one it is keyed by.
    rules: tuple[str, ...] = ()
    schema: dict[str, Any] = field(default_factory=dict)  # more extend_schema arguments


STEPS: dict[str, Step] = {
    "triage": Step(
        TriageSerializer,
        services.claim_triage,
        "Triage a candidate",
        "Editors: `queue` it for research or `dismiss` it. Candidate claims only.",
        rules=("queue", "dismiss"),
    ),
    "assign": Step(
        AssignSerializer,
        services.claim_assign,
        "Assign a claim",
        "Editors assign a queued (or re-assign an assigned / in-progress) claim to a reviewer.",
    ),
    "start": Step(
        VersionSerializer,
        services.claim_start,
        "Start research",
        "The assigned reviewer starts an assigned claim.",
    ),
    "submit": Step(
        VersionSerializer,
        services.claim_submit,
        "Submit for approval",
        "The assigned reviewer submits an in-progress claim; it needs a rating, a summary and "
        "at least one source (409 with `missing` naming what is lacking).",
    ),
    "approve": Step(
        VersionSerializer,
        services.claim_approve,
        "Approve and publish",
        "An editor who did not write the review (four-eyes) publishes a claim in review.",
    ),
    "return": Step(
        ReturnSerializer,
        services.claim_return,
        "Return to the reviewer",
        "An editor sends a claim in review back to research with a comment.",
    ),
    "reopen": Step(
        ReopenSerializer,
        services.claim_reopen,
        "Reopen for a correction",
        "An editor reopens a published verdict; the published revision is kept.",
    ),
    "merge": Step(
        MergeSerializer,
        services.claim_merge,
        "Merge into a canonical claim",
        "An editor marks an open claim as a duplicate of `canonical`, whose verdict it shares.",
    ),
}
BATCH_STEPS: dict[str, Step] = {
    "assign": Step(
        BulkAssignSerializer,
        services.claims_assign_bulk,
        "Assign many claims",
        'Editors. `{"claims": [ids], "assignee": id}` or `{"claims": [ids], "strategy": '
        '"least_loaded"}`. All or nothing.',
        schema={
            "examples": [
                OpenApiExample("To one reviewer", value={"claims": [1, 2], "assignee": 3}),
                OpenApiExample("Spread", value={"claims": [1, 2], "strategy": "least_loaded"}),
            ],
        },
    ),
}

for _name, _step in [*STEPS.items(), *BATCH_STEPS.items()]:
    if not set(_step.rules or (_name,)) <= {name for name, _rule in policy.transitions()}:
        raise ImproperlyConfigured(f"API step {_name!r}: not a transition in reviews.policy.")


class ClaimActionMixin:
    """Answers a workflow step with the updated claim(s), read afresh."""

    def claim_response(self, claim: Claim | int, code: int = status.HTTP_200_OK) -> Response:
        pk = claim.pk if isinstance(claim, Claim) else claim
        fresh = selectors.claim_base().get(pk=pk)
        request = getattr(self, "request", None)
        return Response(ClaimSerializer(fresh, context={"request": request}).data, code)

    def claims_response(self, claims: Iterable[Claim]) -> Response:
        fresh = selectors.claim_base().filter(pk__in=[c.pk for c in claims]).order_by("id")
        request = getattr(self, "request", None)
        return Response(ClaimSerializer(fresh, many=True, context={"request": request}).data)


def _method_name(name: str) -> str:
    return f"{name}_" if keyword.iskeyword(name) else name  # `return_`: URL name claim-return-


def _step_view(name: str, step: Step) -> Callable[..., Response]:
    def view(self: ClaimActionMixin, request: Request, pk: str) -> Response:
        data = valid(step.serializer, request)
        return self.claim_response(step.service(claim=int(pk), by=request.user, **data))

    view.__name__ = view.__qualname__ = _method_name(name)
    view = action(detail=True, methods=["post"], url_path=name)(view)
    return extend_schema(
        summary=step.summary,
        description=step.description + " Answers with the updated claim.",
        request=step.serializer,
        responses={200: ClaimSerializer, **errors(400, 404, 409)},
        **step.schema,
    )(view)


def _batch_step_view(name: str, step: Step) -> Callable[..., Response]:
    def view(self: ClaimActionMixin, request: Request) -> Response:
        data = valid(step.serializer, request)
        return self.claims_response(step.service(by=request.user, **data))

    view.__name__ = view.__qualname__ = f"{name}_bulk"
    view = action(detail=False, methods=["post"], url_path=name)(view)
    return extend_schema(
        # The same path as the detail step's, less the id: name it apart.
        operation_id=f"v1_claims_{name}_bulk",
        filters=False,
        summary=step.summary,
        description=step.description + " Answers with the updated claims.",
        request=step.serializer,
        responses={200: ClaimSerializer(many=True), **errors(400, 404, 409)},
        **step.schema,
    )(view)


class WorkflowActions(ClaimActionMixin):
    """ClaimViewSet's workflow actions, one per row of STEPS and BATCH_STEPS."""


for _name, _step in STEPS.items():
    setattr(WorkflowActions, _method_name(_name), _step_view(_name, _step))
for _name, _step in BATCH_STEPS.items():
    setattr(WorkflowActions, f"{_name}_bulk", _batch_step_view(_name, _step))
