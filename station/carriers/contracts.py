"""Carrier contracts as data: one TOML file per contract, validated at load.

A contract says which services a 3PL may use with a carrier, its customer and billing codes,
the sizes (by the sum of three sides and weight), the delivery time slots and cool types per
service, cash-on-delivery limits, field length limits and the number ranges the carrier
allocated for self-issued labels. The embedded defaults in `contracts/` are demo contracts:
their ranges say `demo = true` and must never reach a real carrier."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from station.errors import ConfigError
from station.messages import msg

CONTRACTS_DIR = Path(__file__).resolve().parent / "contracts"
Carrier = Literal["yamato", "sagawa", "japanpost"]
CARRIERS: tuple[Carrier, ...] = ("yamato", "sagawa", "japanpost")
# Names the order feed uses for a carrier besides its contract name.
CARRIER_ALIASES = {"yamato": "yamato", "ヤマト運輸": "yamato", "sagawa": "sagawa",
                   "佐川急便": "sagawa", "japanpost": "japanpost", "jppost": "japanpost",
                   "日本郵便": "japanpost"}

Positive = Annotated[int, Field(gt=0)]


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Size(_Strict):
    """A size class: the sum of the three sides and the weight it may not exceed."""

    name: str
    max_sides_cm: Positive
    max_weight_kg: Annotated[float, Field(gt=0)]


class TimeSlot(_Strict):
    code: str
    label: str


class Service(_Strict):
    code: str
    name: str
    aliases: tuple[str, ...] = ()
    # The value of the carrier file's service column (送り状種類, 郵便種別, ...).
    file_code: str = ""
    sizes: tuple[str, ...] = ()
    # Flat services (ネコポス, ゆうパケット, クリックポスト) limit the sides, not their sum.
    max_sides_each_cm: tuple[float, float, float] | None = None
    max_weight_kg: Annotated[float, Field(gt=0)] | None = None
    time_slots: tuple[str, ...] = ()
    cool: tuple[str, ...] = ()
    cod: bool = False
    # The service column's value when the parcel is cash on delivery (B2: コレクト is 2).
    cod_file_code: str = ""
    multi_parcel: bool = True
    # A service sent in another carrier file than the contract's (クリックポスト).
    file_layout: Literal["b2", "ehiden3", "yupri", "clickpost"] | None = None


class CoolType(_Strict):
    code: str
    label: str
    file_code: str


class CashOnDelivery(_Strict):
    min_yen: Annotated[int, Field(ge=0)] = 1
    max_yen: Positive = 300_000


class FieldLimits(_Strict):
    """Lengths in characters, as the carrier counts them (full-width characters for B2)."""

    name: Positive = 16
    address: Positive = 32
    building: Positive = 16
    item: Positive = 25
    handling: Positive = 10
    note: Positive = 22
    kana_half_width: bool = True


class NumberRange(_Strict):
    """Eleven-digit bodies the carrier allocated (the check digit is added when issued)."""

    first: Annotated[int, Field(ge=0, lt=10**11)]
    last: Annotated[int, Field(ge=0, lt=10**11)]
    demo: bool = False

    @model_validator(mode="after")
    def _ordered(self) -> NumberRange:
        if self.last < self.first:
            raise ValueError("last must not be below first")
        return self


class Numbering(_Strict):
    """How this station keeps self-issued numbers: blocks of `block_size` from the hub,
    topped up below `low_water`; a supervisor is warned below `warn_below`."""

    self_issued: bool = True
    block_size: Positive = 500
    low_water: Positive = 200
    warn_below: Positive = 50
    ranges: tuple[NumberRange, ...] = ()


class Contract(_Strict):
    carrier: Carrier
    name: str
    customer_code: str = Field(description="請求先顧客コード / お客様コード")
    billing_class: str = ""
    freight_number: str = Field(default="", description="運賃管理番号")
    file_layout: Literal["b2", "ehiden3", "yupri", "clickpost"]
    # Columns of the carrier file when sources disagree on the count (B2: 94 or 95).
    file_columns: Positive | None = None
    services: tuple[Service, ...]
    sizes: tuple[Size, ...] = ()
    time_slots: tuple[TimeSlot, ...] = ()
    cool_types: tuple[CoolType, ...] = ()
    cod: CashOnDelivery = CashOnDelivery()
    limits: FieldLimits = FieldLimits()
    numbering: Numbering = Numbering()

    @model_validator(mode="after")
    def _references_exist(self) -> Contract:
        sizes = {size.name for size in self.sizes}
        slots = {slot.code for slot in self.time_slots}
        cools = {cool.code for cool in self.cool_types}
        for service in self.services:
            for name in service.sizes:
                if name not in sizes:
                    raise ValueError(f"services.{service.code}.sizes: no size {name!r}")
            for code in service.time_slots:
                if code not in slots:
                    raise ValueError(f"services.{service.code}.time_slots: no slot {code!r}")
            for code in service.cool:
                if code not in cools:
                    raise ValueError(f"services.{service.code}.cool: no cool type {code!r}")
        return self

    def service(self, code_or_alias: str) -> Service | None:
        wanted = code_or_alias.strip().casefold()
        for service in self.services:
            names = (service.code, service.name, *service.aliases)
            if wanted in {name.casefold() for name in names}:
                return service
        return None

    def size(self, name: str) -> Size | None:
        return next((size for size in self.sizes if size.name == name), None)

    def slot(self, code: str) -> TimeSlot | None:
        return next((slot for slot in self.time_slots if slot.code == code), None)

    def cool_type(self, code: str) -> CoolType | None:
        return next((cool for cool in self.cool_types if cool.code == code), None)

    @property
    def number_kind(self) -> str:
        """The key of this carrier's tracking numbers in the number blocks."""
        return f"tracking/{self.carrier}"


def carrier_name(text: str) -> Carrier | None:
    """The contract carrier for a name the order feed uses (`YAMATO`, `JPPOST`, 佐川急便...)."""
    found = CARRIER_ALIASES.get(text.strip().casefold()) or CARRIER_ALIASES.get(text.strip())
    return next((carrier for carrier in CARRIERS if carrier == found), None)


def load_contract(path: Path) -> Contract:
    """Read and validate one contract; a mistake names the file and the key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(
            msg("Carriers", "The carrier contract {path} cannot be read: {reason}",
                path=str(path), reason=str(error)),
            msg("Carriers", "Check that the file exists and is UTF-8 text.")) from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(
            msg("Carriers", "The carrier contract {path} is not valid TOML: {reason}",
                path=str(path), reason=str(error)),
            msg("Carriers", "Fix the line named and load it again.")) from error
    try:
        return Contract.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "(top)"
        raise ConfigError(
            msg("Carriers", "The carrier contract {path} has a wrong value at {key}: {reason}",
                path=str(path), key=key, reason=first["msg"]),
            msg("Carriers", "Correct that key in the contract file.")) from error


def default_contracts(folder: Path = CONTRACTS_DIR) -> dict[Carrier, Contract]:
    """The contracts in `folder` by carrier (the embedded demo contracts by default)."""
    contracts: dict[Carrier, Contract] = {}
    for path in sorted(folder.glob("*.toml")):
        contract = load_contract(path)
        contracts[contract.carrier] = contract
    return contracts
