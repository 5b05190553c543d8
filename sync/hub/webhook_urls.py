"""Where the hub may send webhooks: http(s) URLs whose host resolves only to public
addresses. A brand's key must not make the hub POST into the warehouse network or to its own
loopback (server-side request forgery), so loopback, private, link-local (cloud metadata at
169.254.169.254), multicast, reserved and unspecified addresses are refused, unless the hub
runs with `--allow-private-webhooks` (tests, and an OMS inside the same network).

The URL is checked when it is registered and again before every delivery (`Guarded`), since
what a name resolves to changes; redirects are never followed (httpx's default)."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

import httpx

SCHEMES = frozenset({"http", "https"})

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_public(address: Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def resolve(host: str, port: int) -> list[Address]:
    """Every address `host` resolves to (an address literal is itself)."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


def problem(url: str, *, allow_private: bool) -> str | None:
    """Why the hub will not send to `url`; None when it will."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        return f"a webhook URL must be http or https, not {parts.scheme or 'without a scheme'}"
    if not parts.hostname:
        return "a webhook URL must name a host"
    if allow_private:
        return None
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        addresses = resolve(parts.hostname, port)
    except (OSError, ValueError, UnicodeError):
        return f"the webhook host {parts.hostname} cannot be resolved"
    private = sorted({str(address) for address in addresses if not is_public(address)})
    if private or not addresses:
        return (f"the webhook host {parts.hostname} resolves to a loopback, private or"
                f" link-local address ({', '.join(private)}); the hub does not send there"
                " unless it runs with --allow-private-webhooks")
    return None


class RefusedAddress(httpx.TransportError):
    """A delivery the hub refused to send (recorded as the delivery's last error)."""


class Guarded(httpx.HTTPTransport):
    """httpx's transport that checks each request's URL first."""

    def __init__(self, *, allow_private: bool) -> None:
        super().__init__()
        self.allow_private = allow_private

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        found = problem(str(request.url), allow_private=self.allow_private)
        if found is not None:
            raise RefusedAddress(found, request=request)
        return super().handle_request(request)
