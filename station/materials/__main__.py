"""`python -m station.materials export --brand HANA --from 2026-12-01 --to 2026-12-31
--out bill.xlsx [--data-dir DIR] [--materials FILE]`: the packing-materials bill of one brand
for one period, CSV (per order and material) or XLSX (a summary sheet with the total, and the
orders sheet). Reads the station database only."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from station.errors import StationError
from station.materials.catalogue import load_materials
from station.materials.export import bill_lines, write_bill
from station.materials.settings import MaterialsSettings
from station.messages import Message, msg
from station.metrics.settings import MetricsSettings
from station.read_only_cli import FAILED, read_database, say_error, settings_of


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m station.materials")
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="packing materials bill of a brand")
    export.add_argument("--config", type=Path)
    export.add_argument("--data-dir", type=Path)
    export.add_argument("--materials", type=Path, help="materials file (default: settings)")
    export.add_argument("--brand", required=True)
    export.add_argument("--from", dest="first", required=True, help="first day, YYYY-MM-DD")
    export.add_argument("--to", dest="last", required=True, help="last day, YYYY-MM-DD")
    export.add_argument("--out", type=Path, required=True, help="a .csv or .xlsx file")
    args = parser.parse_args(argv)
    station = settings_of(args.config, args.data_dir)
    if station is None:
        return FAILED
    settings, words = station.settings, station.words
    try:
        materials = load_materials(
            args.materials or settings.section("materials", MaterialsSettings).file)
        zone = settings.section("metrics", MetricsSettings).zone
    except StationError as error:
        say_error(words, error)
        print(words.render(error.next_step), file=sys.stderr)
        return FAILED
    problem = _problem(args)
    if problem is not None:
        print(words.render(problem), file=sys.stderr)
        return FAILED
    first, last = date.fromisoformat(args.first), date.fromisoformat(args.last)
    lines = read_database(station, lambda conn: bill_lines(conn, args.brand, first, last, zone))
    if lines is None:
        return FAILED
    orders = write_bill(lines, materials, args.out, brand=args.brand,
                        language=settings.station.language, render=words.render)
    print(words.render(msg("Materials", "{orders} orders of {brand} written to {path}.",
                           orders=orders, brand=args.brand, path=str(args.out))),
          file=sys.stderr)
    return 0


def _problem(args: argparse.Namespace) -> Message | None:
    """What is wrong with the period or the output file, said so a person can fix it."""
    for day in (args.first, args.last):
        try:
            date.fromisoformat(day)
        except ValueError:
            return msg("Materials", "{day} is not a day: write it as YYYY-MM-DD "
                       "(2026-12-01).", day=day)
    if date.fromisoformat(args.first) > date.fromisoformat(args.last):
        return msg("Materials", "The period starts ({first}) after it ends ({last}).",
                   first=args.first, last=args.last)
    if args.out.suffix.lower() not in {".csv", ".xlsx"}:
        return msg("Materials", "Write the bill to a .csv or .xlsx file, not {path}.",
                   path=str(args.out))
    return None


if __name__ == "__main__":
    sys.exit(main())
