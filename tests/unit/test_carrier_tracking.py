"""Tracking-number check digits: published numbers validate, changed digits fail."""

from __future__ import annotations

import pytest

from station.carriers.__main__ import main
from station.carriers.tracking import s10_digit, tracking_problem, with_check_digit

# Published sample numbers (NOTES.md): Yamato, Sagawa, ゆうパック.
PUBLISHED = [("yamato", "389711074012"), ("sagawa", "512547514334"),
             ("japanpost", "405548424886")]


@pytest.mark.parametrize(("carrier", "number"), PUBLISHED)
def test_published_numbers_of_each_carrier_validate(carrier: str, number: str) -> None:
    assert tracking_problem(carrier, number) is None
    assert tracking_problem(carrier, f"{number[:4]}-{number[4:8]}-{number[8:]}") is None


@pytest.mark.parametrize(("carrier", "number"), PUBLISHED)
def test_every_single_digit_change_fails_except_by_seven(carrier: str, number: str) -> None:
    # Mod 7 cannot see a digit moved by exactly 7 (0<->7, 1<->8, 2<->9): 7 * 10^k is 0 mod 7.
    for position in range(12):
        for digit in "0123456789":
            if digit == number[position]:
                continue
            changed = number[:position] + digit + number[position + 1:]
            by_seven = position < 11 and abs(int(digit) - int(number[position])) == 7
            assert (tracking_problem(carrier, changed) is None) == by_seven, changed


def test_a_sum_of_digits_check_is_not_what_is_used() -> None:
    body = "38971107401"
    assert str(sum(map(int, body)) % 7) != "2"
    assert with_check_digit(int(body)) == "389711074012"


def test_wrong_lengths_and_letters_are_refused_with_the_reason() -> None:
    problem = tracking_problem("yamato", "38971107401")
    assert problem is not None
    assert "12 digits" in problem.render()
    assert tracking_problem("sagawa", "ABCDEFGHIJKL") is not None


def test_upu_s10_numbers_validate_and_a_changed_digit_fails() -> None:
    assert s10_digit("12345678") == "5"
    assert tracking_problem("japanpost", "RB123456785GB") is None
    assert tracking_problem("japanpost", "rb 1234 5678 5 jp") is None
    for digit in "012346789":
        assert tracking_problem("japanpost", f"RB12345678{digit}GB") is not None
    assert tracking_problem("japanpost", "RB123456795GB") is not None


def test_s10_check_digit_maps_ten_to_zero_and_eleven_to_five() -> None:
    assert s10_digit("00000000") == "5"       # weighted sum 0: 11 - 0 = 11 -> 5
    assert s10_digit("00000008") == "0"       # 8 * 7 = 56 = 1 mod 11: 11 - 1 = 10 -> 0
    assert s10_digit("00000001") == "4"       # 7: 11 - 7 = 4


def test_check_command_exits_zero_for_a_valid_number(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "yamato", "389711074012"]) == 0
    assert main(["check", "sagawa", "389711074013"]) == 1
    assert "should end in 2" in capsys.readouterr().err
