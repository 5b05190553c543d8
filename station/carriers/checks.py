"""The checks before sealing: an order against its carrier contract, as pure functions.

`check_shipment(contract, shipment)` returns every problem at once, each naming the field and
what to do, so the packer (or a supervisor fixing the address) sees the whole list. The pack
session calls it before the label prints; the carrier file export refuses what fails."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from station.carriers.contracts import Contract, Service, Size
from station.carriers.shipment import Parcel, Shipment
from station.carriers.text import is_half_width_kana, to_half_width_kana, width_units
from station.carriers.tracking import tracking_problem
from station.messages import Message, msg

_POSTCODE = re.compile(r"^\d{3}-?\d{4}$")
_PHONE = re.compile(r"^0\d{1,4}-?\d{1,4}-?\d{3,4}$")


@dataclass(frozen=True)
class Problem:
    """One thing the carrier would refuse: the field (a stable key such as `ship_to.name`),
    what is wrong and what to do."""

    field: str
    message: Message
    action: Message


def check_shipment(contract: Contract, shipment: Shipment) -> list[Problem]:
    service = contract.service(shipment.service)
    if service is None:
        names = ", ".join(s.name for s in contract.services)
        return [Problem("service", msg("Carriers", "{carrier} has no service {service} in this"
                                       " contract.", carrier=contract.name,
                                       service=shipment.service),
                        msg("Carriers", "Choose one of: {names}.", names=names))]
    return [*_address(contract, shipment), *_texts(contract, shipment),
            *_delivery(contract, service, shipment), *_parcels(contract, service, shipment)]


def _too_long(field: str, label: Message, text: str, limit: int) -> Problem | None:
    units = width_units(text)
    if units <= limit:
        return None
    return Problem(field, msg("Carriers", "{label} is {units:g} characters wide; the carrier"
                              " takes {limit}.", label=label, units=units, limit=limit),
                   msg("Carriers", "Shorten {label} to {limit} full-width characters.",
                       label=label, limit=limit))


def _address(contract: Contract, shipment: Shipment) -> list[Problem]:
    to = shipment.ship_to
    problems = []
    if not to.name.strip():
        problems.append(Problem("ship_to.name", msg("Carriers", "The addressee has no name."),
                                msg("Carriers", "Fix the address or send the order to the"
                                    " exception queue.")))
    long_name = _too_long("ship_to.name", msg("Carriers", "The addressee name"), to.name,
                          contract.limits.name)
    street = f"{to.region}{to.city}{to.street}"
    long_street = _too_long("ship_to.street", msg("Carriers", "The address"), street,
                            contract.limits.address + contract.limits.building)
    problems += [p for p in (long_name, long_street) if p]
    if to.country == "JP" and not _POSTCODE.match(to.postcode.strip()):
        problems.append(Problem("ship_to.postcode",
                                msg("Carriers", "The postcode {postcode} is not seven digits"
                                    " (like 150-0001).", postcode=to.postcode),
                                msg("Carriers", "Correct the postcode in the address.")))
    if to.phone and not _PHONE.match(to.phone.strip()):
        problems.append(Problem("ship_to.phone",
                                msg("Carriers", "The phone number {phone} is not a Japanese"
                                    " number.", phone=to.phone),
                                msg("Carriers", "Correct the phone number (digits and"
                                    " hyphens, starting with 0).")))
    return problems


def _texts(contract: Contract, shipment: Shipment) -> list[Problem]:
    d = shipment.delivery
    limits = contract.limits
    found = [
        _too_long("delivery.item", msg("Carriers", "The item description (品名)"), d.item,
                  limits.item),
        _too_long("delivery.handling", msg("Carriers", "The handling note (荷扱い)"),
                  d.handling, limits.handling),
        _too_long("delivery.note", msg("Carriers", "The note (記事)"), d.note, limits.note),
    ]
    problems = [p for p in found if p]
    if limits.kana_half_width and d.name_kana and not is_half_width_kana(
            to_half_width_kana(d.name_kana)):
        problems.append(Problem("delivery.name_kana",
                                msg("Carriers", "The name reading {kana} is not kana.",
                                    kana=d.name_kana),
                                msg("Carriers", "Write the reading in katakana or leave it"
                                    " blank.")))
    return problems


def _delivery(contract: Contract, service: Service, shipment: Shipment) -> list[Problem]:
    d = shipment.delivery
    problems = []
    if d.time_slot and d.time_slot not in service.time_slots:
        slots = ", ".join(f"{code} {s.label}" for code in service.time_slots
                          if (s := contract.slot(code))) or "-"
        problems.append(Problem("delivery.time_slot",
                                msg("Carriers", "{service} has no time slot {slot}.",
                                    service=service.name, slot=d.time_slot),
                                msg("Carriers", "Choose one of: {names}.", names=slots)))
    if d.date:
        problems += _delivery_date(d.date, shipment.ship_date)
    if d.cool not in service.cool:
        problems.append(Problem("delivery.cool",
                                msg("Carriers", "{service} cannot be sent {cool}.",
                                    service=service.name, cool=d.cool),
                                msg("Carriers", "Choose another service or carrier for cool"
                                    " parcels.")))
    if d.cod_yen:
        problems += _cod(contract, service, d.cod_yen)
    return problems


def _delivery_date(wanted: str, ship_date: str) -> list[Problem]:
    try:
        day = date.fromisoformat(wanted)
    except ValueError:
        return [Problem("delivery.date", msg("Carriers", "The delivery date {date} is not a"
                                             " date (YYYY-MM-DD).", date=wanted),
                        msg("Carriers", "Correct the delivery date."))]
    if ship_date and day < date.fromisoformat(ship_date):
        return [Problem("delivery.date", msg("Carriers", "The delivery date {date} is before"
                                             " the shipping date {ship}.", date=wanted,
                                             ship=ship_date),
                        msg("Carriers", "Ask the shop for a new delivery date, or send the"
                            " order to the exception queue."))]
    return []


def _cod(contract: Contract, service: Service, amount: int) -> list[Problem]:
    if not service.cod:
        return [Problem("delivery.cod_yen", msg("Carriers", "{service} takes no cash on"
                                                " delivery.", service=service.name),
                        msg("Carriers", "Choose a service with cash on delivery."))]
    limits = contract.cod
    if not limits.min_yen <= amount <= limits.max_yen:
        return [Problem("delivery.cod_yen",
                        msg("Carriers", "Cash on delivery of {amount} yen is outside"
                            " {low}-{high} yen.", amount=amount, low=limits.min_yen,
                            high=limits.max_yen),
                        msg("Carriers", "Ask the shop to split the order or to take payment"
                            " in advance."))]
    return []


def _parcels(contract: Contract, service: Service, shipment: Shipment) -> list[Problem]:
    problems = []
    if len(shipment.parcels) > 1 and not service.multi_parcel:
        problems.append(Problem("parcels", msg("Carriers", "{service} takes one parcel per"
                                               " order, not {count}.", service=service.name,
                                               count=len(shipment.parcels)),
                                msg("Carriers", "Pack it in one parcel or choose another"
                                    " service.")))
    for parcel in shipment.parcels:
        problem = _parcel_size(contract, service, parcel)
        if problem:
            problems.append(problem)
        if parcel.tracking and (reason := tracking_problem(contract.carrier, parcel.tracking)):
            problems.append(Problem(f"parcels.{parcel.box_no}.tracking", reason,
                                    msg("Carriers", "Void the number and issue a new"
                                        " label.")))
    return problems


def size_for(contract: Contract, service: Service, parcel: Parcel) -> Size | None:
    """The smallest of the service's sizes the parcel fits (sides and weight)."""
    sides_cm = sum(parcel.sides_mm) / 10
    kg = parcel.weight_g / 1000
    fitting = [s for name in service.sizes if (s := contract.size(name))
               and sides_cm <= s.max_sides_cm and kg <= s.max_weight_kg]
    return min(fitting, key=lambda s: (s.max_sides_cm, s.max_weight_kg), default=None)


def _parcel_size(contract: Contract, service: Service, parcel: Parcel) -> Problem | None:
    kg = parcel.weight_g / 1000
    if service.max_weight_kg is not None and kg > service.max_weight_kg:
        return Problem(f"parcels.{parcel.box_no}.weight",
                       msg("Carriers", "Box {box} weighs {kg:g} kg; {service} takes up to"
                           " {limit:g} kg.", box=parcel.box_no, kg=kg, service=service.name,
                           limit=service.max_weight_kg),
                       msg("Carriers", "Split the parcel or choose a larger service."))
    if service.max_sides_each_cm is not None:
        sides = sorted((side / 10 for side in parcel.sides_mm), reverse=True)
        limits = sorted(service.max_sides_each_cm, reverse=True)
        if any(side > limit for side, limit in zip(sides, limits, strict=True)):
            return Problem(f"parcels.{parcel.box_no}.size",
                           msg("Carriers", "Box {box} is too large for {service}.",
                               box=parcel.box_no, service=service.name),
                           msg("Carriers", "Use a smaller packaging or a larger service."))
    if service.sizes and size_for(contract, service, parcel) is None:
        return Problem(f"parcels.{parcel.box_no}.size",
                       msg("Carriers", "Box {box} ({cm:g} cm, {kg:g} kg) is over the largest"
                           " size of {service}.", box=parcel.box_no,
                           cm=sum(parcel.sides_mm) / 10, kg=kg, service=service.name),
                       msg("Carriers", "Split the order into more boxes."))
    return None
