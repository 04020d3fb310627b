"""Offline tools for the extraction pipeline: evaluation (and training) on corpora
read from disk at run time. The runtime pipeline never imports this package."""
