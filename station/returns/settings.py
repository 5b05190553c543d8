"""The `[returns]` settings section, apart from the returns session so the settings check at
start does not load the returns core."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ReturnsSettings:
    # A folder of brand policy files (`BRAND.toml`); empty: the built-in demo policies.
    policies_dir: Path | None = None
