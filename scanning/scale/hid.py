"""USB HID point-of-sale scales (HID usage page 0x8D, "Scales"): the Scale Data Report.

The report is report ID 3 followed by five bytes: status (usages 0x70-0x78: 1 fault,
2 stable at zero, 3 in motion, 4 weight stable, 5 under zero, 6 over the weight limit,
7 needs calibration, 8 needs re-zeroing), weight unit (usages 0x50-0x5C: 1 mg, 2 g, 3 kg,
4 carat, 11 ounce, 12 pound, ...), a signed power-of-ten exponent, and the weight as a
16-bit little-endian number. A hidraw device without numbered reports omits the ID."""

from __future__ import annotations

from decimal import Decimal

from scanning.scale.readings import Reading, ScaleStatus, error, negative, overload, weight
from station.messages import msg

SCALE_DATA_REPORT = 3
_UNITS = {1: "mg", 2: "g", 3: "kg", 4: "ct", 11: "oz", 12: "lb"}


def parse_hid_report(report: bytes, ts: float) -> Reading:
    raw = report.hex(" ")
    data = report[1:] if len(report) == 6 and report[0] == SCALE_DATA_REPORT else report
    if len(data) != 5:
        return error(ts, raw, msg("Scale", "The USB scale sent a report that is not a weight "
                                           "({raw}).", raw=raw))
    status, unit_code, exponent_byte, low, high = data
    if status == 5:
        return negative(ts, raw)
    if status == 6:
        return overload(ts, raw)
    if status in {1, 7, 8}:
        return error(ts, raw, {
            1: msg("Scale", "The USB scale reports a fault."),
            7: msg("Scale", "The USB scale needs calibration."),
            8: msg("Scale", "The USB scale needs zeroing: empty it and scan ZERO."),
        }[status])
    kind = {2: ScaleStatus.STABLE, 3: ScaleStatus.UNSTABLE, 4: ScaleStatus.STABLE}.get(status)
    unit = _UNITS.get(unit_code)
    if kind is None or unit is None:
        return error(ts, raw, msg("Scale", "The USB scale sent status {status} unit {unit}, "
                                           "which this station does not know.",
                                  status=status, unit=unit_code))
    exponent = exponent_byte - 256 if exponent_byte > 127 else exponent_byte
    value = Decimal(low | high << 8).scaleb(exponent)
    return weight(kind, ts, str(value), unit, raw)
