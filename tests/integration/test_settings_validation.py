"""Settings are checked by pydantic when they load: a wrong value is refused with its key
named, before any screen or device reads it; unknown keys are still errors and environment
variables still override the file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from station.errors import ConfigError
from station.metrics.settings import Targets
from station.settings import PACKAGE_SECTIONS, load
from ui.settings_sections import SECTIONS, load_settings

ROOT = Path(__file__).resolve().parents[2]


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "station.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _refusal(config: Path | None, environ: dict[str, str] | None = None) -> ConfigError:
    with pytest.raises(ConfigError) as raised:
        load(config, data_dir=config.parent if config else None, environ=environ or {},
             sections=SECTIONS)
    return raised.value


def test_a_target_of_fast_is_refused_at_load_with_the_key_named(tmp_path):
    error = _refusal(_config(tmp_path, '[targets]\nunits_per_hour = "fast"\n'))
    assert "'targets.units_per_hour' must be a number, not 'fast'" in error.message.render()
    assert "remove it to use the default" in error.next_step.render()


def test_an_unknown_time_zone_is_refused_at_load_with_the_key_named(tmp_path):
    error = _refusal(_config(tmp_path, '[metrics]\ntime_zone = "Mars/Olympus"\n'))
    text = error.message.render()
    assert "'metrics.time_zone' must be a known time zone" in text
    assert "Mars/Olympus" in text


def test_a_negative_weight_tolerance_is_refused_at_load_with_the_key_named(tmp_path):
    config = _config(tmp_path, "[pack]\nweight_tolerance_percent = -50\n")
    with pytest.raises(ConfigError) as raised:     # a core section: refused by plain load()
        load(config, environ={})
    text = raised.value.message.render()
    assert str(config) in text
    assert "'pack.weight_tolerance_percent' must be at least 0, not -50" in text


@pytest.mark.parametrize(("text", "key"), [
    ("[pack]\nidle_sign_out_minutes = 0\n", "pack.idle_sign_out_minutes"),
    ('[station]\nlanguage = "fr"\n', "station.language"),
    ('[station]\nid = "PACK\\u0001"\n', "station.id"),
    ('[station]\nsite = "TYO 1"\n', "station.site"),
    (f'[station]\nid = "{"P" * 65}"\n', "station.id"),
    ("[hub]\nbackoff_max_s = -1\n", "hub.backoff_max_s"),
    ("[printers]\nretry_seconds = 0\n", "printers.retry_seconds"),
    ("[rfid]\nport = 70000\n", "rfid.port"),
    ("[camera]\nwidth = 12.5\n", "camera.width"),
    ("[targets]\nstation_units_per_hour = { PACK-01 = -3 }\n",
     "targets.station_units_per_hour.PACK-01"),
    ("[metrics]\ntrend_days = \"two weeks\"\n", "metrics.trend_days"),
])
def test_each_wrong_value_names_its_key(tmp_path, text, key):
    assert f"'{key}'" in _refusal(_config(tmp_path, text)).message.render()


def test_an_unknown_key_in_a_package_section_is_refused_at_load(tmp_path):
    error = _refusal(_config(tmp_path, '[hub]\nurl = "http://hub.example:8765"\n'
                                       "batchsize = 10\n"))
    assert "'batchsize'" in error.message.render()
    assert "batch_size" in error.next_step.render()


def test_environment_overrides_still_work_and_are_checked_too(tmp_path):
    config = _config(tmp_path, "[targets]\nunits_per_hour = 90\n[pack]\nweight_check = true\n")
    settings = load(config, environ={"PACKSTATION_TARGETS__UNITS_PER_HOUR": "75.5",
                                     "PACKSTATION_PACK__WEIGHT_CHECK": "off",
                                     "PACKSTATION_PACK__IDLE_SIGN_OUT_MINUTES": "20",
                                     "PACKSTATION_STATION__DEMO": ""},
                    sections=SECTIONS)
    assert settings.section("targets", Targets).units_per_hour == 75.5
    assert settings.pack.weight_check is False
    assert settings.pack.idle_sign_out_minutes == 20
    assert settings.station.demo is None
    error = _refusal(None, {"PACKSTATION_PACK__WEIGHT_TOLERANCE_PERCENT": "-50"})
    assert "environment: 'pack.weight_tolerance_percent'" in error.message.render()


def test_a_valid_file_loads_with_every_section_checked(tmp_path):
    settings = load_settings(_config(tmp_path, '[metrics]\ntime_zone = "Europe/Berlin"\n'
                                               "[targets]\nunits_per_hour = 150\n"), tmp_path)
    assert settings.section("targets", Targets).units_per_hour == 150.0


def test_every_known_section_is_checked_at_load():
    assert set(SECTIONS) == set(PACKAGE_SECTIONS)


def test_the_app_refuses_to_start_on_a_bad_target_with_the_key_named(tmp_path):
    config = _config(tmp_path, '[targets]\nunits_per_hour = "fast"\n')
    result = subprocess.run(
        [sys.executable, "-m", "ui", "--config", str(config), "--data-dir", str(tmp_path / "d"),
         "--exit-when-ready", "--no-sound"],
        check=False, cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    assert result.returncode == 2
    assert "targets.units_per_hour" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "d" / "station.sqlite3").exists()
