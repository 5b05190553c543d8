"""Still-image decoding on the public corpus (camera photos with expected text) and through
the command line: one JSON line per code, an error line per unreadable file, the rest go on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cv2
import pytest

from scanning.decoders import Symbology, ZbarDecoder, ZxingDecoder
from scanning.pipeline import CombinedDecoder, camera_decoder, read_image, still_decoder
from scanning.synth import Sample, degrade, frame_with, render

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / ".." / "shared" / "corpus" / "barcodes"
if not CORPUS.is_dir():  # a worktree under /work/wt: the shared folder is /work/shared
    CORPUS = REPO.parents[1] / "shared" / "corpus" / "barcodes"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")


def corpus(folder: str) -> list[tuple[Path, bytes]]:
    return [(image, image.with_suffix(".txt").read_bytes())
            for image in sorted((CORPUS / folder).iterdir())
            if image.suffix in {".png", ".webp", ".jpg"} and image.with_suffix(".txt").exists()]


def read_count(decoder, items) -> int:
    return sum(any(code.raw == expected for code in decoder.decode(read_image(path)))
               for path, expected in items)


@needs_corpus
@pytest.mark.parametrize("folder", ["ean13-1", "upca-2", "qrcode-2", "datamatrix-1"])
def test_the_combined_pipeline_reads_at_least_as_many_photos_as_either_decoder(folder):
    items = corpus(folder)
    combined = read_count(camera_decoder(), items)
    assert combined >= read_count(ZxingDecoder(), items)
    assert combined >= read_count(ZbarDecoder(), items)
    assert combined > 0
    assert read_count(still_decoder(), items) >= combined


@needs_corpus
def test_nothing_is_read_in_the_false_positive_photos():
    decoder = CombinedDecoder()
    for image in sorted((CORPUS / "falsepositives-1").iterdir()):
        frame = read_image(image)
        if hasattr(frame, "shape"):
            assert decoder.decode(frame) == [], image.name


def test_generated_symbologies_are_each_named_correctly(tmp_path):
    samples = [Sample("EAN-8", "96385074"), Sample("UPC-E", "01234565"),
               Sample("Code 39", "PL-100001"), Sample("ITF-14", "14589123000010"),
               Sample("GS1 DataMatrix", "(01)04589123000013(21)SN42")]
    found = {code.symbology: code.text for code in
             CombinedDecoder().decode(frame_with(samples, 1280, 720))}
    assert found[Symbology.EAN8] == "96385074"
    assert found[Symbology.UPCE] == "0012345000065"
    assert found[Symbology.CODE39] == "PL-100001"
    assert found[Symbology.ITF] == "14589123000010"
    assert found[Symbology.GS1_DATAMATRIX] == "010458912300001321SN42"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scanning", *args], cwd=REPO, text=True,
                          capture_output=True, timeout=60, check=False)


def test_decode_prints_one_json_line_per_code_and_an_error_line_per_bad_file(tmp_path):
    picture = tmp_path / "bench.png"
    cv2.imwrite(str(picture), frame_with([
        Sample("GS1-128", "(01)04589123000013(10)L7(17)271231"),
        Sample("QR", "TOTE-0001"),
        Sample("QR", "https://id.gs1.org/01/04589123000013/10/DL1?17=271231")], 1280, 720))
    webp = tmp_path / "label.webp"
    cv2.imwrite(str(webp), frame_with([Sample("EAN-13", "4589123000013")], 640, 480))
    garbage = tmp_path / "garbage.png"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    result = run_cli("decode", str(garbage), str(picture), str(tmp_path / "gone.jpg"), str(webp))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1
    assert [line["image"] for line in lines] == [
        str(garbage), str(picture), str(picture), str(picture), str(tmp_path / "gone.jpg"),
        str(webp)]
    assert "error" in lines[0]
    assert "error" in lines[4]
    by_text = {line["text"]: line for line in lines if "text" in line}
    gs1_line = by_text["010458912300001310L7\x1d17271231"]
    assert gs1_line["symbology"] == "GS1-128"
    assert (gs1_line["gs1"]["lot"], gs1_line["gs1"]["expiry"]) == ("L7", "2027-12-31")
    assert len(gs1_line["position"]) == 4
    assert by_text["TOTE-0001"]["gs1"] is None
    link = by_text["https://id.gs1.org/01/04589123000013/10/DL1?17=271231"]["gs1"]
    assert (link["gtin"], link["lot"], link["expiry"]) == ("04589123000013", "DL1", "2027-12-31")
    assert by_text["4589123000013"]["symbology"] == "EAN-13"


def test_gs1_prints_the_parsed_result():
    result = run_cli("gs1", "]C10104589123000013<GS>10L1~17271231")
    data = json.loads(result.stdout)
    assert result.returncode == 0
    assert (data["gtin"], data["lot"], data["expiry"]) == ("04589123000013", "L1", "2027-12-31")


def test_epc_prints_one_line_per_tag_and_goes_on_after_a_bad_one():
    result = run_cli("epc", "3074257BF7194E4000001A85", "nothex", "3174257BF4499602D2000000")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1
    assert lines[0]["pure_uri"] == "urn:epc:id:sgtin:0614141.812345.6789"
    assert "error" in lines[1]
    assert lines[2]["sscc"] == "106141412345678908"


def test_a_still_image_of_a_code_128_turned_45_degrees_is_read_with_its_corners_in_place():
    symbol = render(Sample("Code 128", "TOTE-0042"))
    turned = degrade(symbol, "rotation", 0.5, seed=0)
    [code] = still_decoder().decode(turned)
    assert code.text == "TOTE-0042"
    xs = [x for x, _ in code.position]
    ys = [y for _, y in code.position]
    assert min(xs) >= 0
    assert min(ys) >= 0
    assert max(xs) <= turned.shape[1]
    assert max(ys) <= turned.shape[0]
