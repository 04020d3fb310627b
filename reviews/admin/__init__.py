"""The reviews app's admin: the claim admin with its workflow (claims), the verdicts' rows
(verdicts), and the API's machinery (api). Importing the package registers them all."""

from reviews.admin import claims, verdicts
from reviews.admin.api import WebhookForm

__all__ = ["WebhookForm", "claims", "verdicts"]
