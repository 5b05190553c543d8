"""Japanese wording the review found wrong (review item 13): no stray space inside a phrase."""

from __future__ import annotations

from station.messages import catalogue
from station.metrics.definitions import Metric


def test_wrong_items_per_100_units_has_no_stray_space_in_japanese():
    assert catalogue("ja").render(Metric.WRONG_PER_100.label) == "100点あたりの誤スキャン"
