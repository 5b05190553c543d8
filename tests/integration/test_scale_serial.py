"""Scales over a real serial line: each protocol spoken through a pseudo-terminal (os.openpty)
to the pyserial reader, the background worker and `python -m scanning scale read` run as a
subprocess."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from scanning.scale.reader import HidScale, ScaleUnavailableError, open_scale
from scanning.scale.readings import ScaleStatus
from scanning.scale.settings import ScaleSettings
from scanning.scale.worker import ScaleWorker
from station.scans import ScaleCommand
from tests.scale_support import MtSicsScale, PtyScale
from tests.support import wait_until

ROOT = Path(__file__).resolve().parents[2]
S = ScaleStatus


@pytest.fixture
def pty_scale():
    scale = PtyScale()
    yield scale
    scale.close()


def _open(port, protocol, **overrides):
    values = {"silence_s": 2.0, "poll_s": 0.0, **overrides}
    return open_scale(ScaleSettings(protocol=protocol, port=port, **values))


def _read(reader, count):
    return [(r.status, r.grams) for r in (reader.read() for _ in range(count))]


def test_an_ad_stream_gives_moving_then_stable_weights(pty_scale):
    reader = _open(pty_scale.port, "ad")
    pty_scale.send("US,+0000.412 kg", "US,+0000.630 kg", "ST,+0000.634 kg", "OL,+9999999 kg")
    try:
        assert _read(reader, 4) == [(S.UNSTABLE, 412), (S.UNSTABLE, 630), (S.STABLE, 634),
                                    (S.OVERLOAD, None)]
    finally:
        reader.close()


def test_a_cas_stream_gives_its_weights(pty_scale):
    reader = _open(pty_scale.port, "cas")
    pty_scale.send("US,GS,+  0.600kg", "ST,GS,+  0.634kg", "ST,GS,-  0.004kg")
    try:
        assert _read(reader, 3) == [(S.UNSTABLE, 600), (S.STABLE, 634), (S.NEGATIVE, None)]
    finally:
        reader.close()


def test_an_mt_sics_balance_is_polled_with_si(pty_scale):
    pty_scale.answer(MtSicsScale(["S D      0.598 kg", "S S      0.634 kg", "S +"]))
    reader = _open(pty_scale.port, "mt-sics")
    try:
        assert _read(reader, 3) == [(S.UNSTABLE, 598), (S.STABLE, 634), (S.OVERLOAD, None)]
    finally:
        reader.close()
    assert pty_scale.received[:3] == ["SI", "SI", "SI"]


def test_mt_sics_tare_and_zero_are_answered_and_a_refusal_is_said(pty_scale):
    balance = MtSicsScale(["S S      0.634 kg"])
    pty_scale.answer(balance)
    reader = _open(pty_scale.port, "mt-sics")
    try:
        assert reader.send(ScaleCommand.TARE) is None
        assert reader.send(ScaleCommand.ZERO) is None
        balance.refuse = "Z I"
        assert "steady" in reader.send(ScaleCommand.ZERO).render()
    finally:
        reader.close()
    assert pty_scale.received == ["T", "Z", "Z"]


def test_ad_tare_and_zero_are_sent_down_the_line(pty_scale):
    reader = _open(pty_scale.port, "ad")
    try:
        assert reader.send(ScaleCommand.TARE) is None
        assert reader.send(ScaleCommand.ZERO) is None
    finally:
        reader.close()
    assert pty_scale.read_sent() == "T\r\nZ\r\n"


def test_a_silent_scale_says_so_and_a_pulled_cable_is_disconnected(pty_scale):
    reader = _open(pty_scale.port, "ad", silence_s=0.3)
    try:
        silent = reader.read()
        assert silent.status is S.NO_DATA
        assert silent.grams is None
        pty_scale.unplug()
        gone = reader.read()
        assert gone.status is S.DISCONNECTED
        assert gone.grams is None
        assert "disconnected" in gone.problem.render()
    finally:
        reader.close()


def test_a_port_that_does_not_exist_cannot_be_opened(tmp_path):
    with pytest.raises(ScaleUnavailableError) as raised:
        _open(str(tmp_path / "ttyUSB9"), "ad")
    assert "Cannot open the scale" in raised.value.message.render()


def test_the_worker_reads_in_the_background_and_reports_a_pulled_cable(pty_scale):
    readings = []
    worker = ScaleWorker(lambda: _open(pty_scale.port, "ad"), readings.append,
                         reconnect_s=30)
    pty_scale.stream(["US,+0000.500 kg", "ST,+0000.634 kg"])
    worker.start()
    try:
        assert wait_until(lambda: any(r.grams == 634 for r in readings))
        pty_scale.unplug()
        assert wait_until(lambda: readings[-1].status is S.DISCONNECTED)
    finally:
        worker.stop()


def test_the_worker_runs_tare_between_readings_and_reports_the_answer(pty_scale):
    pty_scale.answer(MtSicsScale(["S S      0.634 kg"], refuse="T I"))
    answers = []
    worker = ScaleWorker(lambda: _open(pty_scale.port, "mt-sics"), lambda _r: None,
                         lambda command, problem: answers.append((command, problem)))
    worker.start()
    try:
        worker.send(ScaleCommand.TARE)
        assert wait_until(lambda: answers)
    finally:
        worker.stop()
    assert answers[0][0] is ScaleCommand.TARE
    assert "steady" in answers[0][1].render()


def test_a_hid_scale_gives_one_reading_per_report():
    station_end, scale_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    reader = HidScale(os.dup(station_end.fileno()), silence_s=1.0)
    try:
        scale_end.send(bytes([3, 3, 2, 0, 0x10, 0x02]))
        scale_end.send(bytes([3, 4, 2, 0, 0x7A, 0x02]))
        assert _read(reader, 2) == [(S.UNSTABLE, 528), (S.STABLE, 634)]
        scale_end.close()
        assert reader.read().status is S.DISCONNECTED
    finally:
        reader.close()
        station_end.close()


def test_a_hid_device_file_that_is_missing_cannot_be_opened(tmp_path):
    with pytest.raises(ScaleUnavailableError):
        open_scale(ScaleSettings(protocol="hid", port=str(tmp_path / "hidraw7")))


# ----------------------------------------------------------------------------- the CLI
def _cli(*args, timeout="5"):
    return subprocess.run(
        [sys.executable, "-m", "scanning", "scale", "read", *args, "--timeout", timeout],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)


@pytest.mark.parametrize(("protocol", "lines"), [
    ("ad", ["US,+0000.500 kg", "US,+0000.630 kg", "ST,+0000.634 kg"]),
    ("cas", ["US,GS,+  0.500kg", "ST,GS,+  0.634kg"]),
])
def test_the_cli_prints_the_first_stable_weight_of_a_stream(pty_scale, protocol, lines):
    pty_scale.stream(lines)
    done = _cli("--port", pty_scale.port, "--protocol", protocol)
    assert (done.returncode, done.stdout) == (0, "634 g\n")


def test_the_cli_polls_an_mt_sics_balance(pty_scale):
    pty_scale.answer(MtSicsScale(["S D      0.500 kg", "S D      0.630 kg",
                                  "S S      0.634 kg"]))
    done = _cli("--port", pty_scale.port, "--protocol", "mt-sics")
    assert (done.returncode, done.stdout) == (0, "634 g\n")
    assert "SI" in pty_scale.received


@pytest.mark.parametrize(("lines", "why"), [
    (["OL,+9999999 kg"], "overloaded"),
    (["US,+0000.500 kg"], "did not settle"),
    (["ST,-0000.020 kg"], "below zero"),
])
def test_the_cli_says_why_there_is_no_weight_and_exits_1(pty_scale, lines, why):
    pty_scale.stream(lines)
    done = _cli("--port", pty_scale.port, "--protocol", "ad", timeout="1")
    assert done.returncode == 1
    assert done.stdout == ""
    assert why in done.stderr


def test_the_cli_says_when_the_port_cannot_be_opened(tmp_path):
    done = _cli("--port", str(tmp_path / "nope"), "--protocol", "mt-sics", timeout="1")
    assert done.returncode == 1
    assert "Cannot open the scale" in done.stderr


def test_the_cli_speaks_japanese_when_asked(tmp_path):
    done = _cli("--port", str(tmp_path / "nope"), "--protocol", "ad", "--language", "ja",
                timeout="1")
    assert done.returncode == 1
    assert "はかり" in done.stderr or "スケール" in done.stderr
