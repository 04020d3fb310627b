"""Settings for the fact-checking workbench, all driven by environment variables.

Local defaults are safe for a developer laptop (SQLite under var/, DEBUG off unless asked
for); production sets DJANGO_SECRET_KEY, DATABASE_URL, DJANGO_ALLOWED_HOSTS and
DJANGO_SECURE_HTTPS. Every variable is listed in .env.example.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from pathlib import Path

import environ
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

DEBUG = env.bool("DJANGO_DEBUG", default=False)

# Secrets have no production default. Only a development run (DEBUG on, or a management
# command run locally with DJANGO_ALLOW_INSECURE_KEY) may fall back to a throwaway key.
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if DEBUG or env.bool("DJANGO_ALLOW_INSECURE_KEY", default=False):
        SECRET_KEY = "django-insecure-local-development-only"  # noqa: S105
    else:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it in the environment (see .env.example); "
            "for local development `make run` sets DJANGO_DEBUG=1."
        )

ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "csp",
    "axes",
    "core",
    "workbench",
    "claims",
    "reviews",
    "matching",
    "archive",
    "publishing",
    "web",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "workbench.middleware.PrivateCacheControlMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "workbench.urls"
WSGI_APPLICATION = "workbench.wsgi.application"
ASGI_APPLICATION = "workbench.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "web" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "web.context_processors.workbench",
            ],
        },
    }
]

# Database: SQLite under var/ unless DATABASE_URL says otherwise.
VAR_DIR.mkdir(exist_ok=True)
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'workbench.sqlite3'}")
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web process read while a worker writes; the timeout rides out short
    # write locks instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
    # A file, not memory, so a real worker process can share the test database.
    # One file per test process, so parallel runs never share (or delete) a database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
IS_POSTGRES = DATABASES["default"]["ENGINE"].startswith("django.db.backends.postgresql")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"

# Every date on the pages and in the date fields is written and read in this language's
# formats (web.dates), and due dates end at midnight in TIME_ZONE.
LANGUAGE_CODE = env.str("DJANGO_LANGUAGE_CODE", default="en-us")
TIME_ZONE = env.str("DJANGO_TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

# models.W040 on SQLite only: SQLite has no covering indexes, so the queue's two indexes
# with INCLUDE columns (claims.Claim) are built there without them, correct and only less
# index-only. PostgreSQL, the production database, builds them whole. On SQLite (`make run`,
# `make test`) the warning said nothing to act on and alarmed newcomers.
SILENCED_SYSTEM_CHECKS = [] if IS_POSTGRES else ["models.W040"]

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
FORMS_URLFIELD_ASSUME_HTTPS = True  # Django 6's default, opted into now
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG and "pytest" not in sys.modules
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG or "pytest" in sys.modules

# --- Security -----------------------------------------------------------------------------
SECURE_HTTPS = env.bool("DJANGO_SECURE_HTTPS", default=False)
SECURE_SSL_REDIRECT = SECURE_HTTPS
# The container's health probe speaks plain http to 127.0.0.1: answer it, don't redirect it
# (a 301 would make `curl -f` succeed while the database is down).
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = SECURE_HTTPS
CSRF_COOKIE_SECURE = SECURE_HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if SECURE_HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HTTPS
SECURE_HSTS_PRELOAD = SECURE_HTTPS
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env.bool("DJANGO_BEHIND_PROXY", default=False) else None
)
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Client addresses (throttling, login lockout). X-Forwarded-For is client-controlled, so it
# is trusted only for the number of proxies in front of the app that append to it; with 0
# (the default) the connection's REMOTE_ADDR is the client. See workbench/clientip.py.
TRUSTED_PROXY_COUNT = env.int("WORKBENCH_TRUSTED_PROXY_COUNT", default=0)
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured("WORKBENCH_TRUSTED_PROXY_COUNT must be 0 or more.")

# Shared state for rate limits: every gunicorn process must count the same attempts, so the
# throttle cache lives in the database by default (created by workbench's migration); a
# Redis URL (rediscache://…) works too. The default cache stays per-process memory.
_throttle_cache = env.cache_url("WORKBENCH_THROTTLE_CACHE_URL", default="dbcache://workbench_cache")
if _throttle_cache["BACKEND"].endswith("DatabaseCache"):
    _throttle_cache.setdefault("OPTIONS", {}).setdefault("MAX_ENTRIES", 50_000)
# The public site's rendered pages (publishing.pages), kept under their entity tags and
# shared by every web process and the worker that renders a page when a verdict is
# published: the database by default (its table comes with `migrate`), or Redis
# (rediscache://…), which answers without a SQL query.
_page_cache = env.cache_url("WORKBENCH_PAGE_CACHE_URL", default="dbcache://workbench_page_cache")
if _page_cache["BACKEND"].endswith("DatabaseCache"):
    _page_cache.setdefault("OPTIONS", {}).setdefault("MAX_ENTRIES", 20_000)
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "throttle": _throttle_cache,
    "pages": _page_cache,
}
# Attempts per client address on the anonymous token endpoint (DRF rate syntax).
TOKEN_THROTTLE_RATE = env.str("WORKBENCH_TOKEN_THROTTLE_RATE", default="20/min")

# Webhook URLs must not reach the workbench's own network (loopback, private, link-local…).
# Tests and single-machine setups may allow it.
WEBHOOK_ALLOW_PRIVATE_HOSTS = env.bool("WORKBENCH_WEBHOOK_ALLOW_PRIVATE_HOSTS", default=False)

# Content-Security-Policy: only the workbench's own scripts and styles.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Login throttling: lock an account+IP pair out after repeated failures.
AXES_ENABLED = env.bool("AXES_ENABLED", default=True)
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The same client address as the API throttle: X-Forwarded-For only behind trusted proxies.
AXES_CLIENT_IP_CALLABLE = "core.clientip.client_ip"

# --- Mail -----------------------------------------------------------------------------------
# EMAIL_URL: smtp+tls://user:password@host:587 (or smtps://…:465) in production. The console
# default prints mail, password-reset links included, to stdout: `check --deploy` warns
# about it when DEBUG is off (workbench/checks.py).
vars().update(
    {
        name: value
        for name, value in env.email_url("EMAIL_URL", default="consolemail://").items()
        if value not in (None, "")
    }
)
# A dead mail server must not hold a request (password reset sends in the request).
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT_SECONDS", default=10)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="workbench@localhost")

# --- The organisation and its public fact-check pages --------------------------------------
ORGANISATION_NAME = env.str("WORKBENCH_ORG_NAME", default="Example Fact Check")
ORGANISATION_URL = env.str("WORKBENCH_ORG_URL", default="https://factcheck.example.org/")
# Absolute base of this workbench, used for links in notification e-mails and for the
# public pages' canonical links.
SITE_URL = env.str("WORKBENCH_SITE_URL", default="http://127.0.0.1:8000")
# The public fact-check pages (publishing/: /checks/, /checks/feed/, /sitemap.xml), no login
# needed. On by default in a development run (`make run` sets DJANGO_DEBUG=1).
PUBLIC_SITE = env.bool("WORKBENCH_PUBLIC_SITE", default=DEBUG)
# How long a rendered public page is kept (seconds). Its entity tag changes with the verdict,
# the claim, the article and the sources' copies, so a kept page is never served after those
# change; what the tag does not follow (a writer renaming themself) shows within this time.
PUBLIC_PAGE_CACHE_SECONDS = env.int("WORKBENCH_PUBLIC_PAGE_CACHE_SECONDS", default=3600)
# Public URL of a published fact-check; {id} is the claim id, {slug} a slug of its claim as
# stated. Defaults to the workbench's own public page; a newsroom with a CMS points it there.
FACTCHECK_URL_PATTERN = env.str(
    "WORKBENCH_FACTCHECK_URL_PATTERN", default=SITE_URL.rstrip("/") + "/checks/{id}/{slug}/"
)

# Uploaded and archived files (the default storage; S3-compatible storage is configured in
# STORAGES["default"] instead). Archived pages are stored under archive/.
MEDIA_ROOT = env.str("DJANGO_MEDIA_ROOT", default="") or str(VAR_DIR / "media")

# Upload and import limits, import jobs, extraction, matching and archiving:
# workbench/pipeline_settings.py.
# --- Celery ---------------------------------------------------------------------------------
# The broker, its timeouts, the queues and the task routes: workbench/celery_settings.py.
from workbench.celery_settings import *  # noqa: E402, F403
from workbench.pipeline_settings import *  # noqa: E402, F403
from workbench.pipeline_settings import ARCHIVE_SWEEP_HOURS, EXTRACTION_SWEEP_SECONDS  # noqa: E402

# The outbox relay: how often beat runs it, how long sent rows are kept, and how long the
# request-side fast path stands aside after the broker refused a message.
OUTBOX_RELAY_SECONDS = env.int("OUTBOX_RELAY_SECONDS", default=30)
OUTBOX_KEEP = timedelta(days=env.int("OUTBOX_KEEP_DAYS", default=7))
OUTBOX_FAST_PATH_PAUSE_SECONDS = env.float("OUTBOX_FAST_PATH_PAUSE_SECONDS", default=5)

CELERY_BEAT_SCHEDULE = {
    "relay-outbox": {
        "task": "core.tasks.relay_outbox",
        "schedule": timedelta(seconds=OUTBOX_RELAY_SECONDS),
        # Runs that queued up while no worker listened are dropped, not replayed in a burst.
        "options": {"expires": OUTBOX_RELAY_SECONDS},
    },
    "sweep-stuck-extractions": {
        "task": "claims.tasks.sweep_stuck_extractions",
        "schedule": timedelta(seconds=EXTRACTION_SWEEP_SECONDS),
    },
    "sweep-stalled-import-jobs": {
        "task": "claims.tasks.sweep_stalled_import_jobs",
        "schedule": timedelta(seconds=EXTRACTION_SWEEP_SECONDS),
    },
    "notify-overdue": {
        "task": "reviews.tasks.notify_overdue",
        "schedule": crontab(minute=0, hour="8"),
    },
    "archive-link-rot-sweep": {
        "task": "archive.tasks.sweep_link_rot",
        "schedule": timedelta(hours=ARCHIVE_SWEEP_HOURS),
    },
    "archive-prune-blobs": {
        "task": "archive.tasks.prune_blobs",
        "schedule": crontab(hour=4, minute=17),
    },
}

# --- REST framework -----------------------------------------------------------------------------
# The model of read-only export keys (core.api.authentication checks them; reviews owns them).
WORKBENCH_EXPORT_TOKEN_MODEL = "reviews.ExportToken"  # noqa: S105 - a model label

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "core.api.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "core.api.pagination.CursorPagination",
    "PAGE_SIZE": 25,
    "EXCEPTION_HANDLER": "core.api.exceptions.exception_handler",
    # JSON nested deeper than core.api.parsers.MAX_JSON_DEPTH is a 400, not a 500.
    "DEFAULT_PARSER_CLASSES": [
        "core.api.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]
    + (["rest_framework.renderers.BrowsableAPIRenderer"] if DEBUG else []),
    "DEFAULT_THROTTLE_RATES": {"anon": "60/min", "token": TOKEN_THROTTLE_RATE},
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Fact-checking workbench API",
    "DESCRIPTION": "Articles, claims, the review workflow and the verdict export.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # Swagger UI's assets come from drf-spectacular-sidecar and are served by whitenoise.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Several "status" fields (a claim's, an imported row's, a snapshot's): named apart.
    "ENUM_NAME_OVERRIDES": {"ClaimStatusEnum": "claims.models.ClaimStatus"},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}, "axes": {"level": "WARNING"}},
}
