"""Command line: decode images, parse GS1 data, decode EPCs. One JSON line per result.

    python -m scanning decode IMAGE...   codes found in still images (PNG, JPEG, WebP)
    python -m scanning gs1 STRING        a GS1 element string or Digital Link URI, parsed
    python -m scanning epc HEX...        EPC tag contents to pure-identity and tag URIs
    python -m scanning scale read --port PORT --protocol ad|mt-sics|cas|hid [--timeout S]
                                         the first stable weight in grams ("634 g")
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any


def _print(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def _decode(paths: Sequence[str]) -> int:
    from scanning.pipeline import quiet_opencv, still_decoder
    from scanning.stills import decode_file

    quiet_opencv()
    decoder = still_decoder()
    failed = 0
    for path in paths:
        for record in decode_file(path, decoder):
            failed += "error" in record
            _print(record)
    return 1 if failed else 0


def _gs1(text: str, gs_substitute: str) -> int:
    from scanning import gs1

    data = gs1.parse(text.replace("\\x1d", gs1.GS).replace("<GS>", gs1.GS), gs_substitute)
    _print({"input": text, **data.to_json()})
    return 0 if data.ok else 1


def _epc(values: Sequence[str]) -> int:
    from scanning.rfid import epc

    failed = 0
    for value in values:
        tag = epc.decode(value)
        failed += not tag.ok
        _print(tag.to_json())
    return 1 if failed else 0


def _scale(args: argparse.Namespace) -> int:
    from scanning.scale.cli import read_command

    code, line = read_command(args.port, args.protocol, args.timeout, args.baudrate,
                              args.language)
    (sys.stdout if code == 0 else sys.stderr).write(line + "\n")
    return code


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scanning", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    decode = commands.add_parser("decode", help="decode barcodes in still images")
    decode.add_argument("images", nargs="+")
    parse = commands.add_parser("gs1", help="parse GS1 data (write GS as \\x1d or <GS>)")
    parse.add_argument("text")
    parse.add_argument("--gs", default="~", help="the character a wedge scanner sends for GS")
    tags = commands.add_parser("epc", help="decode EPC hex per the GS1 Tag Data Standard")
    tags.add_argument("hex", nargs="+")
    scale = commands.add_parser("scale", help="read a scale").add_subparsers(
        dest="action", required=True).add_parser("read", help="print the first stable weight")
    scale.add_argument("--port", required=True, help="serial port, or hidraw device for hid")
    scale.add_argument("--protocol", required=True, choices=["ad", "mt-sics", "cas", "hid"])
    scale.add_argument("--timeout", type=float, default=10.0, help="seconds (default 10)")
    scale.add_argument("--baudrate", type=int, default=9600)
    scale.add_argument("--language", choices=["en", "ja"], default="en")
    args = parser.parse_args(argv)
    if args.command == "scale":
        return _scale(args)
    if args.command == "decode":
        return _decode(args.images)
    if args.command == "gs1":
        return _gs1(args.text, args.gs)
    return _epc(args.hex)


if __name__ == "__main__":
    raise SystemExit(main())
