"""The scale in the real station window: a box settling on a scale (spoken to through a
pseudo-terminal) is checked by the pack session's weight check and completes the order;
tare by barcode reaches the scale, not the session; the status bar says what the scale
says, including a pulled cable."""

from __future__ import annotations

import pytest

from station.demo import APPAREL
from station.pack.outcomes import Kind
from station.settings import load
from tests.scale_support import PtyScale
from tests.support import ean, find_order


@pytest.fixture
def pty_scale():
    scale = PtyScale()
    yield scale
    scale.close()


@pytest.fixture
def settings(tmp_path, pty_scale):
    return load(None, data_dir=tmp_path / "data", environ={
        "PACKSTATION_SCALE__PROTOCOL": "ad", "PACKSTATION_SCALE__PORT": pty_scale.port,
        "PACKSTATION_SCALE__STABLE_S": "0.2", "PACKSTATION_PACK__WEIGHT_CHECK": "true"})


def _kind(station_app):
    outcome = station_app.window.pack_screen.last_outcome
    return outcome.kind if outcome else None


def _scale_text(station_app):
    return station_app.scale.widget.text()


def _scan(station_app, text):
    """What the wedge scanner emits for a read (its key timing is tested in test_wedge)."""
    station_app.wedge.scanned.emit(text)


def _one_item_in_the_box(station_app):
    core = station_app.core
    _scan(station_app, "BADGE:P-1001")
    order = find_order(core, brand=APPAREL, serial=False, max_lines=1, max_quantity=1)
    _scan(station_app, order.id)
    _scan(station_app, ean(core, order.lines[0].product.sku))
    assert _kind(station_app) is Kind.WEIGHT_NEEDED
    return order


def test_a_box_settling_on_the_scale_is_weighed_and_completes_the_order(station_app, qtbot,
                                                                         pty_scale):
    order = _one_item_in_the_box(station_app)
    pty_scale.stream(["US,+0003.100 kg", "ST,+0005.000 kg"])
    qtbot.waitUntil(lambda: _kind(station_app) is Kind.WEIGHT_OFF, timeout=10_000)
    assert "Weight 5000 g" in station_app.window.pack_screen.banner.text()
    expected = dict(station_app.window.pack_screen.last_outcome.message.params)["expected"]
    pty_scale.stream(["US,+0004.000 kg", f"ST,+{expected / 1000:09.3f} kg"])
    qtbot.waitUntil(lambda: _kind(station_app) is Kind.ORDER_COMPLETE, timeout=10_000)
    assert order.id in station_app.window.pack_screen.banner.text()
    assert _scale_text(station_app) == f"Scale {expected} g"


def test_a_moving_or_overloaded_scale_never_gives_a_weight(station_app, qtbot, pty_scale):
    _one_item_in_the_box(station_app)
    pty_scale.stream(["US,+0000.700 kg"])
    qtbot.waitUntil(lambda: _scale_text(station_app) == "Scale 700 g (moving)", timeout=10_000)
    pty_scale.stream(["OL,+9999999 kg"])
    qtbot.waitUntil(lambda: _scale_text(station_app) == "Scale overloaded", timeout=10_000)
    pty_scale.stream(["ST,-0000.020 kg"])
    qtbot.waitUntil(lambda: _scale_text(station_app) == "Scale below zero", timeout=10_000)
    assert "ZERO" in station_app.scale.widget.toolTip()
    assert _kind(station_app) is Kind.WEIGHT_NEEDED


def test_tare_by_barcode_goes_to_the_scale_not_the_pack_session(station_app, qtbot,
                                                                   pty_scale):
    _one_item_in_the_box(station_app)
    pty_scale.stream(["ST,+0000.000 kg"])
    qtbot.waitUntil(lambda: _scale_text(station_app) == "Scale 0 g", timeout=10_000)
    sent = []
    _scan(station_app, "CMD:TARE")
    _scan(station_app, "CMD:ZERO")
    qtbot.waitUntil(lambda: sent.append(pty_scale.read_sent()) or "Z\r\n" in "".join(sent),
                    timeout=10_000)
    assert "".join(sent) == "T\r\nZ\r\n"
    assert _kind(station_app) is Kind.WEIGHT_NEEDED


def test_a_pulled_cable_shows_in_the_status_bar_and_typing_the_weight_still_works(
        station_app, qtbot, pty_scale):
    _one_item_in_the_box(station_app)
    pty_scale.stream(["ST,+0000.000 kg"])
    qtbot.waitUntil(lambda: _scale_text(station_app) == "Scale 0 g", timeout=10_000)
    pty_scale.unplug()
    qtbot.waitUntil(lambda: _scale_text(station_app) == "Scale disconnected", timeout=10_000)
    assert "cable" in station_app.scale.widget.toolTip()
    _scan(station_app, "WEIGHT:99999")
    assert _kind(station_app) is Kind.WEIGHT_OFF


def test_without_a_scale_the_tare_code_says_there_is_none(station_app):
    from scanning.scale.settings import ScaleSettings
    from ui.pack.scale import PackScale

    screen = station_app.window.pack_screen
    no_scale = PackScale(ScaleSettings(), screen)
    assert no_scale.widget is None
    assert no_scale.take_command("cmd:tare")
    assert "no scale" in screen.banner.text()
    assert not no_scale.take_command("CMD:COMPLETE")


def test_readings_still_queued_when_the_station_closes_reach_nothing(station_app):
    from scanning.scale.readings import Reading, ScaleStatus

    _one_item_in_the_box(station_app)
    scale = station_app.scale
    scale.stop()
    shown = scale.widget.text()
    for ts in (0.0, 5.0):  # as the GUI thread delivers what the worker had queued
        scale._reading.emit(Reading(ScaleStatus.STABLE, ts, 634))
    assert _kind(station_app) is Kind.WEIGHT_NEEDED
    assert scale.widget.text() == shown
