"""The camera's repeat filter: a code held in view is one read; shown again later, a new one."""

from __future__ import annotations

from scanning.camera import RepeatFilter


class Ticks:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_code_seen_on_every_frame_is_new_only_once():
    ticks = Ticks()
    repeats = RepeatFilter(2.0, ticks)
    seen = []
    for _ in range(100):
        seen.append(repeats.is_new("4589123000013"))
        ticks.now += 0.05
    assert seen.count(True) == 1


def test_a_code_back_in_view_after_the_window_is_new_again():
    ticks = Ticks()
    repeats = RepeatFilter(2.0, ticks)
    assert repeats.is_new("A")
    ticks.now = 2.5
    assert repeats.is_new("A")


def test_two_different_codes_are_each_new():
    repeats = RepeatFilter(2.0, Ticks())
    assert repeats.is_new("A")
    assert repeats.is_new("B")
    assert not repeats.is_new("A")
