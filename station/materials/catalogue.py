"""The materials file: every material a site bills (its code on the barcode sheet, kind, names
and rate in yen), rates a brand's contract changes, and the defaults used for a box when the
packer scanned no material for it. Validated on load: a mistake names the file and the key."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from station.errors import ConfigError
from station.limits import MAX_YEN, Id
from station.messages import Localized, msg

DEFAULT_FILE = Path(__file__).resolve().parent / "materials.toml"

Kind = Literal["box", "cushioning", "tape", "gift_wrap", "bag", "other"]
Rate = Annotated[float, Field(ge=0, le=MAX_YEN)]
Count = Annotated[int, Field(ge=1, le=1000)]


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Material(_Strict):
    """`code` is what follows MAT: on the barcode sheet; a box material's code is the box
    type's code (B60), so the box chosen at the bench is billed without a scan."""

    code: Annotated[str, Field(pattern=r"^[A-Z0-9][A-Z0-9_-]*$", max_length=32)]
    kind: Kind
    name: str
    name_ja: str = ""
    unit: str = "pc"
    rate_yen: Rate

    @property
    def label(self) -> Localized:
        return Localized(self.name, self.name_ja)


class MaterialsFile(_Strict):
    materials: tuple[Material, ...]
    # Per box type code: materials and counts used when nothing was scanned for the box.
    defaults: dict[Id, dict[str, Count]] = Field(default_factory=dict)
    # Per brand: rates that differ from the list (the brand's contract).
    brand_rates: dict[Id, dict[str, Rate]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _known_codes(self) -> MaterialsFile:
        codes = [material.code for material in self.materials]
        if len(set(codes)) != len(codes):
            raise ValueError("a material code is listed twice")
        tables: list[tuple[str, Iterable[str]]] = [
            *((f"defaults.{box}", table) for box, table in self.defaults.items()),
            *((f"brand_rates.{brand}", table) for brand, table in self.brand_rates.items())]
        for where, table in tables:
            for code in table:
                if code not in codes:
                    raise ValueError(f"{where}: no material {code!r}")
        return self

    def material(self, code: str) -> Material | None:
        return next((m for m in self.materials if m.code == code.upper()), None)

    def rate(self, brand: str, code: str) -> float:
        """The brand's rate for the material, else the list rate (0 for an unknown code)."""
        override = self.brand_rates.get(brand, {}).get(code)
        if override is not None:
            return override
        material = self.material(code)
        return material.rate_yen if material else 0.0

    def defaults_for(self, box_type: str | None) -> dict[str, int]:
        return dict(self.defaults.get(box_type, {})) if box_type else {}


def load_materials(path: Path | None = None) -> MaterialsFile:
    """The site's materials file (the embedded demo file when `path` is None)."""
    path = path or DEFAULT_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(
            msg("Materials", "The materials file {path} cannot be read: {reason}",
                path=str(path), reason=str(error)),
            msg("Materials", "Check that the file exists and is UTF-8 text.")) from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(
            msg("Materials", "The materials file {path} is not valid TOML: {reason}",
                path=str(path), reason=str(error)),
            msg("Materials", "Fix the line named and load it again.")) from error
    try:
        return MaterialsFile.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "(top)"
        raise ConfigError(
            msg("Materials", "The materials file {path} has a wrong value at {key}: {reason}",
                path=str(path), key=key, reason=first["msg"]),
            msg("Materials", "Correct that key in the materials file.")) from error
