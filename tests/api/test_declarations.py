"""Each API item is declared once (reviews.outputs): the claim list's query reads what
the declaration derives, and every workflow step is a transition of reviews.policy."""

from __future__ import annotations

from reviews import outputs, policy, selectors
from reviews.api import actions
from reviews.api.serializers import ClaimSerializer, ReviewSerializer


def test_the_claim_list_reads_the_columns_the_claim_item_declares() -> None:
    assert selectors.CLAIM_LIST_COLUMNS == outputs.CLAIM_LIST_COLUMNS
    assert list(selectors.CLAIM_LIST_RATING) == list(outputs.CLAIM_LIST_RATING)
    assert "article_id" in outputs.CLAIM_LIST_COLUMNS  # a relation is read as its id
    assert "rating" not in outputs.CLAIM_LIST_COLUMNS


def test_the_serializers_show_the_declared_fields() -> None:
    assert tuple(ClaimSerializer().fields) == outputs.CLAIM_FIELDS
    assert tuple(ReviewSerializer().fields) == outputs.REVIEW_FIELDS


def test_every_workflow_step_is_a_policy_transition() -> None:
    named = {rule for name, step in actions.STEPS.items() for rule in step.rules or (name,)}
    transitions = {name for name, _rule in policy.transitions()}
    assert named <= transitions
    assert named == transitions - {"restore"}  # restore has no API step yet
