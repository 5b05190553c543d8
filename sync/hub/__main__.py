"""The hub's command line.

    python -m sync.hub serve --port 8765 [--workers N] [--allow-private-webhooks] [--db URL]
    python -m sync.hub migrate [--db URL]
    python -m sync.hub add-station --site TYO1 --station PACK-01 [--db URL]
    python -m sync.hub revoke-station --station PACK-01
    python -m sync.hub add-client --brand KAZE [--brand ...] [--name NAME]
    python -m sync.hub revoke-client --name NAME
    python -m sync.hub webhooks list | webhooks replay DELIVERY...
    python -m sync.hub import-orders FILE... [--db URL]
    python -m sync.hub seed-demo --site TYO1
    python -m sync.hub cancel-order|hold-order ORDER [--reason TEXT]
    python -m sync.hub prune-feed --up-to POSITION
    python -m sync.hub add-range --site TYO1 --kind tracking/yamato FIRST LAST
    python -m sync.hub materials-bill --site TYO1 --brand HANA --from DAY --to DAY --out F

--db is a PostgreSQL URL (postgresql://user@host/db) or an SQLite file (default hub.sqlite3).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy import Engine

DEFAULT_DB = "hub.sqlite3"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sync.hub", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--workers", type=int, default=1, help="worker processes (each"
                       " serves the API and delivers webhooks)")
    serve.add_argument("--allow-private-webhooks", action="store_true", help="let webhooks"
                       " go to loopback, private and link-local addresses (refused by default)")
    serve.add_argument("--webhook-first-retry", type=float, default=30.0, metavar="SECONDS",
                       help="wait after a failed delivery; it doubles up to --webhook-longest-wait")
    serve.add_argument("--webhook-longest-wait", type=float, default=3600.0, metavar="SECONDS")
    serve.add_argument("--webhook-lease", type=float, default=120.0, metavar="SECONDS",
                       help="how long a delivery in flight is left to its worker (longer than"
                       " --webhook-timeout)")
    serve.add_argument("--webhook-timeout", type=float, default=10.0, metavar="SECONDS")
    serve.add_argument("--webhook-interval", type=float, default=1.0, metavar="SECONDS",
                       help="how often an idle worker looks for due deliveries")
    serve.add_argument("--webhook-parallel", type=int, default=8, metavar="N",
                       help="webhooks a worker sends to at once (one delivery each)")
    commands.add_parser("migrate", help="bring the database's schema up to date (every"
                        " command does this first; a hub made before Alembic is adopted)")
    add = commands.add_parser("add-station", help="register a station; prints its token once")
    add.add_argument("--site", required=True)
    add.add_argument("--station", required=True)
    revoke = commands.add_parser("revoke-station", help="revoke a station's token")
    revoke.add_argument("--station", required=True)
    client = commands.add_parser("add-client", help="give a brand's OMS an API key; prints"
                                 " the key once")
    client.add_argument("--brand", action="append", required=True, help="repeat for more")
    client.add_argument("--name", help="the client's name (made up from the brands if not"
                        " given; an existing name gets a new key)")
    unclient = commands.add_parser("revoke-client", help="revoke an OMS client's key")
    unclient.add_argument("--name", required=True)
    hooks = commands.add_parser("webhooks", help="webhook deliveries not (yet) delivered;"
                                " replay some")
    hooks.add_argument("action", choices=("list", "replay"))
    hooks.add_argument("deliveries", nargs="*", type=int, help="delivery ids to replay")
    imports = commands.add_parser("import-orders", help="import orders from CSV or JSON files")
    imports.add_argument("files", nargs="+", type=Path)
    seed = commands.add_parser("seed-demo", help="publish the demo catalogue and orders")
    seed.add_argument("--site", required=True)
    for name in ("cancel-order", "hold-order"):
        change = commands.add_parser(name, help=f"{name.split('-')[0]} an order")
        change.add_argument("order")
        change.add_argument("--reason", default="")
    prune = commands.add_parser("prune-feed", help="drop feed records up to a position")
    prune.add_argument("--up-to", type=int, required=True)
    ranges = commands.add_parser("add-range", help="hold a number range a carrier allocated"
                                 " (11-digit bodies; SSCC serial references for kind sscc)")
    ranges.add_argument("--site", required=True)
    ranges.add_argument("--kind", required=True, help="tracking/yamato, tracking/sagawa,"
                        " tracking/japanpost or sscc")
    ranges.add_argument("first", type=int)
    ranges.add_argument("last", type=int)
    bill = commands.add_parser("materials-bill", help="a brand's packing materials of a site"
                               " for a period (.csv or .xlsx), from every station's events")
    for option in ("--site", "--brand", "--from", "--to"):
        bill.add_argument(option, required=True)
    bill.add_argument("--out", type=Path, required=True)
    bill.add_argument("--materials", type=Path, help="materials file (default: the demo one)")
    bill.add_argument("--time-zone", default="Asia/Tokyo", help="whose days the period means")
    for sub in commands.choices.values():
        sub.add_argument("--db", default=DEFAULT_DB, help="PostgreSQL URL or SQLite file")
    args = parser.parse_args(argv)
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    from station.limits import MAX_TEXT
    from sync.hub import orders
    from sync.hub.db import open_hub_db

    if args.command == "migrate":
        return _migrate(open_hub_db(args.db, create=False))
    engine = open_hub_db(args.db)
    if args.command == "serve":
        engine.dispose()     # the schema is there; each serving process opens its own
        return _serve(args)
    if args.command == "add-station":
        from sync.hub.stations import add_station

        print(add_station(engine, args.site, args.station))
        return 0
    if args.command == "revoke-station":
        from sync.hub.stations import revoke_station

        return 0 if revoke_station(engine, args.station) else _fail(
            f"no station {args.station}")
    if args.command in {"add-client", "revoke-client"}:
        return _clients(engine, args)
    if args.command == "webhooks":
        return _webhooks(engine, args.action, args.deliveries)
    if args.command == "import-orders":
        report = orders.import_files(engine, args.files)
        for problem in report.problems:
            print(problem, file=sys.stderr)
        if report.problems:
            return _fail(f"{len(report.problems)} problem(s): nothing was imported")
        print(f"imported {report.imported} order(s), {report.unchanged} unchanged")
        return 0
    if args.command == "seed-demo":
        from sync.hub.demo import seed_demo

        print("seeded" if seed_demo(engine, args.site) else "the hub already has a catalogue")
        return 0
    if args.command in {"cancel-order", "hold-order"}:
        change = orders.cancel_order if args.command == "cancel-order" else orders.hold_order
        if len(args.reason) > MAX_TEXT or "\x00" in args.reason:
            return _fail(f"the reason is longer than {MAX_TEXT} characters or has NUL in it")
        return 0 if change(engine, args.order, args.reason) else _fail(
            f"no order {args.order}")
    if args.command == "prune-feed":
        from sync.hub import feed

        with engine.begin() as conn:
            print(f"pruned {feed.prune(conn, args.up_to)} record(s)")
        return 0
    if args.command == "materials-bill":
        return _materials_bill(engine, args)
    if args.command == "add-range":
        from sync.hub.number_blocks import add_range

        try:
            add_range(engine, args.site, args.kind, args.first, args.last)
        except ValueError as error:
            return _fail(str(error))
        print(f"{args.kind} {args.first}-{args.last} held for {args.site}")
        return 0
    return 2


def _materials_bill(engine: Engine, args: argparse.Namespace) -> int:
    from datetime import date
    from zoneinfo import ZoneInfo

    from station.errors import StationError
    from station.materials.catalogue import load_materials
    from station.materials.export import write_bill
    from sync.hub.materials_bill import site_bill_lines

    try:
        first, last = date.fromisoformat(getattr(args, "from")), date.fromisoformat(args.to)
        zone = ZoneInfo(args.time_zone)
        materials = load_materials(args.materials)
    except StationError as error:
        return _fail(error.message.render())
    except (ValueError, KeyError) as error:
        return _fail(f"bad --from, --to or --time-zone: {error}")
    if first > last or args.out.suffix.lower() not in {".csv", ".xlsx"}:
        return _fail("the period must not end before it starts, and --out is .csv or .xlsx")
    lines = site_bill_lines(engine, args.site, args.brand, first=first, last=last, zone=zone)
    orders = write_bill(lines, materials, args.out, brand=args.brand, language="en")
    print(f"{orders} order(s) of {args.brand} at {args.site} written to {args.out}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    """The API and webhook delivery in each of `--workers` processes (sync.hub.serving)."""
    from datetime import timedelta

    from sync.hub.serving import serve
    from sync.hub.webhooks import DeliveryPolicy

    if args.workers < 1:
        return _fail("--workers must be at least 1")
    try:
        policy = DeliveryPolicy(
            first_retry=timedelta(seconds=args.webhook_first_retry),
            longest_wait=timedelta(seconds=args.webhook_longest_wait),
            lease=timedelta(seconds=args.webhook_lease), timeout_s=args.webhook_timeout,
            interval_s=args.webhook_interval, parallel=args.webhook_parallel,
            private_urls=args.allow_private_webhooks)
    except ValueError as error:
        return _fail(str(error))
    _say(f"hub serving on http://{args.host}:{args.port} with {args.workers} worker"
         f" process(es), database {_shown(args.db)}")
    if policy.private_urls:
        _say("webhooks may go to loopback and private addresses (--allow-private-webhooks)")
    serve(args.db, policy, args.host, args.port, args.workers)
    return 0


def _shown(db: str) -> str:
    """The database as a log may show it: a URL's password hidden."""
    if "://" not in db:
        return db
    from sqlalchemy import make_url

    return make_url(db).render_as_string(hide_password=True)


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _migrate(engine: Engine) -> int:
    from sync.hub.migrate import upgrade

    done = upgrade(engine)
    if done.changed:
        print(f"migrated from {done.before or 'no revision (before Alembic)'} to {done.after}")
    else:
        print(f"already at {done.after}")
    return 0


def _clients(engine: Engine, args: argparse.Namespace) -> int:
    if args.command == "add-client":
        from sync.hub.oms_keys import add_client

        try:
            name, key = add_client(engine, args.brand, args.name)
        except ValueError as error:
            return _fail(str(error))
        print(f"client {name} for {', '.join(sorted(set(args.brand)))}", file=sys.stderr)
        print(key)
        return 0
    from sync.hub.oms_keys import revoke_client

    if not revoke_client(engine, args.name):
        return _fail(f"no client {args.name}")
    print(f"revoked client {args.name}")
    return 0


def _webhooks(engine: Engine, action: str, deliveries: list[int]) -> int:
    from sync.hub import webhooks

    if action == "replay":
        if not deliveries:
            return _fail("name the deliveries to replay (their ids, from webhooks list)")
        with engine.connect() as conn:
            unknown = sorted(set(deliveries) - webhooks.known(conn, deliveries))
        if unknown:
            return _fail(f"no delivery {', '.join(map(str, unknown))} (webhooks list shows"
                         " them): nothing replayed")
        print(f"{webhooks.replay(engine, deliveries)} delivery(ies) due again")
        return 0
    with engine.connect() as conn:
        for row in webhooks.pending(conn):
            state = ("client revoked" if row["revoked"] else "given up" if row["failed"]
                     else "retrying" if row["attempts"] else "waiting")
            print(f"{row['delivery']}\t{state}\t{row['attempts']} attempt(s)\t"
                  f"{row['url']}\tposition {row['position']}\t{row['last_error'] or ''}")
    return 0


def _fail(text: str) -> int:
    print(text, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
