"""Insert rules (同梱物): each kind of condition, merged orders, and the checks at load."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from station.gift import Gift
from station.models import Address, MergedPart, Order, OrderLine, Product
from station.pack.inserts import InsertRule, OrderFacts, inserts_for, load_file, parse

TODAY = date(2026, 12, 1)


def _order(**changes) -> Order:
    product = Product(sku="KAZE-DEN-NVY-L", gtin="04589123000011", brand="KAZE", name="Denim")
    order = Order(id="ORD-1", brand="KAZE", customer_name="山田 太郎",
                  lines=(OrderLine(1, product, 1),), ship_to=Address("山田 太郎"),
                  previous_orders=3, created_at="2026-12-01T09:00:00+00:00")
    return replace(order, **changes)


def _rule(**when) -> InsertRule:
    return InsertRule(id="R", kind="flyer", name="Leaflet", code="FLY-1", when=when)


def _gets(rule: InsertRule, order: Order) -> bool:
    return inserts_for([rule], OrderFacts.of(order, TODAY)) == [rule]


def test_a_first_order_rule_takes_only_first_orders():
    rule = _rule(first_order=True)
    assert _gets(rule, _order(previous_orders=0))
    assert not _gets(rule, _order(previous_orders=1))


def test_a_subscription_rule_takes_orders_with_a_next_delivery():
    rule = _rule(subscription=True)
    assert _gets(rule, _order(subscription_next="2027-01-01"))
    assert not _gets(rule, _order())


def test_a_campaign_takes_orders_placed_on_its_first_and_last_day_in_japan():
    rule = _rule(**{"from": "2026-11-20", "until": "2026-12-01"})
    assert _gets(rule, _order(created_at="2026-11-20T00:00:00+09:00"))
    assert _gets(rule, _order(created_at="2026-11-19T15:00:00+00:00"))  # 00:00 in Tokyo
    assert not _gets(rule, _order(created_at="2026-11-19T14:59:00+00:00"))
    assert _gets(rule, _order(created_at="2026-12-01T14:59:00+00:00"))  # 23:59 in Tokyo
    assert not _gets(rule, _order(created_at="2026-12-01T15:00:00+00:00"))


def test_a_campaign_on_another_calendar_and_an_order_without_an_offset():
    rule = _rule(**{"from": "2026-11-20", "time_zone": "UTC"})
    assert not _gets(rule, _order(created_at="2026-11-19T23:00:00+00:00"))
    assert _gets(_rule(**{"from": "2026-11-20"}), _order(created_at="2026-11-20T00:10:00"))
    assert not _gets(_rule(**{"from": "2026-11-20"}), _order(created_at="2026-11-19"))
    rules, problems = parse({"insert": [{"id": "A", "kind": "flyer", "name": "A", "code": "A",
                                         "when": {"time_zone": "Mars/Olympus"}}]}, "f")
    assert rules == ()
    assert "Mars/Olympus' is not a known time zone" in problems[0].render()


def test_a_sku_rule_takes_an_exact_sku_or_a_prefix():
    assert _gets(_rule(skus=["KAZE-DEN-*"]), _order())
    assert _gets(_rule(skus=["KAZE-TEE-BLK-S", "KAZE-DEN-NVY-L"]), _order())
    assert not _gets(_rule(skus=["KAZE-DEN"]), _order())
    assert not _gets(_rule(skus=["KAZE-TEE-*"]), _order())


def test_a_segment_rule_takes_customers_of_its_segments():
    assert _gets(_rule(segments=["vip", "staff"]), _order(segment="vip"))
    assert not _gets(_rule(segments=["vip"]), _order(segment=""))


def test_a_gift_condition_keeps_a_flyer_out_of_gift_parcels_or_only_in_them():
    gift = _order(gift=Gift(message="おめでとう"))
    assert not _gets(_rule(gift=False), gift)
    assert _gets(_rule(gift=False), _order())
    assert _gets(_rule(gift=True), gift)


def test_every_condition_of_a_rule_must_hold():
    rule = _rule(first_order=True, segments=["vip"])
    assert _gets(rule, _order(previous_orders=0, segment="vip"))
    assert not _gets(rule, _order(previous_orders=0))
    assert not _gets(rule, _order(segment="vip"))


def test_an_order_merged_from_two_first_orders_gets_the_welcome_flyer_once():
    merged = _order(merged_from=(MergedPart("WEB-1", 0), MergedPart("WEB-2", 0)))
    welcome = _rule(first_order=True)
    also_welcome = InsertRule(id="R2", kind="flyer", name="Leaflet", code="FLY-1",
                              when={"skus": ["KAZE-DEN-*"]})
    assert inserts_for([welcome, also_welcome], OrderFacts.of(merged, TODAY)) == [welcome]


def test_a_merged_order_earns_what_any_of_its_parts_earns():
    merged = _order(merged_from=(MergedPart("WEB-1", 4), MergedPart("WEB-2", 0)))
    assert _gets(_rule(first_order=True), merged)
    assert not _gets(_rule(first_order=True), _order(merged_from=(MergedPart("WEB-1", 4),)))


def test_a_rules_file_is_checked_and_each_problem_names_the_insert_and_field():
    rules, problems = parse({"version": 1, "insert": [
        {"id": "OK", "kind": "flyer", "name": "Fine", "code": "F-1"},
        {"id": "WINTER", "kind": "poster", "name": "Winter", "code": "F-2",
         "when": {"from": "2026-12-25", "until": "2026-12-01", "colour": "red"}},
    ]}, "KAZE/inserts.toml")
    assert rules == ()
    texts = [problem.render() for problem in problems]
    assert any("insert 2 (WINTER), kind" in text for text in texts)
    assert any("insert 2 (WINTER), when.colour" in text for text in texts)
    assert all(text.startswith("Insert rules KAZE/inserts.toml") for text in texts)


def test_a_campaign_that_ends_before_it_starts_is_refused():
    rules, problems = parse({"insert": [
        {"id": "WINTER", "kind": "flyer", "name": "Winter", "code": "F-2",
         "when": {"from": "2026-12-25", "until": "2026-12-01"}}]}, "f")
    assert rules == ()
    assert "until 2026-12-01 is before from 2026-12-25" in problems[0].render()


def test_two_inserts_with_one_id_are_refused():
    entry = {"id": "A", "kind": "sample", "name": "Serum", "code": "S-1"}
    rules, problems = parse({"insert": [entry, entry]}, "f")
    assert rules == ()
    assert "two inserts have the id A" in problems[0].render()


def test_a_broken_toml_file_is_a_problem_and_a_missing_one_is_no_rules(tmp_path):
    path = tmp_path / "inserts.toml"
    assert load_file(path) == ((), ())
    path.write_text("[[insert]\nid = ", encoding="utf-8")
    rules, problems = load_file(path)
    assert rules == ()
    assert str(path) in problems[0].render()
