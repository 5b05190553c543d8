"""Contracts load from TOML and a mistake names the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.carriers.contracts import CARRIERS, default_contracts, load_contract
from station.errors import ConfigError

DEFAULTS = Path(__file__).resolve().parents[2] / "station" / "carriers" / "contracts"


def test_the_embedded_demo_contracts_cover_the_three_carriers_with_demo_ranges() -> None:
    contracts = default_contracts()
    assert sorted(contracts) == sorted(CARRIERS)
    for contract in contracts.values():
        assert contract.numbering.ranges
        assert all(r.demo for r in contract.numbering.ranges)
    services = {s.name for c in contracts.values() for s in c.services}
    assert {"宅急便", "宅急便コンパクト", "ネコポス", "飛脚宅配便", "ゆうパック", "ゆうパケット",
            "クリックポスト"} <= services


def test_a_wrong_value_names_the_key(tmp_path: Path) -> None:
    text = (DEFAULTS / "yamato.toml").read_text(encoding="utf-8")
    bad = tmp_path / "yamato.toml"
    bad.write_text(text.replace("max_yen = 300000", "max_yen = -5"), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_contract(bad)
    assert "cod.max_yen" in caught.value.message.render()


def test_a_service_naming_an_unknown_time_slot_is_refused(tmp_path: Path) -> None:
    text = (DEFAULTS / "sagawa.toml").read_text(encoding="utf-8")
    bad = tmp_path / "sagawa.toml"
    bad.write_text(text.replace('"01", "12"', '"01", "99"', 1), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_contract(bad)
    assert "no slot '99'" in caught.value.message.render()


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "x.toml"
    bad.write_text("carrier = \n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_contract(bad)
    assert str(bad) in caught.value.message.render()
