"""A hub double on loopback for the station's side of sync: it answers pushes with whatever
the test scripts (garbage included), serves an empty feed, and counts what it receives."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

from sync.hub.server import HubThread

# Given the events pushed (wire dicts), the response to send.
Answer = Callable[[list[dict[str, Any]]], Response]


def answer_each(status: Callable[[dict[str, Any]], str], reason: str | None = None) -> Answer:
    """A well-formed answer: one result per event with the status `status(event)` gives."""
    def answer(events: list[dict[str, Any]]) -> Response:
        return JSONResponse({"results": [{"id": e["id"], "status": status(e), "reason": reason}
                                         for e in events]})
    return answer


class HubDouble:
    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.pushes: list[list[dict[str, Any]]] = []
        self.hold: threading.Event | None = None    # a push waits for it before answering
        self.pushing = threading.Event()            # set when a push arrives
        self._server = HubThread(self._app())

    @property
    def url(self) -> str:
        return self._server.url

    def __enter__(self) -> HubDouble:
        self._server.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.stop()

    def _app(self) -> FastAPI:
        app = FastAPI()

        @app.post("/v1/sites/{site}/events")
        def push(site: str, body: dict[str, Any]) -> Response:
            self.pushes.append(body["events"])
            self.pushing.set()
            if self.hold is not None:
                self.hold.wait(30)
            return self.answer(body["events"])

        @app.get("/v1/sites/{site}/feed")
        def feed(site: str, request: Request) -> dict[str, Any]:
            after = int(request.query_params.get("after", 0))
            return {"records": [], "cursor": after, "head": after}

        return app
