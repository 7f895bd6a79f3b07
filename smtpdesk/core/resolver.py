"""Name look-ups: the system's resolver, or the one DNS server `SMTPDESK_DNS` names (CONTRACT §3).

`addresses()` finds a mail server's addresses as getaddrinfo does (a name that does not
resolve raises `socket.gaierror`, whichever resolver answered), `addresses_blocking()` the
same for code that runs in a worker thread (imaplib); `name_service_works()` tells
"this computer cannot look up any name" (offline, or DNS not working) from "this one name
does not exist", by looking up a name that exists from anywhere.
"""

from __future__ import annotations

import asyncio
import ipaddress
import os
import socket
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import dns.asyncresolver

# names that resolve from any network that reaches the internet: a root name server's and
# a big provider's (from the provider database); the first one that is not the failed name
WELL_KNOWN_NAMES = ("a.root-servers.net", "smtp.gmail.com")


def configured_server() -> tuple[str, int] | None:
    """SMTPDESK_DNS=ADDRESS[:PORT] (an IPv6 address in brackets with a port), else None."""
    value = os.environ.get("SMTPDESK_DNS", "").strip()
    if not value:
        return None
    if value.startswith("["):
        address, _, rest = value[1:].partition("]")
        port = rest.removeprefix(":")
    elif value.count(":") == 1:
        address, _, port = value.partition(":")
    else:  # a bare IPv4 or IPv6 address
        address, port = value, ""
    try:
        return address, int(port) if port else 53
    except ValueError:
        raise ValueError(f"SMTPDESK_DNS={value!r}: expected ADDRESS[:PORT]") from None


def dns_resolver() -> dns.asyncresolver.Resolver:
    """A dnspython async resolver: the SMTPDESK_DNS server, else the system's settings."""
    import dns.asyncresolver

    server = configured_server()
    if server is None:
        return dns.asyncresolver.Resolver()
    resolver = dns.asyncresolver.Resolver(configure=False)
    resolver.nameservers = [server[0]]
    resolver.port = server[1]
    return resolver


def ascii_host(host: str) -> str:
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


async def addresses(host: str, port: int, timeout: float) -> list[tuple[Any, ...]]:
    """[(family, type, proto, sockaddr)] for a TCP connection to host:port, each once.

    A name that does not resolve, or a look-up with no answer in time, raises
    socket.gaierror (EAI_NONAME when the name does not exist, EAI_AGAIN otherwise)."""
    if configured_server() is not None:
        return await _addresses_from_server(ascii_host(host), port, timeout)
    loop = asyncio.get_running_loop()
    try:
        infos = await asyncio.wait_for(
            loop.getaddrinfo(ascii_host(host), port, type=socket.SOCK_STREAM), timeout
        )
    except TimeoutError:
        raise socket.gaierror(socket.EAI_AGAIN, "no answer from the name service") from None
    return _unique(infos)


def addresses_blocking(host: str, port: int, timeout: float) -> list[tuple[Any, ...]]:
    """`addresses()` for a worker thread (imaplib): the same answers, the same errors."""
    if configured_server() is not None:
        lookups = _Lookups(ascii_host(host), port)
        if lookups.literal is None:
            resolver = _sync_resolver()
            for record_type in lookups.wanted():
                try:
                    lookups.take(
                        record_type, resolver.resolve(lookups.host, record_type, lifetime=timeout)
                    )
                except Exception as exc:  # sorted out by `failed` (an unexpected one re-raised)
                    if lookups.failed(exc):
                        break
        return lookups.result()
    infos = socket.getaddrinfo(ascii_host(host), port, type=socket.SOCK_STREAM)
    return _unique(infos)


def _unique(infos: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    seen, unique = set(), []
    for family, type_, proto, _, address in infos:
        if address not in seen:
            seen.add(address)
            unique.append((family, type_, proto, address))
    return unique


def _sync_resolver() -> Any:
    import dns.resolver

    server = configured_server()
    assert server is not None
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = [server[0]]
    resolver.port = server[1]
    return resolver


class _Lookups:
    """The A and AAAA answers of the SMTPDESK_DNS server for one name, as getaddrinfo gives
    them (one class for the async and the blocking look-up)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        try:
            self.literal: Any = ipaddress.ip_address(host)
        except ValueError:
            self.literal = None
        self.found: list[tuple[Any, ...]] = []
        self.unreachable = False

    @staticmethod
    def wanted() -> tuple[str, str]:
        return ("A", "AAAA")

    def take(self, record_type: str, answer: Any) -> None:
        family = socket.AF_INET if record_type == "A" else socket.AF_INET6
        for record in answer:
            sockaddr = (
                (record.address, self.port)
                if family == socket.AF_INET
                else (record.address, self.port, 0, 0)
            )
            self.found.append((family, socket.SOCK_STREAM, socket.IPPROTO_TCP, sockaddr))

    def failed(self, exc: Exception) -> bool:
        """A look-up failed: True when the server does not answer (no second wait)."""
        import dns.exception
        import dns.resolver

        if isinstance(exc, (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer)):
            return False
        if isinstance(
            exc,
            (
                dns.resolver.NoNameservers,
                dns.exception.Timeout,
                dns.resolver.NoResolverConfiguration,
                OSError,
            ),
        ):
            self.unreachable = True
            return True
        raise exc

    def result(self) -> list[tuple[Any, ...]]:
        if self.literal is not None:
            family = socket.AF_INET6 if self.literal.version == 6 else socket.AF_INET
            sockaddr = (
                (self.host, self.port, 0, 0)
                if self.literal.version == 6
                else (self.host, self.port)
            )
            return [(family, socket.SOCK_STREAM, socket.IPPROTO_TCP, sockaddr)]
        if self.found:
            return self.found
        if self.unreachable:
            raise socket.gaierror(socket.EAI_AGAIN, "no answer from the name service")
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


async def _addresses_from_server(host: str, port: int, timeout: float) -> list[tuple[Any, ...]]:
    lookups = _Lookups(host, port)
    if lookups.literal is None:
        resolver = dns_resolver()
        for record_type in lookups.wanted():
            try:
                lookups.take(
                    record_type, await resolver.resolve(host, record_type, lifetime=timeout)
                )
            except Exception as exc:  # sorted out by `failed` (an unexpected one re-raised)
                if lookups.failed(exc):
                    break  # the server does not answer: no second wait for the AAAA records
    return lookups.result()


async def name_service_works(failed_host: str, timeout: float) -> bool:
    """Does a name that exists from anywhere resolve? False: offline, or DNS not working."""
    failed = ascii_host(failed_host).lower().rstrip(".")
    name = next(n for n in WELL_KNOWN_NAMES if n != failed)
    try:
        await addresses(name, 25, timeout)
    except (OSError, TimeoutError):
        return False
    return True
