"""The set-up every read-only command-line tool of the station shares: its settings, the words
of its language and a read-only connection to its database, or the one line to print (exit
code 2) when any of them cannot be had. Read-only, so a tool never blocks the running app."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from station.errors import StationError
from station.messages import Catalogue, catalogue, msg
from station.settings import Settings, load

T = TypeVar("T")
FAILED = 2  # the exit code of a tool that could not read the station


@dataclass(frozen=True)
class ReadOnlyStation:
    settings: Settings
    words: Catalogue


def settings_of(config: Path | None, data_dir: Path | None) -> ReadOnlyStation | None:
    """The station's settings and words; None (the reason printed) when they cannot load."""
    try:
        settings = load(config, data_dir=data_dir)
    except StationError as error:
        say_error(catalogue("en"), error)
        return None
    return ReadOnlyStation(settings, catalogue(settings.station.language))


def say_error(words: Catalogue, error: StationError) -> None:
    print(words.render(error.message), file=sys.stderr)


def read_database(station: ReadOnlyStation, read: Callable[[sqlite3.Connection], T]
                  ) -> T | None:
    """`read` on a read-only connection to the station database, closed after it; None (the
    reason printed) when there is no database or it cannot be read."""
    path = station.settings.database_path
    if not path.exists():
        print(station.words.render(msg("Station", "No station database at {path}.",
                                       path=str(path))), file=sys.stderr)
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return read(conn)
        finally:
            conn.close()
    except sqlite3.Error as error:
        print(station.words.render(msg("Station", "The station database {path} cannot be "
                                       "read: {reason}", path=str(path), reason=str(error))),
              file=sys.stderr)
        return None
