"""Fixtures shared by the core tests (no QGIS)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .fake_api import FakeApi, serve


@pytest.fixture
def fake() -> Iterator[FakeApi]:
    """A fake STAC API served on a free local port for the test (see fake_api.py)."""
    api = FakeApi()
    server, thread = serve(api)
    yield api
    server.shutdown()
    server.server_close()
    thread.join(5)
