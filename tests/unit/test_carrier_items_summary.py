"""品名 for a carrier label: every item when they are short, otherwise as many as fit and
"ほかN点" for the rest, so a long order still gets its label."""

from __future__ import annotations

from printing.documents.carrier_demo import ITEMS_LIMIT, items_summary


def test_short_orders_list_every_item():
    assert items_summary(["Tシャツ ×2", "ソックス ×1"]) == "Tシャツ ×2、ソックス ×1"


def test_long_orders_list_what_fits_and_count_the_rest():
    items = [f"オーガニックコットンTシャツ {size} ×1" for size in "SMLX"]
    summary = items_summary(items)
    assert len(summary) <= ITEMS_LIMIT
    assert summary.startswith(items[0])
    assert summary.endswith("ほか2点")


def test_one_enormous_item_is_shortened_not_dropped():
    summary = items_summary(["極" * 80, "ソックス ×1"])
    assert len(summary) <= ITEMS_LIMIT
    assert summary.startswith("極")
    assert summary.endswith("ほか1点")
    assert items_summary(["極" * 80]) == "極" * ITEMS_LIMIT
