"""Where the hub may send webhooks: http(s) URLs whose host resolves only to public
addresses. A brand's key must not make the hub POST into the warehouse network or to its own
loopback (server-side request forgery), so loopback, private, link-local (cloud metadata at
169.254.169.254), multicast, reserved and unspecified addresses are refused, unless the hub
runs with `--allow-private-webhooks` (tests, and an OMS inside the same network).

The URL is checked when it is registered and again before every delivery (`Guarded`), since
what a name resolves to changes, and the delivery then connects to the address that was
checked (the Host header and TLS server name stay the URL's), so a name that resolves
elsewhere a moment later (DNS rebinding) cannot slip past. Redirects are never followed
(httpx's default)."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

import httpx

SCHEMES = frozenset({"http", "https"})

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[Address]]


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
    return vet(url, allow_private=allow_private)[0]


def vet(url: str, *, allow_private: bool, resolver: Resolver = resolve,
        public: Callable[[Address], bool] = is_public) -> tuple[str | None, Address | None]:
    """(why not, None), or (None, the public address to connect to); (None, None) when
    private addresses are allowed (nothing is resolved then). `resolver` and `public` are
    DNS and the address rules, replaced by a test's fakes."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        return (f"a webhook URL must be http or https, not"
                f" {parts.scheme or 'without a scheme'}"), None
    if not parts.hostname:
        return "a webhook URL must name a host", None
    if allow_private:
        return None, None
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        addresses = resolver(parts.hostname, port)
    except (OSError, ValueError, UnicodeError):
        return f"the webhook host {parts.hostname} cannot be resolved", None
    private = sorted({str(address) for address in addresses if not public(address)})
    if private or not addresses:
        return (f"the webhook host {parts.hostname} resolves to a loopback, private or"
                f" link-local address ({', '.join(private)}); the hub does not send there"
                " unless it runs with --allow-private-webhooks"), None
    return None, addresses[0]


class RefusedAddress(httpx.TransportError):
    """A delivery the hub refused to send (recorded as the delivery's last error)."""


class Guarded(httpx.HTTPTransport):
    """httpx's transport that checks each request's URL first and connects to the address
    it checked."""

    def __init__(self, *, allow_private: bool, resolver: Resolver = resolve,
                 public: Callable[[Address], bool] = is_public) -> None:
        super().__init__()
        self.allow_private = allow_private
        self.resolver = resolver
        self.public = public

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        found, address = vet(str(request.url), allow_private=self.allow_private,
                             resolver=self.resolver, public=self.public)
        if found is not None:
            raise RefusedAddress(found, request=request)
        if address is not None and request.url.host != str(address):
            # The Host header was set from the URL when the request was built; TLS checks
            # the certificate against the name, not the address.
            request.extensions = {**request.extensions, "sni_hostname": request.url.host}
            request.url = request.url.copy_with(host=str(address))
        return super().handle_request(request)
