"""Graded re-commerce stock exported as a listings CSV, and pulled RMAs upserted safely."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station.returns import rmas
from station.store import open_store
from tests.returns_support import INSPECTOR, inspect, item_code, returns_session, scan

ROOT = Path(__file__).resolve().parents[2]


def _grade_demo(core, rma_id: str, grades: list[str]) -> None:
    returns = returns_session(core)
    scan(returns, INSPECTOR)
    scan(returns, rma_id)
    rma = rmas.get_rma(core.store.conn, rma_id)
    assert rma is not None
    for line, grade in zip(rma.lines, grades, strict=True):
        inspect(returns, item_code(core, line.sku), grade)
        scan(returns, "CMD:OK")


def test_the_cli_exports_resale_units_with_each_channels_condition(file_core, tmp_path):
    _grade_demo(file_core, "RMA-5002", ["B", "C"])
    _grade_demo(file_core, "RMA-5001", ["A"])
    out = tmp_path / "listings.csv"
    done = subprocess.run(
        [sys.executable, "-m", "station.returns", "export", "--data-dir",
         str(file_core.settings.data_dir), "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [row["grade"] for row in rows] == ["B", "C"]
    assert rows[0]["new_sku"].endswith("-UB")
    assert rows[0]["amazon_condition"] == "Used - Very Good"
    assert rows[1]["ebay_condition"] == "3000"
    assert rows[1]["backmarket_condition"] == "Good"
    assert rows[0]["condition_url"] == "https://kaze.example.jp/condition/RMA-5002/1"


def test_the_cli_says_so_when_there_is_no_station_database(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "station.returns", "export", "--data-dir", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "PACKSTATION_STATION__LANGUAGE": "en"})
    assert done.returncode == 2
    assert "No station database" in done.stderr


_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.text(max_size=8),
                    st.lists(st.dictionaries(st.sampled_from(["sku", "quantity", "unit_price",
                                                              "serial", "line_no"]),
                                             st.one_of(st.none(), st.integers(-2, 5),
                                                       st.text(max_size=5)), max_size=5),
                             max_size=3))
_RMA = st.dictionaries(
    st.sampled_from(["id", "site", "brand", "order_id", "customer_name", "tracking", "wants",
                     "lines", "reason", "exchange_sku"]), _VALUES, max_size=10)


_HEADER = {"id": "RMA-F1", "site": "TYO1", "brand": "KAZE", "order_id": "ORD-1",
           "customer_name": "Fuzz"}


def _check_upsert(data) -> None:
    store = open_store(None)
    try:
        with store.write():
            result = rmas.upsert_rma(store.conn, data)
        if result.ok:
            rma = rmas.get_rma(store.conn, data["id"])
            assert rma is not None
            assert len(rma.lines) == len(data["lines"])
        else:
            assert result.problem is not None
            assert "refused" in result.problem.render()
            assert store.conn.execute("SELECT count(*) FROM rmas").fetchone()[0] == 0
    finally:
        store.close()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_RMA)
def test_any_rma_json_is_either_stored_whole_or_refused_with_a_message(data):
    _check_upsert(data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=_VALUES)
def test_any_lines_of_a_well_formed_rma_are_stored_whole_or_refused(lines):
    _check_upsert({**_HEADER, "lines": lines})
