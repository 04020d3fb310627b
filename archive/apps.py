from django.apps import AppConfig


class ArchiveConfig(AppConfig):
    """Archived copies of sources. It sits above reviews: reviews never names it; a source
    added anywhere (service, admin, import) reaches it through the post_save signal."""

    name = "archive"
    verbose_name = "Archived sources"

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from archive.receivers import source_saved
        from reviews.models import Source

        post_save.connect(source_saved, sender=Source, dispatch_uid="archive.source_saved")
