"""Fixtures shared by every test layer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from station.clock import FixedClock
from station.core import StationCore, open_core
from station.settings import load


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def settings(tmp_path: Path):
    return load(None, data_dir=tmp_path / "data", environ={})


@pytest.fixture
def core(settings, clock) -> StationCore:
    """The real core on an in-memory database seeded with the demo data."""
    station = open_core(settings, clock, in_memory=True)
    yield station
    station.close()


@pytest.fixture
def file_core(settings, clock) -> StationCore:
    """The real core on a SQLite file in a temporary data directory."""
    station = open_core(settings, clock)
    yield station
    station.close()
