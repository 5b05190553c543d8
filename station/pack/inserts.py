"""Inserts to enclose (同梱物): a brand's rules that add flyers and samples to an order.

Each brand may keep `inserts.toml` in its brand kit folder (brandkits/<brand>/inserts.toml):

    version = 1
    [[insert]]
    id = "WELCOME"                  # unique in the file; rules may share a code
    kind = "flyer"                  # flyer | sample
    name = "Welcome leaflet"
    name_ja = "はじめてのお客様へ"
    code = "FLY-KAZE-WELCOME"       # the barcode printed on the flyer (or a sample's JAN)
    quantity = 1
    [insert.when]                   # every condition given must hold
    first_order = true              # the customer's first order
    subscription = true             # a subscription order (it has a next delivery)
    from = 2026-11-20               # campaign: ordered on or after ...
    until = 2026-12-25              # ... and on or before (the order's date in time_zone)
    time_zone = "Asia/Tokyo"        # the campaign's calendar (the default)
    skus = ["KAZE-DEN-*"]           # the order holds one of these SKUs (* ends a prefix)
    segments = ["vip"]              # the customer is in one of these segments
    gift = false                    # only gift orders (true) or never them (false)

Every file is checked when it is loaded: a broken file names the file, the insert and the
field, and adds nothing (the other brands' rules still apply). An order merged from several
gets each insert once, however many of its parts match."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from station.limits import Code, Id, Quantity, Text
from station.messages import Message, msg
from station.models import MergedPart, Order

RULES_FILE = "inserts.toml"
# The brand kits shipped with the app (the same folder printing's brand kits default to).
DEFAULT_FOLDER = Path(__file__).resolve().parent.parent.parent / "brandkits"
_CONFIG = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class InsertKind(StrEnum):
    FLYER = "flyer"
    SAMPLE = "sample"


class When(BaseModel):
    model_config = _CONFIG

    first_order: bool | None = None
    subscription: bool | None = None
    start: date | None = Field(default=None, alias="from")
    until: date | None = None
    time_zone: str = "Asia/Tokyo"
    skus: tuple[Id, ...] = ()
    segments: tuple[Id, ...] = ()
    gift: bool | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> When:
        if self.start and self.until and self.until < self.start:
            raise ValueError(f"until {self.until} is before from {self.start}")
        try:
            ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"time_zone {self.time_zone!r} is not a known time zone such "
                             "as Asia/Tokyo") from None
        return self

    def day_of(self, moment: datetime) -> date:
        """The date an order was placed, on the campaign's calendar."""
        if moment.tzinfo is None:
            return moment.date()
        return moment.astimezone(ZoneInfo(self.time_zone)).date()


class InsertRule(BaseModel):
    model_config = _CONFIG

    id: Id
    kind: InsertKind
    name: Text = Field(min_length=1)
    name_ja: Text = ""
    code: Code
    quantity: Quantity = 1
    when: When = When()


class _RulesFile(BaseModel):
    model_config = _CONFIG

    version: int = Field(1, ge=1, le=1)
    insert: tuple[InsertRule, ...] = ()

    @model_validator(mode="after")
    def _unique(self) -> _RulesFile:
        seen: set[str] = set()
        for rule in self.insert:
            if rule.id in seen:
                raise ValueError(f"two inserts have the id {rule.id}")
            seen.add(rule.id)
        return self


@dataclass(frozen=True)
class OrderFacts:
    """What the rules look at, of one order (or of one order an order was merged from)."""

    first_order: bool
    subscription: bool
    ordered_at: datetime
    skus: frozenset[str]
    segment: str
    gift: bool

    @classmethod
    def of(cls, order: Order, today: date) -> list[OrderFacts]:
        """The facts of the order, or of each order it was merged from (with the merged
        order's lines, customer and gift)."""
        skus = frozenset(line.product.sku for line in order.lines)
        parts = order.merged_from or (MergedPart(order.id, order.previous_orders,
                                                 order.subscription_next, order.created_at),)
        return [cls(first_order=part.previous_orders == 0,
                    subscription=bool(part.subscription_next),
                    ordered_at=_moment(part.created_at or order.created_at, today), skus=skus,
                    segment=order.segment, gift=order.gift is not None) for part in parts]


def _moment(text: str, today: date) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return datetime.combine(today, time())


def matches(when: When, facts: OrderFacts) -> bool:
    """Whether every condition the rule gives holds for the order."""
    return all((
        when.first_order is None or when.first_order == facts.first_order,
        when.subscription is None or when.subscription == facts.subscription,
        when.start is None or when.day_of(facts.ordered_at) >= when.start,
        when.until is None or when.day_of(facts.ordered_at) <= when.until,
        not when.skus or any(_sku_matches(pattern, sku) for pattern in when.skus
                             for sku in facts.skus),
        not when.segments or facts.segment in when.segments,
        when.gift is None or when.gift == facts.gift,
    ))


def _sku_matches(pattern: str, sku: str) -> bool:
    return sku.startswith(pattern[:-1]) if pattern.endswith("*") else sku == pattern


def inserts_for(rules: Sequence[InsertRule], parts: Sequence[OrderFacts]) -> list[InsertRule]:
    """The inserts an order gets, in the file's order. `parts` are the facts of the order
    itself or of every order it was merged from: a flyer that any part earns, by any of its
    rules, goes in once (by its code), never once per part or per rule."""
    chosen: dict[str, InsertRule] = {}
    for rule in rules:
        if rule.code not in chosen and any(matches(rule.when, facts) for facts in parts):
            chosen[rule.code] = rule
    return list(chosen.values())


@dataclass(frozen=True)
class InsertRules:
    """Every brand's rules, and the problems of the files that could not be used."""

    by_brand: Mapping[str, tuple[InsertRule, ...]] = field(default_factory=dict)
    problems: Mapping[str, tuple[Message, ...]] = field(default_factory=dict)

    def for_brand(self, brand: str) -> tuple[InsertRule, ...]:
        return self.by_brand.get(brand, ())


def parse(raw: Mapping[str, Any], where: str) -> tuple[tuple[InsertRule, ...],
                                                       tuple[Message, ...]]:
    """The rules of one file's TOML, or none and every problem, each naming the insert (by
    number and id) and the field."""
    try:
        return _RulesFile.model_validate(dict(raw)).insert, ()
    except ValidationError as error:
        return (), tuple(_problem(where, raw, item) for item in error.errors())


def _problem(where: str, raw: Mapping[str, Any], item: Any) -> Message:
    location = list(item["loc"])
    place = ".".join(str(part) for part in location) or "-"
    if len(location) >= 2 and location[0] == "insert" and isinstance(location[1], int):
        inserts = raw.get("insert")
        number = location[1]
        rule_id = ""
        if isinstance(inserts, list) and number < len(inserts) and isinstance(
                inserts[number], dict):
            rule_id = str(inserts[number].get("id", ""))
        field_name = ".".join(str(part) for part in location[2:]) or "-"
        place = f"insert {number + 1} ({rule_id or '?'}), {field_name}"
    reason = str(item["msg"]).removeprefix("Value error, ")
    return msg("Inserts", "Insert rules {file}, {where}: {reason}. No inserts are added for "
               "this brand until it is fixed.", file=where, where=place, reason=reason)


def load_file(path: Path) -> tuple[tuple[InsertRule, ...], tuple[Message, ...]]:
    try:
        with path.open("rb") as handle:
            raw = tomllib.load(handle)
    except FileNotFoundError:
        return (), ()
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        return (), (msg("Inserts", "Insert rules {file}: {reason}. No inserts are added for "
                        "this brand until it is fixed.", file=str(path), reason=str(error)),)
    return parse(raw, str(path))


def load_folder(base: Path) -> InsertRules:
    """Every `<brand>/inserts.toml` under the brand kits folder."""
    by_brand: dict[str, tuple[InsertRule, ...]] = {}
    problems: dict[str, tuple[Message, ...]] = {}
    if base.is_dir():
        for folder in sorted(path for path in base.iterdir() if path.is_dir()):
            rules, found = load_file(folder / RULES_FILE)
            if rules:
                by_brand[folder.name] = rules
            if found:
                problems[folder.name] = found
    return InsertRules(by_brand, problems)
