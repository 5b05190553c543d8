"""Scale protocol parsers (A&D, MT-SICS, CAS, USB HID POS) and the stability capture: pure
functions, driven by the lines and reports the scales send."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scanning.scale.capture import StabilityCapture
from scanning.scale.hid import parse_hid_report
from scanning.scale.protocols import mt_sics_reply, parse_ad, parse_cas, parse_mt_sics
from scanning.scale.readings import Reading, ScaleStatus, to_grams

S = ScaleStatus


@pytest.mark.parametrize(("line", "status", "grams"), [
    ("ST,+0000.634 kg", S.STABLE, 634),
    ("US,+0000.612 kg", S.UNSTABLE, 612),
    ("ST,+00634.00  g", S.STABLE, 634),
    ("ST,+0001.250 lb", S.STABLE, 567),
    ("\x06ST,+0000.000 kg", S.STABLE, 0),
    ("OL,+9999999 kg", S.OVERLOAD, None),
    ("OL,-9999999 kg", S.OVERLOAD, None),
    ("ST,-0000.012 kg", S.NEGATIVE, None),
    ("US,-0000.003 kg", S.NEGATIVE, None),
    ("QT,+0000010 PC", S.ERROR, None),
    ("ST,+0000.634 xx", S.ERROR, None),
    ("ST,", S.ERROR, None),
    ("garbage", S.ERROR, None),
])
def test_ad_lines_give_their_status_and_only_real_weights(line, status, grams):
    reading = parse_ad(line, 1.0)
    assert (reading.status, reading.grams) == (status, grams)
    assert (reading.problem is None) == (status in {S.STABLE, S.UNSTABLE})


@pytest.mark.parametrize(("line", "status", "grams"), [
    ("S S      0.634 kg", S.STABLE, 634),
    ("S S    634.02 g", S.STABLE, 634),
    ("S D      0.598 kg", S.UNSTABLE, 598),
    ("S S     -0.020 kg", S.NEGATIVE, None),
    ("S +", S.OVERLOAD, None),
    ("S -", S.NEGATIVE, None),
    ("S I", S.ERROR, None),
    ("ES", S.ERROR, None),
    ("ET", S.ERROR, None),
    ("EL", S.ERROR, None),
    ("S X 1 g", S.ERROR, None),
    ("", S.ERROR, None),
])
def test_mt_sics_answers_give_their_status_and_only_real_weights(line, status, grams):
    reading = parse_mt_sics(line, 1.0)
    assert (reading.status, reading.grams) == (status, grams)


def test_mt_sics_errors_say_which_error_it_was():
    assert "ES" in parse_mt_sics("ES", 0).problem.render()
    assert "busy" in parse_mt_sics("S I", 0).problem.render()
    assert "cable" in parse_mt_sics("ET", 0).problem.render()


@pytest.mark.parametrize(("line", "done", "problem"), [
    ("T S      0.100 kg", True, None), ("Z A", True, None), ("T I", True, "steady"),
    ("Z +", True, "range"), ("EL", True, "EL"), ("S S 0.634 kg", False, None)])
def test_mt_sics_tare_and_zero_answers(line, done, problem):
    reply = mt_sics_reply(line)
    assert (reply is not None) == done
    if problem:
        assert problem in reply.problem.render()
    elif done:
        assert reply.problem is None


@pytest.mark.parametrize(("line", "status", "grams"), [
    ("ST,GS,+  0.634kg", S.STABLE, 634),
    ("ST,NT,+  0.500kg", S.STABLE, 500),
    ("US,GS,+  0.601kg", S.UNSTABLE, 601),
    ("ST,GS,   634.0 g", S.STABLE, 634),
    ("OL,GS,+  -.---kg", S.OVERLOAD, None),
    ("ST,GS,-  0.004kg", S.NEGATIVE, None),
    ("ST", S.ERROR, None),
    ("XX,GS,+  0.634kg", S.ERROR, None),
])
def test_cas_lines_give_their_status_and_only_real_weights(line, status, grams):
    reading = parse_cas(line, 1.0)
    assert (reading.status, reading.grams) == (status, grams)


@pytest.mark.parametrize(("report", "status", "grams"), [
    # report id 3, status, unit, exponent (signed), weight little-endian
    (bytes([3, 4, 2, 0, 0x7A, 0x02]), S.STABLE, 634),          # 634 g
    (bytes([3, 4, 11, 0xFF, 0x2C, 0x01]), S.STABLE, 850),      # 30.0 oz (Dymo style)
    (bytes([3, 4, 3, 0xFD, 0x7A, 0x02]), S.STABLE, 634),       # 0.634 kg
    (bytes([3, 2, 2, 0, 0, 0]), S.STABLE, 0),                  # stable at zero
    (bytes([3, 3, 2, 0, 0x10, 0x02]), S.UNSTABLE, 528),        # in motion
    (bytes([4, 2, 0, 0x7A, 0x02]), S.STABLE, 634),             # no report id
    (bytes([3, 5, 2, 0, 0, 0]), S.NEGATIVE, None),
    (bytes([3, 6, 2, 0, 0xFF, 0xFF]), S.OVERLOAD, None),
    (bytes([3, 1, 2, 0, 0, 0]), S.ERROR, None),
    (bytes([3, 8, 2, 0, 0, 0]), S.ERROR, None),
    (bytes([3, 4, 9, 0, 1, 0]), S.ERROR, None),                # avoirdupois tons: refused
    (bytes([3, 4, 2]), S.ERROR, None),
])
def test_hid_pos_scale_reports_give_their_status_and_only_real_weights(report, status, grams):
    reading = parse_hid_report(report, 1.0)
    assert (reading.status, reading.grams) == (status, grams)


@pytest.mark.parametrize(("value", "unit", "grams"), [
    ("0.6345", "kg", 635), ("0.6344", "kg", 634), ("1", "lb", 454), ("1", "oz", 28),
    ("634", "G", 634), ("1.5", "furlong", None), ("abc", "kg", None), ("1e99", "kg", None)])
def test_weights_become_whole_grams(value, unit, grams):
    assert to_grams(value, unit) == grams


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_no_line_is_ever_taken_for_a_weight_it_is_not(line):
    for parse in (parse_ad, parse_cas, parse_mt_sics):
        reading = parse(line, 0.0)
        assert isinstance(reading, Reading)
        if reading.grams is not None:
            assert reading.status in {S.STABLE, S.UNSTABLE}
            assert reading.grams >= 0


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=10))
def test_no_hid_report_is_ever_taken_for_a_weight_it_is_not(report):
    reading = parse_hid_report(report, 0.0)
    assert reading.grams is None or (reading.status in {S.STABLE, S.UNSTABLE}
                                     and reading.grams >= 0)


# ------------------------------------------------------------------------ stability capture
def _feed(capture, readings):
    return [c.grams for r in readings if (c := capture.feed(r)) is not None]


def _stable(ts, grams):
    return Reading(S.STABLE, ts, grams)


def test_a_box_is_captured_once_its_weight_has_been_stable_for_the_set_time():
    capture = StabilityCapture(stable_s=0.8, band_g=2, min_g=10)
    readings = [Reading(S.UNSTABLE, 0.0, 300), _stable(0.1, 633), _stable(0.5, 634),
                _stable(0.85, 635), _stable(0.9, 634), _stable(1.0, 634), _stable(2.0, 634)]
    assert _feed(capture, readings) == [634]
    assert capture.feed(_stable(3.0, 634)) is None


def test_moving_overload_or_silence_restart_the_stable_time():
    for interruption in (Reading(S.UNSTABLE, 0.5, 640), Reading(S.OVERLOAD, 0.5),
                         Reading(S.NO_DATA, 0.5), Reading(S.ERROR, 0.5)):
        capture = StabilityCapture(stable_s=0.8)
        captured = [c.ts for r in [_stable(0.0, 634), interruption, _stable(0.6, 634),
                                   _stable(1.3, 634), _stable(1.5, 634)]
                    if (c := capture.feed(r)) is not None]
        assert captured == [1.5], interruption


def test_a_weight_drifting_out_of_the_band_settles_again_before_it_is_captured():
    capture = StabilityCapture(stable_s=0.8, band_g=2)
    assert _feed(capture, [_stable(0.0, 600), _stable(0.7, 610), _stable(1.0, 610),
                           _stable(1.6, 610)]) == [610]


def test_an_empty_scale_is_not_a_box_and_emptying_it_allows_the_next_box():
    capture = StabilityCapture(stable_s=0.5, min_g=10)
    readings = [_stable(0.0, 0), _stable(1.0, 4), _stable(2.0, 634), _stable(2.6, 634),
                _stable(3.0, 0), _stable(4.0, 634), _stable(4.6, 634)]
    assert _feed(capture, readings) == [634, 634]


def test_an_item_added_to_a_weighed_box_is_a_new_capture():
    capture = StabilityCapture(stable_s=0.5)
    readings = [_stable(0.0, 634), _stable(0.6, 634), Reading(S.UNSTABLE, 0.7, 700),
                _stable(0.8, 812), _stable(1.4, 812)]
    assert _feed(capture, readings) == [634, 812]


def test_negative_and_disconnected_never_capture_and_rearm():
    capture = StabilityCapture(stable_s=0.5)
    got = _feed(capture, [_stable(0.0, 634), _stable(0.6, 634), Reading(S.NEGATIVE, 0.7),
                          Reading(S.DISCONNECTED, 0.8), _stable(1.0, 634), _stable(1.6, 634)])
    assert got == [634, 634]
