"""After a restart with a return open, the inspector's badge brings the screen back with
"resumed" and what to scan next, not a bare "Signed in" (issue 13 item 10)."""

from __future__ import annotations

import pytest

from station.core import open_core
from station.returns import rmas
from station.returns.outcomes import ReturnsKind as K
from station.returns.setup import open_returns
from tests.returns_support import INSPECTOR, answer_scans, item_code, returns_session, scan
from ui.returns.screen import ReturnsScreen


def _restarted_screen(qtbot, file_core, settings, clock, *, open_item: bool):
    before = returns_session(file_core, camera=None)
    rma = rmas.get_rma(file_core.store.conn, "RMA-5002")
    assert rma is not None
    texts = [INSPECTOR, "RMA-5002"]
    if open_item:
        texts.append(item_code(file_core, rma.lines[0].sku))
    for text in texts:
        scan(before, text)
    if open_item:
        for text in answer_scans(before, "C")[:2]:
            scan(before, text)
    restarted = open_core(settings, clock)
    screen = ReturnsScreen(open_returns(restarted))
    qtbot.addWidget(screen)
    return screen, restarted


@pytest.fixture
def restart(qtbot, file_core, settings, clock):
    return lambda open_item: _restarted_screen(qtbot, file_core, settings, clock,
                                               open_item=open_item)


@pytest.mark.parametrize(("open_item", "said"), [
    (True, "Resumed where the station stopped"), (False, "RMA-5002 is still open")])
def test_the_badge_after_a_restart_says_the_return_resumed(restart, open_item, said):
    screen, restarted = restart(open_item)
    try:
        screen.handle_scan(INSPECTOR)
        assert screen.last_outcome.kind is K.RESUMED
        assert said in screen.banner.text()
        assert "Signed in" not in screen.banner.text()
    finally:
        restarted.close()


def test_a_badge_with_nothing_open_still_says_signed_in(qtbot, file_core):
    screen = ReturnsScreen(returns_session(file_core, camera=None))
    qtbot.addWidget(screen)
    screen.handle_scan(INSPECTOR)
    assert screen.last_outcome.kind is K.SIGNED_IN
    assert screen.banner.text().startswith("Signed in")
