"""Grading rules and dispositions, table-driven over both demo brands' policies."""

from __future__ import annotations

import pytest

from station.models import Product
from station.returns.decide import decide
from station.returns.demo import ANSWERS
from station.returns.models import Disposition, RefundKind, Rma, RmaLine, Wants
from station.returns.policy import load_policies

POLICIES = load_policies()

GRADES = [
    # brand, checklist, grade, disposition, graded SKU suffix, price %, refund
    ("KAZE", "apparel", "A", Disposition.RESTOCK, "", 100, RefundKind.FULL),
    ("KAZE", "apparel", "B", Disposition.RESALE, "-UB", 70, RefundKind.FULL),
    ("KAZE", "apparel", "C", Disposition.RESALE, "-UC", 50, RefundKind.FULL),
    ("KAZE", "apparel", "D", Disposition.REFURBISH, "-RD", 30, RefundKind.PARTIAL),
    ("KAZE", "apparel", "X", Disposition.RECYCLE, "", 0, RefundKind.NONE),
    ("HANA", "cosmetics", "A", Disposition.RESTOCK, "", 100, RefundKind.FULL),
    ("HANA", "cosmetics", "B", Disposition.RESALE, "-OB", 60, RefundKind.FULL),
    ("HANA", "cosmetics", "C", Disposition.LIQUIDATE, "", 20, RefundKind.PARTIAL),
    ("HANA", "cosmetics", "D", Disposition.RETURN_TO_VENDOR, "", 0, RefundKind.FULL),
    ("HANA", "cosmetics", "X", Disposition.RECYCLE, "", 0, RefundKind.NONE),
]


def _product(brand: str, category: str) -> Product:
    return Product(sku=f"{brand}-ITEM", gtin="04589123000010", brand=brand,  # type: ignore[arg-type]
                   name="Test item", name_ja="テスト品", category=category, price=10_000)


def _rma(brand: str, reason: str = "CHANGED_MIND", wants: Wants = Wants.REFUND) -> Rma:
    return Rma(id="RMA-1", site="TYO1", brand=brand, order_id="ORD-1", customer_name="Test",
               lines=(RmaLine(1, f"{brand}-ITEM", 1, 10_000.0),), reason=reason, wants=wants)


@pytest.mark.parametrize("case", GRADES, ids=[f"{c[0]}-{c[2]}" for c in GRADES])
def test_each_grade_is_proposed_by_its_answers_and_sent_where_the_policy_says(case):
    brand, checklist, grade, disposition, suffix, percent, refund = case
    policy = POLICIES[brand]
    found = next(c for c in policy.checklists if c.id == checklist)
    assert found.propose(ANSWERS[(checklist, grade)]).grade == grade
    result = decide(policy, _rma(brand), _rma(brand).lines[0], _product(brand, found.categories[0]),
                    unit_no=1, grade_code=grade, proposed=grade, language="en")
    assert result.disposition is disposition
    assert result.new_sku == f"{brand}-ITEM{suffix}"
    assert result.price_yen == 10_000 * percent // 100
    assert result.refund.kind is refund
    assert (result.label is not None) == (disposition is Disposition.RESALE)


def test_every_disposition_is_reachable_from_the_demo_policies():
    reached = {grade.disposition for policy in POLICIES.values()
               for grade in policy.grades.values()}
    assert reached == set(Disposition)


@pytest.mark.parametrize(("answers", "grade"), [
    ({"odour": "YES", "damage": "YES"}, "X"),
    ({"stains": "YES", "damage": "YES"}, "X"),
    ({"stains": "YES", "wear": "YES"}, "D"),
    ({"wear": "YES", "tags": "NO"}, "C"),
    ({"packaging": "NO"}, "B"),
])
def test_the_first_matching_apparel_rule_wins(answers, grade):
    checklist = POLICIES["KAZE"].checklist_for("tops")
    assert checklist is not None
    assert checklist.propose({**ANSWERS[("apparel", "A")], **answers}).grade == grade


@pytest.mark.parametrize("fill", ["HALF", "LOW"])
def test_an_underfilled_cosmetic_with_its_seal_intact_is_defective(fill):
    checklist = POLICIES["HANA"].checklist_for("skincare")
    assert checklist is not None
    assert checklist.propose({**ANSWERS[("cosmetics", "A")], "fill": fill}).grade == "D"


def test_a_broken_hygiene_seal_forces_x_whatever_else_is_answered():
    checklist = POLICIES["HANA"].checklist_for("makeup")
    assert checklist is not None
    rule = checklist.propose({"seal": "NO", "fill": "FULL", "leak": "NO", "box": "YES",
                              "box_damaged": "NO"})
    assert rule.grade == "X"
    assert rule.locked


def test_a_customer_reason_on_the_full_refund_list_is_refunded_in_full_whatever_the_grade():
    policy = POLICIES["KAZE"]
    rma = _rma("KAZE", reason="DEFECTIVE")
    result = decide(policy, rma, rma.lines[0], _product("KAZE", "tops"), unit_no=1,
                    grade_code="X", proposed="X", language="en")
    assert result.refund.kind is RefundKind.FULL
    assert result.refund.amount_yen == 10_000


def test_a_partial_refund_carries_its_amount_and_reason():
    policy = POLICIES["KAZE"]
    rma = _rma("KAZE")
    result = decide(policy, rma, rma.lines[0], _product("KAZE", "tops"), unit_no=1,
                    grade_code="D", proposed="D", language="en")
    assert (result.refund.kind, result.refund.amount_yen) == (RefundKind.PARTIAL, 5_000)
    assert "50%" in result.refund.reason.render()


def test_an_exchange_is_requested_only_when_the_customer_asked_and_a_refund_is_due():
    policy = POLICIES["HANA"]
    rma = _rma("HANA", wants=Wants.EXCHANGE)
    product = _product("HANA", "skincare")
    ok = decide(policy, rma, rma.lines[0], product, unit_no=1, grade_code="B", proposed="B",
                language="en")
    refused = decide(policy, rma, rma.lines[0], product, unit_no=1, grade_code="X",
                     proposed="X", language="en")
    assert ok.exchange_sku == "HANA-ITEM"
    assert refused.exchange_sku is None


def test_the_recommerce_label_data_carries_grade_condition_and_a_qr_to_the_record():
    policy = POLICIES["KAZE"]
    rma = _rma("KAZE")
    result = decide(policy, rma, rma.lines[0], _product("KAZE", "tops"), unit_no=3,
                    grade_code="B", proposed="A", language="ja")
    label = result.label
    assert label is not None
    assert (label.new_sku, label.barcode_value, label.grade) == ("KAZE-ITEM-UB",) * 2 + ("B",)
    assert label.condition == "非常に良い"
    assert label.title == "テスト品"
    assert label.qr_url == "https://kaze.example.jp/condition/RMA-1/3"
    assert result.overridden


@pytest.mark.parametrize(("brand", "grade", "channel", "condition"), [
    ("KAZE", "A", "amazon", "New"),
    ("KAZE", "B", "amazon", "Used - Very Good"),
    ("KAZE", "C", "amazon", "Used - Good"),
    ("KAZE", "C", "ebay", "3000"),
    ("KAZE", "C", "backmarket", "Good"),
    ("HANA", "B", "amazon", "Used - Like New"),
    ("HANA", "B", "ebay", "1750"),
    ("HANA", "X", "amazon", ""),
])
def test_each_grade_maps_to_the_channel_condition_vocabularies(brand, grade, channel,
                                                               condition):
    assert POLICIES[brand].grades[grade].channels[channel] == condition
