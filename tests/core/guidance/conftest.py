"""Fixtures for the language-guidance tests: one compiled guide shared by the session.

Building a guide takes a few tens of milliseconds; the hundreds of example tests share one.
All text in these tests is fictional.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from womenscentre.guidance import Guide
from womenscentre.paths import resources_dir


@pytest.fixture(autouse=True)
def isolated_cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test (nor a command it starts) may write to the real per-user cache folder."""
    folder = tmp_path / "cache-home"
    monkeypatch.setenv("WOMENSCENTRE_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def builtin_dir() -> Path:
    return resources_dir() / "language" / "en-GB"


@pytest.fixture(scope="session")
def guide() -> Guide:
    """The built-in rules as a centre gets them: opt-in rules off."""
    return Guide.load()


@pytest.fixture(scope="session")
def full_guide() -> Guide:
    """Every built-in rule, opt-in ones included, as the examples tests need."""
    everything = Guide.load()
    return Guide.load(enabled=[r.id for p in everything.packs for r in p.rules if r.opt_in])
