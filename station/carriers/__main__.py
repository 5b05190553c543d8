"""`python -m station.carriers check|export|import|pickup`: carrier numbers and files.

- `check CARRIER NUMBER`: exit 0 when the number is valid for the carrier, 1 with the reason.
- `export CARRIER --data-dir DIR --out FILE [--date YYYY-MM-DD]`: the day's shipments in the
  carrier's import layout (クリックポスト parcels of Japan Post go to FILE's sibling
  `<stem>-clickpost.csv`); refused shipments are listed with their problems (exit 1).
- `import CARRIER FILE --data-dir DIR`: attach the numbers of the carrier's issued-history
  file; strangers, conflicts and invalid numbers are listed (exit 1 when any).
- `pickup CARRIER --data-dir DIR [--date] [--scan NUMBER ...]`: the pickup list, marking
  the scanned parcels as handed over."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from station.carriers.contracts import CARRIERS, Carrier, Contract, default_contracts
from station.carriers.export import export, layout_named
from station.carriers.history import import_history
from station.carriers.numbering import Actor
from station.carriers.orders import shipments_for
from station.carriers.pickup import HandOver, hand_over, pickup_list
from station.carriers.tracking import tracking_problem
from station.errors import StationError
from station.messages import Catalogue, Message, catalogue, counted, msg
from station.settings import Settings, load
from station.store import open_store


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    words = catalogue(args.lang)
    if args.command == "check":
        problem = tracking_problem(args.carrier, args.number)
        if problem is None:
            print(words.render(msg("Carriers", "{number} is a valid {carrier} number.",
                                   number=args.number, carrier=args.carrier)))
            return 0
        print(words.render(problem), file=sys.stderr)
        return 1
    try:
        settings = load(args.config, data_dir=args.data_dir)
        contract = default_contracts(args.contracts)[args.carrier] if args.contracts else \
            default_contracts()[args.carrier]
    except StationError as error:
        print(words.render(error.message), file=sys.stderr)
        return 2
    except KeyError:
        print(words.render(msg("Carriers", "No contract for {carrier}.",
                               carrier=args.carrier)), file=sys.stderr)
        return 2
    words = catalogue(args.lang or settings.station.language)
    if not settings.database_path.exists():
        print(words.render(msg("Carriers", "No station database at {path}.",
                               path=str(settings.database_path))), file=sys.stderr)
        return 2
    day = getattr(args, "date", None) or date.today().isoformat()
    if args.command == "export":
        return _export(settings, contract, day, args.out, words)
    if args.command == "import":
        return _import(settings, contract, args.file, words)
    return _pickup(settings, contract.carrier, day, args.scan or [], words)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m station.carriers")
    parser.add_argument("--lang", default="", help="en or ja (default: the station's)")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="is this a valid tracking number?")
    check.add_argument("carrier", choices=CARRIERS)
    check.add_argument("number")
    for name, text in (("export", "write the carrier's import file"),
                       ("import", "attach numbers from the carrier's issued-history file"),
                       ("pickup", "the pickup list; --scan marks parcels handed over")):
        command = commands.add_parser(name, help=text)
        command.add_argument("carrier", choices=CARRIERS)
        if name == "import":
            command.add_argument("file", type=Path)
        command.add_argument("--data-dir", type=Path)
        command.add_argument("--config", type=Path)
        command.add_argument("--contracts", type=Path, help="folder of contract TOML files")
        if name == "export":
            command.add_argument("--out", type=Path, required=True)
        if name != "import":
            command.add_argument("--date", help="YYYY-MM-DD (default: today)")
        if name == "pickup":
            command.add_argument("--scan", action="append", help="a scanned label")
    return parser


def _say(words: Catalogue, message: Message) -> None:
    print(words.render(message), file=sys.stderr)


def _export(settings: Settings, contract: Contract, day: str, out: Path,
            words: Catalogue) -> int:
    conn = sqlite3.connect(f"file:{settings.database_path}?mode=ro", uri=True)
    try:
        shipments = shipments_for(conn, contract.carrier, day)
    finally:
        conn.close()
    files = export(contract, shipments)
    refused = 0
    for name, result in files.items():
        path = out if name == contract.file_layout else out.with_name(
            f"{out.stem}-{name}{out.suffix}")
        path.write_bytes(result.content)
        rows = counted(result.rows, msg("Carriers", "1 row"),
                       msg("Carriers", "{rows} rows", rows=result.rows))
        _say(words, counted(
            result.shipments,
            msg("Carriers", "1 shipment in {rows} written to {path}.", rows=rows,
                path=str(path)),
            msg("Carriers", "{count} shipments in {rows} written to {path}.",
                count=result.shipments, rows=rows, path=str(path))))
        for item in result.refused:
            refused += 1
            for problem in item.problems:
                _say(words, msg("Carriers", "{order}: {problem} {action}", order=item.order_id,
                                problem=problem.message, action=problem.action))
    if not files:
        out.write_bytes(b"")
        _say(words, msg("Carriers", "No {carrier} shipments for {day}.",
                        carrier=contract.carrier, day=day))
    return 1 if refused else 0


def _import(settings: Settings, contract: Contract, file: Path, words: Catalogue) -> int:
    layout = layout_named(contract, contract.file_layout)
    store = open_store(settings.database_path)
    try:
        actor = Actor(settings.station.id, None, datetime.now(UTC))
        report = import_history(store, contract, layout, file.read_bytes(), actor=actor,
                                source=file.name)
    except (ValueError, UnicodeDecodeError) as error:
        _say(words, msg("Carriers", "{path} is not a {carrier} issued-history file: {reason}",
                        path=str(file), carrier=contract.carrier, reason=str(error)))
        return 2
    finally:
        store.close()
    attached = len(report.attached)
    _say(words, counted(
        attached, msg("Carriers", "1 number attached, {unchanged} already there.",
                      unchanged=report.unchanged),
        msg("Carriers", "{attached} numbers attached, {unchanged} already there.",
            attached=attached, unchanged=report.unchanged)))
    for problem in (*report.strangers, *report.conflicts, *report.invalid):
        _say(words, msg("Carriers", "Line {line} ({key}, {number}): {problem}",
                        line=problem.line, key=problem.key, number=problem.number or "-",
                        problem=problem.message))
    return 1 if report.strangers or report.conflicts or report.invalid else 0


def _pickup(settings: Settings, carrier: Carrier, day: str, scans: list[str],
            words: Catalogue) -> int:
    store = open_store(settings.database_path)
    try:
        failed = 0
        actor = Actor(settings.station.id, None, datetime.now(UTC))
        for scanned in scans:
            outcome = hand_over(store, carrier, day, scanned, actor)
            failed += outcome.kind in {HandOver.INVALID, HandOver.NOT_ON_LIST}
            _say(words, outcome.message)
        listing = pickup_list(store.conn, carrier, day)
    finally:
        store.close()
    for parcel in listing.parcels:
        mark = "x" if parcel.handed_over else " "
        print(f"[{mark}] {parcel.tracking}  {parcel.order_id}  {parcel.box_no}  {parcel.service}")
    _say(words, counted(
        listing.count,
        msg("Carriers", "{carrier} {day}: 1 parcel, {done} handed over.", carrier=carrier,
            day=day, done=listing.handed_over),
        msg("Carriers", "{carrier} {day}: {count} parcels, {done} handed over.",
            carrier=carrier, day=day, count=listing.count, done=listing.handed_over)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
