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
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import Field, TypeAdapter, ValidationError

from station.errors import ConfigError
from station.limits import Name, Site
from station.messages import Message, msg

SETTINGS_VERSION = 1
ENV_PREFIX = "PACKSTATION_"

T = TypeVar("T")


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("packstation", appauthor=False))


# Limits shared by every settings section (pydantic checks them when a section is loaded).
Positive = Annotated[int, Field(ge=1)]
Count = Annotated[int, Field(ge=0)]
Duration = Annotated[float, Field(gt=0, allow_inf_nan=False)]
Amount = Annotated[float, Field(ge=0, allow_inf_nan=False)]
Percent = Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)]
# Station and site names as the hub accepts them (sync/hub/models.py), so a station can push.


@dataclass(frozen=True)
class StationSettings:
    id: Name = "PACK-01"
    site: Site = "TYO1"
    language: Literal["ja", "en"] = "ja"
    # Seed the demo brands, orders, badges and RMAs into an empty database. Unset: only on the
    # embedded default (no [hub] url), so a station joining a real hub never gets demo badges.
    demo: bool | None = None


@dataclass(frozen=True)
class PackSettings:
    idle_sign_out_minutes: Positive = 15
    quantity_prompt_at: Positive = 4
    auto_complete: bool = True
    weight_check: bool = False
    weight_tolerance_percent: Percent = 10.0
    # Issue tracking numbers and run the carrier contract's checks when sealing an order of a
    # carrier with a contract (needs number blocks from the hub); off: the generic label.
    carrier_labels: bool = False
    # 送り状検品: scan each carrier label after it prints ("optional": the packer may move on).
    label_check: Literal["required", "optional", "off"] = "required"
    # The folder holding each brand's inserts.toml (flyers and samples to enclose): its
    # <brand>/ subfolders, as the brand kits. Empty: the brand kits shipped with the app.
    inserts_folder: str = ""


@dataclass(frozen=True)
class ScannerSettings:
    max_key_interval_ms: Positive = 35
    min_length: Positive = 3
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
                              "metrics", "targets", "materials", "sortwall"})

_CORE_SECTIONS = {"station": StationSettings, "pack": PackSettings, "scanner": ScannerSettings}


def load(path: Path | None = None, data_dir: Path | None = None,
         environ: typing.Mapping[str, str] | None = None,
         sections: typing.Mapping[str, type] | None = None) -> Settings:
    """Defaults, then the file (if given), then `PACKSTATION_SECTION__KEY` variables.

    The core's own sections are checked here; so is each package section named in
    `sections` (the composition root names them all), so a bad value stops the start with
    its key named instead of surfacing later on a screen."""
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
    for name, cls in (sections or {}).items():
        from_dict(cls, raw.get(name, {}), name, path)
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
    """Build the frozen dataclass `cls` from `data` with pydantic, which checks each value
    against the field's type and limits (strings from the environment are converted); an
    unknown key or a wrong value is a ConfigError naming `section.key`."""
    if not isinstance(data, dict):
        raise _field_error(path, section, "a [section]")
    fields = {f.name for f in dataclasses.fields(typing.cast(Any, cls))}
    for key in data:
        if key not in fields:
            raise ConfigError(
                msg("Settings", "{path}: [{section}] has no setting called '{key}'.",
                    path=str(path or "environment"), section=section, key=key),
                msg("Settings", "Known settings: {known}.", known=", ".join(sorted(fields))),
            )
    hints = typing.get_type_hints(cls)
    values = {key: _prepare(hints[key], value) for key, value in data.items()}
    try:
        return typing.cast(T, _adapter(typing.cast(Any, cls)).validate_python(values))
    except ValidationError as error:
        raise _invalid(path, section, error.errors()[0]) from error


@cache
def _adapter(cls: Any) -> TypeAdapter[Any]:
    return TypeAdapter(cls)


def _prepare(kind: Any, value: Any) -> Any:
    """What TOML and the environment give, in the form pydantic checks: an empty string is
    "not set" for an optional value, a number is text where text is wanted, a path expands ~."""
    options = [arg for arg in typing.get_args(kind) if arg is not type(None)]
    optional = typing.get_origin(kind) in (typing.Union, types.UnionType) and len(options) == 1
    if optional:
        if value in (None, ""):
            return None
        kind = options[0]
    if kind is str and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if kind is Path and isinstance(value, str):
        return Path(value).expanduser()
    return value


def _invalid(path: Path | None, section: str, problem: Any) -> ConfigError:
    """The first problem pydantic found, in words a person can translate and act on."""
    where = ".".join([section, *(str(part) for part in problem["loc"])])
    found = repr(problem.get("input"))
    limits = problem.get("ctx") or {}
    source = str(path or "environment")
    kind = problem["type"]
    text: Message
    if kind in ("int_parsing", "int_type", "int_from_float"):
        text = msg("Settings", "{path}: '{where}' must be a whole number, not {found}.",
                   path=source, where=where, found=found)
    elif kind in ("float_parsing", "float_type", "finite_number"):
        text = msg("Settings", "{path}: '{where}' must be a number, not {found}.",
                   path=source, where=where, found=found)
    elif kind in ("bool_parsing", "bool_type"):
        text = msg("Settings", "{path}: '{where}' must be true or false, not {found}.",
                   path=source, where=where, found=found)
    elif kind == "greater_than_equal":
        text = msg("Settings", "{path}: '{where}' must be at least {limit}, not {found}.",
                   path=source, where=where, found=found, limit=_number(limits.get("ge")))
    elif kind == "greater_than":
        text = msg("Settings", "{path}: '{where}' must be more than {limit}, not {found}.",
                   path=source, where=where, found=found, limit=_number(limits.get("gt")))
    elif kind == "less_than_equal":
        text = msg("Settings", "{path}: '{where}' must be at most {limit}, not {found}.",
                   path=source, where=where, found=found, limit=_number(limits.get("le")))
    elif kind == "literal_error":
        text = msg("Settings", "{path}: '{where}' must be one of {allowed}, not {found}.",
                   path=source, where=where, found=found, allowed=str(limits.get("expected")))
    elif kind in ("string_too_short", "string_too_long"):
        text = msg("Settings", "{path}: '{where}' must be {low} to {high} characters long, not "
                   "{found}.", path=source, where=where, found=found,
                   low=str(limits.get("min_length", 1)), high=str(limits.get("max_length", "")))
    elif kind == "string_pattern_mismatch":
        text = msg("Settings", "{path}: '{where}' holds a character it may not hold: {found}. "
                   "Use letters, digits, '.', '_' and '-'.", path=source, where=where,
                   found=found)
    elif kind == "time_zone":
        text = msg("Settings", "{path}: '{where}' must be a known time zone such as "
                   "Asia/Tokyo, not {found}.", path=source, where=where, found=found)
    else:
        text = msg("Settings", "{path}: '{where}' cannot be {found}: {reason}",
                   path=source, where=where, found=found, reason=problem["msg"])
    return ConfigError(text, msg("Settings", "Fix the value, or remove it to use the default."))


def _number(value: Any) -> str:
    """A limit as a person writes it: 0, not 0.0."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _field_error(path: Path | None, where: str, expected: str) -> ConfigError:
    return ConfigError(
        msg("Settings", "{path}: '{where}' must be {expected}.",
            path=str(path or "environment"), where=where, expected=expected),
        msg("Settings", "Fix the value, or remove it to use the default."),
    )
