"""The `[materials]` settings section, read with `Settings.section()`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class MaterialsSettings:
    # The site's materials file (codes, rates, defaults per box); empty: the demo file.
    file: Path | None = None
