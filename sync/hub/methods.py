"""`Allow` on a 405 names every method of the path. Starlette answers 405 from the first route
whose path matches, so /files/{sha256} (PUT to upload, GET to download, two routes) said only
`Allow: PUT`."""

from __future__ import annotations

from starlette.routing import Match, Router

from sync.hub.limits import App, Message, Receive, Scope, Send

_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


class AllowedMethods:
    def __init__(self, app: App, router: Router) -> None:
        self.app = app
        self.router = router

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_allow(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 405:
                headers = [(name, value) for name, value in message.get("headers", [])
                           if name.lower() != b"allow"]
                headers.append((b"allow", ", ".join(self.allowed(scope)).encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_allow)

    def allowed(self, scope: Scope) -> list[str]:
        return [method for method in _METHODS
                if any(route.matches({**scope, "method": method})[0] is Match.FULL
                       for route in self.router.routes)]
