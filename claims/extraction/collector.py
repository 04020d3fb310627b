"""Pausing CPython's cycle collector around work that allocates many small, acyclic
containers (pure Python: the extraction pipeline and the bulk import both use it)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause CPython's cycle collector for the block.

    Reference counting still frees everything that is not in a cycle. The collector
    keeps rescanning what such work holds: on a 500k-word body it doubled the
    extraction's run time (benchmarks/extraction.py), and one full collection took
    90 ms of a 10,000-row import's 550 ms of CPU (every object of the process walked
    once more). Only for bounded work that makes no reference cycles: the collector is
    paused for the whole process while the block runs.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
