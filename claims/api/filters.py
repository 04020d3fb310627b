"""The article list's query parameters."""

from __future__ import annotations

import django_filters
from django.db.models import Q, QuerySet

from claims.models import Article, ExtractionStatus


class ArticleFilter(django_filters.FilterSet):
    extraction_status = django_filters.ChoiceFilter(choices=ExtractionStatus.choices)
    outlet = django_filters.CharFilter(lookup_expr="iexact", max_length=200)
    q = django_filters.CharFilter(
        method="search", max_length=200, help_text="Text in the title or URL."
    )

    class Meta:
        model = Article
        fields = ["extraction_status", "outlet", "q"]

    def search(self, queryset: QuerySet[Article], name: str, value: str) -> QuerySet[Article]:
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(title__icontains=value) | Q(url__icontains=value))
