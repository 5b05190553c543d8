"""`python -m station.inbox export-parked --data-dir DIR [--out parked.csv]`: the events the
hub rejected or answered with a conflict, with its reasons, as CSV (UTF-8 with a byte-order
mark, for spreadsheet programs). Reads the station database only."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station.inbox.rejected import parked_csv, rejected_events
from station.messages import msg
from station.read_only_cli import FAILED, read_database, settings_of


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m station.inbox")
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export-parked",
                                 help="CSV of the events the hub rejected, with its reasons")
    export.add_argument("--config", type=Path)
    export.add_argument("--data-dir", type=Path)
    export.add_argument("--out", type=Path, help="CSV file (default: standard output)")
    args = parser.parse_args(argv)
    station = settings_of(args.config, args.data_dir)
    if station is None:
        return FAILED
    words = station.words
    parked = read_database(station, lambda conn: rejected_events(conn, limit=None))
    if parked is None:
        return FAILED
    text = parked_csv(parked)
    if args.out:
        args.out.write_text(text, encoding="utf-8-sig")
        print(words.render(msg("Sync", "{count} parked event(s) written to {path}.",
                               count=len(parked), path=str(args.out))), file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
