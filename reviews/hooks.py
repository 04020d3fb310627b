"""Where a higher layer plugs into reviews without reviews importing it.

`verdict_public_changed` is sent with `claim_id` inside the transaction that changed what
a published verdict shows in public (its page, its export item): a publication or a
correction, a reopening (the page keeps the published revision, but its entity tag
moves), a claim merged into it, an archived copy of one of its sources. A receiver may add
outbox messages, which then commit with the change (the publishing app renders the
fact-check's page again, so that its first reader finds it rendered).
"""

from __future__ import annotations

from django.dispatch import Signal

verdict_public_changed = Signal()
