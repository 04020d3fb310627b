"""REST API for articles: `views` (ArticleViewSet), `serializers`, `filters`, `uploads`.

Views parse input with a serializer or filterset, call one service, and render the result;
every rule lives in the services, whose domain errors become `{"detail", "code"}` responses
with the right status. The claim workflow's API is the reviews app's (reviews.api).
"""
