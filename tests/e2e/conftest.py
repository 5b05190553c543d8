from tests.app_driver import station_app, synced_station_app

__all__ = ["station_app", "synced_station_app"]
