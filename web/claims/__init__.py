"""The claim workspace: research, sources, notes, the verdict and the workflow actions.

Every POST works as a plain form (redirect back on success, the page re-rendered with the
error and the user's input on failure) and as an htmx request (the changed panel, plus
out-of-band updates of the panels that depend on it). Domain errors become messages with
their status code (400/403/409), never a 500.

workspace: loading a claim, the page's context and the response after a POST;
buttons: the workflow buttons, one row per transition rule; actions: the view that runs
them; edits: the claim text and the verdict; evidence: sources and notes; matches: the
editor's decision on a suggested match.
"""

from web.claims.actions import claim_action
from web.claims.edits import claim_edit, review_save
from web.claims.evidence import note_add, source_add, source_remove
from web.claims.matches import match_decide
from web.claims.workspace import claim_page

__all__ = [
    "claim_action",
    "claim_edit",
    "claim_page",
    "match_decide",
    "note_add",
    "review_save",
    "source_add",
    "source_remove",
]
