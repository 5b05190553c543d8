"""Typed, validated, versioned settings: embedded defaults, a TOML file, environment overrides.

The core knows its own sections (`station`, `pack`, `scanner`). Other packages own theirs
(`printers`, `hub`, `camera`, `rfid`, ...) and read them with `section()`, so each is validated
by the code that uses it and one loader serves all. Unknown keys are errors: a typo in a
config file must not silently fall back to a default."""

from __future__ import annotations

import dataclasses
import os
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from station.errors import ConfigError
from station.messages import msg

SETTINGS_VERSION = 1
ENV_PREFIX = "PACKSTATION_"

T = TypeVar("T")


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("packstation", appauthor=False))


@dataclass(frozen=True)
class StationSettings:
    id: str = "PACK-01"
    site: str = "TYO1"
    language: str = "ja"
    # Seed the demo brands, orders, badges and RMAs into an empty database. Unset: only on the
    # embedded default (no [hub] url), so a station joining a real hub never gets demo badges.
    demo: bool | None = None


@dataclass(frozen=True)
class PackSettings:
    idle_sign_out_minutes: int = 15
    quantity_prompt_at: int = 4
    auto_complete: bool = True
    weight_check: bool = False
    weight_tolerance_percent: float = 10.0


@dataclass(frozen=True)
class ScannerSettings:
    max_key_interval_ms: int = 35
    min_length: int = 3
    suffix: str = "\r"
    gs_substitute: str = "~"


@dataclass(frozen=True)
class Settings:
    version: int = SETTINGS_VERSION
    data_dir: Path = field(default_factory=default_data_dir)
    station: StationSettings = field(default_factory=StationSettings)
    pack: PackSettings = field(default_factory=PackSettings)
    scanner: ScannerSettings = field(default_factory=ScannerSettings)
    extra: dict[str, dict[str, Any]] = field(default_factory=dict)
    source: Path | None = None

    @property
    def database_path(self) -> Path:
        return self.data_dir / "station.sqlite3"

    def section(self, name: str, cls: type[T]) -> T:
        """A package's own section, validated into its dataclass (defaults when absent)."""
        return from_dict(cls, self.extra.get(name, {}), name, self.source)


# Sections read by other packages with `Settings.section()`; a misspelt one is an error.
PACKAGE_SECTIONS = frozenset({"hub", "printers", "camera", "rfid", "scale", "returns",
                              "metrics", "targets"})

_CORE_SECTIONS = {"station": StationSettings, "pack": PackSettings, "scanner": ScannerSettings}


def load(path: Path | None = None, data_dir: Path | None = None,
         environ: typing.Mapping[str, str] | None = None) -> Settings:
    """Defaults, then the file (if given), then `PACKSTATION_SECTION__KEY` variables."""
    raw: dict[str, Any] = {}
    if path is not None:
        raw = _read_toml(path)
    _apply_environment(raw, os.environ if environ is None else environ)
    version = raw.pop("version", SETTINGS_VERSION)
    if version != SETTINGS_VERSION:
        raise ConfigError(
            msg("Settings", "{path}: settings version {found} is not supported (expected {want}).",
                path=str(path), found=str(version), want=str(SETTINGS_VERSION)),
            msg("Settings", "Update the file to the current format described in the README."),
        )
    directory = data_dir or (Path(raw.pop("data_dir")) if "data_dir" in raw else None)
    raw.pop("data_dir", None)
    core: dict[str, Any] = {name: from_dict(cls, raw.pop(name, {}), name, path)
            for name, cls in _CORE_SECTIONS.items()}
    for name, value in raw.items():
        if name not in PACKAGE_SECTIONS:
            raise ConfigError(
                msg("Settings", "{path}: there is no [{section}] section.",
                    path=str(path or "environment"), section=name),
                msg("Settings", "Known sections: {known}.", known=", ".join(
                    sorted([*_CORE_SECTIONS, *PACKAGE_SECTIONS]))))
        if not isinstance(value, dict):
            raise _field_error(path, name, "a [section]")
    return Settings(
        data_dir=directory or default_data_dir(), extra=raw, source=path,
        station=typing.cast(StationSettings, core["station"]),
        pack=typing.cast(PackSettings, core["pack"]),
        scanner=typing.cast(ScannerSettings, core["scanner"]),
    )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as error:
        raise ConfigError(
            msg("Settings", "The settings file {path} does not exist.", path=str(path)),
            msg("Settings", "Check the path, or start without --config to use the defaults."),
        ) from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(
            msg("Settings", "The settings file {path} cannot be read: {reason}",
                path=str(path), reason=str(error)),
            msg("Settings", "Fix the line named, or restore the file from its backup."),
        ) from error


def _apply_environment(raw: dict[str, Any], environ: typing.Mapping[str, str]) -> None:
    for key, value in environ.items():
        if not key.startswith(ENV_PREFIX) or "__" not in key:
            continue
        section, _, name = key[len(ENV_PREFIX):].lower().partition("__")
        raw.setdefault(section, {})[name] = value


def from_dict(cls: type[T], data: dict[str, Any], section: str, path: Path | None) -> T:
    """Build the frozen dataclass `cls` from `data`, converting strings from the environment
    and refusing unknown keys and values of the wrong type."""
    if not isinstance(data, dict):
        raise _field_error(path, section, "a [section]")
    fields = {f.name: f for f in dataclasses.fields(typing.cast(Any, cls))}
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in fields:
            raise ConfigError(
                msg("Settings", "{path}: [{section}] has no setting called '{key}'.",
                    path=str(path or "environment"), section=section, key=key),
                msg("Settings", "Known settings: {known}.", known=", ".join(sorted(fields))),
            )
        values[key] = _convert(hints[key], value, path, f"{section}.{key}")
    return cls(**values)


def _convert(kind: Any, value: Any, path: Path | None, where: str) -> Any:
    optional = typing.get_origin(kind) in (typing.Union, types.UnionType)
    if optional:
        options = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        if value in (None, ""):
            return None
        kind = options[0]
    try:
        if kind is bool:
            if isinstance(value, bool):
                return value
            if str(value).lower() in {"1", "true", "yes", "on"}:
                return True
            if str(value).lower() in {"0", "false", "no", "off"}:
                return False
            raise ValueError(value)
        if kind in (int, float):
            if isinstance(value, bool):
                raise ValueError(value)
            return kind(value)
        if kind is str:
            if not isinstance(value, (str, int, float)):
                raise ValueError(value)
            return str(value)
        if kind is Path:
            return Path(str(value)).expanduser()
        if typing.get_origin(kind) in (list, tuple):
            if not isinstance(value, list):
                raise ValueError(value)
            return tuple(value) if typing.get_origin(kind) is tuple else list(value)
        if typing.get_origin(kind) is dict:
            if not isinstance(value, dict):
                raise ValueError(value)
            return dict(value)
    except (TypeError, ValueError) as error:
        raise _field_error(path, where, getattr(kind, "__name__", str(kind))) from error
    return value


def _field_error(path: Path | None, where: str, expected: str) -> ConfigError:
    return ConfigError(
        msg("Settings", "{path}: '{where}' must be {expected}.",
            path=str(path or "environment"), where=where, expected=expected),
        msg("Settings", "Fix the value, or remove it to use the default."),
    )
