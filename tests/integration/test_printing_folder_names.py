"""The folder printer writes every document as one ordinary file inside its folder, whatever
the order id in the job's title: path separators, `..`, absolute paths, NUL bytes, Windows
device names and 5,000 characters never write elsewhere, and two titles never share a file."""

from __future__ import annotations

import dataclasses
import os

import pytest

from printing.backends import FolderPrinter
from printing.service import PrintService
from station.file_names import MAX_STEM, safe_name

HOSTILE = ["../../../tmp/x", "../../x", "..", ".", "", "a/../../b", "..\\..\\win",
           "C:\\Windows\\x", "CON", "nul.txt", "a\x00b", "注文/1", ".hidden", "x" * 5000,
           "ORD-1\n-label-1", "ORD-1-label-1", "ORD-1_label-1", "ORD-1/label-1", "trailing."]


def _files_under(root):
    return sorted(os.path.relpath(os.path.join(path, name), root)
                  for path, _, names in os.walk(root) for name in names)


def test_hostile_titles_each_give_one_file_inside_the_folder(tmp_path):
    folder = tmp_path / "station" / "deep" / "printed"  # every `..` above stays in tmp_path
    printer = FolderPrinter(folder)
    # An absolute path inside this test's own folder: before the fix it was written there.
    titles = [*HOSTILE, str(tmp_path / "outside" / "x")]
    for index, title in enumerate(titles):
        printer.send(title, "pdf", f"document {index}".encode())
    written = _files_under(tmp_path)
    inside = os.path.join("station", "deep", "printed") + os.sep
    assert all(name.startswith(inside) for name in written)
    assert len(written) == len(titles)  # no title overwrote another's file
    for index, title in enumerate(titles):
        name = safe_name(title, "pdf")
        assert (folder / name).read_bytes() == f"document {index}".encode()
        assert os.sep not in name
        assert "/" not in name
        assert not name.startswith(".")
        assert len(name) <= MAX_STEM + 4


def test_a_plain_order_title_keeps_its_readable_name():
    assert safe_name("ORD-100058-label-1", "zpl") == "ORD-100058-label-1.zpl"


@pytest.fixture
def escaping_order(file_core, tmp_path):
    """A demo order copied under an id that climbs out of the print folder (<tmp>/data/printed)
    into a folder that exists, so that a printer joining paths would really write there."""
    evil = "../../escaped/ORD"
    (tmp_path / "escaped").mkdir()
    with file_core.store.write() as db:
        source = db.conn.execute("SELECT id FROM orders ORDER BY id LIMIT 1").fetchone()[0]
        columns = [row[1] for row in db.conn.execute("PRAGMA table_info(orders)")]
        rest = ", ".join(column for column in columns if column not in ("id", "tote", "picklist"))
        db.conn.execute(f"INSERT INTO orders (id, {rest}) SELECT ?, {rest} FROM orders "
                        "WHERE id = ?", (evil, source))
        db.conn.execute("INSERT INTO order_lines (order_id, line_no, sku, quantity) SELECT ?, "
                        "line_no, sku, quantity FROM order_lines WHERE order_id = ?",
                        (evil, source))
    return file_core, evil


def test_an_order_id_that_climbs_out_prints_inside_the_print_folder(escaping_order, tmp_path):
    core, order_id = escaping_order
    folder = core.settings.data_dir / "printed"
    settings = dataclasses.replace(core.settings, extra={"printers": {"folder": str(folder)}})
    service = PrintService(core.store, core.catalogue, core.clock, settings)
    before = set(_files_under(tmp_path))
    queued = service.print_packed_order(order_id)
    service.send_due()
    new = set(_files_under(tmp_path)) - before
    assert new == {os.path.relpath(folder / job.file_name, tmp_path) for job in queued}
    assert all(os.path.dirname(os.path.relpath(folder / job.file_name, tmp_path))
               == os.path.relpath(folder, tmp_path) for job in queued)
    for job in queued:
        assert (folder / job.file_name).read_bytes() == service.jobs.document(job.id)
