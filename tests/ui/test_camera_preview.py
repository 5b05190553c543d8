"""The camera preview widget with its real worker threads, fed by a scripted camera playing
synthetic frames: one `scanned` per code, boxes drawn, and a clear status when the camera is
missing, disappears or shows black."""

from __future__ import annotations

import numpy as np
import pytest

from scanning.camera import CameraStatus
from scanning.camera_settings import CameraSettings
from scanning.fakes import ScriptedCamera
from scanning.pipeline import camera_decoder
from scanning.synth import Sample, frame_with
from station.scans import ScanSource
from ui.scanning.camera_preview import CameraPreview

FAST = CameraSettings(enabled=True, failed_reads_before_disconnect=3)


@pytest.fixture
def preview(qtbot):
    widgets = []

    def make(camera: ScriptedCamera) -> CameraPreview:
        widget = CameraPreview(lambda: camera, camera_decoder(), FAST)
        qtbot.addWidget(widget)
        widget.resize(640, 420)
        widgets.append(widget)
        return widget

    yield make
    for widget in widgets:
        widget.stop()


def test_a_code_held_in_view_is_reported_once_with_its_gs1_data(qtbot, preview):
    frame = frame_with([Sample("GS1-128", "(01)04589123000013(10)L7(17)271231")], 640, 480)
    widget = preview(ScriptedCamera([frame] * 20))
    scans = []
    widget.scanned.connect(scans.append)
    with qtbot.waitSignal(widget.scanned, timeout=10_000):
        widget.start()
    qtbot.waitUntil(lambda: widget._worker.frames_decoded >= 5, timeout=10_000)
    assert len(scans) == 1
    scan = scans[0]
    assert (scan.gtin, scan.lot, scan.source) == ("04589123000013", "L7", ScanSource.CAMERA)
    assert widget.status is CameraStatus.LIVE
    assert widget.picture.pixmap() is not None
    assert not widget.picture.pixmap().isNull()
    assert [code.text for code in widget.last_codes] == ["010458912300001310L7\x1d17271231"]
    assert widget.snapshot().shape == (480, 640)


def test_two_codes_in_one_frame_are_both_reported(qtbot, preview):
    frame = frame_with([Sample("EAN-13", "4589123000013"), Sample("DataMatrix", "TOTE-0007")],
                       1280, 720)
    widget = preview(ScriptedCamera([frame] * 10))
    scans = []
    widget.scanned.connect(scans.append)
    widget.start()
    qtbot.waitUntil(lambda: len(scans) == 2, timeout=10_000)
    assert {scan.text for scan in scans} == {"4589123000013", "TOTE-0007"}


def test_no_camera_is_a_status_not_a_crash(qtbot, preview):
    widget = preview(ScriptedCamera([], opened=False))
    with qtbot.waitSignal(widget.status_changed, timeout=5_000,
                          check_params_cb=lambda s: s is CameraStatus.NO_CAMERA):
        widget.start()
    assert "No camera" in widget.status_line.text()


def test_a_camera_disappearing_mid_shift_is_reported(qtbot, preview):
    frame = frame_with([], 640, 480)
    widget = preview(ScriptedCamera([frame] * 5, disappear_after=5))
    with qtbot.waitSignal(widget.status_changed, timeout=10_000,
                          check_params_cb=lambda s: s is CameraStatus.DISCONNECTED):
        widget.start()
    assert "disconnected" in widget.status_line.text()


def test_black_frames_say_to_check_the_lens(qtbot, preview):
    widget = preview(ScriptedCamera([np.zeros((480, 640), np.uint8)] * 5))
    with qtbot.waitSignal(widget.status_changed, timeout=10_000,
                          check_params_cb=lambda s: s is CameraStatus.BLACK_FRAME):
        widget.start()
    assert "black" in widget.status_line.text()
