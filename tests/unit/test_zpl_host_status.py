"""A Zebra's ~HS answer read as the ZPL II manual lays out its three strings: which flag is
where, the head before the paper it explains, the ribbon only in thermal transfer mode, and
answers that are not ~HS at all."""

from __future__ import annotations

from printing.zpl_status import HostStatus, complete, parse_host_status

READY = (b"\x02030,0,0,1245,000,0,0,0,000,0,0,0\x03\r\n"
         b"\x02001,0,0,0,1,2,6,0,00000000,1,000\x03\r\n"
         b"\x021234,0\x03\r\n")


def answer(first: str, second: str = "001,0,0,0,1,2,6,0,00000000,1,000") -> bytes:
    return f"\x02{first}\x03\r\n\x02{second}\x03\r\n\x021234,0\x03\r\n".encode()


def test_a_ready_printer_has_no_problem_and_its_numbers_are_read():
    status = parse_host_status(READY)
    assert status == HostStatus(label_length_dots=1245)
    assert status.problems("tcp:zebra") == []
    assert complete(READY)
    assert not complete(READY[:40])


def test_each_flag_is_read_from_its_own_field():
    assert parse_host_status(answer("030,1,0,1245,000,0,0,0,000,0,0,0")).paper_out
    assert parse_host_status(answer("030,0,1,1245,000,0,0,0,000,0,0,0")).paused
    assert parse_host_status(answer("030,0,0,1245,003,1,0,0,000,0,0,0")).buffer_full
    assert parse_host_status(answer("030,0,0,1245,000,0,0,0,000,1,0,0")).corrupt_ram
    assert parse_host_status(answer("030,0,0,1245,000,0,0,0,000,0,1,0")).under_temperature
    assert parse_host_status(answer("030,0,0,1245,000,0,0,0,000,0,0,1")).over_temperature
    head_up = parse_host_status(answer("030,0,0,1245,000,0,0,0,000,0,0,0",
                                       "001,0,1,0,1,2,6,0,00000012,1,000"))
    assert head_up.head_open
    assert head_up.labels_remaining == 12


def test_an_open_head_is_named_before_the_paper_out_it_causes():
    status = parse_host_status(answer("030,1,0,1245,000,0,0,0,000,0,0,0",
                                      "001,0,1,0,1,2,6,0,00000000,1,000"))
    problems = [problem.render() for problem in status.problems("tcp:zebra")]
    assert problems == ["Printer tcp:zebra: the print head is open. Close it.",
                        "Printer tcp:zebra is out of paper."]


def test_ribbon_out_counts_only_in_thermal_transfer_mode():
    transfer = parse_host_status(answer("030,0,0,1245,000,0,0,0,000,0,0,0",
                                        "001,0,0,1,1,2,6,0,00000000,1,000"))
    direct = parse_host_status(answer("030,0,0,1245,000,0,0,0,000,0,0,0",
                                      "001,0,0,1,0,2,6,0,00000000,1,000"))
    assert transfer.ribbon_out
    assert not direct.ribbon_out


def test_a_printer_sending_only_the_first_string_is_read_for_paper_and_pause():
    status = parse_host_status(b"\x02030,0,1,1245,000,0,0,0,000,0,0,0\x03\r\n")
    assert status.paused
    assert not status.head_open


def test_what_is_not_a_host_status_is_none():
    assert parse_host_status(b"") is None
    assert parse_host_status(b"HTTP/1.1 400 Bad Request\r\n") is None
    assert parse_host_status(b"\x021,2,3\x03") is None
    assert parse_host_status(b"\x02030,0,0,1245") is None
