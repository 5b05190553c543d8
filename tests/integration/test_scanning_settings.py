"""Scanning devices are configuration, never code: a TOML file picks the camera and reader."""

from __future__ import annotations

import pytest

from scanning.camera import CameraSettings
from scanning.devices import camera_source, rfid_settings, tote_verifier
from scanning.rfid.llrp import LlrpReader
from station.clock import FixedClock
from station.core import open_core
from station.errors import ConfigError
from station.pack.outcomes import Kind
from station.pack.tote_packing import pack_matched
from station.settings import load
from tests.support import find_order, scan


def settings_from(tmp_path, text: str):
    path = tmp_path / "station.toml"
    path.write_text(text, encoding="utf-8")
    return load(path, data_dir=tmp_path / "data", environ={})


def test_with_no_configuration_there_is_no_camera_and_no_reader(settings, core):
    assert camera_source(settings) is None
    assert tote_verifier(settings, core.pack, core.catalogue) is None


def test_an_llrp_reader_is_configured_by_host_and_antennas(tmp_path, core):
    settings = settings_from(tmp_path, '[rfid]\nreader = "llrp"\nhost = "10.0.0.21"\n'
                                       'antennas = [1, 2]\nmin_rssi = -60\n')
    verifier = tote_verifier(settings, core.pack, core.catalogue)
    assert isinstance(verifier.reader, LlrpReader)
    assert (verifier.reader.host, tuple(verifier.reader.antennas)) == ("10.0.0.21", (1, 2))
    assert verifier.settings.min_rssi == -60


def test_the_camera_is_configured_by_device_and_resolution(tmp_path):
    settings = settings_from(tmp_path, '[camera]\nenabled = true\ndevice = "1"\nwidth = 1920\n')
    assert camera_source(settings) is not None
    assert settings.section("camera", CameraSettings).width == 1920


@pytest.mark.parametrize("text", ['[rfid]\nreader = "sllurp"\n', '[rfid]\nreader = "llrp"\n',
                                  '[rfid]\nreder = "llrp"\n'])
def test_a_wrong_reader_setting_is_a_clear_error(tmp_path, text):
    with pytest.raises(ConfigError):
        rfid_settings(settings_from(tmp_path, text))


def test_the_simulated_demo_reader_completes_the_open_order_from_one_read(tmp_path):
    settings = settings_from(tmp_path, '[rfid]\nreader = "simulated"\n')
    core = open_core(settings, FixedClock(), in_memory=True)
    try:
        scan(core, "BADGE:P-1001")
        order = find_order(core, brand="KAZE", min_lines=2)
        scan(core, order.id)
        result = tote_verifier(settings, core.pack, core.catalogue).read(core.pack)
        assert result.check.complete
        assert result.check.foreign
        assert pack_matched(core.pack, result.check)[-1].kind is Kind.ORDER_COMPLETE
    finally:
        core.close()


def test_a_scale_is_configured_by_protocol_and_port(tmp_path):
    from scanning.scale.settings import scale_settings

    scale = scale_settings(settings_from(
        tmp_path, '[scale]\nprotocol = "mt-sics"\nport = "/dev/ttyUSB0"\nbaudrate = 2400\n'
                  'parity = "E"\nbytesize = 7\nstable_s = 1.2\n'))
    assert (scale.protocol, scale.port, scale.baudrate, scale.parity, scale.bytesize,
            scale.stable_s) == ("mt-sics", "/dev/ttyUSB0", 2400, "E", 7, 1.2)


@pytest.mark.parametrize(("text", "words"), [
    ('[scale]\nprotocol = "toledo"\nport = "COM3"\n', "protocol must be one of"),
    ('[scale]\nprotocol = "ad"\n', "needs a port"),
    ('[scale]\nprotocol = "cas"\nport = "COM3"\nparity = "X"\n', "parity must be"),
    ('[scale]\nprotocl = "ad"\n', "no setting called 'protocl'"),
])
def test_a_wrong_scale_setting_says_what_is_wrong(tmp_path, text, words):
    from scanning.scale.settings import scale_settings

    with pytest.raises(ConfigError) as raised:
        scale_settings(settings_from(tmp_path, text))
    assert words in raised.value.message.render()
