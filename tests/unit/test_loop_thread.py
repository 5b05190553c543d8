"""The one background loop helper (station.loop_thread) the print worker, the printer monitor
and the sync worker share: started once, woken out of a long pause, stopped for good."""

from __future__ import annotations

import threading

from station.loop_thread import LoopThread

FOREVER = 3600.0   # a pause no test waits out: only wake() or stop() ends it
GIVE_UP = 30.0     # how long a test waits for the loop before it fails


class Counting:
    def __init__(self) -> None:
        self.rounds = 0
        self.round_done = threading.Event()
        self.names: set[str] = set()
        self.thread = LoopThread("test-loop", self.loop)

    def loop(self) -> None:
        while not self.thread.stopping:
            self.rounds += 1
            self.names.add(threading.current_thread().name)
            self.round_done.set()
            self.thread.pause(FOREVER)

    def next_round(self) -> None:
        assert self.round_done.wait(GIVE_UP)
        self.round_done.clear()


def test_a_started_loop_runs_on_its_named_thread_and_a_second_start_adds_none():
    counting = Counting()
    counting.thread.start()
    counting.next_round()
    first = counting.thread.thread
    counting.thread.start()
    assert counting.thread.thread is first
    counting.thread.stop()
    assert counting.names == {"test-loop"}
    assert counting.rounds == 1


def test_wake_ends_a_long_pause_and_stop_ends_the_loop_and_its_thread():
    counting = Counting()
    counting.thread.start()
    counting.next_round()
    counting.thread.wake()
    counting.next_round()
    thread = counting.thread.thread
    counting.thread.stop()
    assert thread is not None
    assert not thread.is_alive()
    assert not counting.thread.running
    assert counting.rounds == 2


def test_a_stopped_loop_starts_again_and_stopping_a_loop_never_started_is_harmless():
    LoopThread("never", lambda: None).stop()
    counting = Counting()
    counting.thread.start()
    counting.next_round()
    counting.thread.stop()
    counting.thread.start()
    counting.next_round()
    assert counting.thread.running
    counting.thread.stop()
    assert counting.rounds == 2
