"""Every settings section of the app, so the composition root checks them all at load: a bad
value stops the start with its key named, not later when a screen or device first reads it."""

from __future__ import annotations

from pathlib import Path

from printing.settings import PrintersSettings
from scanning.camera import CameraSettings
from scanning.rfid.tote import RfidSettings
from scanning.scale.settings import ScaleSettings
from station.materials.settings import MaterialsSettings
from station.metrics.settings import MetricsSettings, Targets
from station.returns.setup import ReturnsSettings
from station.settings import Settings, load
from station.sortwall.setup import SortWallSettings
from sync.settings import HubSettings

SECTIONS: dict[str, type] = {
    "hub": HubSettings, "printers": PrintersSettings, "camera": CameraSettings,
    "rfid": RfidSettings, "returns": ReturnsSettings, "metrics": MetricsSettings,
    "targets": Targets, "scale": ScaleSettings, "materials": MaterialsSettings,
    "sortwall": SortWallSettings,
}


def load_settings(config: Path | None, data_dir: Path | None) -> Settings:
    return load(config, data_dir=data_dir, sections=SECTIONS)
