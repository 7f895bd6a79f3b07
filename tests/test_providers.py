"""The provider database and settings detection: lookups, SRV, MX, probing, cancellation.

No test touches real DNS or a remote host: resolvers are fakes or a DNS stub on 127.0.0.1,
probes go to servers on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import dns.asyncresolver
import dns.message
import dns.rcode
import dns.rdatatype
import dns.rrset
import pytest

from smtpdesk.core import providers, resources
from smtpdesk.core.providers import Candidate, detect, detect_offline, load_database

SD = "{" + providers.SD_NAMESPACE + "}"


# --- the database ----------------------------------------------------------------------


def test_database_has_at_least_40_domains_and_every_entry_is_complete():
    database = load_database()
    assert len(database.domains()) >= 40
    for provider in database.providers():
        assert provider.domains or provider.mx_domains, provider.id
        assert provider.candidates, provider.id
        for candidate in provider.candidates:
            assert candidate.host and "." in candidate.host
            assert 0 < candidate.port < 65536
            assert candidate.encryption in providers.ENCRYPTIONS
        assert provider.username_form in ("address", "localpart")
        assert provider.oauth in (None, "google", "microsoft")
        assert provider.sources and all(
            s.startswith(("https://", "http://")) for s in provider.sources
        ), provider.id


def test_every_server_limit_and_link_in_the_files_names_its_source():
    files = sorted(resources.resource_path("providers").glob("*.xml"))
    assert files
    checked = 0
    for path in files:
        root = ElementTree.parse(path).getroot()
        facts = [
            *root.iter("outgoingServer"),
            *root.iter(f"{SD}help"),
            *root.iter(f"{SD}appPassword"),
            *root.iter(f"{SD}oauth"),
            *root.iter(f"{SD}mx"),
        ]
        for limits in root.iter(f"{SD}limits"):
            facts += list(limits)
        for fact in facts:
            source = fact.get(f"{SD}source") or fact.get("source")
            assert source and source.startswith(("https://", "http://")), (path.name, fact.tag)
            checked += 1
    assert checked > 40


@pytest.mark.parametrize(
    ("address", "host", "port", "encryption", "username"),
    [
        ("info@seznam.cz", "smtp.seznam.cz", 465, "ssl", "info@seznam.cz"),
        ("info@email.cz", "smtp.seznam.cz", 465, "ssl", "info@email.cz"),
        ("info@post.cz", "smtp.seznam.cz", 465, "ssl", "info@post.cz"),
        ("jan.kowalski@wp.pl", "smtp.wp.pl", 465, "ssl", "jan.kowalski"),
        ("jan@o2.pl", "poczta.o2.pl", 465, "ssl", "jan"),
        ("jan@gmail.com", "smtp.gmail.com", 465, "ssl", "jan@gmail.com"),
        ("jan@outlook.com", "smtp-mail.outlook.com", 587, "starttls", "jan@outlook.com"),
        ("jan@hotmail.com", "smtp-mail.outlook.com", 587, "starttls", "jan@hotmail.com"),
        ("jan@onet.pl", "smtp.poczta.onet.pl", 465, "ssl", "jan@onet.pl"),
        ("jan@interia.pl", "poczta.interia.pl", 465, "ssl", "jan@interia.pl"),
        ("jan@centrum.cz", "smtp.centrum.cz", 465, "ssl", "jan@centrum.cz"),
        ("mojca@arnes.si", "mail.arnes.si", 465, "ssl", "mojca"),
        ("mojca@guest.arnes.si", "mail.arnes.si", 465, "ssl", "mojca"),
    ],
)
def test_offline_lookup_proposes_the_provider_settings(address, host, port, encryption, username):
    found = detect_offline(address)
    assert found is not None
    assert (found.source, found.host, found.port, found.encryption, found.username) == (
        "database",
        host,
        port,
        encryption,
        username,
    )
    assert found.candidates[0] == Candidate(host, port, encryption, "database")


def test_lookup_ignores_case_whitespace_and_a_trailing_dot():
    database = load_database()
    assert database.lookup("  SEZNAM.cz. ").display_name == "Seznam.cz"
    found = detect_offline("  Jan.Novak@Seznam.CZ ")
    assert found.host == "smtp.seznam.cz"
    assert found.username == "Jan.Novak@Seznam.CZ"


def test_limits_and_links_reach_the_json_exactly_in_contract_shape():
    gmail = detect_offline("jan@gmail.com").to_json()
    assert list(gmail) == [
        "address",
        "provider",
        "source",
        "host",
        "port",
        "encryption",
        "username",
        "limits",
        "help_url",
        "candidates",
        "confirmed",
    ]
    assert gmail["confirmed"] is True  # Google publishes the port
    assert gmail["limits"] == {"max_per_day": 500}
    # only an hourly limit is published for Arnes: the day's key is there, and null
    assert detect_offline("mojca@arnes.si").to_json()["limits"] == {
        "max_per_day": None,
        "max_per_hour": 500,
    }
    assert gmail["help_url"].startswith("https://support.google.com/")
    assert gmail["candidates"] == [
        {"host": "smtp.gmail.com", "port": 465, "encryption": "ssl", "source": "database"}
    ]
    assert json.loads(json.dumps(gmail)) == gmail
    # no limit is published for Outlook.com free accounts, so none is proposed
    assert detect_offline("jan@outlook.com").to_json()["limits"] is None


def test_providers_are_sorted_by_display_name_and_named_finds_them():
    database = load_database()
    names = [p.display_name for p in database.providers()]
    assert names == sorted(names, key=str.casefold)
    assert database.named("Seznam.cz").id == "seznam"


def test_unknown_domain_offline_gives_none_and_a_non_address_raises():
    assert detect_offline("info@novak-racunovodstvo.si") is None
    assert detect_offline("info@čšž.si") is None
    with pytest.raises(ValueError):
        detect_offline("not-an-address")


async def test_without_probe_nothing_touches_the_network():
    resolver = _FakeResolver()
    assert await detect("info@novak.si", probe=False, resolver=resolver) is None
    assert resolver.queries == []


def test_resource_path_finds_the_checkout_data_and_the_pyinstaller_bundle(monkeypatch, tmp_path):
    assert (resources.resource_path("providers") / "seznam.xml").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("providers") == tmp_path / "resources" / "providers"
    assert resources.bundled_path("translations", "x.qm") == tmp_path / "translations" / "x.qm"


def test_importing_the_module_leaves_qt_out():
    code = "import sys, smtpdesk.core.providers; assert 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


# --- DNS: SRV and MX -------------------------------------------------------------------


class _FakeResolver:
    def __init__(self, srv=None, mx=None):
        self._srv, self._mx, self.queries = srv or {}, mx or {}, []

    async def srv(self, name):
        self.queries.append(("SRV", name))
        return self._srv.get(name, [])

    async def mx(self, domain):
        self.queries.append(("MX", domain))
        return self._mx.get(domain, [])


async def _refusing_prober(host, port, encryption, timeout):
    pytest.fail(f"nothing should be probed, got {host}:{port}")


async def test_srv_records_give_the_proposal_implicit_tls_first():
    resolver = _FakeResolver(
        srv={
            "_submission._tcp.novak.si": [(0, 1, 587, "posta.novak.si.")],
            "_submissions._tcp.novak.si": [
                (10, 1, 465, "posta.novak.si."),
                (0, 1, 465, "smtps.novak.si."),
            ],
        }
    )
    found = await detect("info@novak.si", probe=True, resolver=resolver, prober=_refusing_prober)
    assert (found.source, found.host, found.port, found.encryption) == (
        "srv",
        "smtps.novak.si",
        465,
        "ssl",
    )
    assert [c.host for c in found.candidates] == [
        "smtps.novak.si",
        "posta.novak.si",
        "posta.novak.si",
    ]
    assert found.candidates[-1] == Candidate("posta.novak.si", 587, "starttls", "srv")
    assert found.provider is None and found.username == "info@novak.si"


async def test_srv_target_dot_means_no_service():
    resolver = _FakeResolver(
        srv={"_submissions._tcp.novak.si": [(0, 0, 0, ".")]},
        mx={"novak.si": [(10, "aspmx.l.google.com.")]},
    )
    found = await detect("info@novak.si", probe=True, resolver=resolver, prober=_refusing_prober)
    assert found.source == "mx"


@pytest.mark.parametrize(
    ("mx_host", "provider", "host", "port", "encryption"),
    [
        ("aspmx.l.google.com.", "Google Workspace", "smtp.gmail.com", 465, "ssl"),
        (
            "novak-si.mail.protection.outlook.com.",
            "Microsoft 365",
            "smtp.office365.com",
            587,
            "starttls",
        ),
        ("mx1.seznam.cz.", "Seznam.cz", "smtp.seznam.cz", 465, "ssl"),
    ],
)
async def test_mx_at_a_known_provider_proposes_its_settings(
    mx_host, provider, host, port, encryption
):
    resolver = _FakeResolver(mx={"novak.si": [(20, "backup.example.net."), (5, mx_host)]})
    found = await detect("info@novak.si", probe=True, resolver=resolver, prober=_refusing_prober)
    assert (found.source, found.provider, found.host, found.port, found.encryption) == (
        "mx",
        provider,
        host,
        port,
        encryption,
    )
    assert found.username == "info@novak.si"
    assert all(c.source == "mx" for c in found.candidates)


async def test_google_workspace_by_mx_carries_its_published_limit():
    resolver = _FakeResolver(mx={"novak.si": [(1, "aspmx.l.google.com")]})
    found = await detect("info@novak.si", probe=True, resolver=resolver, prober=_refusing_prober)
    assert found.limits["max_per_day"] == 2000


async def test_idn_domain_is_looked_up_in_its_ascii_form():
    resolver = _FakeResolver(mx={"xn--bea2o7c.si": [(10, "aspmx.l.google.com")]})
    found = await detect("info@ČŠŽ.si", probe=True, resolver=resolver, prober=_refusing_prober)
    assert found.provider == "Google Workspace"
    assert ("SRV", "_submissions._tcp.xn--bea2o7c.si") in resolver.queries


# --- probing real local servers --------------------------------------------------------


async def _serve(handler):
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _local_prober(reachable_host: str):
    """A prober of the tests' own: `reachable_host` lives on 127.0.0.1, every other name fails."""

    async def probe(host, port, encryption, timeout):
        return host == reachable_host and await _greets(port)

    return probe


async def _greets(port: int) -> bool:
    """Does a server on 127.0.0.1:port greet with 220?"""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        return (await reader.readline()).startswith(b"220")
    finally:
        writer.close()
        await writer.wait_closed()


def _greeter(delay: float = 0.0):
    async def handle(reader, writer):
        await asyncio.sleep(delay)
        writer.write(b"220 test ESMTP\r\n")
        await writer.drain()
        writer.close()

    return handle


async def test_probe_finds_a_local_server_when_dns_has_nothing():
    server, port = await _serve(_greeter())
    async with server:
        found = await detect(
            "info@novak.test",
            probe=True,
            resolver=_FakeResolver(),
            prober=_local_prober("mail.novak.test"),
            ports=((_free_port(), "ssl"), (port, "starttls")),
        )
    assert (found.source, found.host, found.port, found.encryption) == (
        "probe",
        "mail.novak.test",
        port,
        "starttls",
    )
    assert found.provider is None and found.candidates[0].host == "mail.novak.test"


async def test_probe_prefers_the_earlier_port_even_when_it_answers_later():
    slow, slow_port = await _serve(_greeter(delay=0.3))
    fast, fast_port = await _serve(_greeter())
    async with slow, fast:
        found = await detect(
            "info@novak.test",
            probe=True,
            resolver=_FakeResolver(),
            prober=_local_prober("smtp.novak.test"),
            ports=((slow_port, "ssl"), (fast_port, "starttls")),
        )
    assert (found.port, found.encryption) == (slow_port, "ssl")


async def test_probe_also_tries_the_mx_host_and_gives_none_when_nobody_answers():
    server, port = await _serve(_greeter())
    resolver = _FakeResolver(mx={"novak.test": [(10, "mx.hosting.test")]})
    async with server:
        found = await detect(
            "info@novak.test",
            probe=True,
            resolver=resolver,
            prober=_local_prober("mx.hosting.test"),
            ports=((port, "none"),),
        )
        assert found.host == "mx.hosting.test"
        nobody = await detect(
            "info@novak.test",
            probe=True,
            resolver=resolver,
            prober=_local_prober("elsewhere.test"),
            ports=((port, "none"),),
        )
    assert nobody is None


def test_siol_names_its_server_and_says_the_port_is_not_published():
    found = detect_offline("janez.novak@siol.net")
    assert (found.provider, found.host, found.port, found.encryption, found.username) == (
        "Siol (Telekom Slovenije)",
        "mail.siol.net",
        465,
        "ssl",
        "janez.novak@siol.net",
    )
    assert [(c.port, c.encryption) for c in found.candidates] == [(465, "ssl"), (587, "starttls")]
    assert found.confirmed is False and found.to_json()["confirmed"] is False


def _port_map_prober(ports: dict[tuple[str, int], int], calls: list | None = None):
    """Probes the tests' own servers: (host, port) in `ports` is 127.0.0.1:ports[...]."""

    async def probe(host, port, encryption, timeout):
        if calls is not None:
            calls.append((host, port))
        return (host, port) in ports and await _greets(ports[host, port])

    return probe


async def test_probing_confirms_the_port_of_an_entry_that_does_not_publish_it():
    server, port = await _serve(_greeter())
    async with server:
        found = await detect(
            "janez.novak@siol.net",
            probe=True,
            resolver=_FakeResolver(),
            prober=_port_map_prober({("mail.siol.net", 587): port}),
        )
    assert (found.source, found.host, found.port, found.encryption, found.confirmed) == (
        "database",
        "mail.siol.net",
        587,
        "starttls",
        True,
    )
    assert [c.port for c in found.candidates] == [587, 465]


async def test_an_unanswered_probe_keeps_the_entry_unconfirmed():
    calls: list = []
    found = await detect(
        "janez.novak@siol.net",
        probe=True,
        resolver=_FakeResolver(),
        prober=_port_map_prober({}, calls),
    )
    assert (found.host, found.port, found.confirmed) == ("mail.siol.net", 465, False)
    assert sorted(calls) == [("mail.siol.net", 465), ("mail.siol.net", 587)]


async def test_a_published_port_is_not_probed():
    calls: list = []
    found = await detect(
        "jan@seznam.cz", probe=True, resolver=_FakeResolver(), prober=_port_map_prober({}, calls)
    )
    assert (found.host, found.confirmed, calls) == ("smtp.seznam.cz", True, [])


async def test_cancelling_detect_stops_every_probe_of_a_tarpit():
    connections: list[asyncio.Event] = []

    async def tarpit(reader, writer):  # accepts and never speaks
        closed = asyncio.Event()
        connections.append(closed)
        await reader.read()  # returns only when the client hangs up
        closed.set()
        writer.close()

    server, port = await _serve(tarpit)
    async with server:
        task = asyncio.create_task(
            detect(
                "info@novak.test",
                probe=True,
                timeout=30.0,
                resolver=_FakeResolver(),
                prober=_tarpit_prober,
                ports=((port, "ssl"), (port, "starttls")),
            )
        )
        while len(connections) < 4:  # smtp. and mail. on both "ports"
            await asyncio.sleep(0.01)
        started = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await asyncio.wait_for(asyncio.gather(*(c.wait() for c in connections)), 2.0)
    assert time.monotonic() - started < 2.0


async def _tarpit_prober(host, port, encryption, timeout):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        return (await reader.readline()).startswith(b"220")
    finally:
        writer.close()


# --- the default dnspython resolver against a DNS stub on 127.0.0.1 ---------------------


class _DnsStub(asyncio.DatagramProtocol):
    RECORDS = {
        ("_submission._tcp.novak.si.", "SRV"): "0 1 587 posta.novak.si.",
        ("novak.si.", "MX"): "10 mx1.novak.si.",
    }

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        query = dns.message.from_wire(data)
        question = query.question[0]
        response = dns.message.make_response(query)
        key = (question.name.to_text(), dns.rdatatype.to_text(question.rdtype))
        if key in self.RECORDS:
            response.answer.append(
                dns.rrset.from_text(question.name, 60, "IN", key[1], self.RECORDS[key])
            )
        else:
            response.set_rcode(dns.rcode.NXDOMAIN)
        self.transport.sendto(response.to_wire(), addr)


async def test_default_resolver_reads_srv_and_mx_and_treats_nxdomain_as_empty():
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(_DnsStub, local_addr=("127.0.0.1", 0))
    try:
        stub = dns.asyncresolver.Resolver(configure=False)
        stub.nameservers = ["127.0.0.1"]
        stub.port = transport.get_extra_info("sockname")[1]
        resolver = providers.DnsResolver(timeout=2.0, resolver=stub)
        assert await resolver.srv("_submission._tcp.novak.si") == [(0, 1, 587, "posta.novak.si")]
        assert await resolver.mx("novak.si") == [(10, "mx1.novak.si")]
        assert await resolver.srv("_submissions._tcp.novak.si") == []
    finally:
        transport.close()


# -- Thunderbird's ISPDB beside our own entries ------------------------------------------


def _server(
    host: str, port: int, encryption: str, auth=("password",), username: str | None = "address"
) -> dict:
    return {
        "host": host,
        "port": port,
        "encryption": encryption,
        "auth": list(auth),
        "username": username,
    }


def _ispdb_file(path, providers: list[dict]) -> Path:
    path.write_text(
        json.dumps(
            {
                "format": 1,
                "source": {
                    "name": "Thunderbird ISPDB",
                    "repository": "https://github.com/thunderbird/autoconfig",
                    "path": "ispdb/",
                    "commit": "0" * 40,
                    "licence": "MPL-2.0",
                    "licence_url": "https://mozilla.org/MPL/2.0/",
                },
                "providers": providers,
            }
        ),
        encoding="utf-8",
    )
    return path


def _entry(entry_id: str, domains: list[str], smtp: list[dict], **more) -> dict:
    return {
        "id": entry_id,
        "file": f"{entry_id}.xml",
        "name": more.pop("name", entry_id),
        "domains": domains,
        "smtp": smtp,
        "imap": more.pop("imap", []),
        "documentation": more.pop("documentation", []),
        **more,
    }


@pytest.fixture
def ispdb(tmp_path):
    """A small file in smtpdesk's ISPDB format (entries written for this test)."""
    return _ispdb_file(
        tmp_path / "ispdb.json",
        [
            _entry(
                "posta.example",
                ["posta.example", "posta-si.example"],
                [
                    _server("smtp.%EMAILDOMAIN%", 587, "starttls", username="localpart"),
                    _server("smtp.%EMAILDOMAIN%", 465, "ssl", username="localpart"),
                ],
                name="Pošta Example",
                documentation=["https://posta.example/help"],
                imap=[
                    _server("imap.%EMAILDOMAIN%", 143, "starttls"),
                    _server("imap.%EMAILDOMAIN%", 993, "ssl"),
                    _server("imap.%EMAILDOMAIN%", 143, "none"),
                ],
                mx_domains=["mx.posta.example"],
            ),
            _entry(
                "gmail.com",
                ["gmail.com", "only-in-ispdb.example"],
                [_server("smtp.elsewhere.example", 25, "none")],
                name="Somebody else's Gmail",
                mx_domains=["google.com"],
            ),
            _entry(
                "office.example",
                ["office.example"],
                [_server("smtp.office365.com", 587, "starttls", auth=["oauth2"])],
                name="Microsoft 365",
            ),
            _entry(
                "oauth-only.example",
                ["oauth-only.example"],
                [_server("smtp.oauth-only.example", 465, "ssl", auth=["oauth2"])],
            ),
            _entry(
                "template.example",
                ["template.example"],
                [
                    _server(
                        "mbox.template.example",
                        587,
                        "starttls",
                        auth=["password-encrypted"],
                        username="%EMAILLOCALPART%.%EMAILDOMAIN%",
                    ),
                    _server("smtp.%EMAILLOCALPART%.example", 465, "ssl"),
                ],
                name="%EMAILDOMAIN%",
                enable_url="https://template.example/turn-on",
            ),
            _entry(
                "second.example",
                ["posta.example", "second.example"],
                [_server("smtp.second.example", 465, "ssl")],
            ),
        ],
    )


def test_ispdb_entries_answer_beside_ours_and_ours_win(ispdb):
    from smtpdesk.core.providers import load_database
    from smtpdesk.core.resources import resource_path

    database = load_database(resource_path("providers"), ispdb)
    found = database.lookup("posta-si.example")
    assert found is not None and found.from_ispdb
    proposal = found.proposal("ana@posta-si.example")
    # %EMAILDOMAIN% filled in, implicit TLS first (RFC 8314), the user name form kept
    assert (proposal.host, proposal.port, proposal.encryption, proposal.username) == (
        "smtp.posta-si.example",
        465,
        "ssl",
        "ana",
    )
    assert [(c.port, c.encryption) for c in proposal.candidates] == [
        (465, "ssl"),
        (587, "starttls"),
    ]
    assert proposal.help_url == "https://posta.example/help"
    assert found.sources == (
        "https://github.com/thunderbird/autoconfig/blob/" + "0" * 40 + "/ispdb/posta.example.xml",
    )
    # the incoming servers: encrypted IMAP only
    assert [(c.port, c.encryption) for c in found.incoming] == [(143, "starttls"), (993, "ssl")]
    # a domain both know keeps our entry; the ISPDB entry keeps only what we do not know
    assert database.lookup("gmail.com").id == "gmail"
    assert database.lookup("only-in-ispdb.example").candidates[0].host == "smtp.elsewhere.example"
    # two ISPDB entries for one domain: the first keeps it
    assert database.lookup("posta.example").id == "ispdb:posta.example"
    assert database.lookup("second.example").id == "ispdb:second.example"
    # OAuth2 only: kept where smtpdesk signs in with OAuth2 itself (Microsoft), else left out
    office = database.lookup("office.example")
    assert office is not None and office.oauth == "microsoft"
    assert database.lookup("oauth-only.example") is None
    # a user name template; a host with a placeholder other than the domain is left out;
    # the page that says how to turn on mail-program access is the help link
    template = database.lookup("template.example").proposal("ana@template.example")
    assert (template.provider, template.host, template.username, template.help_url) == (
        "template.example",
        "mbox.template.example",
        "ana.template.example",
        "https://template.example/turn-on",
    )
    assert len(template.candidates) == 1
    # the combo box lists our providers only; the ISPDB's are found by domain
    assert not any(p.from_ispdb for p in database.providers())
    # Thunderbird's MX look-up: an MX host under an ISPDB domain gets that provider, an MX
    # domain both name stays ours (aspmx.l.google.com: Google Workspace)
    assert database.lookup_mx("mx1.posta.example").id == "ispdb:posta.example"
    assert database.lookup_mx("eu.mx.posta.example").id == "ispdb:posta.example"
    assert database.lookup_mx("aspmx.l.google.com").id == "google-workspace"
    # a server one of ours runs is ours for the next steps, whatever entry found the address
    assert database.serving("smtp.office365.com", "ana@office.example").id == "microsoft-365"
    assert (
        database.serving("smtp.elsewhere.example", "ana@only-in-ispdb.example").id
        == "ispdb:gmail.com"
    )


def test_without_a_bundled_ispdb_the_database_is_ours_alone(tmp_path):
    from smtpdesk.core.providers import load_database
    from smtpdesk.core.resources import resource_path

    alone = load_database(resource_path("providers"), tmp_path / "no-such-file.json")
    assert not any(p.from_ispdb for p in alone._providers)
    assert alone.lookup("gmail.com").id == "gmail"


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{not json", "ispdb.json: "),
        ('{"format": 2, "providers": []}', "format 2, expected 1"),
        ('{"format": 1, "providers": []}', "'source'"),
    ],
)
def test_an_ispdb_file_not_in_our_format_says_which_file(tmp_path, content, says):
    from smtpdesk.core.providers import read_ispdb

    path = tmp_path / "ispdb.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(says)) as raised:
        read_ispdb(path)
    assert str(path) in str(raised.value)


def test_an_ispdb_entry_with_a_bad_server_is_named(tmp_path):
    from smtpdesk.core.providers import read_ispdb

    path = _ispdb_file(
        tmp_path / "ispdb.json",
        [
            _entry("fine.example", ["fine.example"], [_server("smtp.fine.example", 465, "ssl")]),
            _entry("bad.example", ["bad.example"], [_server("smtp.bad.example", 465, "tls")]),
        ],
    )
    with pytest.raises(ValueError, match=r"entry 2 \(bad\.example\).*'tls'"):
        read_ispdb(path)
