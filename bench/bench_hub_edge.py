"""The hub's edge under anonymous uploads, side by side for several source trees (e.g. main
before the change and this branch): the hub runs as its own process (`python -m sync.hub
serve` on SQLite, loopback) from each tree; 16 clients at once each upload 19 MiB with no
token; the table shows the answers, the time to the answer and the hub's resident memory
before and at its peak. Prints a table; asserts nothing.

    python bench/bench_hub_edge.py [--tree /work/main] [--tree .] [--clients 16] [--mib 19]
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from bench.common import median, percentile, print_table

SITE = "TYO1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def memory_kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def upload(port: int, size: int, answers: list[tuple[str, float]]) -> None:
    """One anonymous PUT of `size` bytes over a raw socket (so a hub that answers early is
    seen answering early); records the status line and the seconds to it."""
    started = time.perf_counter()
    head = (f"PUT /v1/sites/{SITE}/files/{'ab' * 32} HTTP/1.1\r\nHost: hub\r\n"
            f"Content-Type: application/octet-stream\r\nContent-Length: {size}\r\n\r\n")
    chunk = b"\0" * (256 * 1024)
    status = "no answer"
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
            sock.sendall(head.encode())
            sent = 0
            while sent < size:
                sock.sendall(chunk[:min(len(chunk), size - sent)])
                sent += min(len(chunk), size - sent)
            status = sock.recv(64).split(b"\r\n")[0].decode(errors="replace") or status
    except OSError as error:                 # the hub answered and closed while we sent
        status = f"closed while sending ({type(error).__name__})"
    answers.append((status, time.perf_counter() - started))


def run_tree(tree: Path, clients: int, size: int) -> list[object]:
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "hub.sqlite3")
        env = {**os.environ, "PYTHONPATH": str(tree)}
        subprocess.run([sys.executable, "-m", "sync.hub", "seed-demo", "--site", SITE,
                        "--db", db], env=env, check=True, capture_output=True, cwd=tree)
        port = free_port()
        hub = subprocess.Popen([sys.executable, "-m", "sync.hub", "serve", "--port", str(port),
                                "--db", db], env=env, cwd=tree)
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.1)
            before = memory_kib(hub.pid, "VmRSS")
            answers: list[tuple[str, float]] = []
            threads = [threading.Thread(target=upload, args=(port, size, answers))
                       for _ in range(clients)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            peak = memory_kib(hub.pid, "VmHWM")
        finally:
            hub.terminate()
            hub.wait(30)
    times = [seconds for _, seconds in answers]
    statuses = ", ".join(f"{count}x {status}" for status, count in
                         Counter(status for status, _ in answers).most_common())
    return [str(tree), statuses, median(times), percentile(times, 99), before // 1024,
            peak // 1024]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tree", type=Path, action="append")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--mib", type=int, default=19)
    args = parser.parse_args()
    trees = args.tree or [Path.cwd()]
    rows = [run_tree(tree.resolve(), args.clients, args.mib * 1024 * 1024) for tree in trees]
    print_table(f"{args.clients} anonymous uploads of {args.mib} MiB at once, hub on SQLite",
                ["tree", "answers", "median s", "p99 s", "RSS before MiB", "RSS peak MiB"],
                rows)


if __name__ == "__main__":
    main()
