"""From a grade to what happens to the unit: disposition, graded SKU and price, refund,
exchange and the re-commerce label. Pure functions of the policy; no I/O."""

from __future__ import annotations

from station.messages import msg
from station.models import Product
from station.returns.models import (
    Disposition,
    ItemResult,
    RecommerceLabelData,
    Refund,
    RefundKind,
    Rma,
    RmaLine,
    Wants,
)
from station.returns.policy import Grade, Policy


def refund_for(policy: Policy, rma: Rma, grade: Grade, paid_yen: int) -> Refund:
    if rma.reason and rma.reason in policy.full_refund_reasons:
        return Refund(RefundKind.FULL, paid_yen, msg(
            "Returns", "Full refund: the customer's reason ({reason}) is refunded in full.",
            reason=rma.reason))
    if grade.refund_percent >= 100:
        return Refund(RefundKind.FULL, paid_yen, msg(
            "Returns", "Full refund: grade {grade} is refunded in full.", grade=grade.code))
    if grade.refund_percent <= 0:
        return Refund(RefundKind.NONE, 0, msg(
            "Returns", "No refund: grade {grade} is not refunded.", grade=grade.code))
    return Refund(RefundKind.PARTIAL, round(paid_yen * grade.refund_percent / 100), msg(
        "Returns", "Partial refund: grade {grade} is refunded at {percent}%.",
        grade=grade.code, percent=grade.refund_percent))


def graded_sku(sku: str, grade: Grade) -> str:
    return f"{sku}-{grade.sku_suffix}" if grade.sku_suffix else sku


def condition_url(policy: Policy, rma_id: str, unit_no: int, sku: str) -> str:
    return (policy.condition_url.replace("{rma}", rma_id).replace("{unit}", str(unit_no))
            .replace("{sku}", sku))


def decide(policy: Policy, rma: Rma, line: RmaLine, product: Product, *, unit_no: int,
           grade_code: str, proposed: str, language: str) -> ItemResult:
    grade = policy.grades[grade_code]
    paid = round(line.unit_price or product.price)
    new_sku = graded_sku(product.sku, grade)
    price = round(product.price * grade.price_percent / 100)
    refund = refund_for(policy, rma, grade, paid)
    exchange = None
    if rma.wants is Wants.EXCHANGE and refund.kind is not RefundKind.NONE:
        exchange = rma.exchange_sku or product.sku
    label = None
    if grade.disposition is Disposition.RESALE:
        label = RecommerceLabelData(
            brand=policy.brand, original_sku=product.sku, new_sku=new_sku,
            barcode_value=new_sku, grade=grade.code, condition=grade.display(language),
            title=product.display_name(language), price_yen=price,
            qr_url=condition_url(policy, rma.id, unit_no, new_sku), language=language)
    return ItemResult(
        rma_id=rma.id, unit_no=unit_no, sku=product.sku, grade=grade.code,
        proposed_grade=proposed, disposition=grade.disposition, new_sku=new_sku,
        price_yen=price, refund=refund, exchange_sku=exchange, channels=dict(grade.channels),
        label=label)
