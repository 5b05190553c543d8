"""The station's read-only command-line tools share one set-up (station.read_only_cli): they
read a station whose folder name has URI characters in it, and a damaged database is a clear
message with exit code 2, never a traceback."""

from __future__ import annotations

import csv
import io

import pytest

from station.clock import FixedClock
from station.core import open_core
from station.inbox.__main__ import main as inbox_main
from station.returns import rmas
from station.returns.__main__ import main as returns_main
from station.settings import load
from tests.returns_support import INSPECTOR, inspect, item_code, returns_session, scan

ENGLISH = {"PACKSTATION_STATION__LANGUAGE": "en"}


def graded_station(data_dir):
    """A station file with one resale unit graded B on RMA-5002."""
    core = open_core(load(None, data_dir=data_dir, environ=ENGLISH), FixedClock())
    try:
        returns = returns_session(core)
        scan(returns, INSPECTOR)
        scan(returns, "RMA-5002")
        rma = rmas.get_rma(core.store.conn, "RMA-5002")
        assert rma is not None
        inspect(returns, item_code(core, rma.lines[0].sku), "B")
        scan(returns, "CMD:OK")
    finally:
        core.close()


def test_a_station_folder_named_with_hash_and_question_marks_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv("PACKSTATION_STATION__LANGUAGE", "en")
    data_dir = tmp_path / "bench #2 ?old" / "data"
    graded_station(data_dir)
    out = tmp_path / "listings.csv"
    assert returns_main(["export", "--data-dir", str(data_dir), "--out", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [row["grade"] for row in rows] == ["B"]
    assert inbox_main(["export-parked", "--data-dir", str(data_dir),
                       "--out", str(tmp_path / "parked.csv")]) == 0


@pytest.mark.parametrize("command", [
    lambda data_dir: returns_main(["export", "--data-dir", str(data_dir)]),
    lambda data_dir: inbox_main(["export-parked", "--data-dir", str(data_dir)]),
])
def test_a_damaged_database_is_a_message_and_exit_code_2(tmp_path, monkeypatch, capsys,
                                                          command):
    monkeypatch.setenv("PACKSTATION_STATION__LANGUAGE", "en")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "station.sqlite3").write_bytes(b"not a database, " * 512)
    assert command(data_dir) == 2
    err = capsys.readouterr().err
    assert "cannot be read" in err
    assert "Traceback" not in err
