"""Reading the hub's answer to a push: one verdict for every id sent, or an error."""

from __future__ import annotations

import pytest

from sync.answers import Outcome, Verdict, read_push_answer
from sync.client import HubAnswerError, HubUnavailableError

SENT = ["e1", "e2", "e3"]


def answer(*results):
    return {"results": list(results)}


def test_every_outcome_is_read_with_its_reason():
    verdicts = read_push_answer(SENT, answer(
        {"id": "e3", "status": "conflict", "reason": "packed at PACK-02"},
        {"id": "e1", "status": "applied", "reason": None},
        {"id": "e2", "status": "rejected", "reason": "order cancelled"}))
    assert verdicts == {"e1": Verdict(Outcome.APPLIED, ""),
                        "e2": Verdict(Outcome.REJECTED, "order cancelled"),
                        "e3": Verdict(Outcome.CONFLICT, "packed at PACK-02")}
    assert [verdicts[i].outcome.delivered for i in SENT] == [True, False, False]


@pytest.mark.parametrize(("body", "says"), [
    (answer(*({"id": i, "status": "error"} for i in SENT)), "'error'"),
    (answer({"id": "e1", "status": "applied"}), "did not answer for 2 of 3"),
    (answer(*({"id": i, "status": "applied"} for i in [*SENT, "zz"])), "not sent"),
    (answer(*({"id": i, "status": "applied"} for i in [*SENT, "e1"])), "twice"),
    ([], "no list of results"),
    ({"results": {"e1": "applied"}}, "no list of results"),
    (answer("applied"), "not an object"),
    (answer({"status": "applied"}), "no event id"),
    (answer(*({"id": i, "status": "rejected", "reason": 5} for i in SENT)), "not text"),
])
def test_an_answer_that_cannot_be_trusted_is_an_error_with_backoff(body, says):
    with pytest.raises(HubAnswerError, match=says) as raised:
        read_push_answer(SENT, body)
    assert isinstance(raised.value, HubUnavailableError)    # the worker backs off
