"""熨斗 as data: what a gift counter accepts and refuses, and the line the packer reads."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from station.gift import Gift, Knot, Noshi, Placement, gift_of, gift_problems


def test_a_naiwai_noshi_reads_as_the_counter_writes_it():
    noshi = Noshi(omotegaki="内祝", name="山田", placement=Placement.INNER)
    assert noshi.summary_ja() == "内のし · 内祝 · 山田 · 紅白蝶結び"


def test_a_noshi_without_a_name_is_plain_and_its_cord_and_knot_are_kept():
    noshi = Noshi(omotegaki="寿", placement=Placement.OUTER, knot=Knot.TIGHT,
                  cord="gold_silver")
    assert noshi.summary_ja() == "外のし · 寿 · 金銀結び切り"


@pytest.mark.parametrize("omotegaki", ["寿", "御結婚御祝", "御見舞", "志"])
def test_a_bow_is_refused_for_what_should_happen_once(omotegaki):
    with pytest.raises(ValidationError, match="knot that does not untie"):
        Noshi(omotegaki=omotegaki, knot=Knot.BOW, cord="black_white")


def test_a_condolence_gift_is_refused_a_red_and_white_cord():
    with pytest.raises(ValidationError, match="condolence"):
        Noshi(omotegaki="志", knot=Knot.TIGHT, cord="red_white")
    assert Noshi(omotegaki="志", knot=Knot.TIGHT, cord="yellow_white")


def test_an_order_is_a_gift_only_when_it_says_so():
    assert gift_of(None) is None
    assert gift_of({}) is None
    assert gift_of(True) == Gift()
    gift = gift_of({"message": "おめでとう", "noshi": {"omotegaki": "御祝"}})
    assert gift is not None
    assert gift.noshi is not None
    assert gift.noshi.placement is Placement.INNER


def test_bad_gift_data_is_named_field_by_field():
    problems = gift_problems({"noshi": {"omotegaki": "", "placement": "beside"},
                              "colour": "red"})
    assert any(p.startswith("gift.noshi.omotegaki") for p in problems)
    assert any(p.startswith("gift.noshi.placement") for p in problems)
    assert any(p.startswith("gift.colour") for p in problems)
    assert gift_problems({"noshi": {"omotegaki": "御礼"}}) == []
