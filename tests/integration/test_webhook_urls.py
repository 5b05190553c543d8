"""Webhook URLs and server-side request forgery: a brand's key cannot make the hub POST to
loopback, the warehouse's private network, link-local (cloud metadata) or a non-http
scheme, neither when registering nor at delivery, unless the hub allows private receivers
(`serve --allow-private-webhooks`, what these loopback tests need)."""

from __future__ import annotations

import ipaddress
from datetime import UTC, datetime

import httpx
import pytest

from sync.hub import webhook_urls, webhooks
from sync.hub.oms_keys import add_client
from tests import sync_support
from tests.integration.test_oms_api import Oms, an_order, pack
from tests.webhook_support import Receiver

hub = sync_support.hub
postgres = sync_support.postgres
SECRET = "whsec_0123456789abcdef"

REFUSED = ["http://127.0.0.1:8765/hooks", "http://localhost/hooks", "http://10.1.2.3/",
           "http://172.16.0.9/", "http://192.168.1.20/", "http://169.254.169.254/latest/",
           "http://[::1]/", "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/",
           "http://0.0.0.0/", "http://100.64.0.1/", "http://224.0.0.1/"]


@pytest.mark.parametrize("url", REFUSED)
def test_a_private_loopback_or_link_local_receiver_is_refused_unless_allowed(url):
    found = webhook_urls.problem(url, allow_private=False)
    assert found is not None
    assert "--allow-private-webhooks" in found
    assert webhook_urls.problem(url, allow_private=True) is None


@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd",
                                 "gopher://127.0.0.1/", "//no-scheme.example/"])
def test_only_http_and_https_are_sent_to_even_when_private_is_allowed(url):
    for allow in (False, True):
        found = webhook_urls.problem(url, allow_private=allow)
        assert found is not None
        assert "http or https" in found


def test_a_public_address_is_accepted():
    assert webhook_urls.problem("https://93.184.215.14/hooks", allow_private=False) is None
    assert webhook_urls.problem("http://[2606:4700::6810:85e5]/", allow_private=False) is None


def test_an_unresolvable_host_is_refused_with_its_name():
    found = webhook_urls.problem("https://no-such-host.invalid/hooks", allow_private=False)
    assert found == "the webhook host no-such-host.invalid cannot be resolved"


@pytest.fixture
def receiver():
    running = Receiver()
    yield running
    running.close()


def test_the_api_refuses_a_loopback_url_by_default_and_takes_it_when_allowed(hub, receiver):
    kaze = Oms(hub, add_client(hub.engine, ["KAZE"], "kaze-shop")[1])
    try:
        refused = kaze.http.post("/v1/oms/webhooks",
                                 json={"url": receiver.url, "secret": SECRET})
        assert refused.status_code == 400
        assert "loopback, private or link-local" in refused.json()["detail"]
        webhooks.use_policy(hub.server.app, webhooks.DeliveryPolicy(private_urls=True))
        taken = kaze.http.post("/v1/oms/webhooks", json={"url": receiver.url,
                                                         "secret": SECRET})
        assert taken.status_code == 201, taken.text
        kaze.post(an_order("W-1"))
        pack(hub, "W-1")
    finally:
        kaze.http.close()
    # A hub that does not allow private receivers does not send there, whatever is stored.
    now = datetime.now(UTC)
    with httpx.Client(transport=webhook_urls.Guarded(allow_private=False)) as http:
        assert webhooks.run_once(hub.engine, http, now) == 1
    with hub.engine.connect() as conn:
        [waiting] = webhooks.pending(conn)
    assert waiting["last_error"].startswith("RefusedAddress: the webhook host 127.0.0.1")
    assert receiver.received == []
    with httpx.Client(transport=webhook_urls.Guarded(allow_private=True)) as http:
        webhooks.run_once(hub.engine, http, now + webhooks.LONGEST_WAIT)
    assert [event["order_id"] for event in receiver.events()] == ["W-1"]


class FlippingDns:
    """A name that resolves to the checked address once, then elsewhere (DNS rebinding)."""

    def __init__(self, first: str, then: str) -> None:
        self.answers = [first, then]
        self.asked: list[str] = []

    def __call__(self, host: str, port: int) -> list[webhook_urls.Address]:
        self.asked.append(host)
        answer = self.answers[0] if len(self.asked) == 1 else self.answers[1]
        return [ipaddress.ip_address(answer)]


def test_a_delivery_connects_to_the_address_it_checked_with_the_names_host_header(receiver):
    # Loopback stands in for a public address here (the rules are the fake's); the name
    # does not exist, so only the checked address can have been connected to.
    port = receiver.server.server_address[1]
    dns = FlippingDns("127.0.0.1", "10.9.9.9")
    transport = webhook_urls.Guarded(allow_private=False, resolver=dns,
                                     public=lambda address: address.is_loopback)
    with httpx.Client(transport=transport) as http:
        answer = http.post(f"http://oms-hooks.invalid:{port}/hooks", content=b"{}",
                           headers={webhooks.EVENT_ID_HEADER: "PACK-01:1"})
        assert answer.status_code == 204
        with pytest.raises(webhook_urls.RefusedAddress, match=r"10\.9\.9\.9"):
            http.post(f"http://oms-hooks.invalid:{port}/hooks", content=b"{}")
    [(headers, _)] = receiver.received
    assert headers["Host"] == f"oms-hooks.invalid:{port}"
    assert dns.asked == ["oms-hooks.invalid", "oms-hooks.invalid"]
