"""Decoding benchmark: milliseconds per frame per decoder at three resolutions (no code, one
code, several codes), and the decode rate on camera-like images (the public corpus in
../shared/corpus/barcodes plus generated degradations). One thread, one run, one table each;
the camera and still pipelines as they were before the second look (scanning/retries.py)
and as they are now, side by side.

    /work/venv/bin/python bench/bench_decode.py [--repeats N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import cv2

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import percentile  # noqa: E402
from scanning.decoders import Decoder, ZbarDecoder, ZxingDecoder  # noqa: E402
from scanning.pipeline import (  # noqa: E402
    CombinedDecoder,
    camera_decoder,
    quiet_opencv,
    read_image,
    still_decoder,
)
from scanning.synth import Sample, decoy_frame, degrade, frame_with, render  # noqa: E402

CORPUS = ROOT / ".." / "shared" / "corpus" / "barcodes"
if not CORPUS.is_dir():  # a worktree under /work/wt: the shared folder is /work/shared
    CORPUS = ROOT.parents[1] / "shared" / "corpus" / "barcodes"
SIZES = [(640, 480), (1280, 720), (1920, 1080)]
ONE = [Sample("EAN-13", "4589123000013")]
SEVERAL = [Sample("EAN-13", "4589123000013"), Sample("GS1-128", "(01)04589123000013(10)L1"),
           Sample("QR", "https://id.gs1.org/01/04589123000013"),
           Sample("DataMatrix", "TOTE-0042")]
EFFECTS = ["rotation", "perspective", "blur", "noise", "glare", "contrast"]
GENERATED = [Sample("EAN-13", "4589123000013"), Sample("UPC-A", "036602301467"),
             Sample("Code 128", "TOTE-0042"), Sample("GS1-128", "(01)04589123000013(10)L1"),
             Sample("Code 39", "PL-100001"), Sample("ITF-14", "14589123000010"),
             Sample("QR", "https://id.gs1.org/01/04589123000013/10/L1"),
             Sample("DataMatrix", "ORD-100001"),
             Sample("GS1 DataMatrix", "(01)04589123000013(21)SN42")]


def decoders() -> dict[str, Decoder]:
    """The two libraries alone (zxing-cpp as the camera runs it, zbar on all its symbologies)
    and the two combined pipelines, live camera frames and still images, before the second
    look (as they were configured until December 2026) and now."""
    return {"zxing-cpp": ZxingDecoder(), "pyzbar": ZbarDecoder(),
            "camera before": CombinedDecoder(ZxingDecoder(try_invert=False)),
            "camera now": camera_decoder(),
            "stills before": CombinedDecoder(ZxingDecoder(try_invert=True),
                                             retry_angles=(45.0, -45.0)),
            "stills now": still_decoder()}


def speed_table(repeats: int) -> None:
    cv2.setNumThreads(1)
    print("\n## Milliseconds per frame, one thread: CPU median / CPU p99 (wall median)")
    print(f"(load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; CPU time"
          " is the process's, so other people's load does not count against us)")
    names = list(decoders())
    print("| frame | " + " | ".join(names) + " | camera now / before |")
    print("|---|" + "---|" * (len(names) + 1))
    for width, height in SIZES:
        for label, samples in (("no code", []), ("1 code", ONE), ("4 codes", SEVERAL),
                               ("3 code-like stripes, no code", None)):
            frames = [frame_with(samples, width, height, seed) if samples is not None
                      else decoy_frame(width, height, seed) for seed in range(3)]
            cells, medians = [], {}
            for name, decoder in decoders().items():
                times, walls = [], []
                for index in range(repeats):
                    frame = frames[index % len(frames)]
                    wall, cpu = time.perf_counter(), time.process_time()
                    decoder.decode(frame)
                    times.append((time.process_time() - cpu) * 1000)
                    walls.append((time.perf_counter() - wall) * 1000)
                medians[name] = statistics.median(times)
                cells.append(f"{medians[name]:.1f} / {percentile(times, 99):.1f} "
                             f"({statistics.median(walls):.1f})")
            ratio = medians["camera now"] / max(medians["camera before"], 1e-9)
            print(f"| {width}x{height} {label} | " + " | ".join(cells) + f" | {ratio:.2f} |")


def corpus_images(corpus: Path) -> list[tuple[str, Path, bytes]]:
    found: list[tuple[str, Path, bytes]] = []
    if not corpus.is_dir():
        print(f"(corpus {corpus} not present: generated images only)")
        return found
    for folder in sorted(corpus.iterdir()):
        if not folder.is_dir() or folder.name.startswith("falsepositives"):
            continue
        kind = folder.name.rsplit("-", 1)[0]
        for image in sorted(folder.iterdir()):
            expected = image.with_suffix(".txt")
            if image.suffix.lower() in {".png", ".jpg", ".jpeg", ".webp"} and expected.exists():
                found.append((kind, image, expected.read_bytes()))
    return found


def rate_table(corpus: Path) -> None:
    quiet_opencv()
    rows: dict[str, dict[str, list[int]]] = {}
    for kind, path, expected in corpus_images(corpus):
        image = read_image(path)
        if not hasattr(image, "shape"):
            continue
        for name, decoder in decoders().items():
            hit = any(_same_read(code.raw, code.text, expected)
                      for code in decoder.decode(image))
            rows.setdefault(f"corpus {kind}", {}).setdefault(name, []).append(hit)
    for sample in GENERATED:
        symbol = render(sample)
        for effect in EFFECTS:
            for step, strength in enumerate((0.2, 0.4, 0.6, 0.8)):
                image = degrade(symbol, effect, strength, seed=step)
                expected = sample.content
                for name, decoder in decoders().items():
                    texts = [code.text for code in decoder.decode(image)]
                    hit = any(_same(expected, text) for text in texts)
                    rows.setdefault(f"generated {effect}", {}).setdefault(name, []).append(hit)
    names = list(decoders())
    print("\n## Decode rate (% of images read correctly)")
    print("| set | images | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    totals: dict[str, list[int]] = {name: [] for name in names}
    for label, by_decoder in rows.items():
        count = len(by_decoder[names[0]])
        cells = []
        for name in names:
            hits = by_decoder[name]
            totals[name] += hits
            cells.append(f"{100 * sum(hits) / count:.0f}%")
        print(f"| {label} | {count} | " + " | ".join(cells) + " |")
    count = len(totals[names[0]])
    print(f"| **all** | {count} | " + " | ".join(
        f"**{100 * sum(totals[name]) / count:.1f}%**" for name in names) + " |")


def _same_read(raw: bytes, text: str, expected: bytes) -> bool:
    """The corpus's expected bytes, or the same GTIN: the corpus writes UPC-A in its 13-digit
    EAN form (0036602301467), zbar asked for UPC-A answers its 12 digits."""
    if raw == expected or text.encode() == expected:
        return True
    wanted = expected.decode("ascii", "replace")
    return (text.isascii() and text.isdigit() and wanted.isdigit()
            and len(wanted) == 13 and len(text) == 12 and "0" + text == wanted)


def _same(expected: str, text: str) -> bool:
    if expected.startswith("("):
        plain = expected.replace("(", "").replace(")", "")
        return text.replace("\x1d", "") == plain
    return text == expected or text.lstrip("0") == expected.lstrip("0")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--only", choices=["speed", "rate"])
    args = parser.parse_args()
    if args.only != "rate":
        speed_table(args.repeats)
    if args.only != "speed":
        rate_table(args.corpus)


if __name__ == "__main__":
    main()
