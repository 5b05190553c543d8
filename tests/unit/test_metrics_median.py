"""Medians of pack-time histograms: (whole seconds, orders) pairs sorted by seconds."""

from __future__ import annotations

import statistics

from hypothesis import given
from hypothesis import strategies as st

from station.metrics.compute import median


def test_no_orders_have_no_median():
    assert median(()) is None


def test_an_odd_count_takes_the_middle_order_and_an_even_count_the_mean_of_two():
    assert median(((5, 1), (9, 1), (30, 1))) == 9
    assert median(((6, 1), (41, 1))) == 23.5
    assert median(((10, 3), (12, 1))) == 10


@given(st.lists(st.integers(min_value=0, max_value=600), min_size=1, max_size=200))
def test_the_histogram_median_is_the_median_of_the_values(values):
    histogram = tuple((value, values.count(value)) for value in sorted(set(values)))
    assert median(histogram) == statistics.median(values)
