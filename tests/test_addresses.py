"""Which addresses the server may fetch from (diplocal/addresses.py): one case a line."""

from __future__ import annotations

import ipaddress

import pytest

from diplocal.addresses import AddressGuard, kind_of, parse_allowed
from diplocal.errors import InvalidParameter
from diplocal.settings import Settings


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("93.184.216.34", None),  # a public address
        ("2606:4700:4700::1111", None),
        ("127.0.0.1", "a loopback address"),
        ("127.45.6.7", "a loopback address"),  # all of 127/8
        ("::1", "a loopback address"),
        ("0.0.0.0", "an unspecified address (this host)"),
        ("::", "an unspecified address (this host)"),
        ("169.254.169.254", "a link-local address (where clouds serve their metadata)"),
        ("fe80::1", "a link-local address (where clouds serve their metadata)"),
        ("10.1.2.3", "a private network address"),
        ("172.16.0.1", "a private network address"),
        ("192.168.0.1", "a private network address"),
        ("fd00::1", "a private network address"),
        ("224.0.0.1", "a multicast address"),
        ("239.255.255.250", "a multicast address"),
        ("ff02::1", "a multicast address"),
        ("100.64.0.1", "not a public address"),  # carrier-grade NAT
        ("240.0.0.1", "a private network address"),  # reserved, and private to Python
        ("::ffff:127.0.0.1", "a loopback address"),  # an IPv4 address written in IPv6
        ("::ffff:10.0.0.1", "a private network address"),
        ("2002:7f00:1::", "a loopback address"),  # 6to4 around 127.0.0.1
        ("::ffff:93.184.216.34", None),
    ],
)
def test_the_kind_of_an_address(address: str, kind: str | None) -> None:
    assert kind_of(ipaddress.ip_address(address)) == kind


@pytest.mark.parametrize(
    ("allowed", "host", "address", "permitted"),
    [
        ((), "feeds.internal", "10.0.0.5", False),
        (("feeds.internal",), "feeds.internal", "10.0.0.5", True),  # by name
        (("FEEDS.internal",), "feeds.INTERNAL", "10.0.0.5", True),  # any case
        (("feeds.internal",), "other.internal", "10.0.0.5", False),  # a name allows only itself
        (("10.0.0.0/8",), "anything.internal", "10.9.8.7", True),  # by network
        (("10.0.0.0/8",), "anything.internal", "192.168.1.1", False),
        (("10.0.0.5",), "10.0.0.5", "10.0.0.5", True),  # by address
        (("fd00::/8",), "v6.internal", "fd00::5", True),
        (("[::1]",), "::1", "::1", True),
    ],
)
def test_what_an_operator_allows(allowed: tuple[str, ...], host: str, address: str, permitted: bool) -> None:
    assert (AddressGuard(allowed).permits(host, ipaddress.ip_address(address)) is None) is permitted


def test_the_allow_list_setting() -> None:
    settings = Settings.from_env({"DIPLOCAL_FETCH_ALLOWED_HOSTS": "feeds.internal, 10.0.0.0/8  [::1]"})
    assert settings.fetch_allowed_hosts == ("feeds.internal", "10.0.0.0/8", "[::1]")
    assert Settings.from_env({}).fetch_allowed_hosts == ()


@pytest.mark.parametrize(("value", "says"), [("10.0.0.0/33", "not a network"), ("*.internal", "not a host name")])
def test_a_bad_allow_list_entry_is_named(value: str, says: str) -> None:
    with pytest.raises(InvalidParameter, match=says) as caught:
        parse_allowed(value)
    assert caught.value.parameter == "DIPLOCAL_FETCH_ALLOWED_HOSTS"
    assert value in str(caught.value)
