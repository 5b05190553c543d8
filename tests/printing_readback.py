"""Reading printed documents back as a machine would: PDFs rasterised with pdftoppm at the
printer's resolution, ZPL rendered with zplkit, barcodes decoded with zxing-cpp, fonts listed
with pdffonts and text extracted with pdftotext."""

from __future__ import annotations

import io
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image


@dataclass(frozen=True)
class Decoded:
    format: str
    text: str
    gs1: bool


def pdf_pages(pdf: bytes, dpi: int) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(source),
                        str(Path(folder) / "page")], check=True, timeout=60)
        return [Image.open(path).copy() for path in sorted(Path(folder).glob("page*.png"))]


def decode(image: Image.Image) -> list[Decoded]:
    results = zxingcpp.read_barcodes(image, text_mode=zxingcpp.TextMode.Plain)
    return [Decoded(result.format.name, result.text,
                    result.content_type == zxingcpp.ContentType.GS1) for result in results]


def decode_pdf(pdf: bytes, dpi: int) -> list[Decoded]:
    return [code for page in pdf_pages(pdf, dpi) for code in decode(page)]


def zpl_image(zpl: bytes, width_mm: float, height_mm: float, dpi: int) -> Image.Image:
    from zplkit import Options, render

    options = Options(profile="specification", width=round(width_mm * dpi / 25.4),
                      height=round(height_mm * dpi / 25.4), dpi=dpi)
    document = render(zpl, options)
    assert len(document.labels) == 1
    return Image.open(io.BytesIO(document.labels[0].png())).convert("L")


def fonts(pdf: bytes) -> list[dict[str, str]]:
    """pdffonts as rows: name, type, emb (yes/no)."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        output = subprocess.run(["pdffonts", handle.name], capture_output=True, text=True,
                                check=True, timeout=30).stdout
    rows = []
    for line in output.splitlines()[2:]:
        parts = line.split()
        # name type [subtype] encoding emb sub uni object id: read from the right.
        rows.append({"name": parts[0], "type": parts[1], "emb": parts[-5]})
    return rows


def text(pdf: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        return subprocess.run(["pdftotext", "-layout", handle.name, "-"], capture_output=True,
                              text=True, check=True, timeout=30).stdout


def page_size_mm(pdf: bytes) -> tuple[float, float]:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        output = subprocess.run(["pdfinfo", handle.name], capture_output=True, text=True,
                                check=True, timeout=30).stdout
    line = next(line for line in output.splitlines() if line.startswith("Page size:"))
    width, height = line.split(":")[1].split("pts")[0].split("x")
    return round(float(width) / 72 * 25.4, 1), round(float(height) / 72 * 25.4, 1)
