"""A packer holds items up to the camera: the real camera worker (scripted frames), the real
decoders and the real pack session on a SQLite file, from badge to a packed order."""

from __future__ import annotations

from scanning.camera import CameraRead, CameraWorker
from scanning.camera_settings import CameraSettings
from scanning.fakes import ScriptedCamera
from scanning.pipeline import camera_decoder
from scanning.synth import Sample, frame_with
from station.demo import COSMETICS
from station.events.pack import ItemPacked
from station.pack.outcomes import Kind
from tests.support import find_order, payloads, scan, wait_until


def camera_reads(frames) -> list[CameraRead]:
    reads: list[CameraRead] = []
    camera = ScriptedCamera(frames, fps=30)
    worker = CameraWorker(lambda: camera, camera_decoder(), CameraSettings(enabled=True),
                          on_read=reads.append, on_status=lambda status: None)
    worker.start()
    wait_until(lambda: camera.reads >= len(frames) + 5, timeout=15, interval=0.02)
    worker.stop()
    return reads


def test_a_lot_controlled_order_is_packed_from_gs1_datamatrix_codes_shown_to_the_camera(
        file_core):
    assert scan(file_core, "BADGE:P-1001").kind is Kind.SIGNED_IN
    order = find_order(file_core, brand=COSMETICS, lot_controlled=True, min_lines=2,
                       max_lines=3, max_quantity=2)
    assert scan(file_core, order.id).kind is Kind.ORDER_OPENED
    frames = []
    for line in order.lines:
        for unit in range(line.quantity):
            content = f"(01){line.product.gtin}(17)271231(10)L{line.line_no}{unit}"
            frames += [frame_with([Sample("GS1 DataMatrix", content)], 1280, 720, unit)] * 8
            frames += [frame_with([], 1280, 720, 9)] * 2
    reads = camera_reads(frames)
    outcomes = [file_core.pack.scan(read.scan) for read in reads]
    assert len(reads) == order.units
    assert outcomes[-1].kind is Kind.ORDER_COMPLETE
    lots = {item.lot for item in payloads(file_core.store.conn, ItemPacked)}
    assert len(lots) == order.units
