"""Finding outgoing-mail settings for an address.

Owns the bundled provider database (`resources/providers/*.xml`: Thunderbird autoconfig
`clientConfig` files plus smtpdesk's own `sd:` elements for limits, help links and the source
of every fact) and the search that runs when the database has no answer: DNS SRV
(RFC 6186), MX, then probing guessed hosts. It opens no socket itself: probing goes through
`smtpdesk.core.transport.probe` or an injected prober.

An address that is not an address (no @, bad domain) raises `ValueError`
(`smtpdesk.core.address.AddressError`); an address nothing is known about gives `None`.
"""

from __future__ import annotations

import asyncio
import functools
import json
import xml.etree.ElementTree as ElementTree
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Protocol

from smtpdesk.core.address import ascii_domain, parse_mailbox
from smtpdesk.core.resolver import dns_resolver
from smtpdesk.core.resources import resource_path

SD_NAMESPACE = "https://smtpdesk.example/ns/1"
ENCRYPTIONS = ("none", "ssl", "starttls")
SOURCES = ("database", "srv", "mx", "probe")
# the probing order: implicit TLS first, then STARTTLS, plain port 25 last
DEFAULT_PORTS: tuple[tuple[int, str], ...] = ((465, "ssl"), (587, "starttls"), (25, "none"))

_SD = "{" + SD_NAMESPACE + "}"
_SOCKET_TYPES = {"SSL": "ssl", "STARTTLS": "starttls", "plain": "none"}
_USERNAME_FORMS = {"%EMAILADDRESS%": "address", "%EMAILLOCALPART%": "localpart"}

Prober = Callable[[str, int, str, float], Awaitable[bool]]


class Resolver(Protocol):
    async def srv(self, name: str) -> list[tuple[int, int, int, str]]: ...

    async def mx(self, domain: str) -> list[tuple[int, str]]: ...


@dataclass(frozen=True)
class Candidate:
    host: str
    port: int
    encryption: str  # "none" | "ssl" | "starttls"
    source: str  # "database" | "srv" | "mx" | "probe"

    def to_json(self) -> dict[str, Any]:
        return {
            "host": self.host,
            "port": self.port,
            "encryption": self.encryption,
            "source": self.source,
        }


@dataclass(frozen=True)
class Limits:
    max_per_minute: int | None = None
    max_per_hour: int | None = None
    max_per_day: int | None = None
    max_per_connection: int | None = None
    max_recipients_per_message: int | None = None

    def to_json(self) -> dict[str, Any] | None:
        """The published limits; `max_per_day` is always there (CONTRACT §1 detect), null
        when only other limits are published. None when nothing is published."""
        present = {f.name: getattr(self, f.name) for f in fields(self)}
        present = {name: value for name, value in present.items() if value is not None}
        return {"max_per_day": self.max_per_day, **present} if present else None


@dataclass(frozen=True)
class Provider:
    id: str
    display_name: str
    domains: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    # "address" | "localpart" | a template of %EMAILLOCALPART% and %EMAILDOMAIN%
    # (some ISPDB entries: "%EMAILLOCALPART%.%EMAILDOMAIN%")
    username_form: str
    limits: Limits | None
    help_url: str | None
    app_password_url: str | None
    oauth: str | None  # "google" | "microsoft" | None
    sources: tuple[str, ...]
    mx_domains: tuple[str, ...] = ()
    # False when the sources name the server but not its port: detection probes the
    # candidates where it may, and otherwise says the port is a guess for Verify to confirm
    port_published: bool = True
    # deliverability facts (smtpdesk.core.domaincheck): the SPF include a customer domain
    # publishes when this provider's machines send its mail, the DKIM selectors the provider
    # signs with, and whether addresses here are free mailboxes anyone can open
    spf_include: str | None = None
    dkim_selectors: tuple[str, ...] = ()
    freemail: bool = False
    # the next step this provider needs after a verify code, (code, step key) pairs: the
    # words for each key live in smtpdesk/texts.py, the source of each in the file
    steps: tuple[tuple[str, str], ...] = ()
    # an entry of Thunderbird's ISPDB (MPL-2.0, resources/ispdb), read as Thunderbird does:
    # ours win wherever both know a domain
    from_ispdb: bool = False

    # the incoming servers (IMAP, encrypted only), for a copy in Sent and reading bounces
    incoming: tuple[Candidate, ...] = ()
    # the provider's documentation saying its SMTP server files what goes through it in the
    # mailbox's Sent folder itself (Gmail, Exchange Online): no copy of ours, or there are two
    keeps_sent_copy: str | None = None

    def incoming_for(self, address: str = "") -> Candidate | None:
        """This provider's incoming server for `address` (SSL/TLS first), or None."""
        if not self.incoming:
            return None
        domain = (
            address.rpartition("@")[2].lower()
            if address
            else (self.domains[0] if self.domains else "")
        )
        best = sorted(self.incoming, key=lambda c: c.encryption != "ssl")[0]
        return replace(best, host=best.host.replace("%EMAILDOMAIN%", domain))

    def step_for(self, code: str) -> str | None:
        """The key of this provider's own next step after `code`, or None."""
        return next((key for for_code, key in self.steps if for_code == code), None)

    def username_for(self, address: str) -> str:
        local, _, domain = address.rpartition("@")
        if self.username_form == "localpart":
            return local
        if "%" in self.username_form:
            return (
                self.username_form.replace("%EMAILADDRESS%", address)
                .replace("%EMAILLOCALPART%", local)
                .replace("%EMAILDOMAIN%", domain)
            )
        return address

    def proposal(self, address: str, source: str = "database") -> Detection:
        """This provider's settings for `address` (which may be "" when not typed yet)."""
        domain = (
            address.rpartition("@")[2].lower()
            if address
            else (self.domains[0] if self.domains else "")
        )
        candidates = tuple(
            Candidate(c.host.replace("%EMAILDOMAIN%", domain), c.port, c.encryption, source)
            for c in self.candidates
        )
        return Detection(
            address=address,
            provider=self.display_name.replace("%EMAILDOMAIN%", domain),
            source=source,
            host=candidates[0].host,
            port=candidates[0].port,
            encryption=candidates[0].encryption,
            username=self.username_for(address) if address else "",
            limits=self.limits.to_json() if self.limits else None,
            # the app-password page is what users most often need (DESIGN: "app-password link")
            help_url=self.app_password_url or self.help_url,
            candidates=candidates,
            confirmed=self.port_published,
        )


@dataclass(frozen=True)
class Detection:
    """A proposal for one address; `to_json()` is the CONTRACT §1 `detect` object."""

    address: str
    provider: str | None
    source: str
    host: str
    port: int
    encryption: str
    username: str
    limits: dict[str, Any] | None
    help_url: str | None
    candidates: tuple[Candidate, ...]
    # False: the provider does not publish the port and no probe has confirmed this one
    confirmed: bool = True

    def to_json(self) -> dict[str, Any]:
        return {
            "address": self.address,
            "provider": self.provider,
            "source": self.source,
            "host": self.host,
            "port": self.port,
            "encryption": self.encryption,
            "username": self.username,
            "limits": dict(self.limits) if self.limits else None,
            "help_url": self.help_url,
            "candidates": [c.to_json() for c in self.candidates],
            "confirmed": self.confirmed,
        }


class ProviderDatabase:
    """The providers of the bundled database, by address domain and by MX domain."""

    def __init__(self, providers: Iterable[Provider], ispdb: Iterable[Provider] = ()) -> None:
        ours = tuple(providers)
        known = {d for p in ours for d in p.domains}
        theirs = []
        for provider in ispdb:  # ours win: a domain both know keeps our entry
            domains = tuple(d for d in provider.domains if d not in known)
            if domains:
                theirs.append(replace(provider, domains=domains))
                known.update(domains)
        self._providers = ours + tuple(theirs)
        self._by_domain = {d: p for p in self._providers for d in p.domains}
        self._by_mx: dict[str, Provider] = {}
        for provider in self._providers:  # ours first: ours win an MX domain both name
            for domain in provider.mx_domains:
                self._by_mx.setdefault(domain, provider)

    def providers(self) -> list[Provider]:
        """Our providers, sorted by display name (for a provider combo box); the ISPDB's
        are found by domain, not listed."""
        return sorted(
            (p for p in self._providers if not p.from_ispdb),
            key=lambda p: p.display_name.casefold(),
        )

    def domains(self) -> list[str]:
        return sorted(self._by_domain)

    def by_id(self, provider_id: str) -> Provider | None:
        return next((p for p in self._providers if p.id == provider_id), None)

    def serving(self, host: str | None, address: str | None = None) -> Provider | None:
        """The provider whose server `host` is (smtp.gmail.com), told apart by the address's
        domain where one server serves two (Gmail and Google Workspace); without a host, the
        provider of the address's domain. None for any other server: a provider's step
        must not be given for a server it does not run."""
        domain = ""
        if address:
            try:
                domain = parse_mailbox(address).domain
            except ValueError:
                domain = ""
        by_domain = self.lookup(domain) if domain else None
        host = _normalize_domain(host or "")
        if not host:
            return by_domain
        hosted = [
            p
            for p in self._providers
            if any(_normalize_domain(c.host) == host for c in p.candidates)
        ]
        if not hosted:
            return None
        if by_domain is not None and by_domain in hosted and not by_domain.from_ispdb:
            return by_domain
        # a company domain on a shared server: the provider with no address domains of its
        # own (Google Workspace, Microsoft 365), not the free-mail one; one of ours before
        # an ISPDB entry for the same server (ours carry the steps and limits)
        ours = [p for p in hosted if not p.from_ispdb]
        if ours:
            return next((p for p in ours if not p.domains), ours[0])
        return by_domain if by_domain in hosted else hosted[0]

    def named(self, display_name: str) -> Provider | None:
        return next((p for p in self._providers if p.display_name == display_name), None)

    def lookup(self, domain: str) -> Provider | None:
        """The provider for an address domain (any case, IDN or punycode), or None."""
        return _match_suffix(_normalize_domain(domain), self._by_domain)

    def lookup_mx(self, host: str) -> Provider | None:
        """The provider that runs an MX host (`aspmx.l.google.com`), or None."""
        host = _normalize_domain(host)
        return _match_suffix(host, self._by_mx) or _match_suffix(host, self._by_domain)


_OAUTH_HOSTS = {
    "microsoft": (".office365.com", ".outlook.com"),
    "google": (".gmail.com", ".googlemail.com"),
}
# the words of resources/ispdb/ispdb.json (smtpdesk's own file of the ISPDB's facts)
_ISPDB_ENCRYPTIONS = frozenset(ENCRYPTIONS)
_ISPDB_PASSWORD = frozenset({"password", "password-encrypted"})


@functools.cache
def load_database(directory: Path | None = None, ispdb: Path | None = None) -> ProviderDatabase:
    """The provider database, read once: ours (`directory`, default the bundled
    `resources/providers`) and Thunderbird's ISPDB beside it (`ispdb`, default the bundled
    `resources/ispdb/ispdb.json`: the ISPDB's facts in smtpdesk's own format, MPL-2.0;
    none when there is no such file). Ours win where both know a domain."""
    directory = directory or resource_path("providers")
    files = sorted(directory.glob("*.xml"))
    if not files:
        raise FileNotFoundError(f"no provider files in {directory}")
    ispdb = ispdb if ispdb is not None else resource_path("ispdb", "ispdb.json")
    return ProviderDatabase(
        (provider for path in files for provider in _read_file(path)), read_ispdb(ispdb)
    )


def ispdb_source(path: Path | None = None) -> dict[str, str] | None:
    """Where the bundled ISPDB file comes from and its licence (the file's `source`:
    repository, path, commit, licence, licence_url), for the About dialog; None without
    the file."""
    path = path or resource_path("ispdb", "ispdb.json")
    try:
        source = json.loads(path.read_text(encoding="utf-8"))["source"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return {key: str(value) for key, value in source.items()}


def read_ispdb(path: Path) -> list[Provider]:
    """Every usable entry of the ISPDB file (none when there is no such file). An entry
    with no SMTP server smtpdesk can use (OAuth2 only for a provider smtpdesk has no sign-in
    for, a host with a placeholder other than %EMAILDOMAIN%) is left out: the rest still
    works. A file that is not in the format raises ValueError naming the file and entry."""
    if not path.is_file():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != 1:
            raise ValueError(f"format {data.get('format')!r}, expected 1")
        source = data["source"]
        base = f"{source['repository']}/blob/{source['commit']}/{source['path']}"
        entries = data["providers"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"{path}: {error}") from error
    providers = []
    for index, entry in enumerate(entries):
        try:
            provider = _read_ispdb_entry(entry, base)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ValueError(
                f"{path}: entry {index + 1} "
                f"({entry.get('id', '?') if isinstance(entry, dict) else '?'}): "
                f"{error!r}"
            ) from error
        if provider is not None:
            providers.append(provider)
    return providers


def _ispdb_server(server: dict[str, Any]) -> Candidate:
    host, port, encryption = server["host"], server["port"], server["encryption"]
    if (
        not isinstance(host, str)
        or not host
        or type(port) is not int
        or not 0 < port < 65536
        or encryption not in _ISPDB_ENCRYPTIONS
    ):
        raise ValueError(f"bad server {host!r}:{port!r} {encryption!r}")
    return Candidate(host, port, encryption, "database")


def _read_ispdb_entry(entry: dict[str, Any], base: str) -> Provider | None:
    candidates, forms, oauth = [], [], None
    for server in entry["smtp"]:
        candidate = _ispdb_server(server)
        methods = set(server.get("auth") or ())
        if "%" in candidate.host.replace("%EMAILDOMAIN%", ""):
            continue
        if "oauth2" in methods and not methods & _ISPDB_PASSWORD:
            # OAuth2 only: smtpdesk signs in with OAuth2 itself for Google and Microsoft
            found = next(
                (
                    name
                    for name, hosts in _OAUTH_HOSTS.items()
                    if candidate.host.lower().endswith(hosts)
                ),
                None,
            )
            if found is None:
                continue
            oauth = found
        forms.append(server.get("username") or "address")
        candidates.append(candidate)
    domains = tuple(_normalize_domain(d) for d in entry["domains"] if d.strip())
    if not candidates or not domains:
        return None
    # RFC 8314 order, as our own entries are written: implicit TLS, STARTTLS, then plain
    order = {"ssl": 0, "starttls": 1, "none": 2}
    ranked = sorted(zip(candidates, forms, strict=True), key=lambda cf: order[cf[0].encryption])
    incoming = [_ispdb_server(server) for server in entry.get("imap", ())]
    links = [entry.get("enable_url"), *entry.get("documentation", ())]
    return Provider(
        id=f"ispdb:{entry['id']}",
        display_name=entry.get("name") or entry["id"],
        domains=domains,
        candidates=tuple(c for c, _ in ranked),
        username_form=ranked[0][1],
        limits=None,
        help_url=next((link for link in links if link), None),
        app_password_url=None,
        oauth=oauth,
        sources=(base + entry["file"],),
        mx_domains=tuple(_normalize_domain(d) for d in entry.get("mx_domains", ())),
        from_ispdb=True,
        incoming=tuple(
            c
            for c in incoming
            if c.encryption in ("ssl", "starttls")
            and "%" not in c.host.replace("%EMAILDOMAIN%", "")
        ),
    )


def detect_offline(address: str) -> Detection | None:
    """Settings from the bundled database only; no network."""
    mailbox = parse_mailbox(address)
    provider = load_database().lookup(mailbox.domain)
    return provider.proposal(mailbox.address) if provider else None


def detect_incoming(address: str) -> Candidate | None:
    """The provider's incoming server (IMAP over SSL/TLS first) from the bundled database,
    or None; no network."""
    mailbox = parse_mailbox(address)
    provider = load_database().lookup(mailbox.domain)
    return provider.incoming_for(mailbox.address) if provider is not None else None


def keeping_sent_copy(host: str, sender: str) -> Provider | None:
    """The provider whose SMTP server `host` is (told apart by the sender's domain where one
    server serves two) when that server files every message it takes in the mailbox's Sent
    folder itself; None for any other server (ours must copy). No network."""
    try:
        provider = load_database().serving(host, sender or None)
    except ValueError:
        return None
    return provider if provider is not None and provider.keeps_sent_copy else None


async def detect(
    address: str,
    *,
    probe: bool,
    timeout: float = 4.0,
    resolver: Resolver | None = None,
    prober: Prober | None = None,
    ports: Sequence[tuple[int, str]] = DEFAULT_PORTS,
) -> Detection | None:
    """Database first; with `probe` also SRV, MX and probing guessed hosts. Cancellable.

    With `probe`, a database entry whose port is not published is probed too: the first of
    its candidates that answers is proposed, `confirmed`. If none answers (no network), the
    entry's first candidate stays the proposal, unconfirmed.
    """
    found = detect_offline(address)
    if not probe:
        return found
    if found:
        return await confirm_port(found, prober=prober, timeout=timeout)
    mailbox = parse_mailbox(address)
    domain = ascii_domain(mailbox.domain).lower()
    resolver = resolver or DnsResolver(timeout)

    srv = await _srv_candidates(resolver, domain, timeout)
    if srv:
        return _detection(mailbox.address, None, srv, mailbox.address)

    mx_hosts = await _mx_hosts(resolver, domain, timeout)
    for host in mx_hosts:
        provider = load_database().lookup_mx(host)
        if provider:
            found = provider.proposal(mailbox.address, "mx")
            return await confirm_port(found, prober=prober, timeout=timeout)

    guesses = _guess_candidates(domain, mx_hosts, ports)
    winner = await _probe_first(guesses, prober or _default_prober(), timeout)
    if winner is None:
        return None
    others = tuple(c for c in guesses if c != winner)
    return _detection(mailbox.address, None, (winner, *others), mailbox.address)


class DnsResolver:
    """SRV and MX look-ups with dnspython (the SMTPDESK_DNS server when set); no answer, no
    domain or a timeout give []."""

    def __init__(self, timeout: float = 4.0, resolver: Any = None) -> None:
        self._timeout = timeout
        self._resolver = resolver

    async def srv(self, name: str) -> list[tuple[int, int, int, str]]:
        answer = await self._query(name, "SRV")
        return [
            (r.priority, r.weight, r.port, r.target.to_text(omit_final_dot=True)) for r in answer
        ]

    async def mx(self, domain: str) -> list[tuple[int, str]]:
        answer = await self._query(domain, "MX")
        return [(r.preference, r.exchange.to_text(omit_final_dot=True)) for r in answer]

    async def _query(self, name: str, record_type: str) -> list[Any]:
        import dns.exception
        import dns.resolver

        try:
            resolver = self._resolver or dns_resolver()
            answer = await resolver.resolve(name, record_type, lifetime=self._timeout)
        except (
            dns.resolver.NXDOMAIN,
            dns.resolver.NoAnswer,
            dns.resolver.NoNameservers,
            dns.resolver.NoResolverConfiguration,
            dns.exception.Timeout,
        ):
            return []
        return list(answer)


# --- reading the database --------------------------------------------------------------


def _read_file(path: Path) -> list[Provider]:
    root = ElementTree.parse(path).getroot()
    return [_read_provider(element, path) for element in root.iter("emailProvider")]


def _read_provider(element: ElementTree.Element, path: Path) -> Provider:
    def fail(message: str) -> ValueError:
        return ValueError(f"{path.name}: {message}")

    candidates, forms, sources, port_published = [], set(), [], True
    for server in element.iter("outgoingServer"):
        if server.get("type") != "smtp":
            continue
        host, port, socket_type = (
            server.findtext(t, "").strip() for t in ("hostname", "port", "socketType")
        )
        if not host or not port.isdigit() or socket_type not in _SOCKET_TYPES:
            raise fail(f"incomplete outgoing server {host or '?'}")
        forms.add(_USERNAME_FORMS.get(server.findtext("username", "").strip(), "address"))
        sources.append(_source_of(server, fail))
        # sd:port="unpublished": the source names this host, not its port and encryption
        port_published &= server.get(f"{_SD}port", "published") != "unpublished"
        candidates.append(Candidate(host, int(port), _SOCKET_TYPES[socket_type], "database"))
    if not candidates:
        raise fail("no SMTP server")
    if len(forms) != 1:
        raise fail("servers disagree on the user-name form")

    incoming = []
    for server in element.iter("incomingServer"):
        host, port, socket_type = (
            server.findtext(t, "").strip() for t in ("hostname", "port", "socketType")
        )
        if (
            server.get("type") == "imap"
            and host
            and port.isdigit()
            and _SOCKET_TYPES.get(socket_type) in ("ssl", "starttls")
        ):
            sources.append(_source_of(server, fail))
            incoming.append(Candidate(host, int(port), _SOCKET_TYPES[socket_type], "database"))

    limit_values = {}
    for limit in element.findall(f"{_SD}limits/*"):
        name = limit.tag.removeprefix(_SD)
        if name not in {f.name for f in fields(Limits)}:
            raise fail(f"unknown limit {name}")
        sources.append(_source_of(limit, fail))
        limit_values[name] = int((limit.text or "").strip())

    def link(tag: str) -> str | None:
        found = element.find(f"{_SD}{tag}")
        if found is None:
            return None
        sources.append(_source_of(found, fail))
        return found.get("url")

    steps: list[tuple[str, str]] = []
    for step in element.findall(f"{_SD}step"):
        sources.append(_source_of(step, fail))
        steps.extend((code, step.get("key", "")) for code in step.get("code", "").split())
    oauth = element.find(f"{_SD}oauth")
    mx_domains = tuple(
        _normalize_domain(mx.get("domain", "")) for mx in element.findall(f"{_SD}mx")
    )
    spf = element.find(f"{_SD}spf")
    dkim = element.findall(f"{_SD}dkim")
    freemail = element.find(f"{_SD}freemail")
    keeps_sent_copy = element.find(f"{_SD}keepsSentCopy")
    sources += [
        _source_of(e, fail) for e in (spf, *dkim, freemail, keeps_sent_copy) if e is not None
    ]
    sources += [(s.text or "").strip() for s in element.findall(f"{_SD}source")]
    return Provider(
        id=element.get("id", path.stem),
        display_name=element.findtext("displayName", path.stem).strip(),
        domains=tuple(_normalize_domain(d.text or "") for d in element.findall("domain")),
        candidates=tuple(candidates),
        username_form=forms.pop(),
        limits=Limits(**limit_values) if limit_values else None,
        help_url=link("help"),
        app_password_url=link("appPassword"),
        oauth=oauth.get("provider") if oauth is not None else None,
        sources=tuple(dict.fromkeys(sources)),
        mx_domains=mx_domains,
        port_published=port_published,
        spf_include=spf.get("include") if spf is not None else None,
        dkim_selectors=tuple(d.get("selector", "") for d in dkim),
        freemail=freemail is not None,
        steps=tuple(steps),
        incoming=tuple(incoming),
        keeps_sent_copy=_source_of(keeps_sent_copy, fail) if keeps_sent_copy is not None else None,
    )


def _source_of(element: ElementTree.Element, fail: Callable[[str], ValueError]) -> str:
    source = element.get(f"{_SD}source") or element.get("source")
    if not source:
        raise fail(f"<{element.tag}> has no source")
    return source


def _normalize_domain(domain: str) -> str:
    domain = domain.strip().rstrip(".").lower()
    try:
        return ascii_domain(domain).lower()
    except ValueError:
        return domain


def _match_suffix(domain: str, table: dict[str, Provider]) -> Provider | None:
    # exact name first, then parent domains (sub.seznam.cz), never a bare top-level domain
    labels = domain.split(".")
    for start in range(len(labels) - 1):
        provider = table.get(".".join(labels[start:]))
        if provider:
            return provider
    return None


# --- building proposals ----------------------------------------------------------------


def _detection(
    address: str, provider: str | None, candidates: Sequence[Candidate], username: str
) -> Detection:
    first = candidates[0]
    return Detection(
        address=address,
        provider=provider,
        source=first.source,
        host=first.host,
        port=first.port,
        encryption=first.encryption,
        username=username,
        limits=None,
        help_url=None,
        candidates=tuple(candidates),
    )


async def confirm_port(
    found: Detection, *, prober: Prober | None = None, timeout: float = 4.0
) -> Detection:
    """A proposal whose port the provider does not publish, with the first of its own
    candidates that answers first and `confirmed`; unchanged when none answers (or when
    it was confirmed already). Probes nothing but those candidates. Cancellable."""
    if found.confirmed:
        return found
    winner = await _probe_first(found.candidates, prober or _default_prober(), timeout)
    if winner is None:
        return found
    others = tuple(c for c in found.candidates if c != winner)
    return replace(
        found,
        host=winner.host,
        port=winner.port,
        encryption=winner.encryption,
        candidates=(winner, *others),
        confirmed=True,
    )


async def _srv_candidates(resolver: Resolver, domain: str, timeout: float) -> list[Candidate]:
    candidates = []
    # RFC 8314: implicit TLS (submissions) is preferred over STARTTLS (submission)
    for service, encryption in (("_submissions._tcp", "ssl"), ("_submission._tcp", "starttls")):
        records = await _bounded(resolver.srv(f"{service}.{domain}"), timeout)
        for _priority, _weight, port, target in sorted(records, key=lambda r: (r[0], -r[1])):
            target = target.rstrip(".")
            if target and port:  # target "." means: this service is not offered (RFC 2782)
                candidates.append(Candidate(target, port, encryption, "srv"))
    return candidates


async def _mx_hosts(resolver: Resolver, domain: str, timeout: float) -> list[str]:
    records = await _bounded(resolver.mx(domain), timeout)
    hosts = [host.rstrip(".").lower() for _preference, host in sorted(records)]
    return [host for host in dict.fromkeys(hosts) if host]  # "." is a null MX (RFC 7505)


async def _bounded(query: Awaitable[list[Any]], timeout: float) -> list[Any]:
    try:
        async with asyncio.timeout(timeout):
            return await query
    except TimeoutError:
        return []


def _guess_candidates(
    domain: str, mx_hosts: Sequence[str], ports: Sequence[tuple[int, str]]
) -> list[Candidate]:
    hosts = list(dict.fromkeys([f"smtp.{domain}", f"mail.{domain}", *mx_hosts]))
    return [
        Candidate(host, port, encryption, "probe") for port, encryption in ports for host in hosts
    ]


async def _probe_first(
    candidates: Sequence[Candidate], prober: Prober, timeout: float
) -> Candidate | None:
    """All probes run at once; the earliest candidate in preference order that answers wins."""

    async def attempt(candidate: Candidate) -> bool:
        try:
            async with asyncio.timeout(timeout):
                return await prober(candidate.host, candidate.port, candidate.encryption, timeout)
        except Exception:  # a probe that fails in any way means: nobody answers there
            return False

    winner = None
    async with asyncio.TaskGroup() as group:  # cancelling detect() cancels every probe
        attempts = [group.create_task(attempt(c)) for c in candidates]
        for candidate, task in zip(candidates, attempts, strict=True):
            if await task:
                winner = candidate
                break
        for task in attempts:
            task.cancel()
    return winner


def _default_prober() -> Prober:
    from smtpdesk.core.transport import probe  # only transport opens SMTP sockets

    return probe
