"""Second looks at a frame in which nothing was read: find where a barcode probably is, turn
that region so its bars stand upright, enlarge it and try again, sharpened, with its contrast
equalised and binarised. A small close-up is first enlarged whole.

Where: a 1D barcode is a patch of strong gradients that all point the same way. The structure
tensor (gradient products averaged over a window) gives, per pixel, the gradient energy, how
coherent its direction is (1: parallel bars; text and clutter are lower) and that direction.
Patches of high energy and coherence are the candidates, largest first; each one's mean
direction says how far to turn it. A 5-row scan across a candidate must meet a barcode's
many edges before it is cut out and decoded. Cost is bounded by a pixel budget (the pixels
decoded in all), so a frame with nothing in it costs the search and a few probes, not a
rotated full-frame pass per angle."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from scanning.decoders import Decoded, Frame

SEARCH_WIDTH = 360        # candidates are searched on the frame halved down to about this
MIN_COHERENCE = 0.75
MIN_AREA_FRACTION = 0.004  # of the searched image
TARGET_BAR_WIDTH = 640     # crops are scaled so the code is about this wide
MIN_BAR_EDGES = 16         # fewer edges across a candidate: not a 1D code, not decoded
SMALL_WIDTH = 480          # images this narrow are close-ups: first enlarged whole
STRIP_HEIGHT = 160         # a 1D code is read across its bars: a strip this high is enough


@dataclass(frozen=True)
class Region:
    """A candidate: its centre, size (along and across the bars' normal) and the angle in
    degrees that turns its gradients horizontal (bars vertical), all in frame pixels."""

    centre: tuple[float, float]
    size: tuple[float, float]
    angle: float
    score: float


def candidate_regions(gray: Frame, limit: int = 3) -> list[Region]:
    """The `limit` most barcode-like patches, by area times mean coherence."""
    import cv2

    small: Any = gray
    while small.shape[1] > SEARCH_WIDTH * 1.5:
        small = cv2.pyrDown(small)
    scale = small.shape[1] / gray.shape[1]
    gx = cv2.Sobel(small, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(small, cv2.CV_32F, 0, 1, ksize=3)
    window = (9, 9)
    jxx = cv2.boxFilter(gx * gx, -1, window)
    jyy = cv2.boxFilter(gy * gy, -1, window)
    jxy = cv2.boxFilter(gx * gy, -1, window)
    energy = jxx + jyy
    coherence = np.sqrt((jxx - jyy) ** 2 + 4 * jxy ** 2) / (energy + 1e-3)
    strong = energy > max(2.0 * float(energy.mean()), 2000.0)
    mask: Any = np.asarray((coherence > MIN_COHERENCE) & strong, dtype=np.uint8) * 255
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    min_area = MIN_AREA_FRACTION * small.shape[0] * small.shape[1]
    regions = []
    for contour in contours:
        area = cv2.contourArea(contour)
        if area < min_area:
            continue
        x, y, w, h = cv2.boundingRect(contour)
        inside = np.zeros((h, w), np.uint8)
        cv2.drawContours(inside, [contour - (x, y)], -1, 255, -1, offset=(0, 0))
        pick = inside > 0
        sxx = float(jxx[y:y + h, x:x + w][pick].sum())
        syy = float(jyy[y:y + h, x:x + w][pick].sum())
        sxy = float(jxy[y:y + h, x:x + w][pick].sum())
        theta = 0.5 * math.degrees(math.atan2(2 * sxy, sxx - syy))
        (cx, cy), _, _ = cv2.minAreaRect(contour)
        along, across = _extent(contour, theta)
        regions.append(Region((cx / scale, cy / scale), (along / scale, across / scale),
                              theta, area * float(coherence[y:y + h, x:x + w][pick].mean())))
    regions.sort(key=lambda region: region.score, reverse=True)
    return regions[:limit]


def _extent(contour: Any, theta: float) -> tuple[float, float]:
    """The contour's length along the gradient direction `theta` and across it."""
    points = contour.reshape(-1, 2).astype(np.float32)
    c, s = math.cos(math.radians(theta)), math.sin(math.radians(theta))
    along = points @ np.array([c, s], np.float32)
    across = points @ np.array([-s, c], np.float32)
    return float(np.ptp(along)) + 1, float(np.ptp(across)) + 1


def upright_crop(gray: Frame, region: Region, rows: int = STRIP_HEIGHT) -> tuple[Frame, Any]:
    """The region turned so its bars stand upright, with a quiet-zone margin, scaled so the
    code is about TARGET_BAR_WIDTH wide, cut to a strip across its middle; and the affine
    matrix from crop to frame."""
    import cv2

    along, across = region.size
    zoom = min(3.0, max(0.5, TARGET_BAR_WIDTH / max(along, 1.0)))
    out_w = int((along * 1.3 + 20) * zoom)
    out_h = min(int((across * 1.2 + 10) * zoom), rows)
    matrix = cv2.getRotationMatrix2D(region.centre, region.angle, zoom)
    matrix[0, 2] += out_w / 2 - region.centre[0]
    matrix[1, 2] += out_h / 2 - region.centre[1]
    crop = cv2.warpAffine(gray, matrix, (out_w, out_h), flags=cv2.INTER_CUBIC,
                          borderMode=cv2.BORDER_REPLICATE)
    return np.asarray(crop, dtype=np.uint8), cv2.invertAffineTransform(matrix)


def variants(crop: Frame) -> Iterator[Frame]:
    """The crop as it is, sharpened (an unsharp mask against camera blur), with its contrast
    equalised locally (CLAHE, against uneven light and glare) and binarised (Otsu)."""
    import cv2

    yield crop
    blurred = cv2.GaussianBlur(crop, (0, 0), 2.0)
    sharp = np.asarray(cv2.addWeighted(crop, 1.8, blurred, -0.8, 0), dtype=np.uint8)
    yield sharp
    yield np.asarray(_clahe().apply(crop), dtype=np.uint8)
    _, binary = cv2.threshold(sharp, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    yield np.asarray(binary, dtype=np.uint8)


def _clahe() -> Any:
    import cv2

    return cv2.createCLAHE(clipLimit=2.0, tileGridSize=(8, 8))


def _distinct(codes: list[Decoded]) -> list[Decoded]:
    """One read per code: an enlarged image can give zxing-cpp the same code twice."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for code in codes:
        if (code.text, code.symbology) not in seen:
            seen.add((code.text, code.symbology))
            kept.append(code)
    return kept


def map_back(code: Decoded, back: Any) -> Decoded:
    points = tuple((round(back[0, 0] * x + back[0, 1] * y + back[0, 2]),
                    round(back[1, 0] * x + back[1, 1] * y + back[1, 2]))
                   for x, y in code.position)
    return replace(code, position=points)


def second_look(gray: Frame, decode: Callable[[Frame], list[Decoded]],
                budget_pixels: int, regions: int = 3,
                decode_whole: Callable[[Frame], list[Decoded]] | None = None) -> list[Decoded]:
    """Decode the candidates' upright strips with `decode` (a close-up enlarged whole with
    `decode_whole`, which may hold a 2D code) until one reads or `budget_pixels` (the pixels
    decoded in all) is spent: every candidate as it is first, then every one sharpened, and
    so on, so a wrong first candidate does not spend the budget of the right one."""
    spent = 0
    pending = [(variants(crop), crop.size, back, (decode_whole or decode) if whole else decode)
               for crop, back, whole in _crops(gray, regions)]
    while pending:
        still = []
        for looks, size, back, reader in pending:
            if spent + size > budget_pixels:
                continue   # too big for what is left: the smaller ones still get their turn
            image = next(looks, None)
            if image is None:
                continue
            spent += size
            found = _distinct(reader(image))
            if found:
                return [map_back(code, back) for code in found]
            still.append((looks, size, back, reader))
        pending = still
    return []


def _crops(gray: Frame, regions: int) -> Iterator[tuple[Frame, Any, bool]]:
    """A small image (a close-up still) is first enlarged whole, as it is; then the
    candidate regions turned upright. Each with its matrix back to the frame, and whether it
    is the whole image."""
    import cv2

    height, width = gray.shape
    if width <= SMALL_WIDTH:
        zoom = 2.0
        whole = cv2.resize(gray, (int(width * zoom), int(height * zoom)),
                           interpolation=cv2.INTER_CUBIC)
        yield (np.asarray(whole, dtype=np.uint8),
               np.array([[1 / zoom, 0, 0], [0, 1 / zoom, 0]], dtype=np.float64), True)
    for region in candidate_regions(gray, regions):
        probe, _ = upright_crop(gray, region, rows=5)   # one scan across, nearly free
        if bar_edges(probe) >= MIN_BAR_EDGES:
            yield (*upright_crop(gray, region), False)


def bar_edges(crop: Frame) -> int:
    """How many light/dark edges a scan across the middle of an upright crop meets: a 1D
    code has dozens (EAN-13: 60), a box edge or a line of text a few."""
    middle = crop.shape[0] // 2
    row = crop[max(0, middle - 2):middle + 3].mean(axis=0)
    if row.size < 3:
        return 0
    step = np.diff(row)
    threshold = 0.2 * float(row.max() - row.min())
    signs = np.sign(step[np.abs(step) > threshold])
    return int(np.count_nonzero(np.diff(signs))) + (1 if signs.size else 0)
