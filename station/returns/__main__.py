"""`python -m station.returns export --data-dir DIR [--brand KAZE] [--out listings.csv]`:
writes the listings CSV of graded re-commerce stock. Reads the station database only."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station.errors import StationError
from station.messages import msg
from station.read_only_cli import FAILED, read_database, say_error, settings_of
from station.returns import channels
from station.returns.export import listing_rows, to_csv
from station.returns.policy import load_policies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m station.returns")
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="listings CSV of graded re-commerce stock")
    export.add_argument("--config", type=Path)
    export.add_argument("--data-dir", type=Path)
    export.add_argument("--policies", type=Path, help="folder of brand policy files")
    export.add_argument("--brand")
    export.add_argument("--out", type=Path, help="CSV file (default: standard output)")
    args = parser.parse_args(argv)
    station = settings_of(args.config, args.data_dir)
    if station is None:
        return FAILED
    words = station.words
    try:
        policies = load_policies(args.policies)
    except StationError as error:
        say_error(words, error)
        return FAILED
    rows = read_database(station, lambda conn: listing_rows(conn, policies, args.brand))
    if rows is None:
        return FAILED
    text = to_csv(rows, channels.VOCABULARIES)
    if args.out:
        args.out.write_text(text, encoding="utf-8-sig")
        written = (msg("Returns", "1 listing written to {path}.", path=str(args.out))
                   if len(rows) == 1 else
                   msg("Returns", "{count} listings written to {path}.", count=len(rows),
                       path=str(args.out)))
        print(words.render(written), file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
