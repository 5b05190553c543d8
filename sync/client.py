"""The station's HTTP client for the hub (httpx). Network trouble and refusals become two
exceptions the worker turns into its status; nothing here retries."""

from __future__ import annotations

from typing import Any

import httpx

from station.journal import Event


class HubUnavailableError(Exception):
    """No answer, or an answer that says: try again later (timeouts, resets, 5xx, 429)."""


class HubAnswerError(HubUnavailableError):
    """The hub answered 200 with something that cannot be trusted (see sync.answers): nothing
    of it is recorded, and the worker backs off as for an unreachable hub."""


class HubRefusedError(Exception):
    """The hub understood and said no (bad token, wrong site, too large): retrying the same
    request will not help until someone changes the configuration."""

    def __init__(self, status_code: int, detail: str) -> None:
        super().__init__(f"{status_code}: {detail}")
        self.status_code = status_code
        self.detail = detail


class HubClient:
    def __init__(self, url: str, token: str, site: str, timeout_s: float = 10.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.site = site
        self._http = httpx.Client(base_url=url.rstrip("/"), timeout=timeout_s,
                                  headers={"Authorization": f"Bearer {token}"},
                                  transport=transport)

    def close(self) -> None:
        self._http.close()

    def push(self, events: list[Event]) -> Any:
        """The hub's answer as it came (JSON); `sync.answers` decides what it says."""
        body = {"events": [event.to_wire() for event in events]}
        return self._call("POST", f"/v1/sites/{self.site}/events", json=body)

    def feed(self, after: int, limit: int) -> dict[str, Any]:
        return _object(self._call("GET", f"/v1/sites/{self.site}/feed",
                                  params={"after": after, "limit": limit}))

    def snapshot(self) -> dict[str, Any]:
        return _object(self._call("GET", f"/v1/sites/{self.site}/snapshot"))

    def put_file(self, sha256: str, content: bytes) -> dict[str, Any]:
        return _object(self._call("PUT", f"/v1/sites/{self.site}/files/{sha256}",
                                  content=content,
                                  headers={"Content-Type": "application/octet-stream"}))

    def claim_block(self, kind: str, size: int) -> dict[str, Any]:
        """A block of number serials for this station (see sync/blocks.py)."""
        return _object(self._call("POST", f"/v1/sites/{self.site}/number-blocks",
                                  json={"kind": kind, "size": size}))

    def throughput(self, first: str, last: str) -> dict[str, Any]:
        """The site's figures for the days `first` to `last` (YYYY-MM-DD), every station's
        synced events counted with the station's own metric definitions."""
        return _object(self._call("GET", f"/v1/sites/{self.site}/throughput",
                                  params={"first": first, "last": last}))

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.HTTPError as error:
            raise HubUnavailableError(f"{type(error).__name__}: {error}") from error
        if response.status_code >= 500 or response.status_code in (408, 429):
            raise HubUnavailableError(f"hub answered {response.status_code}")
        if response.status_code >= 400:
            try:
                body = response.json()
            except ValueError:
                body = None
            detail = (str(body.get("detail")) if isinstance(body, dict)
                      else response.text[:200])
            raise HubRefusedError(response.status_code, detail)
        try:
            return response.json()
        except ValueError as error:
            raise HubAnswerError("the hub's answer was not JSON") from error


def _object(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise HubAnswerError("the hub's answer is not a JSON object")
    return data
