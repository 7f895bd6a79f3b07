"""Will mail from this sender arrive? The sender domain's SPF, DKIM, DMARC and MX (CONTRACT §1
`check-domain`), judged against the server a profile sends through.

Codes down, words up: this module returns finding codes (the closed list of the contract),
the record it read, a short technical `detail` (English, not translated; pyspf's own words)
and parameters for the hint; `smtpdesk.domain_words` turns them into sentences.

SPF evaluation is RFC 7208's `check_host()` as done by **pyspf**, installed from its kept fork
`spf3` (module `spf`; PyPI, PSF licence; the reference implementation used by the
Postfix/Sendmail policy daemons, with the RFC 7208 test suite in its sources). It handles
include, a, mx, ip4/ip6, exists, ptr, redirect, macros, the 10-lookup and the 2-void-lookup
limits and "one record only" — the subtle parts we do not want to write again. It is
synchronous, so it runs in a worker thread (`asyncio.to_thread`), the event loop never waits;
its DNS goes through `_spf_lookup` below, which asks the SMTPDESK_DNS server when one is set.
`checkdmarc` was the other candidate: it parses SPF and DMARC but does not evaluate SPF for a
given address, and brings a dozen dependencies.

Every other look-up uses dnspython's async resolver from `smtpdesk.core.resolver` (SMTPDESK_DNS
honoured). A look-up that fails (no answer in time, no server, SERVFAIL) is the finding
`dns_failed`, never an exception; a name that does not exist is just "no record".

Providers whose outgoing mail leaves from other machines than the submission host (Google,
Microsoft 365, Zoho) are judged by their documented SPF include (`sd:spf` in the provider
database, with its source), and their documented DKIM selectors (`sd:dkim`) are tried first.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, cast

from smtpdesk.core.address import ascii_domain, parse_mailbox
from smtpdesk.core.errors import SmtpdeskError
from smtpdesk.core.providers import Provider, load_database
from smtpdesk.core.resolver import configured_server, dns_resolver

SEVERITY_RANK = {"ok": 0, "info": 0, "warning": 1, "problem": 2}
CODES = (
    "spf_ok",
    "spf_missing",
    "spf_invalid",
    "spf_not_authorizing",
    "dkim_ok",
    "dkim_not_found",
    "dmarc_ok",
    "dmarc_policy_none",
    "dmarc_missing",
    "dmarc_invalid",
    "mx_missing",
    "freemail_sender",
    "dns_failed",
)
COMMON_DKIM_SELECTORS = (
    "default",
    "dkim",
    "mail",
    "selector1",
    "selector2",
    "google",
    "k1",
    "s1",
    "s2",
)
# an address no SPF record authorizes (240/4 is reserved, never assigned): evaluating the
# record for it walks every include and redirect, so the lookup limit and syntax are checked
# whole, and the result says what the record does with a machine it does not name (-all,
# ~all, ?all). IPv4, so `a` and `mx` ask for A records, which every DNS server answers.
_NOBODY = "240.0.0.1"
# public suffixes of two labels where an organization's domain has three (a small excerpt of
# the Public Suffix List for the countries our users write to; enough to find `_dmarc.`)
_TWO_LABEL_SUFFIXES = frozenset(
    {
        "com.pl",
        "net.pl",
        "org.pl",
        "info.pl",
        "biz.pl",
        "edu.pl",
        "gov.pl",
        "waw.pl",
        "co.uk",
        "org.uk",
        "ac.uk",
        "gov.uk",
        "com.au",
        "com.br",
        "co.at",
        "or.at",
        "co.jp",
        "com.tr",
        "com.hr",
        "from.hr",
        "co.si",
        "com.ua",
        "co.hu",
    }
)
_DMARC_POLICIES = ("none", "quarantine", "reject")
_DMARC_TAG = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


class LookupFailed(SmtpdeskError):
    """A DNS look-up got no usable answer (timeout, no server, SERVFAIL); code
    `dns_failed`, the message says which look-up."""

    codes = frozenset({"dns_failed"})

    def __init__(self, message: str) -> None:
        super().__init__("dns_failed", message)


@dataclass(frozen=True)
class Fix:
    """A DNS record that would fix a finding (for *Copy DNS record*)."""

    name: str
    type: str
    value: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "value": self.value}


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str  # "ok" | "info" | "warning" | "problem"
    record: str | None = None
    detail: str = ""
    # for the hint: domain, include, address, …
    params: dict[str, Any] = field(default_factory=dict)
    fix: Fix | None = None


@dataclass(frozen=True)
class DomainCheck:
    domain: str
    server: str | None
    addresses: tuple[str, ...]
    findings: tuple[Finding, ...]

    @property
    def verdict(self) -> str:
        """The worst severity: "ok", "warning" or "problem" (info counts as ok)."""
        rank = max((SEVERITY_RANK[f.severity] for f in self.findings), default=0)
        return ("ok", "warning", "problem")[rank]

    def to_json(self, hint: Callable[[Finding], str] = lambda finding: "") -> dict[str, Any]:
        """CONTRACT §1's object; `hint(finding)` gives each finding's localized next step."""
        return {
            "domain": self.domain,
            "server": self.server,
            "addresses": list(self.addresses),
            "verdict": self.verdict,
            "findings": [
                {
                    "code": f.code,
                    "severity": f.severity,
                    "record": f.record,
                    "detail": f.detail,
                    "hint": hint(f),
                    "fix": f.fix.to_json() if f.fix else None,
                }
                for f in self.findings
            ],
        }


# --- the check ---------------------------------------------------------------------------


async def check_domain(
    sender: str, server: str | None = None, *, timeout: float = 2.0
) -> DomainCheck:
    """Judge the sender's domain for mail sent through `server` (a host name or address).

    `server` None: the sender's provider's server from the database (or the provider its MX
    points at), else no server check. Raises ValueError for a sender that is not an address.
    Cancellable; never raises for DNS trouble."""
    mailbox = parse_mailbox(sender)
    domain = ascii_domain(mailbox.domain).lower().rstrip(".")
    database = load_database()
    own_provider = database.lookup(domain)
    dns = _Dns(timeout)
    failures: list[str] = []

    tasks: list[asyncio.Future[Any]] = []

    def begin(coro: Awaitable[Any]) -> asyncio.Future[Any]:
        tasks.append(asyncio.ensure_future(coro))
        return tasks[-1]

    mx_task = begin(_guard(dns.mx(domain), failures, f"MX {domain}"))
    spf_task = begin(_guard(dns.txt(domain), failures, f"TXT {domain}"))
    dmarc_task = begin(_dmarc(dns, domain, failures))
    try:
        if server is None:  # an address alone: its provider's server, or the one its MX names
            mx_hosts = await mx_task
            provider = own_provider
            if provider is None and mx_hosts:
                provider = next(filter(None, (database.lookup_mx(h) for h in mx_hosts)), None)
            server = provider.candidates[0].host if provider else None
        server_provider = _provider_of_server(server) if server else None
        dkim_task = begin(_dkim(dns, domain, _selectors(server_provider, own_provider), failures))
        # a provider with a documented include is judged by it, not by its host's address
        judged_by_address = bool(server) and not (server_provider and server_provider.spf_include)
        # (shown for the others too; their look-up failing then judges nothing)
        address_failures: list[str] = failures if judged_by_address else []
        addresses_task = (
            begin(_guard(dns.addresses(server), address_failures, f"A/AAAA {server}"))
            if server
            else None
        )
        mx_hosts = await mx_task
        addresses: list[str] = []
        if addresses_task is not None:
            found = await addresses_task
            if found is not None and not found:
                address_failures.append(f"A/AAAA {server}: the name does not exist")
            addresses = found or []
        spf_records = await spf_task
        spf = None
        if spf_records is not None and (addresses or not judged_by_address):
            spf = await _spf(
                dns,
                mailbox.address,
                domain,
                server,
                server_provider,
                spf_records,
                addresses,
                timeout,
                failures,
            )
        dkim = await dkim_task
        dmarc = await dmarc_task
    finally:
        for task in tasks:
            task.cancel()

    findings: list[Finding] = []
    if own_provider is not None and own_provider.freemail:
        findings.append(
            Finding(
                "freemail_sender",
                "warning",
                detail=own_provider.display_name,
                params={"domain": domain, "provider": own_provider.display_name},
            )
        )
    findings += [f for f in (spf, dkim, dmarc) if f is not None]
    if mx_hosts is not None and not mx_hosts:
        findings.append(
            Finding(
                "mx_missing",
                "warning",
                detail=f"{domain} has no MX record",
                params={"domain": domain},
            )
        )
    if failures:
        findings.append(
            Finding(
                "dns_failed",
                "problem",
                detail="; ".join(failures),
                params={"domain": domain, "dns": _dns_name()},
            )
        )
    return DomainCheck(domain, server, tuple(addresses), tuple(findings))


async def _guard(coro: Awaitable[Any], failures: list[str], what: str) -> Any:
    try:
        return await coro
    except LookupFailed:
        failures.append(what)
        return None


def _dns_name() -> str:
    configured = configured_server()
    return f"{configured[0]}:{configured[1]}" if configured else ""


def _provider_of_server(host: str) -> Provider | None:
    """The database provider that runs this submission host (the one with an SPF include
    first: smtp.gmail.com is Google's for gmail.com and Workspace domains alike)."""
    host = host.lower().rstrip(".")
    owners = [
        p for p in load_database().providers() if any(c.host.lower() == host for c in p.candidates)
    ]
    owners.sort(key=lambda p: p.spf_include is None)
    return owners[0] if owners else None


def _selectors(*providers: Provider | None) -> tuple[str, ...]:
    documented = [s for p in providers if p for s in p.dkim_selectors]
    return tuple(dict.fromkeys([*documented, *COMMON_DKIM_SELECTORS]))


# --- SPF -----------------------------------------------------------------------------------


def _spf_records(texts: list[str]) -> list[str]:
    return [t for t in texts if re.match(r"^v=spf1(\s|$)", t, re.IGNORECASE)]


async def _spf(
    dns: _Dns,
    sender: str,
    domain: str,
    server: str | None,
    server_provider: Provider | None,
    texts: list[str],
    addresses: list[str],
    timeout: float,
    failures: list[str],
) -> Finding | None:
    records = _spf_records(texts)
    include = server_provider.spf_include if server_provider else None
    params = {
        "domain": domain,
        "server": server or "",
        "include": include or "",
        "addresses": ", ".join(addresses),
    }
    mechanisms = [f"include:{include}"] if include else [_ip_mechanism(a) for a in addresses]
    if not records:
        fix = (
            Fix(domain, "TXT", "v=spf1 " + " ".join([*mechanisms, "~all"])) if mechanisms else None
        )
        return Finding(
            "spf_missing",
            "problem",
            detail=f"no v=spf1 TXT record at {domain}",
            params=params,
            fix=fix,
        )
    record = records[0]
    if len(records) > 1:
        return Finding(
            "spf_invalid",
            "problem",
            record=" | ".join(records),
            detail=f"{len(records)} SPF records at {domain}; RFC 7208 allows one",
            params={**params, "reason": "several"},
        )
    # the record as a whole: syntax, lookup limits, and what it does with an unknown machine
    nobody, explanation = await _spf_evaluate(_NOBODY, sender, server or domain, timeout)
    if nobody == "permerror":
        return Finding(
            "spf_invalid",
            "problem",
            record=record,
            detail=explanation,
            params={**params, "reason": "permerror"},
        )
    if nobody == "temperror":
        failures.append(f"SPF {domain}: {explanation}")
        return None
    fix = Fix(domain, "TXT", _with_mechanisms(record, mechanisms)) if mechanisms else None
    not_allowed = "problem" if nobody == "fail" else "warning"
    if include:
        if nobody == "pass" or await _mentions(dns, domain, include.lower()):
            return Finding(
                "spf_ok", "ok", record=record, detail=f"include:{include}", params=params
            )
        return Finding(
            "spf_not_authorizing",
            not_allowed,
            record=record,
            detail=f"include:{include} is not in the record ({nobody} for others)",
            params=params,
            fix=fix,
        )
    if not addresses:
        return Finding(
            "spf_ok", "ok", record=record, detail="record valid; no server to check", params=params
        )
    results = await asyncio.gather(
        *(_spf_evaluate(a, sender, cast(str, server), timeout) for a in addresses)
    )
    for address, (result, explanation) in zip(addresses, results, strict=True):
        if result == "permerror":
            return Finding(
                "spf_invalid",
                "problem",
                record=record,
                detail=f"{address}: {explanation}",
                params={**params, "reason": "permerror"},
            )
        if result == "temperror":
            failures.append(f"SPF {domain} for {address}: {explanation}")
            return None
    refused = [(a, r) for a, (r, _) in zip(addresses, results, strict=True) if r != "pass"]
    if not refused:
        return Finding(
            "spf_ok",
            "ok",
            record=record,
            detail=", ".join(f"{a}: pass" for a in addresses),
            params=params,
        )
    severity = "problem" if any(r == "fail" for _, r in refused) else "warning"
    missing = [a for a, _ in refused]
    fix = Fix(domain, "TXT", _with_mechanisms(record, [_ip_mechanism(a) for a in missing]))
    return Finding(
        "spf_not_authorizing",
        severity,
        record=record,
        detail=", ".join(f"{a}: {r}" for a, r in refused),
        params={**params, "addresses": ", ".join(missing)},
        fix=fix,
    )


def _ip_mechanism(address: str) -> str:
    return f"ip6:{address}" if ":" in address else f"ip4:{address}"


def _with_mechanisms(record: str, mechanisms: list[str]) -> str:
    """The record with the mechanisms added before its `all` (or redirect), else at the end."""
    terms = record.split()
    at = next(
        (
            i
            for i, t in enumerate(terms)
            if re.fullmatch(r"[-~?+]?all", t, re.IGNORECASE) or t.lower().startswith("redirect=")
        ),
        len(terms),
    )
    new = [m for m in mechanisms if m.lower() not in (t.lower() for t in terms)]
    return " ".join([*terms[:at], *new, *terms[at:]])


async def _mentions(dns: _Dns, domain: str, include: str, budget: int = 10) -> bool:
    """Does the SPF record of `domain`, through its includes and redirects, name `include`?"""
    queue, seen = [domain], set()
    while queue and budget > 0:
        name = queue.pop(0)
        if name in seen:
            continue
        seen.add(name)
        budget -= 1
        try:
            records = _spf_records(await dns.txt(name))
        except LookupFailed:
            continue
        for term in records[0].split()[1:] if len(records) == 1 else []:
            term = term.lstrip("+-~?").lower()
            target = (
                term.partition(":")[2]
                if term.startswith("include:")
                else term.partition("=")[2]
                if term.startswith("redirect=")
                else ""
            )
            if target.rstrip(".") == include:
                return True
            if target and "%" not in target:
                queue.append(target.rstrip("."))
    return False


async def _spf_evaluate(address: str, sender: str, helo: str, timeout: float) -> tuple[str, str]:
    """pyspf's check_host() result for mail from `sender` sent by `address`, in a thread."""
    return await asyncio.to_thread(_spf_evaluate_sync, address, sender, helo, timeout)


def _spf_evaluate_sync(address: str, sender: str, helo: str, timeout: float) -> tuple[str, str]:
    import spf

    spf.DNSLookup = _spf_lookup  # the library's documented hook for its DNS
    query = spf.query(i=address, s=sender, h=helo, timeout=timeout, querytime=timeout * 4)
    try:
        result, _code, explanation = query.check()
    except Exception as exc:  # a library surprise must not become a traceback
        return "temperror", f"{type(exc).__name__}: {exc}"
    return result, explanation


def _spf_lookup(name: str, qtype: str, strict: bool = True, timeout: float = 30) -> Any:
    """pyspf's DNSLookup, asking the SMTPDESK_DNS server when set."""
    import dns.exception
    import dns.resolver
    import spf

    found = []
    try:
        answer = _sync_resolver().resolve(name, qtype, lifetime=timeout, search=False)
    except (dns.resolver.NoAnswer, dns.resolver.NXDOMAIN):
        return []
    except (dns.exception.DNSException, OSError) as exc:  # no answer in time, no server
        raise spf.TempError(f"DNS {exc}") from None
    for rdata in answer:
        if qtype in ("A", "AAAA"):
            found.append(((name, qtype), rdata.address))
        elif qtype == "MX":
            found.append(((name, qtype), (rdata.preference, rdata.exchange)))
        elif qtype == "PTR":
            found.append(((name, qtype), rdata.target.to_text(True)))
        elif qtype in ("TXT", "SPF"):
            found.append(((name, qtype), rdata.strings))
    return found


def _sync_resolver() -> Any:
    import dns.resolver

    server = configured_server()
    if server is None:
        return dns.resolver.Resolver()
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = [server[0]]
    resolver.port = server[1]
    return resolver


# --- DKIM, DMARC ---------------------------------------------------------------------------


async def _dkim(
    dns: _Dns, domain: str, selectors: tuple[str, ...], failures: list[str]
) -> Finding | None:
    async def key(selector: str) -> Any:
        name = f"{selector}._domainkey.{domain}"
        try:
            texts = await dns.txt(name)
        except LookupFailed:
            return selector, None
        keys = [t for t in texts if re.search(r"(^|;)\s*p=\s*[A-Za-z0-9+/]", t)]
        return selector, keys[0] if keys else ""

    answers = await asyncio.gather(*(key(s) for s in selectors))
    for selector, record in answers:
        if record:
            return Finding(
                "dkim_ok",
                "ok",
                record=record,
                detail=f"{selector}._domainkey.{domain}",
                params={"domain": domain, "selector": selector},
            )
    if all(record is None for _, record in answers):
        failures.append(f"TXT *._domainkey.{domain}")
        return None
    return Finding(
        "dkim_not_found",
        "warning",
        detail="selectors tried: " + ", ".join(selectors),
        params={"domain": domain, "selectors": ", ".join(selectors)},
    )


def organizational_domain(domain: str) -> str:
    labels = domain.lower().rstrip(".").split(".")
    keep = 3 if ".".join(labels[-2:]) in _TWO_LABEL_SUFFIXES else 2
    return ".".join(labels[-keep:])


async def _dmarc(dns: _Dns, domain: str, failures: list[str]) -> Finding | None:
    names = [f"_dmarc.{domain}"]
    organization = organizational_domain(domain)
    if organization != domain:
        names.append(f"_dmarc.{organization}")
    fix = Fix(f"_dmarc.{organization}", "TXT", "v=DMARC1; p=none")
    for name in names:
        try:
            texts = await dns.txt(name)
        except LookupFailed:
            failures.append(f"TXT {name}")
            return None
        if not texts:
            continue
        params = {"domain": domain, "name": name}
        records = [t for t in texts if re.match(r"^\s*v\s*=\s*DMARC1\s*(;|$)", t, re.IGNORECASE)]
        if len(records) != 1:
            reason = (
                f"{len(records)} DMARC records" if records else "no record starting with v=DMARC1"
            )
            return Finding(
                "dmarc_invalid",
                "warning",
                record=" | ".join(records or texts),
                detail=f"{name}: {reason}",
                params=params,
                fix=fix,
            )
        policy, error = parse_dmarc(records[0])
        if error:
            return Finding(
                "dmarc_invalid",
                "warning",
                record=records[0],
                detail=f"{name}: {error}",
                params=params,
                fix=fix,
            )
        if policy == "none":
            return Finding(
                "dmarc_policy_none", "info", record=records[0], detail=name, params=params
            )
        return Finding(
            "dmarc_ok", "ok", record=records[0], detail=f"{name}: p={policy}", params=params
        )
    return Finding(
        "dmarc_missing",
        "warning",
        detail="no record at " + ", ".join(names),
        params={"domain": domain, "name": names[-1]},
        fix=fix,
    )


def parse_dmarc(record: str) -> tuple[str | None, str | None]:
    """(policy, None) for a record that parses as RFC 7489 says, else (None, the error)."""
    tags: dict[str, str] = {}
    for part in record.split(";"):
        if not part.strip():
            continue  # "v=DMARC1; p=none;" and doubled separators are read as receivers do
        name, equals, value = part.partition("=")
        name, value = name.strip().lower(), value.strip()
        if not equals or not _DMARC_TAG.match(name):
            return None, f"cannot read {part.strip()!r}"
        if name in tags:
            return None, f"tag {name} twice"
        tags[name] = value
    if next(iter(tags)) != "v" or tags["v"].upper() != "DMARC1":
        return None, "v=DMARC1 must come first"
    if "p" not in tags:
        if "rua" in tags and "mailto:" in tags["rua"].lower():
            return "none", None  # RFC 7489 6.6.3: a report address alone acts as p=none
        return None, "no policy (p=)"
    for tag in ("p", "sp"):
        if tag in tags and tags[tag].lower() not in _DMARC_POLICIES:
            return None, f"{tag}={tags[tag]} is not none, quarantine or reject"
    if "pct" in tags and not (tags["pct"].isdigit() and 0 <= int(tags["pct"]) <= 100):
        return None, f"pct={tags['pct']} is not 0-100"
    return tags["p"].lower(), None


# --- DNS -------------------------------------------------------------------------------------


class _Dns:
    """TXT, MX and address look-ups; no such name or no records give [], trouble raises
    LookupFailed."""

    def __init__(self, timeout: float) -> None:
        import dns.exception

        self._timeout = timeout
        self._resolver: Any
        try:
            self._resolver = dns_resolver()
        except dns.exception.DNSException:  # no resolver configured on this computer
            self._resolver = None

    async def _query(self, name: str, record_type: str) -> list[Any]:
        import dns.exception
        import dns.resolver

        if self._resolver is None:
            raise LookupFailed(f"{record_type} {name}: no DNS server configured")
        try:
            answer = await self._resolver.resolve(
                name, record_type, lifetime=self._timeout, search=False
            )
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            return []
        except (dns.exception.DNSException, OSError) as exc:  # timeout, SERVFAIL, no server
            raise LookupFailed(f"{record_type} {name}: {exc}") from None
        return list(answer)

    async def txt(self, name: str) -> list[str]:
        return [
            b"".join(r.strings).decode("utf-8", "replace") for r in await self._query(name, "TXT")
        ]

    async def mx(self, domain: str) -> list[str]:
        hosts = [
            r.exchange.to_text(omit_final_dot=True).lower()
            for r in sorted(await self._query(domain, "MX"), key=lambda r: r.preference)
        ]
        return [h for h in hosts if h and h != "."]  # "." is a null MX (RFC 7505)

    async def addresses(self, host: str) -> list[str]:
        try:
            return [str(ipaddress.ip_address(host.strip("[]")))]
        except ValueError:
            pass
        if host.lower().rstrip(".") == "localhost":  # RFC 6761: never asked of DNS
            return ["127.0.0.1"]
        results = await asyncio.gather(
            self._query(host, "A"), self._query(host, "AAAA"), return_exceptions=True
        )
        found = [r.address for result in results if isinstance(result, list) for r in result]
        if not found and any(isinstance(r, LookupFailed) for r in results):
            raise next(r for r in results if isinstance(r, LookupFailed))
        return found
