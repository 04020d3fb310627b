"""System checks of the matching app: the embedding model is there when it is asked for."""

from __future__ import annotations

from typing import Any

import pytest

from matching import checks
from matching.engine import minilm


def test_the_system_check_passes_with_the_model_installed_or_the_setting_off(
    settings: Any,
) -> None:
    settings.CLAIM_MATCHING_EMBEDDINGS = False
    assert checks.embedding_model_installed() == []
    settings.CLAIM_MATCHING_EMBEDDINGS = True
    assert checks.embedding_model_installed() == []


def test_the_system_check_names_a_missing_model(
    settings: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    settings.CLAIM_MATCHING_EMBEDDINGS = True

    def not_installed() -> None:
        raise minilm.ModelNotInstalled("the embedding re-ranker needs the package")

    monkeypatch.setattr(minilm, "model_dir", not_installed)
    [error] = checks.embedding_model_installed()
    assert error.id == "claims.E001" and "needs the package" in error.msg

    monkeypatch.setattr(minilm, "model_dir", lambda: tmp_path)
    [error] = checks.embedding_model_installed()
    assert error.id == "claims.E002" and "model.safetensors, vocab.txt" in error.msg
