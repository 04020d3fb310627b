"""`/healthz`: database, Redis and Celery worker status for load balancers and humans.

200 while the database answers, 503 when it does not. Anonymous callers (the load balancer,
the compose health check) get only `{"status"}`; signed-in users get every component. The
path is exempt from the HTTPS redirect (settings.SECURE_REDIRECT_EXEMPT) so a plain-http
probe sees the real status, not a 301.
"""

from __future__ import annotations

import time
from typing import Any

import redis
from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


def _check_database() -> dict[str, Any]:
    started = time.perf_counter()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any driver error means "down"
        return {"ok": False, "error": exc.__class__.__name__}
    return {"ok": True, "ms": round((time.perf_counter() - started) * 1000, 1)}


def _check_redis() -> dict[str, Any]:
    started = time.perf_counter()
    try:
        client = redis.Redis.from_url(
            settings.REDIS_URL, socket_connect_timeout=0.5, socket_timeout=0.5
        )
        client.ping()
    except Exception as exc:
        return {"ok": False, "error": exc.__class__.__name__}
    return {"ok": True, "ms": round((time.perf_counter() - started) * 1000, 1)}


def _check_workers(redis_ok: bool) -> dict[str, Any]:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return {"ok": True, "mode": "in-process (CELERY_TASK_ALWAYS_EAGER)", "workers": []}
    if not redis_ok:
        return {"ok": False, "error": "broker unreachable", "workers": []}
    from workbench.celery import app

    try:
        replies = app.control.ping(timeout=0.5) or []
    except Exception as exc:
        return {"ok": False, "error": exc.__class__.__name__, "workers": []}
    workers = sorted(name for reply in replies for name in reply)
    return {"ok": bool(workers), "workers": workers}


def _signed_in(request: HttpRequest) -> bool:
    # Reading the session needs the database; a probe without a cookie never touches it.
    try:
        return bool(request.user.is_authenticated)
    except DatabaseError:
        return False


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    database = _check_database()
    redis_status = _check_redis()
    workers = _check_workers(redis_status["ok"])
    body: dict[str, Any] = {"status": "ok" if database["ok"] else "unavailable"}
    # Host names of workers and error classes are for people who work here, not the world.
    if database["ok"] and _signed_in(request):
        body.update({"database": database, "redis": redis_status, "celery": workers})
    return JsonResponse(body, status=200 if database["ok"] else 503)
