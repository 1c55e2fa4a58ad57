"""Which network addresses the server may fetch from: public ones, and the hosts an operator
allows; never its own loopback, a private network, link-local addresses (cloud metadata at
169.254.169.254) or multicast.

A URL's host is checked on the addresses it resolves to, at the moment of connecting, and
the connection is made to the address that was checked (so a name that resolves to a public
address for the check and a private one a moment later gains nothing). urllib connects anew
for every redirect, so every hop is checked the same way. The command line, run by the
operator, fetches without this guard.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from diplocal.errors import InvalidParameter

# socket.create_connection's "no timeout given" (not in the typeshed stubs).
_NO_TIMEOUT: Any = getattr(socket, "_GLOBAL_DEFAULT_TIMEOUT", None)
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class AddressRefused(OSError):
    """A connection the guard refuses: ``host`` resolves only to addresses it may not reach.

    An ``OSError``, so urllib reports it as it reports a refused connection (a ``URLError``
    whose ``reason`` is this), and nothing is sent."""

    def __init__(self, host: str, address: IPAddress, kind: str) -> None:
        self.host = host
        self.address = address
        self.kind = kind
        named = host if _same_address(host, address) else f"{host} ({address})"
        super().__init__(f"{named} is {kind}")


def kind_of(address: IPAddress) -> str | None:
    """Why the server may not fetch from ``address`` ("a loopback address", ...), or None
    when it is a public address."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour or (address.teredo[1] if address.teredo else None)
        if embedded is not None:  # an IPv4 address written in IPv6: it is what the IPv4 one is
            return kind_of(embedded)
    if address.is_loopback:
        return "a loopback address"
    if address.is_unspecified:
        return "an unspecified address (this host)"
    if address.is_link_local:
        return "a link-local address (where clouds serve their metadata)"
    if address.is_multicast:
        return "a multicast address"
    if address.is_private:
        return "a private network address"
    if address.is_reserved or not address.is_global:
        return "not a public address"
    return None


@dataclass(frozen=True, slots=True)
class AddressGuard:
    """Public addresses only, and what ``allowed`` names: host names (any case), IP
    addresses or networks ("10.1.2.3", "10.0.0.0/8", "fd00::/8")."""

    allowed: tuple[str, ...] = ()

    @property
    def _names(self) -> frozenset[str]:
        return frozenset(entry.lower().strip("[]") for entry in self.allowed if _network(entry) is None)

    @property
    def _networks(self) -> tuple[IPNetwork, ...]:
        return tuple(network for entry in self.allowed if (network := _network(entry)) is not None)

    def permits(self, host: str, address: IPAddress) -> str | None:
        """None when the server may connect to ``address`` for ``host``, else why not."""
        if host.lower().strip("[]") in self._names or any(address in network for network in self._networks):
            return None
        return kind_of(address)

    def connect(
        self, address: tuple[str, int], timeout: Any = _NO_TIMEOUT, source_address: Any = None
    ) -> socket.socket:
        """``socket.create_connection`` that connects only to addresses :meth:`permits`.

        Raises :class:`AddressRefused` when ``address``'s host resolves to none of them, and
        what ``socket`` raises otherwise (a failed lookup, a refused connection)."""
        host, port = address
        refused: AddressRefused | None = None
        failure: OSError | None = None
        for family, kind, protocol, _name, target in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
            ip = ipaddress.ip_address(str(target[0]).split("%", 1)[0])
            why = self.permits(host, ip)
            if why is not None:
                refused = refused or AddressRefused(host, ip, why)
                continue
            connection = socket.socket(family, kind, protocol)
            try:
                if timeout is not _NO_TIMEOUT:
                    connection.settimeout(timeout)
                if source_address:
                    connection.bind(source_address)
                connection.connect(target)
                return connection
            except OSError as error:
                connection.close()
                failure = error
        if failure is not None:
            raise failure
        if refused is not None:
            raise refused
        raise OSError(f"{host} has no address to connect to")


def parse_allowed(value: str, name: str = "DIPLOCAL_FETCH_ALLOWED_HOSTS") -> tuple[str, ...]:
    """The entries of an allow list: separated by commas or spaces; host names, IP addresses
    or networks. Raises :class:`InvalidParameter` naming an entry that is none of them."""
    entries = tuple(entry for entry in value.replace(",", " ").split() if entry)
    for entry in entries:
        if "/" in entry and _network(entry) is None:
            raise InvalidParameter(
                f"{name} holds {entry!r}, which is not a network",
                parameter=name,
                hint="give host names, addresses or networks such as 10.0.0.0/8, separated by commas",
            )
        if "/" not in entry and not _host_like(entry):
            raise InvalidParameter(
                f"{name} holds {entry!r}, which is not a host name or address",
                parameter=name,
                hint="give host names (feeds.internal.example), addresses or networks, separated by commas",
            )
    return entries


def _same_address(host: str, address: IPAddress) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")) == address
    except ValueError:
        return False


def _network(entry: str) -> IPNetwork | None:
    try:
        return ipaddress.ip_network(entry.strip("[]"), strict=False)
    except ValueError:
        return None


def _host_like(entry: str) -> bool:
    text = entry.strip("[]")
    return bool(text) and all(part.replace("-", "").replace("_", "").isalnum() for part in _labels(text, ".:"))


def _labels(text: str, separators: Iterable[str]) -> list[str]:
    parts = [text]
    for separator in separators:
        parts = [piece for part in parts for piece in part.split(separator)]
    return [part for part in parts if part]
