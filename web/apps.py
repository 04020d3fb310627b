from django.apps import AppConfig


class WebConfig(AppConfig):
    """The HTML UI for reviewers and editors: views, forms, templates and static files.

    The top of the layers: it may use every app below it, and none of them imports it.
    """

    name = "web"
    verbose_name = "Web UI"
