"""The second look at a frame nothing was read in: a 1D code turned 30-60 degrees on a 720p
bench frame (which neither library reads as it is) is found, turned upright and read, with
its corners mapped back onto the frame; a small, soft close-up is read enlarged; a frame with
no code costs a bounded search and reads nothing; the pixel budget is a hard limit."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from scanning.decoders import ZxingDecoder
from scanning.pipeline import CAMERA_RETRY_PIXELS, CombinedDecoder, camera_decoder, turn
from scanning.retries import bar_edges, candidate_regions, second_look
from scanning.synth import Sample, background, decoy_frame, frame_with, render

TOTE = Sample("Code 128", "TOTE-0042")
ITEM = Sample("EAN-13", "4589123000013")


def bench_frame_with_turned(sample: Sample, angle: float, seed: int = 3):
    """A 1280x720 bench with the symbol turned by `angle` degrees pasted at (500, 200), and
    the symbol's centre in the frame."""
    symbol = cv2.copyMakeBorder(render(sample, module_px=3), 20, 20, 20, 20,
                                cv2.BORDER_CONSTANT, value=255)
    matrix, size = turn(symbol.shape[1], symbol.shape[0], angle)
    turned = cv2.warpAffine(symbol, matrix, size, borderValue=255)
    frame = background(1280, 720, seed)
    x, y = 500, 200
    height, width = turned.shape
    frame[y:y + height, x:x + width] = turned
    return frame, (x + width / 2, y + height / 2)


def before() -> CombinedDecoder:
    return CombinedDecoder(ZxingDecoder(try_invert=False))


@pytest.mark.parametrize("angle", [30, 45, -55])
def test_a_code_turned_far_off_the_axes_is_read_by_the_camera_and_not_before(angle):
    frame, centre = bench_frame_with_turned(TOTE, angle)
    assert before().decode(frame) == []
    [code] = camera_decoder().decode(frame)
    assert code.text == "TOTE-0042"
    xs, ys = zip(*code.position, strict=True)
    assert abs(sum(xs) / 4 - centre[0]) < 40
    assert abs(sum(ys) / 4 - centre[1]) < 40


def test_the_candidate_is_found_with_the_angle_of_its_bars():
    frame, centre = bench_frame_with_turned(TOTE, 30)
    best = candidate_regions(frame)[0]
    assert abs(best.centre[0] - centre[0]) < 40
    assert abs(best.centre[1] - centre[1]) < 40
    # turning it by the region's angle (counter-clockwise, as OpenCV turns) undoes the 30
    # degrees: -30, or the same line the other way round
    off = abs(best.angle + 30) % 180
    assert min(off, 180 - off) < 5


def test_a_barcode_has_dozens_of_edges_across_it_and_a_box_edge_a_few():
    assert bar_edges(render(ITEM, module_px=3)) >= 40
    box = np.full((80, 400), 200, np.uint8)
    box[:, 200:] = 60
    assert bar_edges(box) < 4


@pytest.mark.parametrize(("sample", "zoom", "blur"), [
    (ITEM, 1.4, 0.8), (ITEM, 1.0, 0.8), (Sample("UPC-A", "036602301467"), 1.2, 0.6),
    (TOTE, 1.4, 0.8)])
def test_a_small_soft_close_up_is_read_enlarged_once(sample, zoom, blur):
    symbol = cv2.resize(render(sample, module_px=1), None, fx=zoom, fy=zoom,
                        interpolation=cv2.INTER_AREA)
    soft = np.ascontiguousarray(cv2.copyMakeBorder(cv2.GaussianBlur(symbol, (0, 0), blur),
                                                   10, 10, 10, 10, cv2.BORDER_CONSTANT,
                                                   value=255))
    assert before().decode(soft) == []
    [code] = camera_decoder().decode(soft)
    assert code.text.lstrip("0") == sample.content.lstrip("0")


@pytest.mark.parametrize("seed", range(4))
def test_a_frame_with_no_code_reads_nothing(seed):
    assert camera_decoder().decode(frame_with([], 1280, 720, seed)) == []


def test_the_pixel_budget_is_a_hard_limit():
    frame, _ = bench_frame_with_turned(TOTE, 45)
    calls: list[int] = []

    def decode(image):
        calls.append(image.size)
        return []

    assert second_look(frame, decode, budget_pixels=150_000) == []
    assert sum(calls) <= 150_000


def test_stripes_that_look_like_codes_read_nothing_and_spend_only_the_budget():
    frame = decoy_frame(1280, 720, seed=2)
    assert camera_decoder().decode(frame) == []
    decoded: list[int] = []

    def decode(image):
        decoded.append(image.size)
        return []

    second_look(frame, decode, budget_pixels=CAMERA_RETRY_PIXELS)
    assert decoded  # the stripes are taken for codes and looked at ...
    assert sum(decoded) <= CAMERA_RETRY_PIXELS  # ... within the camera's budget
