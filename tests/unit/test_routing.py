"""The core's one scan router: who takes a read, by what it is and the screen on show."""

from __future__ import annotations

import pytest

from station.routing import Target, route


@pytest.mark.parametrize("desk", ["pack", "returns", "supervisor"])
@pytest.mark.parametrize("text", ["CMD:TARE", "cmd:zero", "ＣＭＤ：ＴＡＲＥ"])
def test_a_scale_command_goes_to_the_scale_on_every_screen(text, desk):
    assert route(text, desk) is Target.DEVICE


def test_without_devices_a_scale_command_is_text_for_the_desk():
    assert route("CMD:TARE", "pack", devices=False) is Target.PACK
    assert route("CMD:TARE", "supervisor", devices=False) is Target.SCREEN


@pytest.mark.parametrize("text", ["BADGE:I-2001", "CMD:SIGNOUT", "ANS:YES", "GRADE:B",
                                  "WHY:HIDDEN_DAMAGE", "RMA-0001", "4901234567894", "CMD:OK"])
def test_on_the_returns_screen_everything_but_the_scale_goes_to_the_returns_session(text):
    assert route(text, "returns") is Target.RETURNS


@pytest.mark.parametrize("text", ["BADGE:P-1001", "CMD:SIGNOUT", "ORD-100012", "QTY:3",
                                  "4901234567894", "CMD:COMPLETE"])
def test_on_the_pack_screen_everything_but_the_scale_goes_to_the_pack_session(text):
    assert route(text, "pack") is Target.PACK


@pytest.mark.parametrize("text", ["BADGE:S-3001", "badge:p-1001", "CMD:SIGNOUT",
                                  "ＢＡＤＧＥ：Ｐ－１００１", " CMD:SIGNOUT "])
def test_on_a_screen_without_a_session_sign_in_and_out_go_to_the_pack_session(text):
    assert route(text, "supervisor") is Target.PACK


@pytest.mark.parametrize("text", ["ORD-100012", "CMD:OK", "BADGE:", "CMD:NOPE", ""])
def test_on_a_screen_without_a_session_other_reads_go_to_that_screen(text):
    assert route(text, "supervisor") is Target.SCREEN


def _wall_claims(text: str) -> bool:
    return text in {"TOTE-B1", "SLOT:07"}


@pytest.mark.parametrize("desk", ["pack", "returns", "supervisor"])
@pytest.mark.parametrize("text", ["TOTE-B1", "SLOT:07"])
def test_a_batch_tote_or_slot_label_brings_the_sort_wall_from_any_screen(text, desk):
    assert route(text, desk, sort_wall=_wall_claims, signed_in=True) is Target.SORT_WALL


def test_the_sort_wall_takes_nothing_from_nobody_and_nothing_it_does_not_claim():
    assert route("TOTE-B1", "pack", sort_wall=_wall_claims, signed_in=False) is Target.PACK
    assert route("ORD-100012", "pack", sort_wall=_wall_claims, signed_in=True) is Target.PACK
    assert route("CMD:TARE", "pack", sort_wall=_wall_claims, signed_in=True) is Target.DEVICE


def test_on_the_sort_wall_its_scans_go_to_the_screen_on_show():
    assert route("SLOT:07", "sortwall", sort_wall=_wall_claims, signed_in=True) is Target.SCREEN
    assert route("4901234567894", "sortwall", sort_wall=_wall_claims,
                 signed_in=True) is Target.SCREEN
