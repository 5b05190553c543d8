"""Command line: render any document from the station's local data, or the barcode sheet.

    python -m printing render KIND [--order ORDER] [--brand BRAND] [--kit DIR] --out FILE
        KIND: label-zpl, label-pdf, slip, insert, gift-card, recommerce-label
    python -m printing render label-pdf|label-zpl --carrier yamato|sagawa|japanpost
        [--order ORDER] --out FILE      the carrier's label (a demo shipment without --order)
    python -m printing barcode-sheet --out FILE
    python -m printing queues                       list CUPS queues
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station.errors import StationError

KINDS = ("label-zpl", "label-pdf", "slip", "insert", "gift-card", "recommerce-label")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m printing", description=__doc__.split(
        "\n")[0])
    parser.add_argument("--config", type=Path, help="station settings file (TOML)")
    parser.add_argument("--data-dir", type=Path, help="station data directory")
    commands = parser.add_subparsers(dest="command", required=True)
    render = commands.add_parser("render", help="write one document to a file")
    render.add_argument("kind", choices=KINDS)
    render.add_argument("--order", help="order number (default: a sample demo order)")
    render.add_argument("--brand", help="brand of the sample order, e.g. KAZE or HANA")
    render.add_argument("--kit", type=Path, help="brand kit folder being edited (inserts)")
    render.add_argument("--paper", help="A4, A5, Letter (slip); A6, A5 (insert)")
    render.add_argument("--dpi", type=int, choices=(203, 300), help="ZPL resolution")
    render.add_argument("--size", choices=("4x6", "100x150"), help="label size")
    render.add_argument("--carrier", choices=("yamato", "sagawa", "japanpost"),
                        help="the carrier's own label layout (label-pdf, label-zpl)")
    render.add_argument("--out", type=Path, required=True)
    sheet = commands.add_parser("barcode-sheet", help="write the demo barcode sheet (PDF)")
    sheet.add_argument("--out", type=Path, required=True)
    commands.add_parser("queues", help="list the CUPS queues of this computer")
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except StationError as error:
        print(f"{error.message.render()}\n{error.next_step.render()}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    from printing import cli

    if args.command == "queues":
        for queue in cli.queues():
            print(queue)
        return 0
    with cli.local_core(args.config, args.data_dir) as core:
        if args.command == "barcode-sheet":
            path = cli.write_barcode_sheet(core, args.out)
            print(path)
            return 0
        result = cli.render(core, args.kind, order_id=args.order, brand=args.brand,
                            kit=args.kit, paper=args.paper, dpi=args.dpi, size=args.size,
                            carrier=args.carrier)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(result.data)
    for line in result.notes:
        print(line, file=sys.stderr)
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
