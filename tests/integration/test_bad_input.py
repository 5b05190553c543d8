"""Bad input gets a clear message and loses nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scanning.interpret import interpret
from station import journal
from station.core import open_core
from station.errors import ConfigError, StorageError
from station.events.pack import UnknownCodeScanned
from station.pack.outcomes import Kind
from station.scans import MAX_SCAN_LENGTH
from station.settings import load
from tests.support import ean, find_order, payloads, scan

ROOT = Path(__file__).resolve().parents[2]


def signed_in_with_order(core):
    scan(core, "BADGE:P-1001")
    order = find_order(core, brand="KAZE", serial=False, min_lines=2, max_quantity=2)
    scan(core, order.id)
    return order


def events(core) -> int:
    return core.store.conn.execute("SELECT count(*) FROM journal").fetchone()[0]


@pytest.mark.parametrize("raw", ["", "   ", "\r\n", "\x00\x01\x02"])
def test_an_empty_scan_asks_to_scan_again_and_records_nothing(core, raw):
    signed_in_with_order(core)
    before = events(core)
    outcome = core.pack.scan(interpret(raw))
    assert outcome.kind is Kind.UNREADABLE
    assert events(core) == before


def test_a_ten_thousand_character_scan_is_cut_and_refused(core):
    signed_in_with_order(core)
    outcome = core.pack.scan(interpret("9" * 10_000))
    assert outcome.kind is Kind.UNKNOWN_CODE
    recorded = payloads(core.store.conn, UnknownCodeScanned)[0].code
    assert len(recorded) == MAX_SCAN_LENGTH


def test_control_characters_are_dropped_from_a_scan(core):
    order = signed_in_with_order(core)
    code = ean(core, order.lines[0].product.sku)
    outcome = core.pack.scan(interpret("\x02" + code + "\x03\x07"))
    assert outcome.kind in {Kind.MATCHED, Kind.LINE_COMPLETE}


def test_non_utf8_bytes_are_shown_as_an_unknown_code_not_a_crash(core):
    signed_in_with_order(core)
    outcome = core.pack.scan(interpret(b"\xff\xfeORD\x80-1"))
    assert outcome.kind is Kind.UNKNOWN_CODE
    assert "ORD-1" in outcome.message.render()


def test_a_missing_data_directory_is_created(tmp_path):
    data_dir = tmp_path / "not" / "there" / "yet"
    core = open_core(load(None, data_dir=data_dir, environ={}))
    core.close()
    assert (data_dir / "station.sqlite3").exists()


def test_a_corrupt_database_file_gets_a_clear_message_and_is_not_touched(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    database = data_dir / "station.sqlite3"
    garbage = b"this is not a database" * 200
    database.write_bytes(garbage)
    with pytest.raises(StorageError) as error:
        open_core(load(None, data_dir=data_dir, environ={}))
    assert "damaged" in str(error.value)
    assert "Do not delete" in error.value.next_step.render()
    assert database.read_bytes() == garbage


def _make_read_only(path: Path) -> bool:
    if os.geteuid() == 0:
        if shutil.which("chattr") is None:
            return False
        done = subprocess.run(["chattr", "+i", str(path)], check=False, capture_output=True)
        return done.returncode == 0
    path.chmod(0o444)
    path.parent.chmod(0o555)
    return True


def _make_writable(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], check=False, capture_output=True)
    else:
        path.parent.chmod(0o755)
        path.chmod(0o644)


def test_a_read_only_database_refuses_scans_clearly_and_keeps_what_was_packed(tmp_path):
    settings = load(None, data_dir=tmp_path / "data", environ={})
    core = open_core(settings)
    order = signed_in_with_order(core)
    line = order.lines[0]
    scan(core, ean(core, line.product.sku))
    core.close()
    database = settings.database_path
    if not _make_read_only(database):
        pytest.skip("cannot make a file read-only on this file system")
    try:
        core = open_core(settings)
        assert core.pack.state.packed(line.line_no) == 1
        with pytest.raises(StorageError) as error:  # a restart signed the packer out
            scan(core, "BADGE:P-1001")
        assert "cannot be written" in str(error.value)
        assert core.signin.badge is None
        assert core.pack.state.packed(line.line_no) == 1
        assert core.pack.state.packed(order.lines[1].line_no) == 0
        core.close()
    finally:
        _make_writable(database)
    core = open_core(settings)
    scan(core, "BADGE:P-1001")  # a restart signs everyone out
    assert scan(core, ean(core, order.lines[1].product.sku)).kind in {
        Kind.MATCHED, Kind.LINE_COMPLETE}
    core.close()


def test_a_write_that_fails_mid_scan_leaves_memory_as_the_journal_says(file_core):
    order = signed_in_with_order(file_core)
    line = order.lines[0]
    file_core.store.conn.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON journal"
        " BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END")
    with pytest.raises(StorageError):
        scan(file_core, ean(file_core, line.product.sku))
    assert file_core.pack.state.packed(line.line_no) == 0
    file_core.store.conn.execute("DROP TRIGGER refuse")
    assert scan(file_core, ean(file_core, line.product.sku)).kind in {
        Kind.MATCHED, Kind.LINE_COMPLETE}
    assert len(journal.for_subject(file_core.store.conn, order.id)) >= 2


def test_a_corrupt_config_file_names_the_file_and_the_problem(tmp_path):
    config = tmp_path / "station.toml"
    config.write_text("[station\nid = 'X'\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load(config, environ={})
    assert str(config) in str(error.value)


def test_an_unknown_setting_is_an_error_not_a_silent_default(tmp_path):
    config = tmp_path / "station.toml"
    config.write_text("[pack]\nidle_sign_out_minuts = 5\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load(config, environ={})
    assert "idle_sign_out_minuts" in str(error.value)
    assert "idle_sign_out_minutes" in error.value.next_step.render()


def test_a_setting_of_the_wrong_type_is_refused(tmp_path):
    config = tmp_path / "station.toml"
    config.write_text("[pack]\nquantity_prompt_at = 'many'\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load(config, environ={})
    assert "pack.quantity_prompt_at" in str(error.value)


def test_environment_variables_override_the_file(tmp_path):
    config = tmp_path / "station.toml"
    config.write_text("version = 1\n[station]\nid = 'PACK-07'\nlanguage = 'en'\n",
                      encoding="utf-8")
    settings = load(config, environ={"PACKSTATION_STATION__ID": "PACK-09",
                                     "PACKSTATION_PACK__AUTO_COMPLETE": "false"})
    assert settings.station.id == "PACK-09"
    assert settings.station.language == "en"
    assert settings.pack.auto_complete is False


def test_the_app_refuses_to_start_on_a_corrupt_config_with_a_message(tmp_path):
    config = tmp_path / "station.toml"
    config.write_text("version = 99\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "ui", "--config", str(config), "--data-dir", str(tmp_path / "d"),
         "--exit-when-ready", "--no-sound"],
        check=False, cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2
    assert "settings version 99 is not supported" in result.stderr


def test_a_misspelt_section_is_an_error_that_lists_the_known_ones(tmp_path):
    config = tmp_path / "station.toml"
    config.write_text("[printer]\nlabel = 'tcp:10.0.0.5:9100'\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load(config, environ={})
    assert "[printer]" in str(error.value)
    assert "printers" in error.value.next_step.render()


def test_a_station_joining_a_real_hub_gets_no_demo_badges(tmp_path):
    from ui.app import wants_demo

    config = tmp_path / "station.toml"
    config.write_text("[hub]\nurl = 'https://hub.example'\ntoken = 't'\n", encoding="utf-8")
    settings = load(config, data_dir=tmp_path / "d", environ={})
    assert wants_demo(settings) is False
    core = open_core(settings, demo_data=wants_demo(settings))
    try:
        assert core.catalogue.badge("S-3001") is None
        assert core.catalogue.order_ids() == []
    finally:
        core.close()
    embedded = load(None, data_dir=tmp_path / "e", environ={})
    assert wants_demo(embedded) is True
    forced = load(config, environ={"PACKSTATION_STATION__DEMO": "true"})
    assert wants_demo(forced) is True
