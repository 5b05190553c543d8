"""The [metrics] and [targets] sections: defaults, a site's file, per-station targets."""

from __future__ import annotations

from datetime import timedelta

import pytest

from station.errors import ConfigError
from station.metrics.settings import MetricsSettings, Targets
from station.settings import load


def test_without_a_file_the_site_is_in_tokyo_with_default_targets(tmp_path):
    settings = load(None, data_dir=tmp_path, environ={})
    metrics = settings.section("metrics", MetricsSettings)
    assert metrics.zone.key == "Asia/Tokyo"
    assert metrics.idle_gap == timedelta(minutes=5)
    assert settings.section("targets", Targets) == Targets()


def test_a_site_sets_targets_per_station_and_per_packer(tmp_path):
    config = tmp_path / "station.toml"
    config.write_text(
        '[metrics]\ntime_zone = "Europe/Berlin"\nidle_gap_minutes = 3\n'
        "[targets]\nunits_per_hour = 90\norders_per_day = 250\n"
        '[targets.station_units_per_hour]\n"PACK-02" = 140\n'
        '[targets.packer_units_per_hour]\n"P-1001" = 110.5\n', encoding="utf-8")
    settings = load(config, data_dir=tmp_path, environ={})
    targets = settings.section("targets", Targets)
    assert targets.for_station("PACK-02") == 140
    assert targets.for_station("PACK-01") == 90
    assert targets.for_packer("P-1001") == 110.5
    assert targets.orders_per_day == 250
    assert settings.section("metrics", MetricsSettings).idle_gap == timedelta(minutes=3)


def test_a_target_from_the_environment_is_converted(tmp_path):
    settings = load(None, data_dir=tmp_path,
                    environ={"PACKSTATION_TARGETS__UNITS_PER_HOUR": "75.5"})
    assert settings.section("targets", Targets).units_per_hour == 75.5


def test_a_misspelt_target_is_refused_with_the_known_names(tmp_path):
    config = tmp_path / "station.toml"
    config.write_text("[targets]\nunits_per_hr = 90\n", encoding="utf-8")
    settings = load(config, data_dir=tmp_path, environ={})
    with pytest.raises(ConfigError) as raised:
        settings.section("targets", Targets)
    assert "units_per_hr" in raised.value.message.render()
    assert "units_per_hour" in raised.value.next_step.render()


def test_an_unknown_time_zone_is_a_clear_error():
    with pytest.raises(ConfigError) as raised:
        MetricsSettings(time_zone="Asia/Nowhere").zone  # noqa: B018
    assert "Asia/Nowhere" in raised.value.message.render()
