"""`python -m printing render KIND` writes any document from the local data, so brand
managers and support can look at one without packing an order."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from printing import brandkit, cli
from printing.__main__ import main
from tests import printing_readback as readback

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("kind", ["label-zpl", "label-pdf", "slip", "insert",
                                  "recommerce-label"])
def test_every_kind_renders_for_a_demo_order(tmp_path, kind):
    out = tmp_path / f"doc.{'zpl' if kind == 'label-zpl' else 'pdf'}"
    code = main(["--data-dir", str(tmp_path / "data"), "render", kind, "--order",
                 "ORD-100004", "--out", str(out)])
    assert code == 0
    data = out.read_bytes()
    if kind == "label-zpl":
        assert data.startswith(b"^XA")
        image = readback.zpl_image(data, 101.6, 152.4, 203)
        assert len(readback.decode(image)) == 2
    else:
        assert readback.decode_pdf(data, 300)


def test_the_command_line_runs_as_a_module_and_previews_a_kit_being_edited(tmp_path):
    kit = tmp_path / "HANA-draft"
    shutil.copytree(brandkit.folder_for("HANA"), kit)
    text = (kit / "kit.toml").read_text(encoding="utf-8")
    (kit / "kit.toml").write_text(text.replace('"#B0466B"', '"#B0466"'), encoding="utf-8")
    out = tmp_path / "insert.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "printing", "--data-dir", str(tmp_path / "data"), "render",
         "insert", "--brand", "HANA", "--kit", str(kit), "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "colours.primary" in result.stderr
    assert "HANA" in result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_an_unknown_order_is_a_clear_message_not_a_traceback(tmp_path, capsys):
    code = main(["--data-dir", str(tmp_path / "data"), "render", "slip", "--order", "NOPE",
                 "--out", str(tmp_path / "x.pdf")])
    assert code == 2
    assert "NOPE" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_the_barcode_sheet_is_written_once_at_first_start(tmp_path):
    with cli.local_core(None, tmp_path / "data") as core:
        path = cli.ensure_barcode_sheet(core)
        stamp = path.stat().st_mtime_ns
        assert cli.ensure_barcode_sheet(core) == path
    assert path.stat().st_mtime_ns == stamp
    assert path.read_bytes().startswith(b"%PDF")


def test_the_gift_card_of_a_demo_gift_renders_and_a_plain_order_gets_a_clear_message(
        tmp_path, capsys):
    out = tmp_path / "card.pdf"
    assert main(["--data-dir", str(tmp_path / "data"), "render", "gift-card", "--brand",
                 "KAZE", "--out", str(out)]) == 0
    assert "ギフトメッセージ" in readback.text(out.read_bytes())
    assert main(["--data-dir", str(tmp_path / "data"), "render", "gift-card", "--order",
                 "ORD-100004", "--out", str(out)]) != 0
    assert "ORD-100004 has no gift message" in capsys.readouterr().err
