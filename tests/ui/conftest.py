import pytest

from tests.app_driver import station_app, synced_station_app
from ui.background import BackgroundWork

__all__ = ["station_app", "synced_station_app"]


@pytest.fixture
def background_work(qapp):
    """The background operations a widget under test runs on, stopped after the test."""
    work = BackgroundWork()
    yield work
    work.stop()
