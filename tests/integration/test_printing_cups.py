"""The CUPS backend through `lp`: with a recording `lp` on PATH (the edge faked, not the
code), and with no CUPS at all. A real CUPS queue is used when one is installed."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from printing.backends import CupsPrinter, PrinterUnavailable, list_queues

RECORDING_LP = """#!/bin/sh
printf '%s\\n' "$@" > "{folder}/args"
cat > "{folder}/stdin"
"""
RECORDING_LPSTAT = """#!/bin/sh
echo "Zebra_GK420 accepting requests since Mon 23 Nov 2026"
echo "Office_Laser accepting requests since Mon 23 Nov 2026"
"""


@pytest.fixture
def fake_cups(tmp_path, monkeypatch) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, body in (("lp", RECORDING_LP.format(folder=tmp_path)),
                       ("lpstat", RECORDING_LPSTAT)):
        script = bin_dir / name
        script.write_text(body)
        script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return tmp_path


def test_a_zpl_job_goes_to_lp_raw_with_its_exact_bytes(fake_cups):
    CupsPrinter("Zebra_GK420").send("ORD-1-label-1", "zpl", b"^XA^FDx^FS^XZ")
    assert (fake_cups / "stdin").read_bytes() == b"^XA^FDx^FS^XZ"
    args = (fake_cups / "args").read_text().split("\n")
    assert args[:6] == ["-d", "Zebra_GK420", "-t", "ORD-1-label-1", "-o", "raw"]


def test_the_queues_are_listed_from_lpstat(fake_cups):
    assert list_queues() == ["Zebra_GK420", "Office_Laser"]
    assert CupsPrinter("Office_Laser").check().ready
    assert not CupsPrinter("Gone").check().ready


def test_without_cups_a_job_waits_with_a_clear_reason(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PrinterUnavailable, match="CUPS is not installed"):
        CupsPrinter("Zebra_GK420").send("job", "pdf", b"%PDF")
    assert list_queues() == []


def test_a_pdf_job_names_its_media_and_orientation(fake_cups):
    pdf = b"%PDF-1.4\n3 0 obj\n<< /Type /Page /MediaBox [ 0 0 288 432 ] >>\nendobj\n"
    CupsPrinter("Zebra_GK420").send("ORD-1-label-1", "pdf", pdf)
    args = (fake_cups / "args").read_text().split("\n")
    assert args[4:12] == ["-o", "media=Custom.4x6in", "-o", "orientation-requested=3",
                          "-o", "fit-to-page=false", "-o", "print-scaling=none"]
    assert (fake_cups / "stdin").read_bytes() == pdf
