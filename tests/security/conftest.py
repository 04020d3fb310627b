"""Shared fixtures for the security tests."""

# The broker-outage tests publish to a real broker, or a closed port (tests/core).
from tests.core.conftest import run_eagerly, use_broker, webhook_receiver  # noqa: F401
