"""The combined decoding pipeline, used for camera frames and still images alike.

zxing-cpp reads every frame first. zbar is consulted only for the symbologies where it was
measured to add reads (EAN/UPC photos, see docs/scanning.md), and only when zxing-cpp found no
code of those symbologies in that frame, so a frame zxing-cpp reads costs one decoder."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from scanning.decoders import (
    LINEAR_FORMATS,
    Decoded,
    Decoder,
    Frame,
    Symbology,
    ZbarDecoder,
    ZxingDecoder,
)
from scanning.retries import second_look

# Measured on the public corpus (bench/bench_decode.py): zbar adds reads for these only.
ZBAR_HELPS = (Symbology.EAN13, Symbology.EAN8, Symbology.UPCA, Symbology.UPCE, Symbology.QR)
ZBAR_BAND = 48
RETAIL = (Symbology.EAN13, Symbology.EAN8, Symbology.UPCA, Symbology.UPCE)

MAX_IMAGE_PIXELS = 40_000_000


class CombinedDecoder:
    """`retry_pixels`: when nothing at all is read, a second look (scanning.retries) at the
    regions that look like barcodes, turned upright, enlarged, sharpened and binarised,
    decoding at most this many pixels in all (0: none). `retry_angles`: when still nothing
    is read, zxing-cpp tries the whole image turned by these angles (stills only: each one
    costs a full pass over a frame with no code)."""

    name = "combined"

    def __init__(self, primary: Decoder | None = None, secondary: Decoder | None = None,
                 secondary_for: tuple[Symbology, ...] = ZBAR_HELPS,
                 retry_angles: tuple[float, ...] = (), retry_pixels: int = 0) -> None:
        self.primary = primary or ZxingDecoder()
        self.secondary = secondary or ZbarDecoder(secondary_for)
        self.secondary_for = frozenset(secondary_for)
        self.retry_angles = retry_angles
        self.retry_pixels = retry_pixels
        # Crops are upright strips across a 1D code's bars: zxing-cpp is asked for 1D codes
        # only and need not turn them; zbar for EAN/UPC only, where it was measured to add
        # reads.
        self._strip = (ZxingDecoder(LINEAR_FORMATS, try_rotate=False) if retry_pixels
                       else None)
        self._whole = ZxingDecoder(try_rotate=False) if retry_pixels else None
        self._retail = ZbarDecoder(RETAIL, max_width=None) if retry_pixels else None

    def decode(self, gray: Frame) -> list[Decoded]:
        found = self._decode_upright(gray)
        if not found and self.retry_pixels:
            found = second_look(gray, self._decode_strip, self.retry_pixels,
                                decode_whole=self._decode_whole)
        for angle in self.retry_angles if not found else ():
            found = _rotated_decode(self.primary, gray, angle)
            if found:
                break
        return found

    def _decode_strip(self, crop: Frame) -> list[Decoded]:
        assert self._strip is not None
        return self._decode_crop(self._strip, crop)

    def _decode_whole(self, image: Frame) -> list[Decoded]:
        assert self._whole is not None
        return self._decode_crop(self._whole, image)

    def _decode_crop(self, zxing: Decoder, crop: Frame) -> list[Decoded]:
        assert self._retail is not None
        found = zxing.decode(crop)
        if not found:
            # zbar scans every row and column: a band across the middle is all it needs.
            top = max(0, crop.shape[0] // 2 - ZBAR_BAND // 2)
            band = np.ascontiguousarray(crop[top:top + ZBAR_BAND])
            found = [replace(code, position=tuple((x, y + top) for x, y in code.position))
                     for code in self._retail.decode(band) if _plausible(code)]
        return found

    def _decode_upright(self, gray: Frame) -> list[Decoded]:
        found = self.primary.decode(gray)
        if not any(code.symbology in self.secondary_for for code in found):
            seen = {code.text for code in found}
            found += [code for code in self.secondary.decode(gray)
                      if code.symbology in self.secondary_for and code.text not in seen
                      and _plausible(code)]
        return found


def turn(width: int, height: int, angle: float) -> tuple[Any, tuple[int, int]]:
    """The affine matrix turning a width x height image by `angle` degrees about its centre,
    and the size of a canvas that holds all of the turned image."""
    import cv2

    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    out_w, out_h = int(width * cos + height * sin), int(width * sin + height * cos)
    matrix[0, 2] += out_w / 2 - width / 2
    matrix[1, 2] += out_h / 2 - height / 2
    return matrix, (out_w, out_h)


def _rotated_decode(decoder: Decoder, gray: Frame, angle: float) -> list[Decoded]:
    """Decode `gray` turned by `angle` degrees; positions are mapped back to the original."""
    import cv2

    matrix, size = turn(gray.shape[1], gray.shape[0], angle)
    turned = cv2.warpAffine(gray, matrix, size, borderMode=cv2.BORDER_REPLICATE)
    back = cv2.invertAffineTransform(matrix)
    found = []
    for code in decoder.decode(np.asarray(turned, dtype=np.uint8)):
        points = tuple((round(back[0, 0] * x + back[0, 1] * y + back[0, 2]),
                        round(back[1, 0] * x + back[1, 1] * y + back[1, 2]))
                       for x, y in code.position)
        found.append(replace(code, position=points))
    return found


# Pixels a second look may decode (bench/bench_decode.py): the camera's keeps a 1280x720
# frame with no code inside its 20 ms on one core; a still has no frame budget.
CAMERA_RETRY_PIXELS = 300_000
STILL_RETRY_PIXELS = 4_000_000


def camera_decoder() -> CombinedDecoder:
    """For live frames: a frame budget of 20 ms at 1280x720 on one core."""
    return CombinedDecoder(ZxingDecoder(try_invert=False), retry_pixels=CAMERA_RETRY_PIXELS)


def still_decoder() -> CombinedDecoder:
    """For still images: no frame budget, so zxing-cpp also tries light-on-dark codes, the
    second look may decode more, and when nothing is read at all the image is turned by 45
    degrees either way."""
    return CombinedDecoder(ZxingDecoder(try_invert=True), retry_angles=(45.0, -45.0),
                           retry_pixels=STILL_RETRY_PIXELS)


def _plausible(code: Decoded) -> bool:
    """zbar verifies EAN/UPC check digits itself; a retail read must still be all digits."""
    if code.symbology is Symbology.QR:
        return bool(code.raw)
    return code.text.isascii() and code.text.isdigit()


def to_gray(image: np.ndarray[Any, Any]) -> Frame:
    import cv2

    if image.ndim == 2:
        return np.ascontiguousarray(image, dtype=np.uint8)
    code = cv2.COLOR_BGRA2GRAY if image.shape[2] == 4 else cv2.COLOR_BGR2GRAY
    return np.asarray(cv2.cvtColor(image, code), dtype=np.uint8)


def quiet_opencv() -> None:
    """OpenCV logs unreadable files to stderr itself; our callers report them as values."""
    import cv2

    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)


@dataclass(frozen=True)
class ImageProblem:
    reason: str


def read_image(path: Path) -> Frame | ImageProblem:
    """A still image (PNG, JPEG, WebP ...) as grayscale, or why it cannot be read."""
    import cv2

    try:
        data = np.fromfile(path, dtype=np.uint8)
    except OSError as error:
        return ImageProblem(error.strerror or str(error))
    if data.size == 0:
        return ImageProblem("empty file")
    image = cv2.imdecode(data, cv2.IMREAD_UNCHANGED)
    if image is None:
        return ImageProblem("not an image OpenCV can read")
    if image.dtype != np.uint8:
        image = cv2.convertScaleAbs(image, alpha=255.0 / max(float(image.max()), 1.0))
    if image.shape[0] * image.shape[1] > MAX_IMAGE_PIXELS:
        return ImageProblem("image too large")
    return to_gray(image)
