"""The checks before sealing: each problem names its field and what to do."""

from __future__ import annotations

from station.carriers.checks import check_shipment, size_for
from station.carriers.shipment import Parcel
from station.carriers.text import to_half_width_kana, width_units
from station.messages import Catalogue
from station.models import Address
from tests.carrier_support import JAPANPOST, SAGAWA, TO, YAMATO, shipment


def fields(problems: list) -> list[str]:
    return [problem.field for problem in problems]


def test_a_good_shipment_has_no_problems() -> None:
    assert check_shipment(YAMATO, shipment("TA-Q-BIN", time_slot="1416", cod_yen=5000,
                                           date="2026-12-03", cool="chilled")) == []
    assert check_shipment(SAGAWA, shipment("飛脚宅配便", carrier="sagawa", time_slot="04")) == []


def test_an_addressee_name_over_sixteen_full_width_characters_stops_the_order() -> None:
    long_name = Address(**{**TO.__dict__, "name": "寿限無寿限無五劫の擦り切れ海砂利水魚の"})
    problems = check_shipment(YAMATO, shipment(ship_to=long_name))
    assert fields(problems) == ["ship_to.name"]
    assert "16" in problems[0].action.render()
    # Half-width characters count half: 32 of them fit.
    half = Address(**{**TO.__dict__, "name": "A" * 32})
    assert check_shipment(YAMATO, shipment(ship_to=half)) == []


def test_item_handling_and_note_lengths_follow_b2() -> None:
    problems = check_shipment(YAMATO, shipment(item="あ" * 26, handling="い" * 11,
                                               note="う" * 23))
    assert fields(problems) == ["delivery.item", "delivery.handling", "delivery.note"]
    assert check_shipment(YAMATO, shipment(item="あ" * 25, handling="い" * 10,
                                           note="う" * 22)) == []


def test_a_postcode_that_is_not_seven_digits_is_named() -> None:
    bad = Address(**{**TO.__dict__, "postcode": "150-001"})
    problems = check_shipment(YAMATO, shipment(ship_to=bad))
    assert fields(problems) == ["ship_to.postcode"]
    assert "150-001" in problems[0].message.render()


def test_a_time_slot_not_of_the_service_is_refused_with_the_valid_ones() -> None:
    problems = check_shipment(YAMATO, shipment(time_slot="1214"))
    assert fields(problems) == ["delivery.time_slot"]
    assert "1921" in problems[0].action.render()
    assert fields(check_shipment(YAMATO, shipment("ネコポス", time_slot="0812",
                                                  parcels=(Parcel(1, 300, (300, 200, 20)),))
                                 )) == ["delivery.time_slot"]


def test_cash_on_delivery_must_be_allowed_and_within_the_limit() -> None:
    small = (Parcel(1, 300, (300, 200, 20)),)
    assert fields(check_shipment(YAMATO, shipment("ネコポス", cod_yen=1000,
                                                  parcels=small))) == ["delivery.cod_yen"]
    over = check_shipment(YAMATO, shipment(cod_yen=300_001))
    assert fields(over) == ["delivery.cod_yen"]
    assert check_shipment(YAMATO, shipment(cod_yen=300_000)) == []


def test_size_and_weight_must_fit_the_service() -> None:
    heavy = (Parcel(1, 31_000, (300, 200, 100)),)
    assert fields(check_shipment(YAMATO, shipment(parcels=heavy))) == ["parcels.1.size"]
    thick = (Parcel(1, 300, (300, 200, 30)),)
    assert fields(check_shipment(YAMATO, shipment("ネコポス", parcels=thick))) == [
        "parcels.1.size"]
    service = YAMATO.service("宅急便")
    assert service is not None
    size = size_for(YAMATO, service, Parcel(1, 4000, (300, 250, 200)))
    assert size is not None
    assert size.name == "80"


def test_flat_services_take_one_parcel() -> None:
    two = (Parcel(1, 300, (300, 200, 20)), Parcel(2, 300, (300, 200, 20)))
    assert fields(check_shipment(JAPANPOST, shipment("ゆうパケット", carrier="japanpost",
                                                     parcels=two))) == ["parcels"]


def test_cool_parcels_need_a_cool_service() -> None:
    problems = check_shipment(JAPANPOST, shipment("クリックポスト", carrier="japanpost",
                                                  cool="chilled",
                                                  parcels=(Parcel(1, 300, (300, 200, 20)),)))
    assert fields(problems) == ["delivery.cool"]


def test_an_unknown_service_names_the_ones_there_are() -> None:
    problems = check_shipment(SAGAWA, shipment("ネコポス", carrier="sagawa"))
    assert fields(problems) == ["service"]
    assert "飛脚宅配便" in problems[0].action.render()


def test_a_delivery_date_before_shipping_is_refused() -> None:
    assert fields(check_shipment(YAMATO, shipment(date="2026-11-30"))) == ["delivery.date"]
    assert fields(check_shipment(YAMATO, shipment(date="2026-13-01"))) == ["delivery.date"]


def test_a_tracking_number_with_a_wrong_check_digit_is_caught() -> None:
    parcels = (Parcel(1, 1000, (300, 200, 100), tracking="389711074013"),)
    assert fields(check_shipment(YAMATO, shipment(parcels=parcels))) == ["parcels.1.tracking"]


def test_kana_becomes_half_width_and_counts_half() -> None:
    assert to_half_width_kana("ヤマダ　タロウ") == "ﾔﾏﾀﾞ ﾀﾛｳ"
    assert to_half_width_kana("がっこう") == "ｶﾞｯｺｳ"
    assert width_units("山田ab") == 3.0
    assert fields(check_shipment(YAMATO, shipment(name_kana="山田"))) == ["delivery.name_kana"]


def test_a_problem_reads_in_japanese_with_its_field_named_in_japanese() -> None:
    long_name = Address(**{**TO.__dict__, "name": "あ" * 17})
    problem = check_shipment(YAMATO, shipment(ship_to=long_name))[0]
    words = Catalogue("ja")
    assert words.render(problem.message) == (
        "お届け先名が全角17文字分あります。運送会社の上限は16文字です。")
    assert words.render(problem.action) == "お届け先名を全角16文字以内にしてください。"
