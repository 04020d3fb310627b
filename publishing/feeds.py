"""`/checks/feed/`: an Atom feed of the latest published and corrected fact-checks."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from publishing import selectors
from reviews.export import factcheck_url


class LatestFactChecks(Feed):
    feed_type = Atom1Feed

    def title(self) -> str:
        return f"{settings.ORGANISATION_NAME}: fact-checks"

    def subtitle(self) -> str:
        return "The latest published fact-checks and corrections."

    def link(self) -> str:
        return reverse("publishing:index")

    def feed_url(self) -> str:
        return reverse("publishing:feed")

    def author_name(self) -> str:
        return str(settings.ORGANISATION_NAME)

    def items(self) -> list[selectors.Entry]:
        return selectors.latest_entries()

    def item_title(self, item: selectors.Entry) -> str:
        return item.claim_as_stated

    def item_description(self, item: selectors.Entry) -> str:
        rating = f"{item.rating_label}. " if item.rating_label else ""
        return rating + item.summary

    def item_link(self, item: selectors.Entry) -> str:
        # The fact-check's public URL, as the export and the page's canonical link give it.
        return factcheck_url(item.claim_id, item.claim_as_stated)

    def item_guid(self, item: selectors.Entry) -> str:
        return self.item_link(item)

    def item_pubdate(self, item: selectors.Entry) -> datetime:
        return item.published_at

    def item_updateddate(self, item: selectors.Entry) -> datetime:
        return item.corrected_at or item.published_at

    def item_categories(self, item: selectors.Entry) -> list[str]:
        return [item.rating_label] if item.rating_label else []
