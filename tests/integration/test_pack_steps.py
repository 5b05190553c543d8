"""Steps to confirm by scan on real station files: a gift's 熨斗 and wrapping and a brand's
flyers and samples. Completion is refused until each is confirmed; a restart resumes them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from station.core import open_core
from station.events.steps import StepConfirmed, StepsAssigned
from station.metrics import aggregates
from station.metrics.steps import steps_confirmed
from station.pack.outcomes import Kind
from station.settings import load
from tests.support import ean, payloads, scan

KAZE_RULES = """
version = 1
[[insert]]
id = "WELCOME"
kind = "flyer"
name = "Welcome leaflet"
name_ja = "はじめてのお客様へ"
code = "FLY-KAZE-WELCOME"
[insert.when]
first_order = true
segments = ["vip"]
"""
HANA_RULES = """
[[insert]]
id = "SAMPLE"
kind = "sample"
name = "Serum sample"
code = "HANA-SMP-SER"
quantity = 2
[insert.when]
segments = ["vip"]
"""
# Demo gift orders (station/demo.py): 外のし with wrapping, a vip first order of KAZE; 内のし
# with wrapping, merged from two first orders; 内のし 寿 for a vip HANA customer.
OUTER_NOSHI = "ORD-100301"
MERGED = "ORD-100307"
SAMPLES = "ORD-100304"


@pytest.fixture
def settings(tmp_path):
    kits = tmp_path / "kits"
    for brand, rules in (("KAZE", KAZE_RULES), ("HANA", HANA_RULES)):
        (kits / brand).mkdir(parents=True)
        (kits / brand / "inserts.toml").write_text(rules, encoding="utf-8")
    return load(None, data_dir=tmp_path / "data",
                environ={"PACKSTATION_PACK__INSERTS_FOLDER": str(kits)})


def _pack_items(core, order_id: str):
    order = core.catalogue.order(order_id)
    outcome = None
    for line in order.lines:
        for _ in range(line.quantity):
            outcome = scan(core, ean(core, line.product.sku))
    return outcome


def test_a_gift_completes_only_after_its_noshi_wrapping_and_flyer_are_scanned(file_core):
    core = file_core
    scan(core, "BADGE:P-1001")
    assert scan(core, OUTER_NOSHI).kind is Kind.ORDER_OPENED
    [assigned] = payloads(core.store.conn, StepsAssigned, OUTER_NOSHI)
    assert [step.id for step in assigned.steps] == ["wrapping", "noshi", "insert:WELCOME"]
    assert assigned.steps[1].detail == "外のし · 御歳暮 · 伊藤 · 紅白蝶結び"

    refused = _pack_items(core, OUTER_NOSHI)
    assert refused.kind is Kind.STEPS_PENDING
    assert "3 step(s) still to confirm" in refused.message.render()
    assert "GIFT:WRAP" in refused.message.render()
    assert scan(core, "CMD:COMPLETE").kind is Kind.STEPS_PENDING

    early = scan(core, "GIFT:NOSHI")  # 外のし goes on the wrapping: wrap first
    assert early.kind is Kind.STEP_OUT_OF_ORDER
    assert "do Gift wrapping first" in early.message.render()
    assert scan(core, "GIFT:WRAP").kind is Kind.STEP_CONFIRMED
    assert scan(core, "GIFT:WRAP").kind is Kind.STEP_ALREADY_DONE
    assert scan(core, "GIFT:NOSHI").kind is Kind.STEP_CONFIRMED
    done = scan(core, "FLY-KAZE-WELCOME")
    assert done.kind is Kind.ORDER_COMPLETE
    confirmed = payloads(core.store.conn, StepConfirmed, OUTER_NOSHI)
    assert [c.step for c in confirmed] == ["wrapping", "noshi", "insert:WELCOME"]


def test_an_order_merged_from_two_first_orders_gets_one_welcome_leaflet(file_core):
    core = file_core
    scan(core, "BADGE:P-1001")
    scan(core, MERGED)
    [assigned] = payloads(core.store.conn, StepsAssigned, MERGED)
    assert [step.id for step in assigned.steps] == ["noshi", "wrapping", "insert:WELCOME"]
    assert scan(core, "GIFT:WRAP").kind is Kind.STEP_OUT_OF_ORDER  # 内のし: noshi first


def test_a_sample_of_two_is_scanned_twice_and_a_third_is_refused(file_core):
    core = file_core
    scan(core, "BADGE:P-1001")
    scan(core, SAMPLES)
    first = scan(core, "HANA-SMP-SER")
    assert first.kind is Kind.STEP_CONFIRMED
    assert "1 of 2" in first.message.render()
    assert scan(core, "HANA-SMP-SER").kind is Kind.STEP_CONFIRMED
    assert scan(core, "HANA-SMP-SER").kind is Kind.STEP_ALREADY_DONE


def test_a_restart_resumes_the_steps_confirmed_and_keeps_the_list_fixed_at_opening(
        settings, clock, tmp_path):
    core = open_core(settings, clock)
    try:
        scan(core, "BADGE:P-1001")
        scan(core, OUTER_NOSHI)
        _pack_items(core, OUTER_NOSHI)
        scan(core, "GIFT:WRAP")
    finally:
        core.close()
    # The brand drops its leaflet meanwhile: the open order keeps the steps it opened with.
    for brand in ("KAZE", "HANA"):
        (tmp_path / "kits" / brand / "inserts.toml").write_text("version = 1\n")
    core = open_core(settings, clock)
    try:
        assert [step.id for step in core.pack.steps.pending()] == ["noshi", "insert:WELCOME"]
        scan(core, "BADGE:P-1001")
        assert scan(core, "GIFT:WRAP").kind is Kind.STEP_ALREADY_DONE
        assert scan(core, "GIFT:NOSHI").kind is Kind.STEP_CONFIRMED
        assert scan(core, "FLY-KAZE-WELCOME").kind is Kind.ORDER_COMPLETE
    finally:
        core.close()


def test_an_order_with_no_steps_completes_as_before(file_core):
    core = file_core
    scan(core, "BADGE:P-1001")
    scan(core, "ORD-100001")
    assert payloads(core.store.conn, StepsAssigned, "ORD-100001") == []
    assert _pack_items(core, "ORD-100001").kind is Kind.ORDER_COMPLETE


def test_a_broken_rules_file_adds_nothing_and_says_why(tmp_path, clock):
    kits = tmp_path / "kits"
    (kits / "KAZE").mkdir(parents=True)
    (kits / "KAZE" / "inserts.toml").write_text(
        '[[insert]]\nid = "X"\nkind = "poster"\nname = "X"\ncode = "X"\n', encoding="utf-8")
    settings = load(None, data_dir=tmp_path / "data",
                    environ={"PACKSTATION_PACK__INSERTS_FOLDER": str(kits)})
    core = open_core(settings, clock)
    try:
        [problem] = core.pack.insert_problems("KAZE")
        assert "insert 1 (X), kind" in problem.render()
        scan(core, "BADGE:P-1001")
        scan(core, OUTER_NOSHI)
        [assigned] = payloads(core.store.conn, StepsAssigned, OUTER_NOSHI)
        assert [step.id for step in assigned.steps] == ["wrapping", "noshi"]
    finally:
        core.close()


def test_the_metrics_count_each_confirmation_by_kind_and_a_rebuild_agrees(file_core):
    core = file_core
    scan(core, "BADGE:P-1001")
    scan(core, SAMPLES)
    for code in ("GIFT:NOSHI", "GIFT:WRAP", "HANA-SMP-SER", "HANA-SMP-SER"):
        assert scan(core, code).kind is Kind.STEP_CONFIRMED
    now = core.clock.now()
    window = (now - timedelta(hours=1), now + timedelta(hours=1))
    expected = {"noshi": 1, "wrapping": 1, "sample": 2}
    assert steps_confirmed(core.store.conn, *window) == expected
    assert steps_confirmed(core.store.conn, *window, brand="HANA") == expected
    assert steps_confirmed(core.store.conn, *window, brand="KAZE") == {}
    aggregates.rebuild(core.store, aggregates.idle_threshold(core.store.conn))
    assert steps_confirmed(core.store.conn, *window) == expected


def test_a_sample_sharing_an_items_jan_packs_the_item_first_then_counts_as_the_sample(
        tmp_path, clock):
    kits = tmp_path / "kits"
    (kits / "HANA").mkdir(parents=True)
    settings = load(None, data_dir=tmp_path / "data",
                    environ={"PACKSTATION_PACK__INSERTS_FOLDER": str(kits)})
    core = open_core(settings, clock)
    order = core.catalogue.order("ORD-100310")   # HANA, vip: HANA-LOT and HANA-SUN
    sun = next(line for line in order.lines if line.product.sku == "HANA-SUN")
    core.close()
    (kits / "HANA" / "inserts.toml").write_text(
        f'[[insert]]\nid = "SUN"\nkind = "sample"\nname = "Sunscreen sample"\n'
        f'code = "{sun.product.gtin[1:]}"\n[insert.when]\nsegments = ["vip"]\n',
        encoding="utf-8")
    core = open_core(settings, clock)
    try:
        scan(core, "BADGE:P-1001")
        scan(core, order.id)
        unit = "]C101" + sun.product.gtin + "10L1\x1d17301231"
        for _ in range(sun.quantity):
            assert scan(core, unit).kind in {Kind.MATCHED, Kind.LINE_COMPLETE}
        assert scan(core, unit).kind is Kind.STEP_CONFIRMED
        assert scan(core, unit).kind is Kind.STEP_ALREADY_DONE
    finally:
        core.close()


def test_undo_takes_back_a_step_confirmed_by_mistake_also_after_a_restart(settings, clock):
    core = open_core(settings, clock)
    try:
        scan(core, "BADGE:P-1001")
        scan(core, OUTER_NOSHI)
        _pack_items(core, OUTER_NOSHI)
        scan(core, "GIFT:WRAP")
        scan(core, "GIFT:NOSHI")
        undone = scan(core, "CMD:UNDO")
        assert undone.kind is Kind.UNDONE
        assert "Noshi is no longer confirmed" in undone.message.render()
        assert [step.id for step in core.pack.steps.pending()] == ["noshi", "insert:WELCOME"]
    finally:
        core.close()
    core = open_core(settings, clock)
    try:
        assert [step.id for step in core.pack.steps.pending()] == ["noshi", "insert:WELCOME"]
        scan(core, "BADGE:P-1001")
        assert scan(core, "CMD:UNDO").kind is Kind.UNDONE   # the wrapping, then the unit
        assert [step.id for step in core.pack.steps.pending()] == [
            "wrapping", "noshi", "insert:WELCOME"]
        assert scan(core, "CMD:UNDO").message.render().startswith("Undone: 1 ×")
    finally:
        core.close()
