"""Fixtures shared by every test layer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from station.clock import FixedClock
from station.core import StationCore, open_core
from station.settings import load
from tests.leak_support import check_leaks


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


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    report = yield
    if report.when == "call":
        item.stash[_CALL_FAILED] = report.failed
    return report


_CALL_FAILED = pytest.StashKey[bool]()


@pytest.fixture(autouse=True)
def no_leaks(request: pytest.FixtureRequest):
    """Fail a test that leaves a running QTimer, a live thread or an open window behind
    (checked after every other fixture has torn down; a failed test is not blamed twice)."""
    with check_leaks() as leaks:
        yield
    if leaks.found and not request.node.stash.get(_CALL_FAILED, False):
        pytest.fail("left behind: " + "; ".join(leaks.found), pytrace=False)
