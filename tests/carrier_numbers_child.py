"""A station process issuing tracking numbers, one box per step, for the SIGKILL test:
`python -m tests.carrier_numbers_child DB FIRST_ORDER`. It says `ACK <n>` once order n's
number is committed."""

from __future__ import annotations

import itertools
import sys
from datetime import UTC, datetime
from pathlib import Path

from station.carriers.numbering import Actor, issue
from station.carriers.tracking import with_check_digit
from station.store import open_store

KIND = "tracking/yamato"


def main() -> None:
    store = open_store(Path(sys.argv[1]))
    for order in itertools.count(int(sys.argv[2])):
        issue(store, KIND, f"ORD-{order}", 1, actor=Actor("PACK-01", None, datetime.now(UTC)),
              render=with_check_digit)
        print(f"ACK {order}", flush=True)


if __name__ == "__main__":
    main()
