"""The station token, checked in the ASGI layer before anything reads a request's body: an
anonymous 19 MiB upload is answered 401 at once instead of being buffered first (the body
limit and the routes only ever see requests of a known station)."""

from __future__ import annotations

import json

import anyio.to_thread
from sqlalchemy import Engine

from sync.hub.limits import App, Receive, Scope, Send
from sync.hub.stations import StationIdentity, identify

STATION_PATHS = "/v1/sites/"
STATE_KEY = "station"                    # request.state.station: the caller's StationIdentity


class StationAuth:
    """Answers 401 to a request under /v1/sites/ without a valid, unrevoked bearer token;
    otherwise puts the caller's identity in the request state for `deps.current_station`."""

    def __init__(self, app: App, engine: Engine) -> None:
        self.app = app
        self.engine = engine

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(STATION_PATHS):
            await self.app(scope, receive, send)
            return
        token = bearer_token(scope)
        if token is None:
            await _unauthorised(send, "a station token is required")
            return
        who = await anyio.to_thread.run_sync(self._identify, token)
        if who is None:
            await _unauthorised(send, "unknown or revoked token")
            return
        scope.setdefault("state", {})[STATE_KEY] = who
        await self.app(scope, receive, send)

    def _identify(self, token: str) -> StationIdentity | None:
        with self.engine.connect() as conn:
            return identify(conn, token)


def bearer_token(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name.lower() == b"authorization":
            scheme, _, rest = bytes(value).decode("latin-1").partition(" ")
            token = rest.strip()
            if scheme.lower() == "bearer" and token:
                return token
            return None
    return None


async def _unauthorised(send: Send, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": 401,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"www-authenticate", b"Bearer")]})
    await send({"type": "http.response.body", "body": body})
