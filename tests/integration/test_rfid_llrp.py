"""The LLRP reader against llrpkit's reader emulator over loopback: reads come back with RSSI
and antenna, and a reader that is absent or drops its connection gives a status, not a crash."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator

import pytest

from scanning.rfid.llrp import LlrpReader
from scanning.rfid.readers import ReaderStatus

emulator = pytest.importorskip("llrpkit.emulator.core")

ITEM = "3074257BF7194E4000001A85"
PALLET = "3174257BF4499602D2000000"


class RunningEmulator:
    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.emu = emulator.LLRPEmulator(tags=[
            emulator.EmulatedTag(bytes.fromhex(ITEM), (1,), -48.0),
            emulator.EmulatedTag(bytes.fromhex(PALLET), (1,), -70.0)], reads_per_sec=100)
        ready = threading.Event()

        def run() -> None:
            asyncio.set_event_loop(self.loop)
            self.loop.run_until_complete(self.emu.start())
            ready.set()
            self.loop.run_forever()

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()
        assert ready.wait(10)

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self.emu.stop(), self.loop).result(10)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


@pytest.fixture
def reader_emulator() -> Iterator[RunningEmulator]:
    running = RunningEmulator()
    yield running
    running.close()


def test_a_read_window_returns_every_tag_in_the_field_with_rssi(reader_emulator):
    window = LlrpReader("127.0.0.1", reader_emulator.emu.port).read(1.0)
    assert window.status is ReaderStatus.OK
    assert window.problem is None
    assert {read.epc_hex for read in window.reads} == {ITEM, PALLET}
    assert all(-90 < read.rssi < -30 and read.antenna == 1 for read in window.reads)
    assert len(window.reads) > 2


def test_a_reader_that_is_not_there_is_reported_unreachable():
    window = LlrpReader("127.0.0.1", 1, connect_timeout=1).read(0.2)
    assert window.status is ReaderStatus.UNREACHABLE
    assert "cannot be reached" in window.problem.render()


def test_a_reader_dropping_its_connection_mid_read_keeps_what_was_read(reader_emulator):
    reader = LlrpReader("127.0.0.1", reader_emulator.emu.port)
    result = {}
    thread = threading.Thread(target=lambda: result.setdefault("w", reader.read(5.0)))
    thread.start()
    time.sleep(0.6)
    reader_emulator.stop()
    thread.join(15)
    window = result["w"]
    assert window.status is ReaderStatus.DISCONNECTED
    assert window.reads
    assert "dropped its connection" in window.problem.render()
    assert window.seconds < 5.0
