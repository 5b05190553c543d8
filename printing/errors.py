"""Errors of the printing package a person must see (a missing font, a broken printer setting)."""

from station.errors import StationError


class PrintingError(StationError):
    pass
