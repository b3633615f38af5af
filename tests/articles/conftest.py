"""The web-reading tests share a local news server (127.0.0.1 only) and its pages."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from webserver import NewsServer, running  # noqa: E402


@pytest.fixture(scope="module")
def news() -> Iterator[NewsServer]:
    """A local web server with the test pages, one per test module."""
    with running() as server:
        yield server
