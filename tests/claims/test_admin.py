"""The article admin (claims.admin): writes go through the article services."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from claims.models import Article
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def messages_of(response: Any) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def test_an_article_the_service_refuses_is_a_message_not_a_server_error(
    client: Any, editor: Any
) -> None:
    first, second = make_article(), make_article()
    client.force_login(editor)
    fields = {"title": "Copy", "outlet": "X", "language": "en", "body": first.body}
    inline = {"claims-TOTAL_FORMS": 0, "claims-INITIAL_FORMS": 0}
    response = client.post(reverse("admin:claims_article_add"), fields | inline, follow=True)
    assert response.status_code == 200
    assert any("already" in m for m in messages_of(response)), messages_of(response)
    assert not any("successfully" in m for m in messages_of(response))
    assert Article.objects.count() == 2

    change = reverse("admin:claims_article_change", args=[second.pk])
    response = client.post(change, fields | inline, follow=True)
    assert any(f"already stored as article {first.pk}" in m for m in messages_of(response))
    second.refresh_from_db()
    assert second.title != "Copy" and second.body != first.body
