"""Claim extraction: pure Python, no Django (see pipeline.extract_candidates)."""
