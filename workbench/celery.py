"""The Celery application: Redis as broker and result store, configured from Django settings."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
# One thread per process for numpy's matrix products (the embedding re-ranker's encoder).
# Workers already run one process per core; OpenBLAS threads spinning beside them made a
# sentence 8x slower to encode on a busy 2-core machine (505 ms against 65 ms). This
# module loads before anything imports numpy (workbench/__init__.py imports it first).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

app = Celery("workbench")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
