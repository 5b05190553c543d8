"""Order import from an OMS export (CSV and JSON) and the hub's command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sync.hub.db import open_hub_db
from sync.hub.demo import seed_demo
from sync.hub.feed import order_data
from sync.hub.orders import import_files

ROOT = Path(__file__).resolve().parents[2]
CSV_HEADER = ("order_id,site,brand,customer_name,customer_email,language,tote,picklist,"
              "carrier,service,postcode,region,city,street,country,phone,sku,quantity\n")


def hub_db(tmp_path):
    engine = open_hub_db(str(tmp_path / "hub.sqlite3"))
    seed_demo(engine, "TYO1")
    return engine


def test_a_csv_export_becomes_orders_with_their_lines(tmp_path):
    engine = hub_db(tmp_path)
    path = tmp_path / "export.csv"
    path.write_text(CSV_HEADER
                    + "W-1,TYO1,KAZE,山田 太郎,t@example.com,ja,TOTE-7001,,YAMATO,TA-Q-BIN,"
                      "150-0001,東京都,渋谷区,神宮前1-1,JP,03-0000-0000,KAZE-TEE-BLK-S,2\n"
                    + "W-1,TYO1,KAZE,山田 太郎,t@example.com,ja,TOTE-7001,,YAMATO,TA-Q-BIN,"
                      "150-0001,東京都,渋谷区,神宮前1-1,JP,03-0000-0000,KAZE-SOX-NVY-F,1\n",
                    encoding="utf-8")
    report = import_files(engine, [path])
    assert (report.imported, report.problems) == (1, ())
    with engine.connect() as conn:
        order = order_data(conn, "W-1")
    assert [(line["sku"], line["quantity"]) for line in order["lines"]] == [
        ("KAZE-TEE-BLK-S", 2), ("KAZE-SOX-NVY-F", 1)]
    assert order["ship_to"]["city"] == "渋谷区"
    assert import_files(engine, [path]).unchanged == 1


def test_a_json_export_imports_and_a_bad_row_imports_nothing(tmp_path):
    engine = hub_db(tmp_path)
    good = {"id": "W-2", "site": "TYO1", "brand": "HANA", "customer_name": "Emma",
            "ship_to": {"postcode": "530-0001"}, "lines": [{"sku": "HANA-LOT", "quantity": 1}]}
    bad = {"id": "W-3", "site": "TYO1", "brand": "HANA", "customer_name": "",
           "lines": [{"sku": "HANA-NOPE", "quantity": "two"}]}
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"orders": [good, bad]}), encoding="utf-8")
    report = import_files(engine, [path])
    messages = [str(problem) for problem in report.problems]
    assert report.imported == 0
    assert any("customer_name is missing" in m for m in messages)
    assert any("HANA-NOPE is not in the hub's catalogue" in m for m in messages)
    assert any("'two' must be a whole number" in m for m in messages)
    with engine.connect() as conn:
        assert order_data(conn, "W-2") is None


def test_a_file_that_is_not_json_is_reported_not_imported(tmp_path):
    engine = hub_db(tmp_path)
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    report = import_files(engine, [path])
    assert "not valid JSON" in str(report.problems[0])


def run_hub(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sync.hub", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False)


def test_the_command_line_adds_a_station_imports_orders_and_refuses_bad_files(tmp_path):
    db = str(tmp_path / "hub.sqlite3")
    assert run_hub("seed-demo", "--site", "TYO1", "--db", db).returncode == 0
    added = run_hub("add-station", "--site", "TYO1", "--station", "PACK-05", "--db", db)
    assert added.returncode == 0
    assert len(added.stdout.strip()) >= 40
    path = tmp_path / "bad.csv"
    path.write_text(CSV_HEADER + "W-9,TYO1,KAZE,Ann,,,,,,,,,,,,,KAZE-TEE-BLK-S,0\n",
                    encoding="utf-8")
    refused = run_hub("import-orders", str(path), "--db", db)
    assert refused.returncode == 1
    assert "must be a whole number from 1 to" in refused.stderr
    assert "nothing was imported" in refused.stderr
    path.write_text(CSV_HEADER + "W-9,TYO1,KAZE,Ann,,,,,,,,,,,,,KAZE-TEE-BLK-S,1\n",
                    encoding="utf-8")
    imported = run_hub("import-orders", str(path), "--db", db)
    assert imported.returncode == 0, imported.stderr
    assert "imported 1 order(s)" in imported.stdout
