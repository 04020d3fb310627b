"""The article API's serializers: what an article reads as, and what an editor may send."""

from __future__ import annotations

from rest_framework import serializers

from claims.models import Article
from core.api.validators import http_url


class ArticleSerializer(serializers.ModelSerializer):
    claim_count = serializers.IntegerField(read_only=True)
    url = serializers.CharField(read_only=True, help_text="http(s) URL, or empty.")

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "url",
            "outlet",
            "author",
            "published_at",
            "language",
            "extraction_status",
            "extraction_error",
            "extractor_version",
            "claim_count",
            "created_by",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body"]
        read_only_fields = fields


class ArticleFieldsSerializer(serializers.Serializer):
    """Metadata an editor may give or change."""

    title = serializers.CharField(max_length=500, required=False, allow_blank=True)
    url = serializers.CharField(
        max_length=1000, required=False, allow_blank=True, validators=[http_url]
    )
    outlet = serializers.CharField(max_length=200, required=False, allow_blank=True)
    author = serializers.CharField(max_length=300, required=False, allow_blank=True)
    published_at = serializers.DateTimeField(required=False, allow_null=True)
    language = serializers.CharField(max_length=16, required=False, allow_blank=True)


class ArticleCreateSerializer(ArticleFieldsSerializer):
    body = serializers.CharField(trim_whitespace=True, help_text="The article as plain text.")


class ArticleUploadSerializer(ArticleFieldsSerializer):
    file = serializers.FileField(
        help_text=(
            "A .txt (plain text or the seed format with `date`/`title`/`url` header lines) "
            "or .html file, UTF-8. Metadata fields sent alongside override what the file says."
        )
    )


class ArticleUpdateSerializer(ArticleFieldsSerializer):
    body = serializers.CharField(required=False, help_text="A new body re-runs extraction.")


class ImportRowSerializer(serializers.Serializer):
    line = serializers.IntegerField(
        allow_null=True, help_text="The row's line (a JSON array: where its object starts)."
    )
    status = serializers.ChoiceField(choices=["created", "duplicate", "error"])
    id = serializers.IntegerField(
        required=False, help_text="The new article, or the one a duplicate repeats."
    )
    reason = serializers.CharField(required=False, help_text="Why the row was refused.")


class ImportReportSerializer(serializers.Serializer):
    created = serializers.IntegerField()
    duplicates = serializers.IntegerField()
    errors = serializers.IntegerField()  # type: ignore[assignment]
    rows = ImportRowSerializer(many=True)


class ImportJobErrorSerializer(serializers.Serializer):
    line = serializers.IntegerField(allow_null=True)
    reason = serializers.CharField()


class ImportJobSerializer(serializers.Serializer):
    """What `GET /api/v1/articles/import/<id>/` (and the 202 that created the job) says."""

    id = serializers.IntegerField()
    url = serializers.CharField(help_text="Where to poll the job.")
    status = serializers.ChoiceField(choices=["queued", "running", "done", "failed"])
    format = serializers.ChoiceField(choices=["json", "jsonl", "csv"])
    name = serializers.CharField(help_text="The uploaded file's name, or 'the body'.")
    bytes = serializers.IntegerField(help_text="The size of the body.")
    submitted_by = serializers.CharField(allow_null=True, help_text="Username.")
    rows = serializers.IntegerField(
        allow_null=True, help_text="Rows in the body, once the worker has read it."
    )
    rows_done = serializers.IntegerField()
    progress = serializers.FloatField(help_text="rows_done / rows, 0 until read.")
    created = serializers.IntegerField()
    duplicates = serializers.IntegerField()
    errors = serializers.IntegerField(help_text="Every refused row is counted.")  # type: ignore[assignment]
    error_rows = ImportJobErrorSerializer(
        many=True, help_text="The first 1,000 refused rows in line order, with the reason."
    )
    error_rows_truncated = serializers.BooleanField(help_text="More rows were refused.")
    failure = serializers.CharField(
        help_text="Why the job failed; while it waits to run again, the error that stopped "
        "its last run ('' otherwise)."
    )
    stalled = serializers.BooleanField(
        help_text="Queued or running without a sign of its worker for a while: it is "
        "queued again automatically, and resumes where it stopped."
    )
    attempts = serializers.IntegerField(help_text="Runs started (more than 1: resumed).")
    created_at = serializers.DateTimeField()
    started_at = serializers.DateTimeField(allow_null=True)
    finished_at = serializers.DateTimeField(allow_null=True)
    updated_at = serializers.DateTimeField(help_text="The worker's last checkpoint.")
