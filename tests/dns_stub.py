"""A DNS server on 127.0.0.1 for SMTPDESK_DNS (CONTRACT §3), in a thread.

It answers from a table and NXDOMAIN for every other name; `closed_dns_port()` is a port
where nothing answers at all (a computer without a network). A table value is an address (an
A record), or a dict of record type to value or values: `{"TXT": ["v=spf1 -all"], "MX":
"10 mx.example.test.", "A": "192.0.2.1"}`; `{"SERVFAIL": True}` makes every question for that
name fail (a broken zone). A name in the table without the asked type answers NOERROR with
nothing (no such record).
"""

from __future__ import annotations

import socket
import threading

import dns.message
import dns.rcode
import dns.rdatatype
import dns.rrset
import pytest
from servers import free_port

# the names smtpdesk looks up to tell "offline" from "a wrong name" resolve here
INTERNET = {"a.root-servers.net": "198.41.0.4", "smtp.gmail.com": "142.250.102.108"}


class DnsStub:
    def __init__(self, records: dict[str, str]) -> None:
        self.records = {
            name.lower().rstrip(".") + ".": _by_type(value) for name, value in records.items()
        }
        self.questions: list[str] = []
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self.port = self._sock.getsockname()[1]
        self._stopping = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def address(self) -> str:
        """The value for SMTPDESK_DNS."""
        return f"127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stopping:
            try:
                data, peer = self._sock.recvfrom(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            query = dns.message.from_wire(data)
            question = query.question[0]
            name = question.name.to_text().lower()
            self.questions.append(name.rstrip("."))
            response = dns.message.make_response(query)
            if name in self.records:
                table = self.records[name]
                kind = dns.rdatatype.to_text(question.rdtype)
                if "SERVFAIL" in table:
                    response.set_rcode(dns.rcode.SERVFAIL)
                elif table.get(kind):
                    response.answer.append(
                        dns.rrset.from_text_list(
                            question.name,
                            60,
                            "IN",
                            kind,
                            [_txt(v) if kind == "TXT" else v for v in table[kind]],
                        )
                    )
            else:
                response.set_rcode(dns.rcode.NXDOMAIN)
            self._sock.sendto(response.to_wire(), peer)

    def stop(self) -> None:
        self._stopping = True
        self._thread.join(2)
        self._sock.close()


def _by_type(value) -> dict[str, list[str]]:
    if isinstance(value, str):
        return {"A": [value]}
    return {
        kind.upper(): [v] if isinstance(v, str | bool) else list(v) for kind, v in value.items()
    }


def _txt(text: str) -> str:
    """A TXT value in zone-file form: quoted strings of at most 255 characters."""
    chunks = [text[i : i + 255] for i in range(0, len(text), 255)] or [""]
    return " ".join('"' + c.replace("\\", "\\\\").replace('"', '\\"') + '"' for c in chunks)


def closed_dns_port() -> str:
    """An SMTPDESK_DNS value where no DNS server listens."""
    return f"127.0.0.1:{free_port()}"


@pytest.fixture
def dns_server(monkeypatch):
    """`dns_server(records, internet=True)` → a DnsStub that SMTPDESK_DNS points at; with
    `internet` it also knows the well-known names (the computer is online)."""
    started: list[DnsStub] = []

    def start(records: dict[str, str] | None = None, *, internet: bool = True) -> DnsStub:
        stub = DnsStub({**(INTERNET if internet else {}), **(records or {})})
        started.append(stub)
        monkeypatch.setenv("SMTPDESK_DNS", stub.address)
        return stub

    yield start
    for stub in started:
        stub.stop()
